"""The person's data for an access request: every kind of data, the consultation log with dates
and purposes only, refusals for unidentified requests and other types, rights, restriction."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.disclosure.subject_data import RecipientEntry, SubjectData
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, PermissionDenied
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows
from tests.helpers.subject_data import Scenario

STAFF_WORDS = ("Jouni Ojala", "paakayttaja", "Kasittelija", "kasittelija", "Lukija", "lukija")


def _texts(value: object) -> list[str]:
    """Every string anywhere in a record tree (for checks that no name leaks in)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [t for v in value for t in _texts(v)]
    return [value] if isinstance(value, str) else []


def test_every_kind_of_data_is_assembled(
    services: Services, admin: Actor, handler: Actor, scenario: Scenario
) -> None:
    data = services.subject_data.assemble(handler, scenario.access)
    assert isinstance(data, SubjectData)
    assert (data.request_id, data.request_type, data.processed) == (scenario.access, "access", True)

    c = data.customer
    assert (c.id, c.name, c.email, c.phone) == (
        scenario.maija, "Maija Meikäläinen", "maija@example.fi", "+358401234567",
    )  # fmt: skip
    assert (c.street, c.postal_code, c.city, c.country) == (
        "Vanha kirkkokuja 19", "02520", "Kirkkonummi", "FI",
    )  # fmt: skip
    assert (c.company, c.business_id, c.language) == ("=Kaava Oy", "2989855-5", "fi")
    assert c.customer_number == "10001"
    assert (c.source, c.source_name) == ("third_party", "Yritysrekisteri Oy")
    assert c.notes == "Puoliso Pekka soitti hänen puolestaan."
    assert c.created_at == dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
    assert (data.source.code, data.source.name) == ("third_party", "Yritysrekisteri Oy")
    assert data.source.collected_from_person is False

    # The whole ledger, oldest first: the objection to direct marketing ended the consent.
    # The objection ended it as of its receipt (21.11.), before the analytics consent of 24.11.
    assert [(e.purpose_code, e.given, e.method) for e in data.consents] == [
        ("marketing_email", True, "web_form"),
        ("marketing_email", False, "objection"),
        ("analytics", True, "letter"),
    ]
    assert data.consents[0].at == dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    assert data.consents[0].purpose_fi == "Markkinointiviestit sähköpostilla"
    assert {e.notice_version for e in data.consents} == {"1"}

    assert [(o.purpose, o.reason, o.outcome, o.outcome_reason) for o in data.objections] == [
        ("analytics", "En halua seurantaa.", "compelling_grounds", "Laskujen varmentaminen."),
        ("direct_marketing", "", "stopped", ""),
    ]
    assert data.objections[0].decided_at == dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
    assert [(e.ip, e.page) for e in data.web_events] == [
        ("192.0.2.7", "/hinnasto"),
        ("192.0.2.8", '=HYPERLINK("http://x.example")'),
    ]
    assert data.web_events[0].at == dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
    assert [(i.invoice_number, i.amount_cents, i.paid) for i in data.invoices] == [
        ("2026-0042", 24900, True),
        ("2026-0043", -1250, False),
    ]
    assert data.invoices[0].buyer_name == "Maija Meikäläinen"

    assert [(r.id, r.type, r.status, r.outcome) for r in data.requests] == [
        (scenario.other, "other", "refused", "refused"),
        (scenario.access, "access", "in_progress", None),
        (scenario.portability, "portability", "in_progress", None),
    ]
    other = data.requests[0]
    assert (other.refusal_basis, other.refusal_reason) == ("other", "Ei koske rekisteriä.")
    assert other.closed_at == dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
    access = data.requests[1]
    assert (access.received_on, access.channel) == (dt.date(2026, 11, 24), "email")
    assert (access.statutory_due, access.promised_due, access.due) == (
        dt.date(2026, 12, 28), dt.date(2026, 12, 24), dt.date(2026, 12, 24),
    )  # fmt: skip
    assert access.identity_method == "email_on_file"
    assert access.identified_at == dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
    assert access.requester_text == "Haluan kopion kaikista tiedoistani."
    assert (access.requester_name, access.requester_contact) == (
        "Maija Meikäläinen", "maija@example.fi",
    )  # fmt: skip
    assert [(p.reason, p.ended_at is not None) for p in access.pauses] == [
        ("Odotetaan vahvistusta.", True)
    ]

    # Nothing of Eino's anywhere.
    texts = " ".join(_texts(data))
    for his in ("Eino", "eino", "198.51.100.99", "2026-0099", "Einon syy", "765 4321"):
        assert his not in texts
    assert data.recipients == ()  # no processors registered yet


def test_the_recipients_are_the_active_processors_by_name(
    services: Services, admin: Actor, scenario: Scenario
) -> None:
    services.processors.add(admin, ProcessorInput("Postitus Oy", "kirjeiden postitus", "FI"))
    services.processors.add(
        admin, ProcessorInput("Mailer Inc", "email delivery", "US", transfer="dpf")
    )
    old = services.processors.add(admin, ProcessorInput("Vanha Oy", "arkistointi", "FI"))
    services.processors.deactivate(admin, old.id)
    data = services.subject_data.assemble(admin, scenario.access)
    assert data.recipients == (
        RecipientEntry("Mailer Inc", "email delivery", "US", in_eea=False, transfer="dpf"),
        RecipientEntry("Postitus Oy", "kirjeiden postitus", "FI", in_eea=True),
    )


def test_notes_that_may_speak_of_others_are_held_back_from_a_letter(
    services: Services, admin: Actor, scenario: Scenario
) -> None:
    data = services.subject_data.assemble(admin, scenario.access)
    assert data.customer.notes_third_party is True
    assert data.customer.notes_need_review is True
    assert data.letter_notes == ""
    record = services.customers.view(admin, scenario.maija)
    services.customers.update(
        admin,
        scenario.maija,
        record.version,
        dataclasses.replace(record.as_input(), notes_third_party=False),
    )
    reviewed = services.subject_data.assemble(admin, scenario.access)
    assert reviewed.customer.notes_need_review is False
    assert reviewed.letter_notes == "Puoliso Pekka soitti hänen puolestaan."


def test_the_consultation_log_has_dates_and_purposes_and_no_staff(
    services: Services, admin: Actor, handler: Actor, scenario: Scenario, clock: FakeClock
) -> None:
    clock.advance(days=2)
    services.profiles.profile(handler, scenario.maija, "customer_service")
    data = services.subject_data.assemble(handler, scenario.access)
    assert [(v.at.date(), v.kind, v.purpose) for v in data.consultations] == [
        (dt.date(2026, 11, 24), "view", "customer_service"),
        (dt.date(2026, 11, 25), "view", "billing"),
        (dt.date(2026, 11, 27), "view", "customer_service"),
        (dt.date(2026, 11, 27), "view", f"request:{scenario.access}"),  # this very reading
    ]
    texts = _texts(data)
    for word in STAFF_WORDS:
        assert not any(word in t for t in texts), word
    # Views of another customer are not in Maija's list.
    assert "eino_only" not in texts


def test_assembling_is_audited_as_a_view_for_the_request(
    services: Services, handler: Actor, scenario: Scenario
) -> None:
    services.subject_data.assemble(handler, scenario.access)
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["object_type"], entry["object_id"]) == (
        "customer.view", "customer", scenario.maija,
    )  # fmt: skip
    assert (entry["detail"], entry["outcome"], entry["actor_id"]) == (
        f"request:{scenario.access}", "ok", handler.user_id,
    )  # fmt: skip


def test_a_restricted_person_gets_everything(
    services: Services, admin: Actor, scenario: Scenario
) -> None:
    before = services.subject_data.assemble(admin, scenario.access)
    services.customers.set_restriction(admin, scenario.maija, True)
    data = services.subject_data.assemble(admin, scenario.access)
    assert data.customer.restricted is True
    assert data.customer.restricted_at is not None
    assert data.customer.name == before.customer.name
    for kind in ("consents", "objections", "web_events", "invoices", "requests"):
        assert getattr(data, kind) == getattr(before, kind), kind
    assert len(data.web_events) == 2 and len(data.invoices) == 2


def test_an_unidentified_request_is_refused(
    services: Services, admin: Actor, scenario: Scenario
) -> None:
    nobody = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 25), "letter")
    ).id
    unchecked = services.requests.register(
        admin, RequestInput("portability", dt.date(2026, 11, 25), "email", scenario.maija)
    ).id  # linked, but no identity check recorded
    before = len(audit_rows(services.db.path))
    for rid in (nobody, unchecked):
        with pytest.raises(BusinessRuleError) as info:
            services.subject_data.assemble(admin, rid)
        assert info.value.code == "request_not_identified"
    assert len(audit_rows(services.db.path)) == before  # nothing was read, no view recorded


def test_other_request_types_and_unknown_requests_are_refused(
    services: Services, admin: Actor, scenario: Scenario
) -> None:
    with pytest.raises(BusinessRuleError) as info:
        services.subject_data.assemble(admin, scenario.other)
    assert info.value.code == "request_type_no_data"
    assert "of type other" in info.value.message()
    with pytest.raises(NotFoundError):
        services.subject_data.assemble(admin, 9999)
    # The portability request gets the same assembly.
    data = services.subject_data.assemble(admin, scenario.portability)
    assert (data.request_type, data.customer.id) == ("portability", scenario.maija)


def test_it_needs_requests_handle_and_customers_view(
    services: Services, admin: Actor, handler: Actor, reader: Actor, scenario: Scenario
) -> None:
    with pytest.raises(PermissionDenied) as info:
        services.subject_data.assemble(reader, scenario.access)  # no requests.handle
    assert info.value.right == "requests.handle"
    services.users.set_right(admin, handler.user_id, "customers.view", False)
    with pytest.raises(PermissionDenied) as info:
        services.subject_data.assemble(handler, scenario.access)
    assert info.value.right == "customers.view"
    denied = [r for r in audit_rows(services.db.path) if r["outcome"] == "denied"]
    assert [(r["action"], r["detail"]) for r in denied[-2:]] == [
        ("subject_data.assemble", "requests.handle"),
        ("subject_data.assemble", "customers.view"),
    ]
    assert not [r for r in audit_rows(services.db.path) if r["detail"].startswith("request:")]
