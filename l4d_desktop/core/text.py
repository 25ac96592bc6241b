"""Text as it enters the register: NFC, trimmed, bounded, free of NUL, control and (in one-line
fields) invisible characters."""

from __future__ import annotations

import re
import unicodedata

from l4d_desktop.core.errors import ValidationError

# C0 and C1 controls and DEL; line feeds are allowed only where a field is multi-line.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Zero-width characters and bidirectional controls: invisible, they make two names that look
# alike differ (or reorder what is shown, "Trojan Source"). Free text may keep them (emoji
# sequences need U+200D); single-line fields such as names and usernames refuse them.
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


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
    if pattern.search(text) or (not multiline and _INVISIBLE.search(text)):
        raise ValidationError(field, "control_chars")
    text = text.strip()
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > max_length:
        raise ValidationError(field, "too_long", max=max_length)
    return text


def without_invisible(text: str) -> str:
    """`text` without zero-width characters and bidirectional controls."""
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """The form text is searched in: NFC then case-folded (SQLite's lower() ignores Ä)."""
    return unicodedata.normalize("NFC", text).casefold()


# Finnish alphabetical order: å, ä and ö are letters of their own after z (æ and ø sort with ä
# and ö, ü with y); other accents sort with their base letter. The key is plain text that
# sorts correctly under a binary collation, so SQLite and PostgreSQL order alike.
_OWN_LETTERS = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "ł": "l", "đ": "d"}
_SORT_KEY_LENGTH = 200


def sort_key(text: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text).casefold():
        own = _OWN_LETTERS.get(ch)
        if own is not None:
            out.append(own)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)[:_SORT_KEY_LENGTH]
