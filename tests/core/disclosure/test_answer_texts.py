"""The access answer's own free texts per letter language: what a search found, the answer to
the requester's question and the delivery detail are printed only in the language they were
written in, and a letter in a language still without them is refused (`letter_text_missing`).
Read back from the PDFs in Finnish, English and Swedish."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text

FOUND = {
    "fi": "kaksi sähköpostia 3.11.2026",
    "en": "two emails of 3.11.2026",
    "sv": "två e-postmeddelanden 3.11.2026",
}
ANSWER = {
    "fi": "Annoit sen itse tilatessasi",
    "en": "You gave it yourself when ordering",
    "sv": "Du gav den själv när du beställde",
}
DETAIL = {"fi": "kirjattuna", "en": "registered", "sv": "rekommenderat"}


def _request(services: Services, admin: Actor) -> tuple[int, int, int]:
    """An access request of a Finnish-speaking customer whose answer's texts are in Finnish:
    the request, its search and its question."""
    c = add_customer(services, admin, "Ilkka Äyräpää", email="ilkka@example.fi")
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
    )
    services.requests.identify(admin, r.id, c.id, "email_on_file")
    answers = services.access_answers
    answers.add_search(admin, r.id, "email", True, FOUND["fi"])
    answers.add_question(admin, r.id, "Mistä saitte osoitteeni?", ANSWER["fi"])
    answers.set_delivery(admin, r.id, "post", DETAIL["fi"])
    records = answers.records(admin, r.id)
    return r.id, records.searches[0].id, records.questions[0].id


def _write(services: Services, admin: Actor, ids: tuple[int, int, int], language: str) -> None:
    rid, search, question = ids
    answers = services.access_answers
    answers.put_search_result(admin, rid, search, FOUND[language], language)
    answers.answer_question(admin, rid, question, ANSWER[language], language)
    answers.set_delivery(admin, rid, "post", DETAIL[language], language)


def _letter(services: Services, admin: Actor, rid: int, language: str) -> str:
    return pdf_text(services.letters.issue(admin, rid, "access", language, "save")[1])


def _only(text: str, language: str) -> None:
    for lang in FOUND:
        for words in (FOUND, ANSWER):
            assert (words[lang] in text) == (lang == language), (lang, words[lang])
    others = [DETAIL[lang] for lang in DETAIL if lang != language]
    assert DETAIL[language] in text and not any(f"({d})" in text for d in others)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_letter_waits_for_its_languages_texts_and_prints_only_those(
    services: Services, admin: Actor, language: str
) -> None:
    ids = _request(services, admin)
    rid, search, _ = ids
    with pytest.raises(BusinessRuleError) as refused:
        _letter(services, admin, rid, language)
    assert refused.value.code == "letter_text_missing"
    assert services.letters.archive(admin, rid) == ()
    _only(_letter(services, admin, rid, "fi"), "fi")

    # The search's result alone is not enough: the answer is still only in Finnish.
    services.access_answers.put_search_result(admin, rid, search, FOUND[language], language)
    with pytest.raises(BusinessRuleError) as still:
        _letter(services, admin, rid, language)
    assert still.value.code == "letter_text_missing"

    _write(services, admin, ids, language)
    _only(_letter(services, admin, rid, language), language)
    # Writing another language's words left the Finnish letter's own.
    _only(_letter(services, admin, rid, "fi"), "fi")


def test_a_removed_search_takes_its_texts_in_every_language(
    services: Services, admin: Actor
) -> None:
    ids = _request(services, admin)
    rid, search, _ = ids
    _write(services, admin, ids, "en")
    services.access_answers.remove_search(admin, rid, search)
    for language in ("fi", "en"):
        text = _letter(services, admin, rid, language)
        assert FOUND["fi"] not in text and FOUND["en"] not in text
