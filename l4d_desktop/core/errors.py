"""Domain errors: a stable code plus parameters; the faces turn them into words.

Parameters never carry personal data (only field names, limits, ids), so an error may be logged.
The English texts below serve the command line; the GUI has its own translated table per code.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # validation
    "required": "{field}: this field is required.",
    "too_long": "{field}: at most {max} characters.",
    "control_chars": "{field}: contains control characters that are not allowed.",
    "email_invalid": "{field}: not a valid email address.",
    "phone_invalid": "{field}: not a valid phone number.",
    "postal_code_fi": "{field}: a Finnish postal code has exactly 5 digits.",
    "country_invalid": "{field}: unknown country code (use two letters, e.g. FI).",
    "language_invalid": "{field}: letter language must be fi or en.",
    "choice_invalid": "{field}: not one of the allowed values.",
    "date_invalid": "{field}: not a valid date (YYYY-MM-DD).",
    "date_in_future": "{field}: the date cannot be in the future.",
    "password_too_short": "{field}: at least {min} characters are needed.",
    "password_too_long": "{field}: at most {max} characters are accepted.",
    "password_common": "{field}: this password is too common or easy to guess.",
    "password_contains_username": "{field}: the password must not contain the username.",
    "password_wrong": "{field}: the password is not correct.",
    "password_mismatch": "{field}: the passwords do not match.",
    "password_reused": "{field}: the new password must differ from the current one.",
    "username_invalid": "{field}: use 2–64 letters, digits, dots, hyphens or underscores.",
    "username_taken": "{field}: this username is already in use.",
    "not_found": "{field}: no such record.",
    # authentication and rights
    "login_failed": "Login failed: wrong username or password, or the account is locked.",
    "login_throttled": "Too many failed attempts. Try again in {seconds} seconds.",
    "password_change_required": "The password must be changed before continuing.",
    "permission_denied": "You do not have the right to do this ({right}).",
    "session_invalid": "Your account is no longer active. Please log in again.",
    "already_initialised": "The database already has users; init can only run on an empty one.",
    "last_admin": "At least one active user must keep the right to administer users.",
    # storage
    "conflict": "The record was changed by another user. Reload it and apply your changes again.",
    "db_unavailable": "The database {path} cannot be opened: {reason}.",
    "db_pragmas": "The database {path} could not be opened safely (foreign keys are off).",
    "db_newer": "The database {path} was created by a newer version of this program.",
    "migration_failed": "Upgrading the database {path} failed; it was left unchanged.",
    "backup_failed": "The backup could not be made or verified: {reason}.",
    "checkpoint_invalid": "The checkpoint file cannot be read: {reason}.",
}


class L4DError(Exception):
    """Base of every error the program expects and explains."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class ValidationError(L4DError):
    """A value the user typed is not acceptable; `field` names the input."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, field=field, **params)


class NotFoundError(L4DError):
    def __init__(self, what: str) -> None:
        super().__init__("not_found", field=what)


class AuthenticationError(L4DError):
    """Login refused. Always the same code for unknown user, wrong password and locked account."""

    def __init__(self) -> None:
        super().__init__("login_failed")


class LoginThrottled(L4DError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__("login_throttled", seconds=seconds)


class PasswordChangeRequired(L4DError):
    def __init__(self) -> None:
        super().__init__("password_change_required")


class PermissionDenied(L4DError):
    def __init__(self, right: str) -> None:
        self.right = right
        super().__init__("permission_denied", right=right)


class SessionInvalid(L4DError):
    def __init__(self) -> None:
        super().__init__("session_invalid")


class BusinessRuleError(L4DError):
    """The action is well-formed but a rule of the register forbids it."""


class ConflictError(L4DError):
    """Optimistic locking: the row changed since the dialog loaded it."""

    def __init__(self) -> None:
        super().__init__("conflict")


class StorageError(L4DError):
    """The database file cannot be used."""
