"""The letters' embedded font family, and the check that every character can be printed.

Noto Sans (SIL OFL, in resources/fonts) covers Latin-1, Latin Extended-A and B, Greek and
Cyrillic. It is registered as one family, so that bold and italic in a paragraph really use the
bold and italic faces instead of silently printing the regular one.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from l4d_desktop.paths import resources_dir

FAMILY = "L4DSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}

_lock = threading.Lock()
_covered: frozenset[int] | None = None


def font_dir() -> Path:
    return resources_dir() / "fonts"


def register() -> None:
    """Register the four faces and the family once per process (thread-safe)."""
    global _covered
    if _covered is not None:
        return
    with _lock:
        if _covered is not None:
            return
        covered: set[int] | None = None
        for name, file in _FILES.items():
            font = TTFont(name, str(font_dir() / file))
            pdfmetrics.registerFont(font)
            chars = set(font.face.charToGlyph)
            # A character prints only if every face has it: bold text uses the bold face.
            covered = chars if covered is None else covered & chars
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _covered = frozenset(covered or ())


def _ignorable(ch: str) -> bool:
    # Line breaks and tabs are layout, not glyphs; format characters (zero-width joiners,
    # soft hyphens) are dropped by the layout without changing the text's meaning.
    return ch in "\n\r\t" or unicodedata.category(ch) == "Cf"


def unprintable(texts: Iterable[str]) -> tuple[str, ...]:
    """The characters of `texts` that no embedded face can print, in code-point order."""
    register()
    assert _covered is not None
    seen: set[str] = set()
    for text in texts:
        seen.update(text)
    return tuple(sorted(ch for ch in seen if ord(ch) not in _covered and not _ignorable(ch)))


def code_points(chars: Iterable[str]) -> str:
    """ "U+4E2D, U+1F600": how an error names characters without quoting any data."""
    return ", ".join(f"U+{ord(ch):04X}" for ch in chars)
