"""A PostgreSQL server given as `postgresql://USER@HOST[:PORT]/DB[?sslmode=…]`, checked before use."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

from l4d_desktop.core.errors import StorageError

if TYPE_CHECKING:  # the command line parses addresses before SQLAlchemy is loaded
    from sqlalchemy import URL

SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")
# What the address may ask of libpq; anything else (a password above all) is refused.
_QUERY_KEYS = frozenset(
    {"sslmode", "sslrootcert", "sslcert", "sslkey", "host", "connect_timeout", "application_name"}
)
_SSLMODES = frozenset({"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,63}$")


def is_address(value: str) -> bool:
    """True when `value` names a server rather than a file (it has a scheme)."""
    return "://" in value


@dataclass(frozen=True)
class ServerAddress:
    """Where a register lives on a server: never a password (libpq finds it in ~/.pgpass)."""

    user: str
    host: str  # a host name, or the folder of a unix socket
    port: int | None
    database: str
    options: tuple[tuple[str, str], ...] = ()

    @property
    def server(self) -> str:
        """The server as messages name it: host, port and database, no user or options."""
        port = f":{self.port}" if self.port else ""
        return f"{self.host}{port}/{self.database}"

    def __str__(self) -> str:
        port = f":{self.port}" if self.port else ""
        host = "" if self.host.startswith("/") else self.host
        query = "&".join(f"{k}={v}" for k, v in self.options)
        if self.host.startswith("/"):
            query = "&".join(filter(None, [f"host={self.host}", query]))
        return f"postgresql://{self.user}@{host}{port}/{self.database}" + (
            f"?{query}" if query else ""
        )

    def sqlalchemy_url(self, password: str | None = None, database: str | None = None) -> URL:
        from sqlalchemy import URL

        query = dict(self.options)
        if self.host.startswith("/"):
            query["host"] = self.host
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=None if self.host.startswith("/") else self.host,
            port=self.port,
            database=database or self.database,
            query=query,
        )

    def with_user(self, user: str) -> ServerAddress:
        return ServerAddress(user, self.host, self.port, self.database, self.options)

    def with_database(self, database: str) -> ServerAddress:
        return ServerAddress(self.user, self.host, self.port, database, self.options)

    def local_name(self) -> str:
        """A file-name-safe name for what this program keeps of the server on this computer
        (the audit anchor, temporary files): the same server always gets the same name."""
        digest = hashlib.sha256(self.server.encode("utf-8")).hexdigest()[:16]
        return f"server-{digest}"


def _bad(value: str, reason: str, cause: str) -> StorageError:
    # Scheme and host only: the rest may carry a password someone typed into the address.
    # `cause` is the key the window's translated words for `reason` are found by.
    shown = value.split("://", 1)[0] + "://…"
    return StorageError("db_unavailable", path=shown, reason=reason, cause=cause)


def parse_address(value: str) -> ServerAddress:
    """The server `value` names; StorageError naming what is wrong with it otherwise."""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        raise _bad(
            value, "the address is not of the form postgresql://USER@HOST[:PORT]/DB", "address_form"
        ) from None
    if parts.scheme.lower() not in SCHEMES:
        raise _bad(value, "only postgresql:// addresses are supported", "address_scheme")
    if parts.password is not None:
        raise _bad(
            value,
            "the address must not hold a password; put it in ~/.pgpass or type it when asked",
            "address_password",
        )
    query = parse_qsl(parts.query, keep_blank_values=True)
    options: list[tuple[str, str]] = []
    socket_dir = ""
    for key, val in query:
        if key not in _QUERY_KEYS:
            raise _bad(value, f"the address option {key!r} is not supported", "address_option")
        if key == "sslmode" and val not in _SSLMODES:
            raise _bad(
                value, f"sslmode must be one of {', '.join(sorted(_SSLMODES))}", "address_sslmode"
            )
        if key == "host":
            socket_dir = val
        else:
            options.append((key, val))
    host = unquote(parts.hostname or "") or socket_dir
    database = unquote(parts.path.lstrip("/"))
    user = unquote(parts.username or "")
    if not host:
        raise _bad(value, "the address names no server (postgresql://USER@HOST/DB)", "address_host")
    if socket_dir and not socket_dir.startswith("/"):
        raise _bad(
            value, "host= must be the absolute folder of the server's socket", "address_host"
        )
    if not user or not _NAME.match(user):
        raise _bad(
            value, "the address names no valid user (postgresql://USER@HOST/DB)", "address_user"
        )
    if not database or not _NAME.match(database):
        raise _bad(
            value,
            "the address names no valid database (postgresql://USER@HOST/DB)",
            "address_database",
        )
    return ServerAddress(user, host, port, database, tuple(options))
