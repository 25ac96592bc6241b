"""Lists that leave the program are exports: data.export, one audit entry, one snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers import service as customers_module
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.models import AuditEntry


def _audit(services: Services, action: str) -> list[tuple[int | None, str, str]]:
    with services.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        return [(r.actor_id, r.outcome, r.detail) for r in rows]


def test_customer_export_streams_in_batches_and_is_audited_once(
    services: Services, handler: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customers_module, "EXPORT_BATCH", 2)
    for name in ("Eero", "Aino", "Cecilia", "Bertta", "Daniel"):
        services.customers.create(handler, CustomerInput(name=name))
    names = [c.name for c in services.customers.export(handler)]
    assert names == ["Aino", "Bertta", "Cecilia", "Daniel", "Eero"]
    assert [c.name for c in services.customers.export(handler, "aino")] == ["Aino"]
    assert _audit(services, "customer.export") == [
        (handler.user_id, "ok", "all"),
        (handler.user_id, "ok", "search"),
    ]


def test_an_export_reads_one_snapshot_even_if_others_write_meanwhile(
    services: Services, handler: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customers_module, "EXPORT_BATCH", 1)
    for name in ("Aino", "Bertta"):
        services.customers.create(handler, CustomerInput(name=name))
    rows = services.customers.export(handler)
    first = next(rows)
    services.customers.create(handler, CustomerInput(name="Aapo"))  # sorts before Bertta
    assert [first.name, *(c.name for c in rows)] == ["Aino", "Bertta"]


def test_request_export_is_audited(services: Services, handler: Actor) -> None:
    services.requests.register(handler, RequestInput("access", "2026-11-20", "email"))
    exported = list(services.requests.export(handler, open_only=True))
    assert [r.type for r in exported] == ["access"]
    assert _audit(services, "request.export") == [(handler.user_id, "ok", "open")]


def test_a_file_that_is_not_a_database_gives_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_text("Hyvä asiakas, " * 500, encoding="utf-8")
    with pytest.raises(StorageError) as err:
        open_services(path)
    assert err.value.code == "db_unavailable"
    assert "Hyvä" not in str(err.value)
