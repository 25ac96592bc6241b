"""The "we hold no data about you" answer (Art. 15(1)), on a real database and read back from
the PDF in Finnish and English: offered only after the searches are recorded and only for a
requester matched to no customer; it says where we looked and what was found, and names the
invoices kept by law when they are all that is left of the person."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text

NAME = "Åsa Öhman-Ääriö"
RECEIVED = dt.date(2026, 11, 20)


def unknown_requester(services: Services, admin: Actor, name: str = NAME) -> int:
    r = services.requests.register(
        admin,
        RequestInput(
            "access",
            RECEIVED,
            "email",
            None,
            requester_name=name,
            requester_contact="Kauppakatu 3 B 7, 40100 Jyväskylä",
        ),
    )
    return r.id


def erase_person_with_invoice(services: Services, admin: Actor) -> None:
    """A customer with one invoice, erased: only the invoice is kept (the Accounting Act)."""
    c = add_customer(
        services,
        admin,
        NAME,
        email="asa@example.fi",
        street="Kauppakatu 3 B 7",
        postal_code="40100",
        city="Jyväskylä",
    )
    services.invoices.add(admin, c.id, "2024-0031", dt.date(2024, 3, 10), "249,00")
    erasure = services.requests.register(admin, RequestInput("erasure", RECEIVED, "email", c.id))
    services.requests.identify(admin, erasure.id, c.id, "email_on_file")
    services.letters.issue(admin, erasure.id, "erasure", "fi", "save")
    services.erasure.run(admin, erasure.id, services.erasure.plan(admin, erasure.id).token)


def test_the_letter_waits_for_the_searches_and_is_not_for_a_known_customer(
    services: Services, admin: Actor
) -> None:
    rid = unknown_requester(services, admin)
    choices = {c.kind: c for c in services.letters.choices(admin, rid)}
    assert choices["no-data"].reason == "letter_needs_searches"
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.issue(admin, rid, "no-data", "fi", "save")
    assert refused.value.code == "letter_needs_searches"
    services.access_answers.add_search(admin, rid, "paper", False, "")
    assert {c.kind: c for c in services.letters.choices(admin, rid)}["no-data"].available

    known = add_customer(services, admin, "Kalle Known", email="kalle@example.fi")
    linked = services.requests.register(admin, RequestInput("access", RECEIVED, "email", known.id))
    services.access_answers.add_search(admin, linked.id, "email", False, "")
    reason = {c.kind: c for c in services.letters.choices(admin, linked.id)}["no-data"].reason
    assert reason == "letter_no_data_has_customer"
    erasure = services.requests.register(admin, RequestInput("erasure", RECEIVED, "email", None))
    reason = {c.kind: c for c in services.letters.choices(admin, erasure.id)}["no-data"].reason
    assert reason == "letter_kind_unavailable"


@pytest.mark.parametrize(
    ("language", "looked", "nothing", "none_held"),
    [
        ("fi", "Mistä etsimme tietojasi", "Ei tietoja sinusta", "Emme käsittele sinua koskevia"),
        ("en", "Where we looked for your data", "No data about you", "We do not process"),
    ],
)
def test_nothing_held_after_the_searches_says_where_we_looked(
    services: Services, admin: Actor, language: str, looked: str, nothing: str, none_held: str
) -> None:
    rid = unknown_requester(services, admin)
    services.access_answers.add_search(admin, rid, "email", False, "", dt.date(2026, 11, 23))
    services.access_answers.add_search(admin, rid, "accounting", False, "")
    archived, pdf = services.letters.issue(admin, rid, "no-data", language, "save")
    text = pdf_text(pdf)
    assert archived.kind == "no-data"
    assert NAME in text and "Kauppakatu 3 B 7" in text
    assert looked in text and text.count(nothing) == 3  # the register, email, accounting
    assert none_held in text
    assert ("tietojasi ei käsitellä" if language == "fi" else "no data processed") in text
    assert ("23.11.2026" if language == "fi" else "23 November 2026") in text
    # A negative answer is not a refusal, but the remedies are stated all the same.
    assert ("Tietosuojavaltuutetun" if language == "fi" else "Data Protection Ombudsman") in text


@pytest.mark.parametrize(
    ("language", "law", "until", "amount"),
    [
        ("fi", "Kirjanpitolaki (1336/1997, 2 luku 10 §)", "31.12.2030", "249,00 €"),
        ("en", "Accounting Act (1336/1997, chapter 2, section 10)", "31 December 2030", "€249.00"),
    ],
)
def test_a_person_of_whom_only_kept_invoices_remain_is_told_about_them(
    services: Services, admin: Actor, language: str, law: str, until: str, amount: str
) -> None:
    erase_person_with_invoice(services, admin)
    rid = unknown_requester(services, admin)
    services.access_answers.add_search(
        admin,
        rid,
        "accounting",
        True,
        "lasku 2024-0031" if language == "fi" else "invoice 2024-0031",
        language=language,
    )
    records = services.access_answers.add_kept_invoice(admin, rid, "2024-0031")
    assert [i.kept_until for i in records.kept_invoices] == [dt.date(2030, 12, 31)]
    text = pdf_text(services.letters.issue(admin, rid, "no-data", language, "save")[1])
    assert "2024-0031" in text and law in text and until in text and amount in text
    assert "Kauppakatu 3 B 7" in text  # the billing address the voucher keeps
    assert (
        "Emme käsittele sinua koskevia" if language == "fi" else "We do not process"
    ) not in text
    # Kept invoices are data about the person: the subject does not say "no data".
    assert ("ei käsitellä" if language == "fi" else "no data processed") not in text


def test_only_an_invoice_kept_after_an_erasure_is_matched_to_a_requester(
    services: Services, admin: Actor
) -> None:
    live = add_customer(services, admin, "Liisa Live", email="liisa@example.fi")
    services.invoices.add(admin, live.id, "2025-0100", dt.date(2025, 1, 2), "10,00")
    rid = unknown_requester(services, admin)
    for number in ("2025-0100", "no-such"):
        with pytest.raises(ValidationError) as refused:
            services.access_answers.add_kept_invoice(admin, rid, number)
        assert (refused.value.field, refused.value.code) == ("invoice", "invoice_not_kept")
    erase_person_with_invoice(services, admin)
    linked = services.requests.register(admin, RequestInput("access", RECEIVED, "email", live.id))
    with pytest.raises(BusinessRuleError) as refused_linked:
        services.access_answers.add_kept_invoice(admin, linked.id, "2024-0031")
    assert refused_linked.value.code == "kept_invoice_has_customer"


def test_kept_invoices_in_the_requesters_name_are_offered_never_matched_by_themselves(
    services: Services, admin: Actor
) -> None:
    erase_person_with_invoice(services, admin)
    other = add_customer(services, admin, "Åsa Öhman-Ääriö Jr", email="jr@example.fi")
    services.invoices.add(admin, other.id, "2025-0007", dt.date(2025, 5, 5), "5,00")
    rid = unknown_requester(services, admin, "åsa  ÖHMAN-ääriö")
    # The buyer's name as typed on the request, whatever its case and spacing.
    assert services.access_answers.kept_invoice_candidates(admin, rid) == ("2024-0031",)
    assert services.access_answers.records(admin, rid).kept_invoices == ()
    stranger = services.requests.register(
        admin,
        RequestInput("access", RECEIVED, "email", None, requester_name="Eero Toinen"),
    )
    assert services.access_answers.kept_invoice_candidates(admin, stranger.id) == ()


def test_hostile_text_and_another_requests_records_are_refused_or_printed_as_typed(
    services: Services, admin: Actor
) -> None:
    rid = unknown_requester(services, admin)
    other = unknown_requester(services, admin)
    hostile = '<a href="http://evil.example">klikkaa</a> <img src="/etc/passwd"> & <b>'
    services.access_answers.add_search(admin, rid, "other", True, hostile)
    records = services.access_answers.add_question(admin, other, "Kuka?")
    with pytest.raises(NotFoundError):
        services.access_answers.answer_question(admin, rid, records.questions[0].id, "Minä")
    with pytest.raises(NotFoundError):
        services.access_answers.remove_search(
            admin, other, services.access_answers.records(admin, rid).searches[0].id
        )
    with pytest.raises(ValidationError) as control:
        services.access_answers.add_search(admin, rid, "email", True, "ok\x00")
    assert control.value.field == "result"
    text = pdf_text(services.letters.issue(admin, rid, "no-data", "fi", "save")[1])
    assert hostile in text


# A requester's contact as recorded at intake, and the address block the letter prints.
CONTACTS = {
    "asa@example.fi": {
        "fi": "Lähetetään sähköpostitse",
        "en": "Sent by email",
        "sv": "Skickas per e-post",
    },
    "asa@example.fi, Kauppakatu 3 B 7, 40100 Jyväskylä": {
        "fi": "Kauppakatu 3 B 7",
        "en": "Kauppakatu 3 B 7",
        "sv": "Kauppakatu 3 B 7",
    },
    "+358 40 123 4567": {
        "fi": "Toimitetaan kanssasi sovitulla tavalla",
        "en": "Delivered as agreed with you",
        "sv": "Levereras på det sätt vi har kommit överens om",
    },
}


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
@pytest.mark.parametrize("contact", list(CONTACTS))
def test_the_address_block_holds_a_postal_address_only(
    services: Services, admin: Actor, language: str, contact: str
) -> None:
    r = services.requests.register(
        admin,
        RequestInput(
            "access", RECEIVED, "email", None, requester_name=NAME, requester_contact=contact
        ),
    )
    services.access_answers.add_search(admin, r.id, "email", False, "", language=language)
    rendered = services.letters.render(admin, r.id, "no-data", language)
    text = pdf_text(rendered.pdf)
    assert CONTACTS[contact][language] in text
    # Neither in the address window nor anywhere else: the contact is not a postal address.
    assert "asa@example.fi" not in text and "123 4567" not in text
