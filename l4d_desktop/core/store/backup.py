"""Online backups with SQLite's backup API, owner-only and verified by an integrity check."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import replacing
from l4d_desktop.core.files.temp import TempFiles, temp_root_for
from l4d_desktop.core.store.backup_crypt import BackupKey, encrypt_file
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.postgres import ServerDatabase


def backup_database(
    db: Database, dest: Path, *, replace: bool = True, key: BackupKey | None = None
) -> Path:
    """Copy the live database to `dest` (never a file copy of a live WAL database), owner-only,
    replacing an older copy (only with `replace`) once the new one has passed its integrity
    check. A link, device, pipe or folder at `dest` is refused, never followed or replaced.

    The partial copy has a name of its own (two backups to one place do not meet), is removed
    on failure, and is noted in the database's temporary folder so that the next start removes
    it should this process be killed meanwhile. With `key`, `dest` holds the backup encrypted
    (core/store/backup_crypt.py); the plain copy is made in the program's private temporary
    folder, never at `dest`, and removed."""
    if isinstance(db, ServerDatabase):  # pg_dump's custom format, verified by pg_restore
        from l4d_desktop.core.store.server_backup import backup_server

        return backup_server(db, dest, replace=replace)
    # Absolute, not resolved: a link at `dest` is refused by the writer, never followed.
    dest = Path(os.path.abspath(Path(dest).expanduser()))
    if dest.exists() and dest.resolve() == db.path:
        raise StorageError("backup_failed", reason="the destination is the database itself")
    notes = TempFiles(temp_root_for(db.path))
    try:
        with replacing(dest, make_folders=True, replace=replace) as partial:
            _note(notes, partial)
            if key is None:
                _copy_checked(db, partial)
            else:
                plain = notes.new_file(suffix=".sqlite3")
                _copy_checked(db, plain)
                encrypt_file(plain, partial, key)
                plain.unlink()
    except OSError as exc:
        raise StorageError("backup_failed", reason=exc.strerror or type(exc).__name__) from None
    finally:
        notes.cleanup()
    return dest


def _copy_checked(db: Database, out_path: Path) -> None:
    src = db.raw_connection()
    try:
        out = sqlite3.connect(out_path, isolation_level=None)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            result = out.execute("PRAGMA integrity_check").fetchone()
        finally:
            out.close()
    finally:
        src.close()
    if not result or result[0] != "ok":
        raise StorageError("backup_failed", reason="integrity check failed")


def _note(notes: TempFiles, partial: Path) -> None:
    # No usable temporary folder (e.g. a stranger's link in its place): the backup goes on;
    # only the clean-up after a kill is lost.
    with contextlib.suppress(OSError):
        notes.note_partial(partial)


def verify_backup(path: Path) -> bool:
    """True if `path` is an SQLite database that passes `PRAGMA integrity_check`."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        # A damaged or foreign file is the very thing this check exists to report.
        return False
    return bool(row) and row[0] == "ok"


# Automatic backups: `<database stem>-YYYYMMDDTHHMMSSZ.sqlite3` in the backup folder, with
# `.enc` after it when encrypted.
AUTO_BACKUP_INTERVAL = dt.timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"
ENCRYPTED_SUFFIX = ".enc"


# An administrator (or a test run) may name the default folder; the setting still wins.
BACKUP_DIR_ENV = "L4D_BACKUP_DIR"


def default_backup_folder() -> Path:
    """The program's own backup folder, in the user's state folder: never the database's."""
    env = os.environ.get(BACKUP_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    from l4d_desktop import APP_NAME, ORG_NAME

    return Path(platformdirs.user_state_dir(APP_NAME, ORG_NAME)) / "backups"


def backup_folder_for(db_path: Path, setting: str) -> Path:
    """The folder the setting names, or the default; a folder that is the database's own (or
    inside it) is refused: one disk failure or one deleted folder would take both."""
    folder = Path(setting).expanduser() if setting.strip() else default_backup_folder()
    resolved = folder.resolve()
    if resolved == db_path.parent or db_path.parent in resolved.parents:
        raise StorageError("backup_failed", reason="the backup folder is the database's folder")
    return folder


def automatic_backups(db_path: Path, folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups of this database in `folder`, newest first."""
    found = []
    prefix = db_path.stem + "-"
    if folder.is_dir():
        for p in folder.iterdir():
            stamp = p.name[len(prefix) :].removesuffix(ENCRYPTED_SUFFIX)
            if p.name.startswith(prefix) and stamp.endswith(".sqlite3") and p.is_file():
                try:
                    at = dt.datetime.strptime(stamp.removesuffix(".sqlite3"), _STAMP)
                except ValueError:
                    continue
                found.append((at.replace(tzinfo=dt.UTC), p))
    return sorted(found, reverse=True)


def backup_if_due(
    db: Database, folder: Path, keep: int, now: dt.datetime, key: BackupKey | None = None
) -> Path | None:
    """Back up when the newest automatic backup is older than a day; keep the newest `keep`.
    With `key` (the backup key setting), the backup is encrypted."""
    existing = automatic_backups(db.path, folder)
    if existing and now - existing[0][0] < AUTO_BACKUP_INTERVAL:
        prune_automatic(db.path, folder, keep, now)
        return None
    name = f"{db.path.stem}-{now.astimezone(dt.UTC).strftime(_STAMP)}.sqlite3"
    if key is not None:
        name += ENCRYPTED_SUFFIX
    path = backup_database(db, folder / name, replace=False, key=key)
    prune_automatic(db.path, folder, keep, now)
    return path


def backup_keep_period(keep: int) -> dt.timedelta:
    """How long an automatic backup is kept when `keep` are kept: `keep` days of daily backups.
    The erasure letter prints this figure: so long erased data may still lie in a backup."""
    return AUTO_BACKUP_INTERVAL * max(keep, 1)


def prune_automatic(db_path: Path, folder: Path, keep: int, now: dt.datetime) -> int:
    """Remove all but the newest `keep` automatic backups and any older than the keep period
    (the newest always stays): a backup never outlives what the erasure letter promises, also
    when the program was not started every day. Returns how many went."""
    found = automatic_backups(db_path, folder)
    cutoff = now - backup_keep_period(keep)
    going = [p for i, (at, p) in enumerate(found) if i > 0 and (i >= max(keep, 1) or at < cutoff)]
    for old in going:
        old.unlink(missing_ok=True)
    return len(going)
