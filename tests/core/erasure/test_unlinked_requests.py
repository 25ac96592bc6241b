"""Requests about the erased person that were never linked to them: the plan finds them by the
email, phone or whole name the requester gave or wrote, lists them, and the run anonymises them;
a request by someone else is left alone."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.erasure.records import ErasureAction, ItemKind
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import DataSubjectRequest
from tests.core.erasure.test_erasure import EMAIL, RECTIFIED_NAME, make_person
from tests.helpers.database import raw_db

OTHER_TEXT = "Olen Liisa Muukalainen, liisa@muualla.example, 050 999 8888"


def _unlinked(services: Services, admin: Actor, name: str, contact: str, text: str) -> int:
    r = services.requests.register(admin, RequestInput("access", dt.date(2026, 11, 1), "email"))
    with services.db.transaction() as session:
        row = session.get(DataSubjectRequest, r.id)
        assert row is not None and row.customer_id is None
        row.requester_name, row.requester_contact, row.requester_text = name, contact, text
    return r.id


def test_unlinked_requests_naming_the_person_are_planned_and_anonymised(
    services: Services, admin: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    by_email = _unlinked(services, admin, "", EMAIL.upper(), "Haluan tietoni")
    by_phone = _unlinked(services, admin, "Å. Z.", "", "Soittakaa +358 40 765 4321, kiitos")
    by_name = _unlinked(services, admin, f" {RECTIFIED_NAME.upper()} ", "", "")
    other = _unlinked(services, admin, "Liisa Muukalainen", "liisa@muualla.example", OTHER_TEXT)
    # The requests found after the letter left change what it describes: a new letter first.
    assert services.erasure.plan(admin, p.erasure_id).letter_notice == "erasure_letter_outdated"
    services.letters.issue(admin, p.erasure_id, "erasure", "fi", "save")
    plan = services.erasure.plan(admin, p.erasure_id)
    listed = {i.object_id: i.label for i in plan.items if i.kind == ItemKind.UNLINKED_REQUEST}
    assert listed == {by_email: "email", by_phone: "phone", by_name: "name"}
    assert all(
        i.action == ErasureAction.ANONYMISE
        for i in plan.items
        if i.kind == ItemKind.UNLINKED_REQUEST
    )
    result = services.erasure.run(admin, p.erasure_id, plan.token)
    assert result.anonymised[ItemKind.UNLINKED_REQUEST] == 3
    with raw_db(services.db.path) as conn:
        rows = {
            rid: (ref, name, contact, text)
            for rid, ref, name, contact, text in conn.execute(
                "SELECT id, subject_ref, requester_name, requester_contact, requester_text "
                "FROM requests"
            )
        }
    for rid in (by_email, by_phone, by_name):
        assert rows[rid] == (result.subject_ref, "", "", "")
    assert rows[other] == (None, "Liisa Muukalainen", "liisa@muualla.example", OTHER_TEXT)


def test_a_first_name_alone_or_another_number_is_not_a_match(
    services: Services, admin: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    _unlinked(services, admin, "Åke", "", "Åke tässä, numero 040 765 4320")
    plan = services.erasure.plan(admin, p.erasure_id)
    assert [i for i in plan.items if i.kind == ItemKind.UNLINKED_REQUEST] == []
