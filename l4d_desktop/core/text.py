"""Text as it enters the register: NFC, trimmed, bounded, free of NUL and control characters."""

from __future__ import annotations

import re
import unicodedata

from l4d_desktop.core.errors import ValidationError

# C0 and C1 controls and DEL; line feeds are allowed only where a field is multi-line.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_text(
    value: str | None,
    field: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    text = unicodedata.normalize("NFC", value or "")
    if multiline:
        text = text.replace("\r\n", "\n")
    # A line break pasted at either end is an artefact of copying; a tab or other control
    # character anywhere is refused rather than silently dropped.
    text = text.strip(" \r\n\u00a0")
    pattern = _CONTROL if multiline else _CONTROL_SINGLE_LINE
    if pattern.search(text):
        raise ValidationError(field, "control_chars")
    text = text.strip()
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > max_length:
        raise ValidationError(field, "too_long", max=max_length)
    return text


def fold(text: str) -> str:
    """The form text is searched in: NFC then case-folded (SQLite's lower() ignores Ä)."""
    return unicodedata.normalize("NFC", text).casefold()
