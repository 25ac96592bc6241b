"""Why a server could not be used, in words: one entry per `cause` a server's StorageError gives,
so that no English reason of the store reaches a translated message."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from l4d_desktop.core.errors import L4DError

SERVER_REASONS: dict[str, str] = {
    "password": QT_TRANSLATE_NOOP("Errors", "the server refused the user name or password"),
    "tls": QT_TRANSLATE_NOOP("Errors", "the server's TLS certificate could not be verified"),
    "no_database": QT_TRANSLATE_NOOP("Errors", "the server has no such database or user"),
    "unknown_host": QT_TRANSLATE_NOOP("Errors", "the server's name could not be found"),
    "unreachable": QT_TRANSLATE_NOOP("Errors", "the server cannot be reached"),
    "no_right": QT_TRANSLATE_NOOP("Errors", "the user has no right to this database"),
    "refused": QT_TRANSLATE_NOOP("Errors", "the server refused the connection"),
    "address_form": QT_TRANSLATE_NOOP(
        "Errors", "the address is not of the form postgresql://USER@HOST[:PORT]/DB"
    ),
    "address_scheme": QT_TRANSLATE_NOOP("Errors", "only postgresql:// addresses are supported"),
    "address_password": QT_TRANSLATE_NOOP(
        "Errors",
        "the address must not hold a password; the program asks for it, or it is kept in the "
        "keyring or ~/.pgpass",
    ),
    "address_option": QT_TRANSLATE_NOOP(
        "Errors", "the address has an option that is not supported"
    ),
    "address_sslmode": QT_TRANSLATE_NOOP(
        "Errors", "sslmode must be disable, allow, prefer, require, verify-ca or verify-full"
    ),
    "address_host": QT_TRANSLATE_NOOP("Errors", "the address names no server"),
    "address_user": QT_TRANSLATE_NOOP("Errors", "the address names no valid user"),
    "address_database": QT_TRANSLATE_NOOP("Errors", "the address names no valid database"),
}


def server_reason(exc: L4DError) -> str | None:
    """The translated reason of a server's StorageError; None for any other error."""
    cause = exc.params.get("cause")
    if not isinstance(cause, str) or cause not in SERVER_REASONS:
        return None
    return QCoreApplication.translate("Errors", SERVER_REASONS[cause])


def address_problem(exc: L4DError) -> str:
    """Why an address typed or pasted cannot be used."""
    reason = server_reason(exc) or exc.message()
    return QCoreApplication.translate("Errors", "The address cannot be used: {reason}.").format(
        reason=reason
    )
