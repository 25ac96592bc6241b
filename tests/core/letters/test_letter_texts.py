"""Every letter but the access response and the portability cover letter composes and renders in
Finnish and English, speaks to the reader as "sinä", and the codes it prints have words in both
languages."""

from __future__ import annotations

import re

import pytest

from l4d_desktop.core.customers.service import EDITABLE_FIELDS
from l4d_desktop.core.erasure.records import (
    REQUEST_FREE_TEXT,
    REQUEST_KEPT,
    ErasureReason,
    ItemKind,
)
from l4d_desktop.core.letters.document import Bullets, Heading, Paragraph
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.vocabulary import (
    Channel,
    IdentityMethod,
    ObjectionOutcome,
    ObjectionPurpose,
    RefusalBasis,
    RequestType,
)
from tests.core.letters import term_pairs as terms
from tests.core.letters.letter_contexts import COMPOSERS, KINDS, context
from tests.core.letters.letter_people import HANDLER, LANGS, NAME, TODAY
from tests.core.letters.letter_reading import body_text, flat, headings, pdf_text

# -- every kind, both languages --------------------------------------------------------------------


def test_the_modules_cover_every_kind_but_access_and_portability() -> None:
    # The no-data answer has its own tests (test_no_data_letter.py), with the access letter's.
    assert set(KINDS) == {k.value for k in LetterKind} - {"access", "portability", "no-data"}


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_composes_in_both_languages(kind: str, language: str) -> None:
    ctx = context(kind, language)
    letter = COMPOSERS[kind](ctx)
    assert letter.kind == kind
    assert letter.language == language
    assert letter.recipient[0] == NAME
    assert letter.reference == "L4D-00042"
    assert letter.date == TODAY
    assert letter.signature is not None and letter.signature.name == HANDLER
    text = body_text(letter)
    # The greeting names the person; the staff member appears only in the signature.
    assert NAME in text
    assert HANDLER not in text
    # The contact person and the reference to quote end every letter.
    assert "Jouni Ojala" in text and "L4D-00042" in text
    # The greeting is the letter's language.
    assert text.splitlines()[1].startswith("Hyvä " if language == "fi" else "Dear ")
    # No empty paragraph or bullet: every piece says something.
    for block in letter.body:
        if isinstance(block, Paragraph | Heading):
            assert block.text.strip()
        if isinstance(block, Bullets):
            assert all(item.strip() for item in block.items)


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_and_reads_back(kind: str, language: str) -> None:
    letter = COMPOSERS[kind](context(kind, language))
    text = pdf_text(letter)
    assert NAME in text  # š, á, ł and ö survive the embedded fonts
    assert flat(letter.subject) in text
    for heading in headings(letter):
        assert flat(heading) in text


def test_finnish_letters_speak_to_the_reader_as_sina() -> None:
    """The notice's style is "sinä"; the formal plural ("Teillä", "teidän") never appears."""
    formal = re.compile(r"\b(Te|Teillä|Teidän|teidän|Teille|teille|Teitä|teitä|Teiltä)\b")
    for kind in KINDS:
        text = body_text(COMPOSERS[kind](context(kind, "fi")))
        assert not formal.search(text), kind


# -- terms -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "codes"),
    [
        (terms.REQUEST_TYPES, [t.value for t in RequestType]),
        (terms.CHANNELS, [c.value for c in Channel]),
        (terms.IDENTITY_METHODS, [m.value for m in IdentityMethod]),
        (terms.REFUSAL_BASES, [b.value for b in RefusalBasis]),
        (terms.REFUSAL_BASIS_NAMES, [b.value for b in RefusalBasis]),
        (terms.OBJECTION_PURPOSES, [p.value for p in ObjectionPurpose]),
        (terms.OBJECTION_OUTCOMES, [o.value for o in ObjectionOutcome]),
        (terms.CUSTOMER_FIELDS, list(EDITABLE_FIELDS)),
        (terms.ERASURE_ITEM_KINDS, [k.value for k in ItemKind]),
        (terms.ERASURE_REASONS, [r.value for r in ErasureReason]),
        (terms.KEPT_FIELDS, [*REQUEST_KEPT, *REQUEST_FREE_TEXT, "subject_ref", "customer_link"]),
    ],
)
def test_every_code_has_words_in_both_languages(
    table: dict[str, tuple[str, str]], codes: list[str]
) -> None:
    for code in codes:
        fi, en = table[code]
        assert fi.strip() and en.strip(), code


def test_an_unknown_code_prints_as_itself() -> None:
    assert terms.words(terms.REQUEST_TYPES, "new_type", "fi") == "new_type"
    assert terms.join_words(["a", "b", "c"], "fi") == "a, b ja c"
    assert terms.count_text(1, "fi", ("pyyntö", "pyyntöä"), ("request", "requests")) == "1 pyyntö"
    with pytest.raises(ValueError):
        terms.words(terms.REQUEST_TYPES, "access", "de")
