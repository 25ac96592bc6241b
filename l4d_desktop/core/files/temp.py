"""Temporary files (PDF previews, print jobs…) in a private folder next to the database.

Each program instance works in its own sub-folder `<pid>-<random>` (0700) of `<db>.tmp/`; its
files are 0600. The sub-folder is removed when the program ends normally; a sub-folder left by a
crashed instance is swept at the next start (its process is gone), while another instance
still running keeps its own.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import tempfile
from pathlib import Path

from l4d_desktop.core.files.private import OWNER_ONLY_DIR, OWNER_ONLY_FILE, tighten


class TempFiles:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._own: Path | None = None

    @property
    def folder(self) -> Path:
        """This instance's private folder, created on first use."""
        if self._own is None:
            self.root.mkdir(mode=OWNER_ONLY_DIR, exist_ok=True)
            tighten(self.root)
            own = self.root / f"{os.getpid()}-{secrets.token_hex(4)}"
            own.mkdir(mode=OWNER_ONLY_DIR)
            tighten(own)
            self._own = own
            atexit.register(self.cleanup)
        return self._own

    def new_file(self, suffix: str = "", prefix: str = "l4d-") -> Path:
        """A new empty owner-only file; the caller writes it and may remove it when done."""
        fd, name = tempfile.mkstemp(suffix=suffix, prefix=prefix, dir=self.folder)
        try:
            if os.name == "posix":
                os.fchmod(fd, OWNER_ONLY_FILE)
        finally:
            os.close(fd)
        return Path(name)

    def cleanup(self) -> None:
        """Remove this instance's folder and everything in it (also run at exit)."""
        own, self._own = self._own, None
        if own is not None:
            shutil.rmtree(own, ignore_errors=True)
            _remove_if_empty(self.root)

    def sweep(self) -> int:
        """Remove what crashed instances left behind; return how many folders or files went."""
        if not self.root.is_dir():
            return 0
        removed = 0
        for entry in self.root.iterdir():
            if entry == self._own or _belongs_to_a_live_process(entry.name):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed += 1
        _remove_if_empty(self.root)
        return removed


def temp_root_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".tmp")


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (another instance), or gone
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
