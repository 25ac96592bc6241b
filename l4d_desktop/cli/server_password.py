"""A server's password for a command: the keyring, else libpq's ~/.pgpass, else one question at a
terminal (never an argument: the process list would show it)."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def with_server_password(address: str, attempt: Callable[[str | None], T]) -> T:
    """`attempt(password)` with the keyring's password for `address` (None: libpq looks in
    ~/.pgpass); when the server wants one it was not given, or refuses it, a terminal is asked
    once and `attempt` runs again with the answer."""
    from l4d_desktop.core.connection import stored_password
    from l4d_desktop.core.store.server_errors import ServerPasswordRefused

    try:
        return attempt(stored_password(address))
    except ServerPasswordRefused:
        if not sys.stdin.isatty():
            raise
    password = getpass.getpass(f"Password for {address.split('?')[0]}: ")
    return attempt(password)
