"""Keys the store puts in every session's `info`, for code that must find the register's files."""

from __future__ import annotations

from typing import Protocol

# The path this computer's own files of the register are named after (for SQLite the database
# file itself; for a server a name in its local folder).
LOCAL_PATH_KEY = "l4d_local_path"
# Where the suppression list's key is kept, apart from the register (a KeyStore): a file beside
# a register file, the keep database of a register on a server.
KEY_STORE_KEY = "l4d_key_store"


class KeyStore(Protocol):
    """The suppression key's home: read it, or make it when there is none (never replaced)."""

    @property
    def where(self) -> str: ...

    def read(self) -> bytes | None: ...

    def create(self) -> bytes: ...
