"""Temporary files (PDF previews, print jobs…) in a private folder next to the database.

Each program instance works in its own sub-folder `<pid>-<random>` (0700) of `<db>.tmp/`; its
files are 0600. The sub-folder is removed when the program ends normally; a sub-folder left by a
crashed instance is swept at the next start (its process is gone), while another instance
still running keeps its own. The sweep touches only what the program made: a root holding its
marker, owned by the user and not a link, and in it only folders named as the program names them.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
from pathlib import Path

from l4d_desktop.core.files.private import OWNER_ONLY_DIR, OWNER_ONLY_FILE, UnsafeTarget, tighten

# Written into the root when the program makes it: the sweep empties only a folder that has it.
MARKER = ".l4d-temp"
# The names the program gives: instance folders, and its notes of half-written files elsewhere.
_INSTANCE_NAME = re.compile(r"\d+-[0-9a-f]{8}")
_PARTIAL_NOTE = "partial-"


class TempFiles:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._own: Path | None = None

    @property
    def folder(self) -> Path:
        """This instance's private folder, created on first use.

        Raises UnsafeTarget (an OSError) when `root` is a link, not a folder, not the user's,
        or a folder of the user's own that the program did not make."""
        if self._own is None:
            for attempt in range(3):
                try:
                    self._own = self._make_own_folder()
                    break
                except FileNotFoundError:
                    if attempt == 2:  # another instance keeps removing the root as we make it
                        raise
            atexit.register(self.cleanup)
        assert self._own is not None
        return self._own

    def _make_own_folder(self) -> Path:
        try:
            self.root.mkdir(mode=OWNER_ONLY_DIR)
            _chmod_private(self.root)
            _write_marker(self.root)
        except FileExistsError:
            if not _is_ours(self.root):
                if not _adoptable(self.root):
                    raise _not_ours(self.root) from None
                _write_marker(self.root)  # an empty folder of ours whose marker was lost
        own = self.root / f"{os.getpid()}-{secrets.token_hex(4)}"
        own.mkdir(mode=OWNER_ONLY_DIR)
        _chmod_private(own)
        return own

    def new_file(self, suffix: str = "", prefix: str = "l4d-") -> Path:
        """A new empty owner-only file; the caller writes it and may remove it when done."""
        fd, name = tempfile.mkstemp(suffix=suffix, prefix=prefix, dir=self.folder)
        try:
            if os.name == "posix":
                os.fchmod(fd, OWNER_ONLY_FILE)
        finally:
            os.close(fd)
        return Path(name)

    def note_partial(self, partial: Path) -> Path:
        """Note a half-written file outside this folder (a backup's partial copy), so that the
        next start removes it should this process die before it is renamed or removed; return
        the note, for `forget`."""
        draft = self.new_file(prefix="draft-")
        draft.write_text(str(Path(partial).absolute()), encoding="utf-8")
        # Renamed once whole: the sweep never reads a note cut short by a kill.
        note = draft.with_name(_PARTIAL_NOTE + draft.name)
        os.replace(draft, note)
        return note

    def cleanup(self) -> None:
        """Remove this instance's folder and everything in it (also run at exit)."""
        own, self._own = self._own, None
        if own is not None:
            shutil.rmtree(own, ignore_errors=True)
            _remove_if_empty(self.root)

    def sweep(self) -> int:
        """Remove what crashed instances of the program left behind; return how many folders
        went. Only in a root the program made (its marker, the user's, not a link), only folders
        named as the program names them, never following a link."""
        if not _is_ours(self.root):
            return 0
        tighten(self.root)
        removed = 0
        for entry in self.root.iterdir():
            if entry == self._own or not _INSTANCE_NAME.fullmatch(entry.name):
                continue
            if _belongs_to_a_live_process(entry.name) or not _owned_folder(entry):
                continue
            _remove_noted_partials(entry)
            shutil.rmtree(entry, ignore_errors=True)  # removes links inside, never follows them
            removed += 1
        _remove_if_empty(self.root)
        return removed


def temp_root_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".tmp")


def _owned_folder(path: Path) -> bool:
    """A real folder (not a link to one) belonging to this user."""
    try:
        st = path.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    return os.name != "posix" or st.st_uid == os.getuid()


def _is_ours(root: Path) -> bool:
    return _owned_folder(root) and (root / MARKER).is_file() and not (root / MARKER).is_symlink()


def _adoptable(root: Path) -> bool:
    """An empty folder of the user's: nothing of anyone's can be lost by using it."""
    return _owned_folder(root) and not any(root.iterdir())


def _not_ours(root: Path) -> UnsafeTarget:
    return UnsafeTarget(
        errno.EEXIST, "not a temporary folder made by this program; left untouched", str(root)
    )


def _write_marker(root: Path) -> None:
    fd = os.open(root / MARKER, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.close(fd)


def _chmod_private(folder: Path) -> None:
    if os.name == "posix":
        folder.chmod(OWNER_ONLY_DIR)  # whatever the umask took away or left


def _remove_noted_partials(folder: Path) -> None:
    """Remove the half-written files a dead instance noted (and the journal SQLite kept beside
    a partial copy), if they are still what it made: regular files of this user's, named as
    the writer names its temporary files."""
    for note in folder.glob(_PARTIAL_NOTE + "*"):
        try:
            partial = Path(note.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            continue
        if not (partial.name.startswith(".") and partial.name.endswith(".tmp")):
            continue
        for suffix in ("", "-journal", "-wal", "-shm"):
            _remove_if_ours(partial.with_name(partial.name + suffix))


def _remove_if_ours(path: Path) -> None:
    try:
        st = path.lstat()
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and (os.name != "posix" or st.st_uid == os.getuid()):
        path.unlink(missing_ok=True)


def _remove_if_empty(folder: Path) -> None:
    """Remove the root once no instance folder is left in it (its marker goes with it)."""
    with contextlib.suppress(OSError):  # not empty (another instance), or gone
        if not _is_ours(folder):
            return
        if {p.name for p in folder.iterdir()} == {MARKER}:
            (folder / MARKER).unlink()
            folder.rmdir()


def _belongs_to_a_live_process(name: str) -> bool:
    pid_text, _, _ = name.partition("-")
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        # This process, through another TempFiles over the same folder: not a leftover.
        return True
    return _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)
