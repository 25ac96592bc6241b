"""The key and the journal of a register file, as files beside it (outside the file and its backups)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import OWNER_ONLY_FILE

KEY_SUFFIX = ".suppression-key"
KEY_BYTES = 32
JOURNAL_SUFFIX = ".erasure-journal"


def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def parse_key(text: bytes) -> bytes | None:
    """The key written as hex, or None when it is damaged."""
    try:
        key = bytes.fromhex(text.strip().decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def read_key_file(path: Path) -> bytes | None:
    """The key in the file, or None when it is missing, not a plain file or damaged."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        return parse_key(f.read(4 * KEY_BYTES))


def create_key_file(path: Path) -> bytes:
    """A new key in a file 0600; never replaces a file that is there (another instance may have
    made it at the same moment: then that one is used)."""
    key = secrets.token_bytes(KEY_BYTES)
    part = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(part, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(key.hex().encode("ascii") + b"\n")
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(part, path)  # atomic, and refuses an existing name
        except FileExistsError:
            found = read_key_file(path)
            if found is None:
                raise
            return found
    finally:
        part.unlink(missing_ok=True)
    return key


class FileKeyStore:
    """The suppression key in a file beside the database file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def where(self) -> str:
        return str(self.path)

    def read(self) -> bytes | None:
        return read_key_file(self.path)

    def create(self) -> bytes:
        return create_key_file(self.path)


class FileJournalLines:
    """The erasure journal's lines in a file beside the database file, appended and flushed."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def lines(self) -> list[bytes]:
        """Every complete line. A last line cut short by a kill is passed over (it was never
        acknowledged, so never committed)."""
        if not self.path.exists():
            return []
        try:
            with open(self.path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise StorageError("journal_unreadable", reason=exc.strerror or "") from None
        return data.split(b"\n")[:-1]

    def append(self, seq: int, line: bytes) -> None:
        del seq  # the line carries it
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, OWNER_ONLY_FILE)
            try:
                os.write(fd, line + b"\n")
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StorageError("journal_unwritable", reason=exc.strerror or "") from None
