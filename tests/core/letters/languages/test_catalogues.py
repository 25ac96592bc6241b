"""The letter catalogues: every language has exactly the Finnish catalogue's entries with the same
placeholders, every entry can be filled, and the letter code itself holds no letter prose."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pkgutil
from pathlib import Path

import pytest

from l4d_desktop.core.letters import words
from l4d_desktop.core.letters.words import LANGUAGES, Words, catalogue
from l4d_desktop.core.letters.words.catalogue import CATALOGUES

LETTERS = Path(words.__file__).parent.parent


def differences(reference: Words, other: Words) -> list[str]:
    """How `other` differs from the reference catalogue: the keys it lacks or adds, and the
    entries whose placeholders differ (a translation that dropped or misspelled one)."""
    problems = [f"missing: {k}" for k in reference.keys() - other.keys()]
    problems += [f"extra: {k}" for k in other.keys() - reference.keys()]
    problems += [
        f"placeholders differ: {k}"
        for k in reference.keys() & other.keys()
        if reference.placeholders(k) != other.placeholders(k)
    ]
    return sorted(problems)


def test_finnish_is_the_reference_and_english_is_registered() -> None:
    assert LANGUAGES[0] == "fi"
    assert "en" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_has_the_finnish_entries_and_placeholders(language: str) -> None:
    assert differences(catalogue("fi"), catalogue(language)) == []


def test_a_catalogue_that_lacks_an_entry_or_a_placeholder_fails() -> None:
    """A planted, incomplete catalogue: one entry missing, one placeholder misspelled, one
    entry the Finnish catalogue does not have."""
    entries = dict(CATALOGUES["en"])
    del entries["receipt.subject"]
    entries["letter.received"] = "We received your request on {date}."
    entries["receipt.farewell"] = "Goodbye."
    planted = Words("xx", entries)
    assert differences(catalogue("fi"), planted) == [
        "extra: receipt.farewell",
        "missing: receipt.subject",
        "placeholders differ: letter.received",
    ]
    # And the other way round: the reference itself lacks what the planted one adds.
    assert "missing: receipt.farewell" in differences(planted, catalogue("fi"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_filled_by_its_placeholders(language: str) -> None:
    w = catalogue(language)
    for key in w:
        text = w(key, **dict.fromkeys(w.placeholders(key), 7))
        assert text, key
        assert "{" not in text and "}" not in text, key


def _modules(language: str) -> set[str]:
    package = importlib.import_module(f"l4d_desktop.core.letters.words.{language}")
    return {info.name for info in pkgutil.iter_modules(package.__path__)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_key_lives_in_one_module_of_its_language(language: str) -> None:
    """Each module the Finnish catalogue has, mirrored; a translation written ahead of its
    Finnish module (not yet part of the Finnish catalogue) waits outside the catalogue."""
    package = importlib.import_module(f"l4d_desktop.core.letters.words.{language}")
    parts = [
        importlib.import_module(f"{package.__name__}.{name}").ENTRIES
        for name in sorted(_modules(language) & _modules("fi"))
    ]
    assert sum(len(part) for part in parts) == len(package.ENTRIES)


def test_a_language_without_a_catalogue_is_refused() -> None:
    with pytest.raises(ValueError):
        catalogue("de")


def test_codes_unknown_to_the_catalogue_print_as_themselves() -> None:
    w = catalogue("en")
    assert w.term("request_type", "access") == "Access to your personal data"
    assert w.term("request_type", "new_type") == "new_type"
    assert w.term("request_type", None) == ""
    assert not w.has_term("channel", "carrier_pigeon")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ("24.11.2026", "1\u00a0234,50\u00a0€", "a, b ja c", "3 pyyntöä", "12\u00a0345")),
        ("en", ("24 November 2026", "€1,234.50", "a, b and c", "3 requests", "12,345")),
        ("sv", ("24.11.2026", "1\u00a0234,50\u00a0€", "a, b och c", "3 begäranden", "12\u00a0345")),
    ],
)
def test_the_formats_of_each_language(language: str, expected: tuple[str, ...]) -> None:
    w = catalogue(language)
    got = (
        w.date(dt.date(2026, 11, 24)),
        w.money(123450),
        w.join(["a", "b", "c"]),
        w.count("request", 3),
        w.number(12345),
    )
    assert got == expected


def _prose(path: Path) -> list[str]:
    """String literals of three words or more, or with a Finnish letter, outside docstrings and
    the messages of raised errors (which are for developers, never printed in a letter)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Raise):
            skip.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            if len(text.split()) >= 3 or any(c in text for c in "äöåÄÖÅ"):
                found.append(f"{path.name}:{node.lineno}: {text[:40]}")
    return found


def test_the_letter_code_holds_no_letter_prose() -> None:
    """Sentences live in the catalogues; compose and render only arrange them with the data."""
    modules = [*LETTERS.glob("compose/*.py"), *LETTERS.glob("render/*.py"), *LETTERS.glob("*.py")]
    assert [hit for path in sorted(modules) for hit in _prose(path)] == []


def test_the_prose_check_finds_a_planted_sentence(tmp_path: Path) -> None:
    planted = tmp_path / "letter.py"
    planted.write_text('TEXT = "Saimme pyyntösi."\nOK = "fi"\n', encoding="utf-8")
    assert _prose(planted) == ["letter.py:1: Saimme pyyntösi."]


def test_placeholders_are_read_by_name_whatever_their_format() -> None:
    assert catalogue("fi").placeholders("format.datetime") == {"date", "hour", "minute"}
    assert catalogue("en").placeholders("format.datetime") == {"date", "hour", "minute"}
