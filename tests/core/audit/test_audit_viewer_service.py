"""The audit viewer's service: pages newest first with staff names, filters, who may browse,
and the audited CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.viewer import EXPORT_COLUMNS, AuditFilter
from l4d_desktop.core.errors import (
    L4DError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows

# -- the audit viewer --------------------------------------------------------------------------


def test_the_viewer_pages_newest_first_with_the_staff_member_s_name(
    services: Services, admin: Actor, handler: Actor, workload: int
) -> None:
    first = services.audit_viewer.page(admin, limit=3)
    assert first.total == workload
    assert [r.id for r in first.records] == [workload, workload - 1, workload - 2]
    assert first.next_before_id == workload - 2
    newest = first.records[0]
    assert (newest.action, newest.actor_id, newest.actor_username, newest.actor_name) == (
        "user.rights",
        admin.user_id,
        "paakayttaja",
        "Jouni Ojala",
    )
    assert newest.at.tzinfo is not None and newest.object_type == "user"
    seen = [r.id for r in first.records]
    before = first.next_before_id
    while before is not None:
        page = services.audit_viewer.page(admin, before_id=before, limit=3)
        assert page.total == workload
        seen += [r.id for r in page.records]
        before = page.next_before_id
    assert seen == list(range(workload, 0, -1))
    # A failed login of nobody in particular names no one.
    nobody = services.audit_viewer.page(admin, AuditFilter(user_id=None, outcome="failed"))
    assert all(r.actor_username in ("", "kasittelija") for r in nobody.records)


def test_the_viewer_filters_by_user_customer_action_and_time(
    services: Services, admin: Actor, handler: Actor, reader: Actor, clock: FakeClock
) -> None:
    maija = add_customer(services, handler, "Maija Meikäläinen")
    other = add_customer(services, handler, "Matti Muu")
    clock.advance(hours=1)
    middle = clock.now
    services.customers.view(reader, maija.id)
    services.customers.view(reader, other.id)
    request = services.requests.register(
        handler, RequestInput("access", dt.date(2026, 11, 20), "email", maija.id)
    )
    clock.advance(hours=1)
    services.customers.view(handler, maija.id)

    def ids(where: AuditFilter) -> list[tuple[str, int | None, int | None]]:
        page = services.audit_viewer.page(admin, where)
        assert page.total == len(page.records)
        return [(r.action, r.actor_id, r.object_id) for r in page.records]

    assert ids(AuditFilter(customer_id=maija.id)) == [
        ("customer.view", handler.user_id, maija.id),
        ("request.create", handler.user_id, request.id),
        ("customer.view", reader.user_id, maija.id),
        ("customer.create", handler.user_id, maija.id),
    ]
    assert ids(AuditFilter(user_id=reader.user_id, action="customer.view")) == [
        ("customer.view", reader.user_id, other.id),
        ("customer.view", reader.user_id, maija.id),
    ]
    assert [a for a, _, _ in ids(AuditFilter(action="customer."))] == [
        "customer.view",
        "customer.view",
        "customer.view",
        "customer.create",
        "customer.create",
    ]
    window = AuditFilter(since=middle, until=middle + dt.timedelta(hours=1))
    assert [a for a, _, _ in ids(window)] == ["request.create", "customer.view", "customer.view"]
    assert "customer.view" in services.audit_viewer.actions(admin)
    staff = services.audit_viewer.staff(admin)
    assert [(s.username, s.active) for s in staff] == [
        ("kasittelija", True),
        ("lukija", True),
        ("paakayttaja", True),
    ]
    with pytest.raises(ValidationError):
        services.audit_viewer.page(admin, AuditFilter(since=dt.datetime(2026, 11, 24)))
    with pytest.raises(ValidationError):
        services.audit_viewer.page(admin, limit=0)


def test_an_audit_reader_without_users_admin_may_browse(
    services: Services, admin: Actor, handler: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.audit_viewer.page(handler)
    services.users.set_right(admin, handler.user_id, "audit.read", True)
    assert services.audit_viewer.page(handler).total > 0
    assert services.audit_viewer.staff(handler)


def test_export_writes_an_owner_only_csv_with_the_chain_and_is_audited(
    services: Services, admin: Actor, workload: int, tmp_path: Path
) -> None:
    path = tmp_path / "audit.csv"
    count = services.audit_viewer.export_csv(admin, path)
    assert count == workload
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    raw = audit_rows(services.db.path)
    assert [r["hash"] for r in rows] == [r["hash"] for r in raw[:workload]]
    assert rows[0]["actor_username"] == "paakayttaja"
    last = raw[-1]
    assert (last["action"], last["actor_id"], last["detail"]) == (
        "audit.export",
        admin.user_id,
        f"rows={workload}",
    )
    only_logins = services.audit_viewer.export_csv(
        admin, tmp_path / "logins.csv", AuditFilter(action="login")
    )
    assert only_logins == sum(1 for r in raw if r["action"] == "login")


def test_export_needs_audit_read_and_data_export(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    # The second admin keeps users.admin while the first gives up data.export.
    services.users.set_right(admin, admin.user_id, "data.export", False)
    with pytest.raises(PermissionDenied) as info:
        services.audit_viewer.export_csv(admin, tmp_path / "audit.csv")
    assert info.value.right == "data.export"
    assert not (tmp_path / "audit.csv").exists()
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["outcome"], last["detail"]) == (
        "audit.export",
        "denied",
        "data.export",
    )


def test_an_export_to_an_unwritable_place_is_a_clear_error(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    with pytest.raises(L4DError) as info:
        services.audit_viewer.export_csv(admin, tmp_path / "no-such-folder" / "audit.csv")
    assert info.value.code == "audit_export_failed"
