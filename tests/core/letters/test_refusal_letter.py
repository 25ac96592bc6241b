"""The refusal letter: basis, reasons, assessment and remedies, in Finnish and English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.evidence import LetterEvidence
from l4d_desktop.core.services import Services
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
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text as read_pdf
from tests.helpers.requests import open_request


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


# A refusal on "other" grounds: the article it rests on and the reasons as recorded.
OTHER_SAYS = {
    "fi": ("12 artiklan 4 kohta", "seuraavista syistä"),
    "en": ("Article 12(4) GDPR", "for the following reasons"),
    "sv": ("artikel 12.4", "av följande skäl"),
}
OTHER_REASON = {
    "fi": "Pyytämääsi asiakirjaa ei ole olemassa, koska tilaus peruttiin ennen laskutusta.",
    "en": "The document you asked for does not exist: the order was cancelled before invoicing.",
    "sv": "Handlingen du bad om finns inte, eftersom beställningen avbröts före faktureringen.",
}


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_a_refusal_on_other_grounds_states_its_article_reasons_and_remedies(
    services: Services, admin: Actor, language: str
) -> None:
    c = add_customer(services, admin, "Ilkka Äyräpää", email="ilkka@example.fi")
    r = open_request(services, admin, c.id, "access")
    rid = r.record.id
    services.requests.close(admin, rid, "refused", OTHER_REASON["fi"], "other", language="fi")
    if language != "fi":
        # The reasons are the letter's substance: without them in its language, no letter.
        with pytest.raises(BusinessRuleError) as refused:
            services.letters.render(admin, rid, "refusal", language)
        assert refused.value.params["topic"] == "refusal"
        services.request_evidence.put_text(admin, rid, "refusal", language, OTHER_REASON[language])
    text = flat(read_pdf(services.letters.render(admin, rid, "refusal", language).pdf))
    article, following = OTHER_SAYS[language]
    assert article in text and following in text
    assert flat(OTHER_REASON[language]) in text
    assert all(OTHER_REASON[x] not in text for x in OTHER_REASON if x != language)
    assert OMBUDSMAN.get(language, "Dataombudsmannens byrå") in text
    assert text.index(following) < text.index(flat(OTHER_REASON[language]))
    assert "Other grounds" not in text and "Muu peruste" not in text
