"""Validation of the fields of a staff account."""

from __future__ import annotations

import re

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Role

_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def clean_username(value: str) -> str:
    """Usernames are stored case-folded; login compares case-insensitively."""
    name = clean_text(value, "username", max_length=64, required=True).casefold()
    if not _USERNAME.fullmatch(name):
        raise ValidationError("username", "username_invalid")
    return name


def clean_full_name(value: str) -> str:
    return clean_text(value, "full_name", max_length=200, required=True)


def clean_title(value: str) -> str:
    return clean_text(value, "title", max_length=200)


def clean_role(value: str) -> str:
    try:
        return Role(value).value
    except ValueError:
        raise ValidationError("role", "choice_invalid") from None
