"""Translated words for the core's codes: errors, field names, rights, roles, request vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from l4d_desktop.core.errors import L4DError, ValidationError

ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Errors", "{field}: this field is required."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field}: at most {max} characters."),
    "control_chars": QT_TRANSLATE_NOOP(
        "Errors", "{field}: contains control characters that are not allowed."
    ),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid email address."),
    "phone_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid phone number."),
    "postal_code_fi": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a Finnish postal code has exactly 5 digits."
    ),
    "country_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: unknown country code (use two letters, e.g. FI)."
    ),
    "language_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: letter language must be fi or en."),
    "choice_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not one of the allowed values."),
    "date_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid date."),
    "date_in_future": QT_TRANSLATE_NOOP("Errors", "{field}: the date cannot be in the future."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "{field}: at least {min} characters are needed."
    ),
    "password_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field}: at most {max} characters are accepted."
    ),
    "password_common": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this password is too common or easy to guess."
    ),
    "password_contains_username": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the password must not contain the username."
    ),
    "password_wrong": QT_TRANSLATE_NOOP("Errors", "{field}: the password is not correct."),
    "password_mismatch": QT_TRANSLATE_NOOP("Errors", "{field}: the passwords do not match."),
    "password_reused": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the new password must differ from the current one."
    ),
    "username_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: use 2–64 letters, digits, dots, hyphens or underscores."
    ),
    "username_taken": QT_TRANSLATE_NOOP("Errors", "{field}: this username is already in use."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "{field}: no such record."),
    "login_failed": QT_TRANSLATE_NOOP(
        "Errors", "Login failed: wrong username or password, or the account is locked."
    ),
    "login_throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts. Try again in {seconds} seconds."
    ),
    "password_change_required": QT_TRANSLATE_NOOP(
        "Errors", "The password must be changed before continuing."
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "You do not have the right to do this."),
    "session_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Your account is no longer active. Please log in again."
    ),
    "already_initialised": QT_TRANSLATE_NOOP(
        "Errors", "The database already has users; the first-run setup cannot run again."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors", "At least one active user must keep the right to administer users."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "This record was changed by another user after you opened it. Your changes have not "
        "been saved yet.",
    ),
    "db_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} cannot be opened: {reason}."
    ),
    "db_pragmas": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} could not be opened safely (foreign keys are off)."
    ),
    "db_newer": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} was created by a newer version of this program."
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Errors", "Upgrading the database {path} failed; it was left unchanged."
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be made or verified: {reason}."
    ),
    "checkpoint_invalid": QT_TRANSLATE_NOOP("Errors", "The checkpoint file cannot be read."),
}

FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "language": QT_TRANSLATE_NOOP("Fields", "Letter language"),
    "customer_number": QT_TRANSLATE_NOOP("Fields", "Customer number"),
    "customer": QT_TRANSLATE_NOOP("Fields", "Customer"),
    "type": QT_TRANSLATE_NOOP("Fields", "Request type"),
    "received": QT_TRANSLATE_NOOP("Fields", "Received"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "username": QT_TRANSLATE_NOOP("Fields", "Username"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "right": QT_TRANSLATE_NOOP("Fields", "Right"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "password_repeat": QT_TRANSLATE_NOOP("Fields", "Password again"),
    "current_password": QT_TRANSLATE_NOOP("Fields", "Current password"),
    "new_password": QT_TRANSLATE_NOOP("Fields", "New password"),
    "new_password_repeat": QT_TRANSLATE_NOOP("Fields", "New password again"),
    "user": QT_TRANSLATE_NOOP("Fields", "User"),
    "request": QT_TRANSLATE_NOOP("Fields", "Request"),
}

REQUEST_TYPES: dict[str, str] = {
    "access": QT_TRANSLATE_NOOP("Vocabulary", "Access (Art. 15)"),
    "portability": QT_TRANSLATE_NOOP("Vocabulary", "Portability (Art. 20)"),
    "rectification": QT_TRANSLATE_NOOP("Vocabulary", "Rectification (Art. 16)"),
    "erasure": QT_TRANSLATE_NOOP("Vocabulary", "Erasure (Art. 17)"),
    "restriction": QT_TRANSLATE_NOOP("Vocabulary", "Restriction (Art. 18)"),
    "objection": QT_TRANSLATE_NOOP("Vocabulary", "Objection (Art. 21)"),
    "withdrawal": QT_TRANSLATE_NOOP("Vocabulary", "Consent withdrawal (Art. 7(3))"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "in-person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
}

STATUSES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Vocabulary", "Received"),
    "identity_check": QT_TRANSLATE_NOOP("Vocabulary", "Identity check"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
}

ROLES: dict[str, str] = {
    "admin": QT_TRANSLATE_NOOP("Vocabulary", "Main administrator"),
    "handler": QT_TRANSLATE_NOOP("Vocabulary", "Handler"),
    "reader": QT_TRANSLATE_NOOP("Vocabulary", "Reader"),
}

LANGUAGES: dict[str, str] = {
    "fi": QT_TRANSLATE_NOOP("Vocabulary", "Finnish"),
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(field: str) -> str:
    return _tr("Fields", FIELDS[field]) if field in FIELDS else field


def vocabulary(table: dict[str, str], code: str) -> str:
    return _tr("Vocabulary", table[code]) if code in table else code


def error_text(exc: L4DError) -> str:
    """The error in the interface language; an unknown code falls back to the core's English."""
    template = ERRORS.get(exc.code)
    if template is None:
        return exc.message()
    params = dict(exc.params)
    if isinstance(exc, ValidationError) or "field" in params:
        params["field"] = field_label(str(params.get("field", "")))
    try:
        return _tr("Errors", template).format(**params)
    except (KeyError, IndexError):
        return _tr("Errors", template)
