"""The reasons a request waited for the requester, printed in the access copy, are kept per
letter language: a letter prints only its language's words and is refused, naming the pause in
words, until they are written. Read back from the PDFs in Finnish, English and Swedish."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text

WAITED = {
    "fi": "Odotimme tilausnumeroasi henkilöllisyyden varmistamiseksi",
    "en": "We waited for your order number to confirm who you are",
    "sv": "Vi väntade på ditt ordernummer för att bekräfta vem du är",
}


def _access(services: Services, admin: Actor, customer_id: int, day: int) -> int:
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, day), "email", customer_id)
    )
    services.requests.identify(admin, r.id, customer_id, "email_on_file")
    return r.id


def _paused(services: Services, admin: Actor) -> tuple[int, int]:
    """An access request of a Finnish-speaking customer that waited, its reason in Finnish."""
    c = add_customer(services, admin, "Ilkka Äyräpää", email="ilkka@example.fi")
    rid = _access(services, admin, c.id, 20)
    services.requests.pause(admin, rid, WAITED["fi"])
    services.requests.resume(admin, rid)
    pause = services.requests.detail(admin, rid).pauses[0]
    return rid, pause.id


def _letter(services: Services, admin: Actor, rid: int, language: str) -> str:
    return " ".join(
        pdf_text(services.letters.issue(admin, rid, "access", language, "save")[1]).split()
    )


def _only(text: str, language: str) -> None:
    for lang, words in WAITED.items():
        assert (words in text) == (lang == language), (lang, words)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_copy_waits_for_the_pause_reason_in_its_language(
    services: Services, admin: Actor, language: str
) -> None:
    rid, pause = _paused(services, admin)
    with pytest.raises(BusinessRuleError) as refused:
        _letter(services, admin, rid, language)
    assert refused.value.code == "letter_text_missing"
    assert refused.value.params["topic"] == f"pause.{pause}"
    # The command line's words name the pause and the command that writes it.
    line = refused.value.message()
    assert f"the reason request {rid} waited for the requester" in line
    assert f"request pause {rid} --pause-id {pause} --reason TEXT --lang {language}" in line
    assert "pause." not in line.split("(request")[0]
    _only(_letter(services, admin, rid, "fi"), "fi")

    services.requests.put_pause_reason(admin, rid, pause, WAITED[language], language)
    _only(_letter(services, admin, rid, language), language)
    # The Finnish words recorded with the pause stay the Finnish letter's.
    _only(_letter(services, admin, rid, "fi"), "fi")


def test_a_pause_reason_given_in_english_is_the_english_copys_only(
    services: Services, admin: Actor
) -> None:
    c = add_customer(services, admin, "Ada Lovelace", email="ada@example.com")
    rid = _access(services, admin, c.id, 20)
    services.requests.pause(admin, rid, WAITED["en"], language="en")
    with pytest.raises(BusinessRuleError) as refused:
        _letter(services, admin, rid, "fi")
    assert refused.value.params["topic"].startswith("pause.")
    _only(_letter(services, admin, rid, "en"), "en")


def test_an_earlier_requests_pause_is_named_with_its_request(
    services: Services, admin: Actor
) -> None:
    old, pause = _paused(services, admin)
    services.requests.close(admin, old, "completed")
    customer = services.requests.detail(admin, old).record.customer_id
    assert customer is not None
    new = _access(services, admin, customer, 22)
    with pytest.raises(BusinessRuleError) as refused:
        _letter(services, admin, new, "en")
    assert refused.value.params["request"] == old
    assert f"request {old} waited" in refused.value.message()
    # A closed request's pause still takes its reason in another language.
    services.requests.put_pause_reason(admin, old, pause, WAITED["en"], "en")
    _only(_letter(services, admin, new, "en"), "en")


def test_a_pause_reason_is_refused_for_another_requests_pause_or_an_unknown_language(
    services: Services, admin: Actor
) -> None:
    rid, pause = _paused(services, admin)
    other = _access(
        services, admin, services.requests.detail(admin, rid).record.customer_id or 0, 21
    )
    with pytest.raises(NotFoundError):
        services.requests.put_pause_reason(admin, other, pause, WAITED["en"], "en")
    with pytest.raises(ValidationError) as bad:
        services.requests.put_pause_reason(admin, rid, pause, WAITED["en"], "de")
    assert bad.value.field == "language"
    with pytest.raises(ValidationError) as empty:
        services.requests.put_pause_reason(admin, rid, pause, "  ", "en")
    assert empty.value.field == "reason"
