"""Dates and times given as option values, read when the command runs so that a bad one is
refused in the services' words (`at: not a valid ISO 8601 time …`), not as a usage error."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.errors import ValidationError


def moment(text: str | None, field: str) -> dt.datetime | None:
    """An ISO 8601 time with its offset, or None when none was given (the service means now)."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "time_invalid") from None
    if value.tzinfo is None:
        raise ValidationError(field, "time_invalid")
    return value


def day(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "date_invalid") from None
