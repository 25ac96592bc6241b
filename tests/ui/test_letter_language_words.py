"""Where the interface names the letter languages in words, it names every one the core writes
(Finnish, Swedish and English), in each interface language and on the command line alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.letters.words import LANGUAGES
from l4d_desktop.ui.texts import error_text

I18N = Path(__file__).resolve().parents[2] / "i18n"
# Two language codes joined as a complete list: "fi or en", "fi tai en", "fi eller en" …
TWO_CODES = re.compile(r"\b(fi|sv|en)\s*(or|and|tai|ja|eller|och|/)\s*(fi|sv|en)\b")


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_the_letter_language_error_names_every_letter_language(app_parts, language: str) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply(language, remember=False)
    text = error_text(ValidationError("language", "language_invalid"))
    named = set(re.findall(r"\b(fi|sv|en)\b", text))
    assert named == set(LANGUAGES), text
    # The command line's words say the same.
    assert set(
        re.findall(r"\b(fi|sv|en)\b", ValidationError("lang", "language_invalid").message())
    ) == set(LANGUAGES)


def test_no_interface_text_lists_two_language_codes_as_all_of_them() -> None:
    found = []
    for ts in sorted(I18N.glob("l4d_*.ts")):
        for message in ET.parse(ts).iter("message"):
            for part in ("source", "translation"):
                text = message.findtext(part) or ""
                match = TWO_CODES.search(text)
                if match and not re.search(r"\b(fi|sv|en)\s*,\s*" + match.group(0), text):
                    found.append(f"{ts.name}: {text}")
    assert found == []
