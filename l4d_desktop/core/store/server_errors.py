"""A server that cannot be reached or refuses us, said in words that name the server, not a traceback."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.store.address import ServerAddress

# libpq's own words for each kind of failure, as psycopg passes them on (lower case).
# Each with its `cause`, the key the window's translated words are found by.
_REASONS = (
    (
        ("password authentication failed", "no password supplied", "fe_sendauth"),
        "the server refused the user name or password (see ~/.pgpass)",
        "password",
    ),
    (("certificate", "ssl", "tls"), "the server's TLS certificate could not be verified", "tls"),
    (("does not exist",), "the server has no such database or user", "no_database"),
    (
        ("could not translate host name", "name or service not known"),
        "the server's name could not be found",
        "unknown_host",
    ),
    (
        (
            "connection refused",
            "no such file or directory",
            "timeout expired",
            "could not connect",
            "is the server running",
            "network is unreachable",
            "no route to host",
        ),
        "the server cannot be reached",
        "unreachable",
    ),
    (("permission denied",), "the user has no right to this database", "no_right"),
)
_REFUSED = ("the server refused the connection", "refused")


def _reason_and_cause(exc: BaseException) -> tuple[str, str]:
    said = str(getattr(exc, "orig", exc)).lower()
    for needles, reason, cause in _REASONS:
        if any(n in said for n in needles):
            return reason, cause
    return _REFUSED


def reason_of(exc: BaseException) -> str:
    """One of the reasons above; libpq's text is never shown (it may quote the address)."""
    return _reason_and_cause(exc)[0]


class ServerPasswordRefused(StorageError):
    """The server wants a password that was not given, or refused the one given: a command
    line at a terminal may ask for it and try again."""


_PASSWORD_REASON = _REASONS[0][1]


def connection_error(address: ServerAddress, exc: DBAPIError) -> StorageError:
    reason, cause = _reason_and_cause(exc)
    kind = ServerPasswordRefused if reason == _PASSWORD_REASON else StorageError
    return kind("db_unavailable", path=address.server, reason=reason, cause=cause)
