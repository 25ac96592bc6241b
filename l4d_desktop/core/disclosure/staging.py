"""Writing a bundle atomically: the files go to a hidden temporary name in the target folder
and are renamed into place only when complete, so a failure leaves nothing behind (and no
temporary copy of the data anywhere else); what a crashed run left there is removed by the next
bundle written into that folder. Folders are 0700 and files 0600, like the database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.private import OWNER_ONLY_DIR, OWNER_ONLY_FILE

NAME_PREFIX = "henkilotiedot-personal-data-"
# A bundle being written: ".<name>.<pid>-<random>.tmp" in the target folder.
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class Bundle:
    """A written bundle: the folder or ZIP file, and the names of the files in it."""

    path: Path
    files: tuple[str, ...]
    as_zip: bool


def bundle_name(request_id: int, when: dt.datetime) -> str:
    """The folder's (or ZIP's) name: the request and the office date, nothing personal."""
    day = when.astimezone(OFFICE_ZONE).date()
    return f"{NAME_PREFIX}{request_id}-{day.isoformat()}"


@dataclass(frozen=True)
class Staged:
    """A complete bundle under a hidden temporary name, waiting to be renamed into place."""

    temp: Path
    final: Path
    files: tuple[str, ...]
    as_zip: bool


def stage(
    files: Sequence[tuple[str, bytes]],
    target_dir: Path,
    name: str,
    as_zip: bool,
    when: dt.datetime,
) -> Staged:
    """Write the files under a temporary name in `target_dir`; remove it all on any failure."""
    target_dir = Path(target_dir)
    check_target(target_dir)
    final = target_dir / (f"{name}.zip" if as_zip else name)
    if os.path.lexists(final):
        raise L4DError("bundle_exists", path=str(final))
    sweep_leftovers(target_dir)
    temp: Path | None = None
    prefix = f".{name}.{os.getpid()}-"
    try:
        if as_zip:
            fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target_dir)
            temp = Path(temp_name)
            _write_zip(fd, files, when)
        else:
            temp = Path(tempfile.mkdtemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target_dir))
            _private_dir(temp)
            for file_name, content in files:
                _write_private(temp / file_name, content)
            _fsync_dir(temp)
    except BaseException as exc:
        if temp is not None:
            _remove(temp)
        if isinstance(exc, OSError):
            raise _write_failed(target_dir, exc) from None
        raise
    return Staged(temp, final, tuple(n for n, _ in files), as_zip)


def publish(staged: Staged) -> Bundle:
    """Rename the staged bundle to its final name (never over an existing one)."""
    try:
        if os.path.lexists(staged.final):
            raise L4DError("bundle_exists", path=str(staged.final))
        os.rename(staged.temp, staged.final)
        _fsync_dir(staged.final.parent)
    except BaseException as exc:
        discard(staged)
        if isinstance(exc, OSError):
            raise _write_failed(staged.final.parent, exc) from None
        raise
    return Bundle(staged.final, staged.files, staged.as_zip)


def discard(staged: Staged) -> None:
    _remove(staged.temp)


def write_files(
    files: Sequence[tuple[str, bytes]],
    target_dir: Path,
    name: str,
    as_zip: bool,
    when: dt.datetime,
) -> Bundle:
    """Write a bundle atomically: all of it under its final name, or nothing at all."""
    return publish(stage(files, target_dir, name, as_zip, when))


def sweep_leftovers(target_dir: Path) -> int:
    """Remove the hidden temporary bundles a crashed run left in `target_dir` (those of a
    process still running are kept); return how many went."""
    removed = 0
    for entry in Path(target_dir).iterdir():
        name = entry.name
        if not (name.startswith("." + NAME_PREFIX) and name.endswith(TEMP_SUFFIX)):
            continue
        owner = name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1].partition("-")[0]
        if owner.isdigit() and not _process_alive(int(owner)):
            _remove(entry)
            removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # not checked there: a leftover stays rather than a live run's files go
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def check_target(target_dir: Path) -> None:
    if not target_dir.is_dir() or not os.access(target_dir, os.W_OK | os.X_OK):
        raise L4DError("bundle_target_invalid", path=str(target_dir))


def _write_failed(target_dir: Path, exc: OSError) -> L4DError:
    # The reason is the system's words for the failure (e.g. "No space left on device").
    return L4DError(
        "bundle_write_failed", path=str(target_dir), reason=exc.strerror or type(exc).__name__
    )


def _private_dir(path: Path) -> None:
    if os.name == "posix":
        path.chmod(OWNER_ONLY_DIR)


def _write_private(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    with open(fd, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())


def _write_zip(fd: int, files: Sequence[tuple[str, bytes]], when: dt.datetime) -> None:
    """A ZIP with the files at its top level, each marked owner-only, dated `when`."""
    if os.name == "posix":
        os.fchmod(fd, OWNER_ONLY_FILE)
    local = when.astimezone(OFFICE_ZONE)
    stamp = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    with open(fd, "wb") as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for file_name, content in files:
                info = zipfile.ZipInfo(file_name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (0o100000 | OWNER_ONLY_FILE) << 16
                archive.writestr(info, content)
        raw.flush()
        os.fsync(raw.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


__all__ = [
    "NAME_PREFIX",
    "Bundle",
    "Staged",
    "bundle_name",
    "check_target",
    "discard",
    "publish",
    "stage",
    "sweep_leftovers",
    "write_files",
]
