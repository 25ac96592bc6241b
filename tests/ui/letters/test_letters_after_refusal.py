"""A refused request is answered by its refusal letter: no letter saying it was carried out is
offered or written, and the letters page turns to the refusal by itself."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import Services
from tests.helpers.gui import finish
from tests.helpers.requests import open_request
from tests.ui.letters.letter_pages import make_page
from tests.ui.letters.test_letters_page import kinds

ANSWERS = ("access", "portability", "no-data")


def test_after_a_refusal_the_page_offers_the_refusal_and_not_the_answer(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.current_kind() == "access"
    assert not kinds(page)["refusal"][1]

    services.requests.close(
        admin, request.record.id, "refused", "Sama pyyntö kolmesti", "excessive", "Arvio",
        language="fi",
    )  # fmt: skip
    page.refresh()
    finish(qtbot, page.load_job)

    shown = kinds(page)
    assert page.current_kind() == "refusal", "the refusal is the answer now"
    assert shown["refusal"][1]
    assert shown["access"][1:] == (
        False,
        "The request was refused, so this letter is not written: the refusal letter answers it.",
    )
    assert not shown["no-data"][1]
    # The letters that go to the requester whatever the outcome stay.
    assert shown["receipt"][1]


def test_a_refused_request_gets_no_answer_letter_from_the_service(
    services: Services, admin: Actor, maija: CustomerRecord
) -> None:
    rid = open_request(services, admin, maija.id, "access").record.id
    services.requests.close(
        admin, rid, "refused", "Perusteeton", "manifestly_unfounded", "Arvio", language="fi"
    )
    choices = {c.kind: c for c in services.letters.choices(admin, rid)}
    for kind in ANSWERS:
        assert choices[kind].reason == "letter_request_refused", kind
        with pytest.raises(BusinessRuleError) as refused:
            services.letters.render(admin, rid, kind, "fi")
        assert refused.value.code == "letter_request_refused"
    assert choices["refusal"].available
    assert services.letters.render(admin, rid, "refusal", "fi").pdf.startswith(b"%PDF")
