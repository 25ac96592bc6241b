"""Erasure (Art. 17) on real database files: the run, and the raw bytes afterwards.

The acceptance test looks at the database file and its WAL as bytes, as someone holding a copy
of them would: after an erasure no trace of the person's name, email, phone, address or IP
address is left (in NFC, decomposed NFD, upper case and the search column's folded form),
except inside the invoices kept for the Accounting Act, whose buyer name and billing address a
voucher must show.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
    RecipientNotice,
    RequestFieldChange,
    RequestPause,
)
from tests.core.erasure.erased_person import (
    CITY,
    COMPANY,
    EMAIL,
    IPS,
    NAME,
    PHONES,
    POSTAL,
    RECTIFIED_NAME,
    STREET,
    USER_AGENT,
    file_bytes,
    found_in,
    identifiers,
    make_person,
    other_state,
    sql_hits,
    sqlite_update,
    variants,
)
from tests.helpers.database import raw_db

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
