"""Erasure (Art. 17) on real database files: the plan, the run, and the raw bytes afterwards.

The acceptance test looks at the database file and its WAL as bytes, as someone holding a copy
of them would: after an erasure no trace of the person's name, email, phone, address or IP
address is left (in NFC, decomposed NFD, upper case and the search column's folded form),
except inside the invoices kept for the Accounting Act, whose buyer name and billing address a
voucher must show.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.erasure.records import (
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ItemKind,
)
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied, ValidationError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
    Processor,
    RecipientNotice,
    RequestFieldChange,
    RequestPause,
)
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db

NAME = "Åke Zyxwäinen"
RECTIFIED_NAME = "Åke Zyxwäinen-Kanervo"  # the name after a rectification: both must go
EMAIL = "ake.zyxwainen@kanaria.example"
PHONE_TYPED = "040 765 4321"
STREET = "Kanariankuja 7 B"
POSTAL = "00990"
CITY = "Zyxwälä"
COMPANY = "Zyxwäisen Kanala Oy"
IPS = ("192.0.2.44", "2001:db8::7a7a")
USER_AGENT = "Zyxwbrowser/9.1 (Kanaria OS)"
# Forms of the phone as people write it and as the register stores and searches it.
PHONES = ("+358407654321", "0407654321", "040 765 4321", "358407654321")


def identifiers(name: str = RECTIFIED_NAME) -> list[str]:
    return [
        name,
        NAME,
        "Zyxwäinen",
        EMAIL,
        "ake.zyxwainen",
        *PHONES,
        STREET,
        "Kanariankuja",
        CITY,
        f"{POSTAL} {CITY}",
        COMPANY,
        *IPS,
        USER_AGENT,
    ]


def variants(text: str) -> set[bytes]:
    """UTF-8 of the text composed, decomposed, upper case and case-folded."""
    forms = set()
    for t in (text, text.upper(), text.casefold()):
        for normal in ("NFC", "NFD"):
            forms.add(unicodedata.normalize(normal, t).encode("utf-8"))
    return forms


def needles(texts: list[str]) -> dict[bytes, str]:
    return {v: t for t in texts for v in variants(t)}


def file_bytes(path: Path) -> bytes:
    """The main file and the WAL (if any), as they lie on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def found_in(blob: bytes, texts: list[str]) -> list[str]:
    return sorted({text for needle, text in needles(texts).items() if needle in blob})


def text_cells(
    path: Path, skip: Collection[tuple[str, str]] = ()
) -> Iterator[tuple[str, str, str]]:
    """(table, column, value) of every text value in every table of the file."""
    with raw_db(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            for column in columns:
                if (table, column) in skip:
                    continue
                for (value,) in conn.execute(f'SELECT "{column}" FROM {table}'):
                    if isinstance(value, str | bytes):
                        text = value if isinstance(value, str) else value.decode("utf-8", "replace")
                        yield table, column, text


def sql_hits(path: Path, texts: list[str], skip: set[tuple[str, str]]) -> list[tuple[str, str]]:
    folded = [unicodedata.normalize("NFC", t).casefold() for t in texts]
    hits = set()
    for table, column, value in text_cells(path, skip):
        v = unicodedata.normalize("NFC", value).casefold()
        hits.update((f"{table}.{column}", t) for t in folded if t in v)
    return sorted(hits)


# -- the person -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    customer: CustomerRecord
    erasure_id: int
    earlier_id: int


def make_person(
    services: Services, admin: Actor, *, invoices: int, events: int = 40, letter: bool = True
) -> Person:
    c = services.customers.create(
        admin,
        CustomerInput(
            name=NAME,
            email=EMAIL,
            phone=PHONE_TYPED,
            street=STREET,
            postal_code=POSTAL,
            city=CITY,
            company=COMPANY,
            notes=f"{NAME} soittaa iltaisin",
            notes_third_party=False,
        ),
    )
    # A rectification: the old name must not linger in the pages it was replaced in.
    c = services.customers.update(
        admin, c.id, c.version, CustomerInput(**{**c.as_input().__dict__, "name": RECTIFIED_NAME})
    )
    services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    services.consents.record(admin, c.id, "analytics", True, "web_form")
    services.objections.record(
        admin, c.id, "direct_marketing", dt.date(2026, 11, 2), f"{NAME} ei halua mainoksia"
    )
    services.objections.record(admin, c.id, "analytics", dt.date(2026, 11, 2), f"{EMAIL} kielsi")
    rows = ["email,time,ip,page,user_agent"]
    for n in range(events):
        rows.append(
            f"{EMAIL},2026-10-{1 + n % 28:02d}T10:{n % 60:02d}:00Z,{IPS[n % 2]},/s/{n},{USER_AGENT}"
        )
    services.events.import_file(admin, ("\n".join(rows) + "\n").encode(), "events.csv")
    for n in range(invoices):
        services.invoices.add(admin, c.id, f"Z-{n}", dt.date(2024, 3, 10), "12,50")
    earlier = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 10, 1), "email", c.id)
    )
    erasure = services.requests.register(
        admin, RequestInput("erasure", dt.date(2026, 11, 20), "email", c.id)
    )
    # The requests desk's free text, written the way its own services write it.
    with services.db.transaction() as session:
        for request_id in (earlier.id, erasure.id):
            r = session.get(DataSubjectRequest, request_id)
            assert r is not None
            r.requester_text = f"Olen {NAME}, poistakaa tietoni. {EMAIL} {PHONE_TYPED}"
            r.requester_name = NAME
            r.requester_contact = EMAIL
            r.identity_note = f"Soitettu numeroon {PHONES[0]}, osoite {STREET}"
        e = session.get(DataSubjectRequest, earlier.id)
        assert e is not None
        e.status = "refused"
        e.refusal_basis = "excessive"
        e.refusal_reason = f"{NAME} pyysi samaa kolmesti"
        e.assessment = f"{NAME}: {CITY}"
        e.extension_reason = f"{NAME} lähetti paljon"
        now = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
        session.add(
            RequestPause(
                request_id=erasure.id,
                reason=f"Odotetaan, että {NAME} vastaa",
                started_at=now,
                started_by=admin.user_id,
            )
        )
        session.add(
            RequestFieldChange(
                request_id=earlier.id, field="name", changed_at=now, changed_by=admin.user_id
            )
        )
        processor = Processor(
            name="Postituspalvelu Oy", created_at=now, updated_at=now, role="postitus"
        )
        session.add(processor)
        session.flush()
        session.add(
            RecipientNotice(
                request_id=earlier.id,
                processor_id=processor.id,
                status="disproportionate",
                reason=f"{NAME} ei ole postituslistalla",
            )
        )
    if letter:
        # The confirmation letter leaves before the erasure may run; the earlier request's
        # refusal letter is archived too, so that both PDFs must go.
        services.letters.issue(admin, earlier.id, "refusal", "fi", "save")
        services.letters.issue(admin, erasure.id, "erasure", "fi", "save")
    return Person(c, erasure.id, earlier.id)


@pytest.fixture
def others(services: Services, admin: Actor, customer: CustomerRecord) -> CustomerRecord:
    """Another customer with data of her own, and enough neighbours to split many pages."""
    services.demo.fill(admin, 150, seed=7)
    services.invoices.add(admin, customer.id, "M-1", dt.date(2025, 5, 5), "99")
    services.consents.record(admin, customer.id, "marketing_email", True, "web_form")
    return customer


def other_state(path: Path, customer_id: int, person_id: int) -> tuple[object, ...]:
    """Another customer's rows, and the counts of everyone's but the erased person's."""
    with raw_db(path) as conn:
        return (
            conn.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchall(),
            conn.execute(
                "SELECT * FROM consent_events WHERE customer_id = ?", (customer_id,)
            ).fetchall(),
            conn.execute("SELECT * FROM invoices WHERE customer_id = ?", (customer_id,)).fetchall(),
            conn.execute("SELECT count(*) FROM customers WHERE id != ?", (person_id,)).fetchone(),
            conn.execute(
                "SELECT count(*), max(id) FROM web_events WHERE customer_id != ?", (person_id,)
            ).fetchone(),
            conn.execute(
                "SELECT count(*) FROM consent_events WHERE customer_id != ?", (person_id,)
            ).fetchone(),
        )


# -- the plan -------------------------------------------------------------------------------------


def test_the_plan_shows_every_item_with_its_action_reason_and_dates(
    services: Services, admin: Actor, others: CustomerRecord
) -> None:
    p = make_person(services, admin, invoices=2, events=10)
    with services.db.transaction() as session:  # a voucher whose keeping time is over
        session.execute(
            sqlite_update("invoices", "invoice_date = '2018-06-01'", "invoice_number = 'Z-1'")
        )
    before = file_bytes(services.db.path)
    plan = services.erasure.plan(admin, p.erasure_id)
    assert (plan.request_id, plan.customer_id) == (p.erasure_id, p.customer.id)
    assert plan.customer_name == RECTIFIED_NAME
    assert plan.letter_ready is True and plan.letter_notice == ""
    assert plan.rows(ItemKind.LETTER, ErasureAction.ANONYMISE) == 2

    def one(kind: str) -> list[tuple[str, str]]:
        return [(i.action, i.reason) for i in plan.items if i.kind == kind]

    assert one(ItemKind.CUSTOMER) == [(ErasureAction.DELETE, ErasureReason.ERASURE)]
    assert plan.rows(ItemKind.CONSENT_EVENT, ErasureAction.DELETE) == 3  # 2 given, 1 ended
    assert one(ItemKind.OBJECTION) == [(ErasureAction.DELETE, ErasureReason.ERASURE)] * 2
    assert one(ItemKind.SUPPRESSION) == [
        (ErasureAction.KEEP, ErasureReason.DIRECT_MARKETING_OBJECTION)
    ]
    assert plan.rows(ItemKind.SUPPRESSION) == 2  # email and phone, as hashes
    assert plan.rows(ItemKind.WEB_EVENTS, ErasureAction.DELETE) == 10
    invoices = {i.label: i for i in plan.items if i.kind == ItemKind.INVOICE}
    kept = invoices["Z-0"]
    assert (kept.action, kept.reason) == (ErasureAction.KEEP, ErasureReason.ACCOUNTING_ACT)
    assert (kept.kept_until, kept.purge_on) == (dt.date(2030, 12, 31), dt.date(2031, 1, 1))
    assert {"buyer_name", "billing_address"} <= set(kept.fields_kept)
    old = invoices["Z-1"]
    assert (old.action, old.reason) == (ErasureAction.DELETE, ErasureReason.RETENTION_ENDED)
    assert old.kept_until == dt.date(2024, 12, 31) and old.purge_on is None
    requests = [i for i in plan.items if i.kind == ItemKind.REQUEST]
    assert {i.object_id for i in requests} == {p.erasure_id, p.earlier_id}
    for item in requests:
        assert (item.action, item.reason) == (ErasureAction.ANONYMISE, ErasureReason.ACCOUNTABILITY)
        assert {"type", "received_on", "due", "status"} <= set(item.fields_kept)
        assert {"requester_text", "requester_name", "requester_contact"} <= set(item.fields_removed)
        assert {"identity_note", "extension_reason", "refusal_reason", "assessment"} <= set(
            item.fields_removed
        )
    assert one(ItemKind.REQUEST_PAUSE) == [(ErasureAction.ANONYMISE, ErasureReason.ACCOUNTABILITY)]
    changes = [i for i in plan.items if i.kind == ItemKind.FIELD_CHANGE]
    assert [(i.action, i.label, i.fields_kept) for i in changes] == [
        (ErasureAction.KEEP, "name", ("field", "changed_at"))
    ]
    assert one(ItemKind.RECIPIENT_NOTICE) == [
        (ErasureAction.ANONYMISE, ErasureReason.ACCOUNTABILITY)
    ]
    assert [i.kind for i in plan.kept] == [
        ItemKind.SUPPRESSION,
        ItemKind.INVOICE,
        ItemKind.FIELD_CHANGE,
    ]
    # Making the plan changed no data; it is audited as a view, with ids only.
    assert services.customers.view(admin, p.customer.id).name == RECTIFIED_NAME
    entry = [r for r in audit_rows(services.db.path) if r["action"] == "erasure.plan"][-1]
    assert (entry["object_type"], entry["object_id"]) == ("request", p.erasure_id)
    assert entry["detail"] == f"customer:{p.customer.id}"
    assert before  # the file was readable


def sqlite_update(table: str, assignment: str, where: str) -> object:
    from sqlalchemy import text

    return text(f"UPDATE {table} SET {assignment} WHERE {where}")


# -- the acceptance test --------------------------------------------------------------------------


def test_a_person_without_invoices_leaves_no_byte_in_the_file_or_the_wal(
    services: Services, admin: Actor, others: CustomerRecord
) -> None:
    p = make_person(services, admin, invoices=0)
    path = services.db.path
    # The scan sees the person before: every identifier is there in some form.
    services.customers.search(admin, "zyxw")
    assert services.customers.count(admin, "zyxwäinen") == 1
    assert set(found_in(file_bytes(path), identifiers())) >= {EMAIL, RECTIFIED_NAME, IPS[0]}
    untouched = other_state(path, others.id, p.customer.id)

    plan = services.erasure.plan(admin, p.erasure_id)
    result = services.erasure.run(admin, p.erasure_id, plan.token)

    assert result.scrub is not None and result.scrub.ok, result.scrub
    assert result.scrub.wal_bytes == 0
    assert found_in(file_bytes(path), identifiers()) == []
    assert sql_hits(path, identifiers(), set()) == []
    assert services.audit.verify().ok
    assert other_state(path, others.id, p.customer.id) == untouched
    # The as-you-type search forgets the person too (its kept matches follow data_version).
    assert services.customers.search(admin, "zyxw") == []
    assert services.customers.count(admin, "zyxwäinen") == 0
    # A backup made afterwards is as clean.
    services.maintenance.backup(admin, path.parent / "after.bak")
    assert found_in((path.parent / "after.bak").read_bytes(), identifiers()) == []


def test_a_person_with_invoices_is_left_only_in_the_kept_vouchers(
    services: Services, admin: Actor, others: CustomerRecord
) -> None:
    p = make_person(services, admin, invoices=3)
    path = services.db.path
    untouched = other_state(path, others.id, p.customer.id)
    plan = services.erasure.plan(admin, p.erasure_id)
    result = services.erasure.run(admin, p.erasure_id, plan.token)
    assert result.scrub is not None and result.scrub.ok

    voucher = {("invoices", "buyer_name"), ("invoices", "billing_address")}
    # Nothing anywhere but the vouchers' buyer name and billing address, in any table.
    assert sql_hits(path, identifiers(), voucher) == []
    with raw_db(path) as conn:
        kept = conn.execute(
            "SELECT invoice_number, customer_id, buyer_name, billing_address, kept_until, "
            "keep_reason FROM invoices WHERE invoice_number LIKE 'Z-%' ORDER BY 1"
        ).fetchall()
    assert kept == [
        (
            f"Z-{n}",
            None,
            RECTIFIED_NAME,
            f"{COMPANY}\n{STREET}\n{POSTAL} {CITY}",
            "2030-12-31",
            "accounting_act",
        )
        for n in range(3)
    ]
    # In the raw bytes: no email, phone, IP or old name at all, and the voucher's words exactly
    # as often as the three kept rows hold them.
    blob = file_bytes(path)
    gone = [EMAIL, "ake.zyxwainen", *PHONES, *IPS, USER_AGENT, NAME + " ", "ÅKE"]
    assert found_in(blob, gone) == []
    for text in (RECTIFIED_NAME, STREET, f"{POSTAL} {CITY}", COMPANY):
        assert blob.count(text.encode()) == 3, text
        for form in variants(text) - {text.encode()}:
            assert form not in blob, (text, form)

    assert services.audit.verify().ok
    assert other_state(path, others.id, p.customer.id) == untouched
    queue = services.erasure.purge_queue(admin)
    assert [(q.invoice_number, q.kept_until, q.purge_on, q.due) for q in queue] == [
        (f"Z-{n}", dt.date(2030, 12, 31), dt.date(2031, 1, 1), False) for n in range(3)
    ]


def test_the_requests_keep_type_dates_and_outcome_under_a_pseudonymous_reference(
    services: Services, admin: Actor
) -> None:
    p = make_person(services, admin, invoices=1, events=3)
    with services.db.read() as session:
        before = {
            r.id: (r.type, r.status, r.received_on, r.statutory_due, r.due, r.refusal_basis)
            for r in session.query(DataSubjectRequest)
        }
    plan = services.erasure.plan(admin, p.erasure_id)
    result = services.erasure.run(admin, p.erasure_id, plan.token)
    assert result.subject_ref.startswith("ERASED-") and len(result.subject_ref) > 20
    with services.db.read() as session:
        for r in session.query(DataSubjectRequest):
            assert (
                r.type,
                r.status,
                r.received_on,
                r.statutory_due,
                r.due,
                r.refusal_basis,
            ) == before[r.id]
            assert r.customer_id is None
            assert r.subject_ref == result.subject_ref  # one reference for the person
            for column in (
                "requester_text",
                "requester_name",
                "requester_contact",
                "identity_note",
                "extension_reason",
                "refusal_reason",
                "assessment",
            ):
                assert getattr(r, column) == "", column
        erasure = session.get(DataSubjectRequest, p.erasure_id)
        earlier = session.get(DataSubjectRequest, p.earlier_id)
        assert erasure is not None and earlier is not None
        assert erasure.erased_at == result.erased_at and earlier.erased_at is None
        assert erasure.status == "received"  # closing it is the request desk's step
        assert [x.reason for x in session.query(RequestPause)] == [""]
        assert [x.field for x in session.query(RequestFieldChange)] == ["name"]
        notices = [(x.status, x.reason) for x in session.query(RecipientNotice)]
        assert notices == [("disproportionate", "")]
    assert result.deleted == {
        "consent_event": 3,
        "objection": 2,
        "web_events": 3,
        "customer": 1,
    }
    assert result.anonymised == {
        "request": 2,
        "request_pause": 1,
        "recipient_notice": 1,
        "letter": 2,
    }
    assert [i.kind for i in result.kept] == ["suppression", "invoice", "field_change"]


def test_the_objection_to_marketing_survives_as_hashes_only(
    services: Services, admin: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    with services.db.transaction() as session:  # as if the list had lost the entries
        session.execute(sqlite_update("suppressions", "digest = 'x' || id", "1"))
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    with services.db.transaction() as session:
        suppression = SuppressionList(session)
        assert suppression.contains(EMAIL, "")
        assert suppression.contains("", PHONES[0])
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM objections").fetchone() == (0,)
    # A later import of the same person is stopped from marketing.
    later = services.customers.create(admin, CustomerInput(name="Uusi Nimi", email=EMAIL))
    from l4d_desktop.core.errors import L4DError

    with pytest.raises(L4DError) as info:
        services.consents.record(admin, later.id, "marketing_email", True, "web_form")
    assert info.value.code == "marketing_suppressed"


def test_the_consent_ledger_stays_append_only(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    with raw_db(services.db.path) as conn:
        trigger = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'consent_events_append_only'"
        ).fetchone()
        assert trigger == (1,)
        conn.execute(
            "INSERT INTO consent_events (customer_id, purpose_id, given, at, method, "
            "notice_version, recorded_by, recorded_at) SELECT id, 1, 1, '2026-01-01', 'x', '1', "
            f"{admin.user_id}, '2026-01-01' FROM customers LIMIT 1"
        )
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE consent_events SET given = 0")


# -- refusals -------------------------------------------------------------------------------------


def test_running_twice_is_refused_and_changes_nothing(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=1, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    count = len(audit_rows(services.db.path))
    for call in (
        lambda: services.erasure.run(admin, p.erasure_id, plan.token),
        lambda: services.erasure.plan(admin, p.erasure_id),
    ):
        with pytest.raises(BusinessRuleError) as info:
            call()
        assert info.value.code == "erasure_already_run"
    assert len(audit_rows(services.db.path)) == count


def test_a_plan_made_on_other_data_is_refused(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=1, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.invoices.add(admin, p.customer.id, "Z-late", dt.date(2026, 11, 23), "5")
    with pytest.raises(BusinessRuleError) as info:
        services.erasure.run(admin, p.erasure_id, plan.token)
    assert info.value.code == "erasure_plan_changed"
    assert services.customers.view(admin, p.customer.id).name == RECTIFIED_NAME
    fresh = services.erasure.plan(admin, p.erasure_id)
    assert fresh.token != plan.token
    assert fresh.rows(ItemKind.INVOICE, ErasureAction.KEEP) == 2
    services.erasure.run(admin, p.erasure_id, fresh.token)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"type": "access"}, "erasure_wrong_type"),
        ({"status": "completed"}, "erasure_request_closed"),
        ({"status": "withdrawn"}, "erasure_request_closed"),
        ({"customer_id": None}, "erasure_not_identified"),
    ],
)
def test_only_an_open_identified_erasure_request_is_planned_or_run(
    services: Services, admin: Actor, change: dict[str, object], code: str
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    with services.db.transaction() as session:
        r = session.get(DataSubjectRequest, p.erasure_id)
        assert r is not None
        for key, value in change.items():
            setattr(r, key, value)
    for call in (
        lambda: services.erasure.plan(admin, p.erasure_id),
        lambda: services.erasure.run(admin, p.erasure_id, plan.token),
    ):
        with pytest.raises(BusinessRuleError) as info:
            call()
        assert info.value.code == code
        assert info.value.params == {"request": p.erasure_id}
    assert services.customers.view(admin, p.customer.id).name == RECTIFIED_NAME


def test_an_unknown_request(services: Services, admin: Actor) -> None:
    with pytest.raises(Exception) as info:
        services.erasure.plan(admin, 999)
    assert getattr(info.value, "code", "") == "not_found"


def test_a_handler_without_customers_erase_is_refused_and_the_refusal_audited(
    services: Services, admin: Actor, handler: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    for operation, call in (
        ("erasure.plan", lambda: services.erasure.plan(handler, p.erasure_id)),
        ("erasure.run", lambda: services.erasure.run(handler, p.erasure_id, plan.token)),
    ):
        with pytest.raises(PermissionDenied) as info:
            call()
        assert info.value.right == "customers.erase"
        last = audit_rows(services.db.path)[-1]
        assert (last["actor_id"], last["action"], last["outcome"], last["detail"]) == (
            handler.user_id,
            operation,
            "denied",
            "customers.erase",
        )
    # Granted customers.erase, a handler may erase (they hold requests.handle already).
    services.users.set_right(admin, handler.user_id, "customers.erase", True)
    services.erasure.run(handler, p.erasure_id, services.erasure.plan(handler, p.erasure_id).token)


def test_customers_erase_alone_is_not_enough(
    services: Services, admin: Actor, reader: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    services.users.set_right(admin, reader.user_id, "customers.erase", True)
    with pytest.raises(PermissionDenied) as info:
        services.erasure.plan(reader, p.erasure_id)
    assert info.value.right == "requests.handle"


# -- the checkpoint -------------------------------------------------------------------------------


def test_a_busy_checkpoint_is_reported_and_finished_later(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=0, events=5)
    path = services.db.path
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.scrub_attempts = 3
    # Another program reading an older snapshot keeps the WAL from being folded in.
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customers").fetchone()
    try:
        result = services.erasure.run(admin, p.erasure_id, plan.token)
        assert result.scrub is not None
        assert (result.scrub.ok, result.scrub.attempts, result.scrub.busy) == (False, 3, 1)
        # The erasure itself is saved.
        with raw_db(path) as conn:
            assert conn.execute(
                "SELECT count(*) FROM customers WHERE id = ?", (p.customer.id,)
            ).fetchone() == (0,)
        # … but the WAL still holds earlier versions of its pages, with the person in them.
        assert EMAIL in found_in(file_bytes(path), identifiers())
    finally:
        reader.execute("COMMIT")
        reader.close()
    outcome = services.erasure.scrub(admin)
    assert outcome.ok and outcome.wal_bytes == 0
    assert found_in(file_bytes(path), identifiers()) == []
    assert audit_rows(path)[-1]["action"] == "erasure.scrub"
    assert services.audit.verify().ok


# -- the purge queue ------------------------------------------------------------------------------


def test_kept_vouchers_are_purged_the_day_after_their_keeping_time(
    services: Services, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    p = make_person(services, admin, invoices=2, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    path = services.db.path
    assert services.erasure.purge_due(admin).purged == ()
    with pytest.raises(ValidationError):
        services.erasure.purge_due(admin, dt.date(2031, 1, 1))  # not before the day comes
    with pytest.raises(PermissionDenied):
        services.erasure.purge_queue(handler)
    with pytest.raises(PermissionDenied):
        services.erasure.purge_due(handler)

    clock.now = dt.datetime(2030, 12, 31, 12, 0, tzinfo=dt.UTC)
    assert [q.due for q in services.erasure.purge_queue(admin)] == [False, False]
    assert services.erasure.purge_due(admin).purged == ()
    clock.now = dt.datetime(2031, 1, 1, 12, 0, tzinfo=dt.UTC)
    assert [q.due for q in services.erasure.purge_queue(admin)] == [True, True]
    result = services.erasure.purge_due(admin)
    assert len(result.purged) == 2 and result.scrub is not None and result.scrub.ok
    assert services.erasure.purge_queue(admin) == []
    entries = [r for r in audit_rows(path) if r["action"] == "invoice.purge"]
    assert sorted(r["object_id"] for r in entries) == sorted(result.purged)
    assert services.audit.verify().ok
    assert found_in(file_bytes(path), identifiers()) == []


def test_plan_dates_follow_the_financial_year_setting(services: Services, admin: Actor) -> None:
    from l4d_desktop.core.store.settings import SettingsStore

    p = make_person(services, admin, invoices=0, events=1)
    services.invoices.add(admin, p.customer.id, "Z-aug", dt.date(2024, 8, 10), "1")
    with services.db.transaction() as session:
        SettingsStore().put(session, "fiscal_year_end", "06-30")
    plan: ErasurePlan = services.erasure.plan(admin, p.erasure_id)
    [item] = [i for i in plan.items if i.kind == ItemKind.INVOICE]
    assert (item.kept_until, item.purge_on) == (dt.date(2031, 12, 31), dt.date(2032, 1, 1))


def test_the_scan_finds_what_a_plain_delete_leaves_behind(services: Services, admin: Actor) -> None:
    """The byte scan is able to fail: the same rows deleted by plain SQL (no secure_delete)
    leave the person in the file even after a checkpoint."""
    p = make_person(services, admin, invoices=0, events=5)
    path = services.db.path
    services.db.dispose()
    with raw_db(path) as conn:
        # This machine's SQLite is built with secure_delete on by default: turn it off.
        conn.execute("PRAGMA secure_delete=OFF")
        conn.execute("BEGIN")
        for table in ("consent_events", "objections", "web_events"):
            conn.execute(f"DELETE FROM {table} WHERE customer_id = ?", (p.customer.id,))
        conn.execute(
            "UPDATE requests SET customer_id = NULL, requester_text = '', requester_name = '', "
            "requester_contact = '', identity_note = '', extension_reason = '', "
            "refusal_reason = '', assessment = ''"
        )
        conn.execute("UPDATE request_pauses SET reason = ''")
        conn.execute("UPDATE recipient_notices SET reason = ''")
        conn.execute("DELETE FROM customers WHERE id = ?", (p.customer.id,))
        conn.execute("COMMIT")
        assert sql_hits(path, identifiers(), set()) == []
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert {EMAIL, RECTIFIED_NAME, IPS[0]} <= set(found_in(file_bytes(path), identifiers()))


def test_events_imported_while_their_person_is_erased_are_reported_not_written(
    services: Services, admin: Actor, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import matches every row before its first batch; the person is erased between two
    batches (from the progress report, i.e. after the first batch has committed)."""
    import l4d_desktop.core.customers.web_events as web_events

    p = make_person(services, admin, invoices=0, events=0)
    monkeypatch.setattr(web_events, "BATCH", 1)
    data = (
        "email,time\n"
        f"{customer.email},2026-11-01T08:00:00Z\n"
        f"{EMAIL},2026-11-02T08:00:00Z\n"
        f"{customer.email},2026-11-03T08:00:00Z\n"
        f"{EMAIL},2026-11-04T08:00:00Z\n"
    ).encode()
    erased: list[bool] = []

    def erase_after_the_first_batch(done: int, total: int) -> None:
        if done == 1:
            plan = services.erasure.plan(admin, p.erasure_id)
            services.erasure.run(admin, p.erasure_id, plan.token)
            erased.append(True)

    result = services.events.import_file(
        admin, data, "events.csv", progress=erase_after_the_first_batch
    )

    assert erased == [True]
    assert result.imported == 2
    assert [(u.row, u.field, u.code) for u in result.unmatched] == [
        (3, "email", "customer_unmatched"),
        (5, "email", "customer_unmatched"),
    ]
    assert services.events.count(admin, customer.id) == 2
    with raw_db(services.db.path) as db:
        assert (
            db.execute(
                "SELECT count(*) FROM web_events WHERE customer_id = ?", (p.customer.id,)
            ).fetchone()[0]
            == 0
        )
    entry = [r for r in audit_rows(services.db.path) if r["action"] == "events.import"][-1]
    assert entry["detail"] == "imported=2,rejected=2"
