"""Where a workstation's register lives, a file here or a server, and the server's password from
the operating system's keyring: the settings remember the address, never the password."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.store.address import ServerAddress, is_address, parse_address

if TYPE_CHECKING:
    from l4d_desktop.core.services import Services

log = logging.getLogger(__name__)

# The keyring's service name; each entry is named by the user and the server (host, port, DB).
KEYRING_SERVICE = "L4D Desktop"
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerFields:
    """A server address as the connection dialog shows it, field by field."""

    host: str
    port: int | None
    database: str
    user: str
    sslmode: str  # "" when the address leaves it to libpq


def is_server(target: str | Path | None) -> bool:
    return target is not None and is_address(str(target))


def server_fields(address: str) -> ServerFields:
    """The fields of `address`; StorageError (with its `cause`) when it is no valid address."""
    parsed = parse_address(address)
    return ServerFields(
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.user,
        dict(parsed.options).get("sslmode", ""),
    )


def server_address(fields: ServerFields) -> str:
    """The address the fields make; ValidationError naming the first field that is wrong."""
    host, database, user = fields.host.strip(), fields.database.strip(), fields.user.strip()
    for name, value in (
        ("server_host", host),
        ("server_database", database),
        ("server_user", user),
    ):
        if not value:
            raise ValidationError(name, "required")
    if fields.port is not None and not 1 <= fields.port <= 65535:
        raise ValidationError("server_port", "number_range", min=1, max=65535)
    if fields.sslmode and fields.sslmode not in SSL_MODES:
        raise ValidationError("server_tls", "choice_invalid")
    options: tuple[tuple[str, str], ...] = (("sslmode", fields.sslmode),) if fields.sslmode else ()
    # A host name or IP address, or the absolute folder of a socket on this computer.
    if not host.startswith("/") and any(c in host for c in "/@?#:[] "):
        raise ValidationError("server_host", "choice_invalid")
    text = str(ServerAddress(user, host, fields.port, database, options))
    parse_address(text)  # the same checks as an address typed whole
    return text


def server_label(address: str) -> str:
    """The server as messages name it: host, port and database (no user, never a password)."""
    return parse_address(address).server


def keyring_entry(address: str) -> str:
    parsed = parse_address(address)
    return f"{parsed.user}@{parsed.server}"


def _keyring() -> Any | None:
    """The system's keyring backend, or None when there is none (a server without a desktop)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend must not stop the program
        log.info("no keyring: %s", type(exc).__name__)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(address: str) -> str | None:
    """The password the keyring holds for the address's user on its server, if any."""
    backend = _keyring()
    if backend is None:
        return None
    try:
        password = backend.get_password(KEYRING_SERVICE, keyring_entry(address))
    except Exception as exc:  # locked, refused, gone: as if there were none
        log.info("the keyring gave no password: %s", type(exc).__name__)
        return None
    return password if isinstance(password, str) and password else None


def remember_password(address: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is none or it refused."""
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, keyring_entry(address), password)
    except Exception as exc:
        log.info("the keyring kept no password: %s", type(exc).__name__)
        return False
    return True


def forget_password(address: str) -> None:
    """Remove a password the keyring holds (it was refused, or the user no longer wants it kept)."""
    backend = _keyring()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, keyring_entry(address))
    except Exception as exc:  # there was none, or the keyring refused
        log.info("the keyring removed no password: %s", type(exc).__name__)


def open_register(
    target: str | Path, password: str | None = None, **kwargs: Any
) -> tuple[Services, bool]:
    """Open the register at `target`. On a server the password is `password`, else the
    keyring's, else what libpq finds in ~/.pgpass; the second value says whether the keyring's
    was used. ServerPasswordRefused when the server wants another one."""
    from l4d_desktop.core.services import open_services

    from_keyring = False
    if is_server(target) and password is None:
        password = stored_password(str(target))
        from_keyring = password is not None
    return open_services(target, password=password, **kwargs), from_keyring
