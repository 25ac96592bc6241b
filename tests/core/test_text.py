"""Text entering the register: NFC, trimmed, and control characters refused wherever they are."""

from __future__ import annotations

import unicodedata

import pytest

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text, fold


@pytest.mark.parametrize("value", ["abc\t", "\tabc", "a\x00b", "abc\x1f", "a\x85b", "a\nb"])
def test_control_characters_are_refused_even_at_the_ends(value: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_text(value, "name", max_length=50)
    assert (err.value.field, err.value.code) == ("name", "control_chars")


def test_pasted_line_breaks_and_spaces_at_the_ends_are_trimmed() -> None:
    assert clean_text(" \u00a0Pirjo\r\n", "name", max_length=50) == "Pirjo"


def test_line_feeds_inside_a_multiline_field_are_kept() -> None:
    assert clean_text("Katu 1\r\nB 2\n", "street", max_length=50, multiline=True) == "Katu 1\nB 2"


def test_text_is_stored_composed_and_searched_case_folded() -> None:
    decomposed = unicodedata.normalize("NFD", "Äijälä")
    assert clean_text(decomposed, "name", max_length=50) == "Äijälä"
    assert fold(decomposed) == fold("ÄIJÄLÄ") == "äijälä"


@pytest.mark.parametrize(
    "value",
    [
        "Matti\u200bMeikäläinen",
        "Matti\u200d",
        "\u202eenialäkieM",
        "Maija\u2066x\u2069",
        "\ufeffAnna",
    ],
)
def test_zero_width_and_direction_controls_are_refused_in_one_line_fields(value: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_text(value, "name", max_length=50)
    assert (err.value.field, err.value.code) == ("name", "control_chars")


def test_free_text_may_keep_a_zero_width_joiner() -> None:
    family = "perhe \U0001f468\u200d\U0001f469"
    assert clean_text(family, "text", max_length=50, multiline=True) == family
