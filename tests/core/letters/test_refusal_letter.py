"""The refusal letter: basis, reasons, assessment and remedies, in Finnish and English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.evidence import LetterEvidence
from l4d_desktop.core.vocabulary import RefusalBasis
from tests.core.letters.letter_contexts import context
from tests.core.letters.letter_people import LANGS
from tests.core.letters.letter_reading import (
    COURT,
    OMBUDSMAN,
    body_text,
    flat,
    has_remedies,
    headings,
    pdf_text,
)


def _worded(ctx: LetterContext) -> LetterContext:
    """The context with the request's reasons and assessment as its language's texts."""
    texts = {"refusal": ctx.request.close_reason, "refusal_assessment": ctx.request.assessment}
    return replace(ctx, evidence=LetterEvidence(texts=texts, topics=frozenset(texts)))


@pytest.mark.parametrize("language", LANGS)
def test_refusal_states_basis_reasons_assessment_and_remedies(language: str) -> None:
    ctx = _worded(context("refusal", language))
    letter = refusal_letter.compose_refusal(ctx)
    text = flat(body_text(letter))
    assert ctx.request.close_reason in text
    assert ctx.request.assessment in text
    assert ("12 artiklan 5 kohta" if language == "fi" else "Article 12(5)") in text
    assert ("Kohtuuton pyyntö" if language == "fi" else "Excessive request") in text
    assert has_remedies(letter, language)
    pdf = pdf_text(letter)
    assert flat(ctx.request.close_reason) in pdf
    assert flat(ctx.request.assessment) in pdf
    assert OMBUDSMAN[language] in pdf and COURT[language] in pdf
    assert "+358 29 566 6700" in pdf and "PL 800, 00531 Helsinki" in pdf


@pytest.mark.parametrize("language", LANGS)
def test_refusal_for_identity_has_no_assessment_and_invites_a_new_request(
    language: str,
) -> None:
    ctx = context("refusal", language)
    ctx = replace(
        ctx,
        request=replace(
            ctx.request,
            refusal_basis=RefusalBasis.IDENTITY_NOT_ESTABLISHED.value,
            assessment="",
            close_reason="Emme saaneet vastausta tiedusteluumme.",
        ),
    )
    ctx = _worded(ctx)
    letter = refusal_letter.compose_refusal(ctx)
    assert ("Arviomme pyynnöstä" if language == "fi" else "Our assessment of the request") not in (
        headings(letter)
    )
    text = body_text(letter)
    assert ("uudelleen" if language == "fi" else "again") in text
    assert has_remedies(letter, language)


def test_refusal_prints_markup_in_reasons_as_text() -> None:
    ctx = context("refusal", "en")
    reason = "<b>Not bold</b> & <i>not italic</i>"
    ctx = _worded(replace(ctx, request=replace(ctx.request, close_reason=reason)))
    assert reason in pdf_text(refusal_letter.compose_refusal(ctx))
