"""No personal data and no password in any file the program writes outside the database."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from pathlib import Path

import pytest

from l4d_desktop.app_log import setup_logging
from l4d_desktop.core.customer_fields import CustomerInput
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.passwords import PasswordHasher
from l4d_desktop.core.requests import RequestInput
from l4d_desktop.core.services import open_services
from tests.conftest import FakeClock

CANARY_NAME = "Kanarialintu Öhman-Łukasiewicz"
CANARY_EMAIL = "kanarialintu.canary@example.fi"
CANARY_PHONE = "+358 40 765 4321"
CANARY_PASSWORD = "kanarian salainen laulu aamulla"
WRONG_PASSWORD = "kanarian väärä laulu illalla"
DATABASE_SUFFIXES = (".sqlite3", ".sqlite3-wal", ".sqlite3-shm", ".bak")


def _needles() -> list[bytes]:
    texts = [
        CANARY_NAME,
        CANARY_EMAIL,
        CANARY_PASSWORD,
        WRONG_PASSWORD,
        "Kanarialintu",
        "kanarialintu",
    ]
    needles = [t.encode("utf-8") for t in texts] + [t.encode("utf-16-le") for t in texts]
    needles += [b"+358407654321", b"0407654321"]
    return needles


def _workload(root: Path) -> None:
    services = open_services(
        root / "data" / "l4d.sqlite3",
        clock=FakeClock(),
        hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    services.auth.create_first_admin("jouni", "Jouni Ojala", CANARY_PASSWORD)
    with pytest.raises(L4DError):
        services.auth.login("jouni", WRONG_PASSWORD)
    with pytest.raises(L4DError):
        services.auth.login(CANARY_EMAIL, CANARY_PASSWORD)
    admin = services.auth.login("jouni", CANARY_PASSWORD)
    customer = services.customers.create(
        admin, CustomerInput(name=CANARY_NAME, email=CANARY_EMAIL, phone=CANARY_PHONE)
    )
    with pytest.raises(L4DError):
        services.customers.create(admin, CustomerInput(name=CANARY_NAME, email=CANARY_NAME))
    with pytest.raises(L4DError):
        services.customers.update(
            admin, customer.id, customer.version - 1, CustomerInput(name=CANARY_NAME)
        )
    services.customers.view(admin, customer.id)
    services.customers.search(admin, CANARY_NAME)
    services.requests.register(
        admin,
        RequestInput(
            type="access", received="2026-11-20", channel="email", customer_id=customer.id
        ),
    )
    services.consents.record(admin, customer.id, "marketing_email", True, "web_form")
    services.objections.record(
        admin, customer.id, "direct_marketing", dt.date(2026, 11, 20), f"{CANARY_NAME} soitti"
    )
    with pytest.raises(L4DError):
        services.consents.record(admin, customer.id, "marketing_sms", True, "phone")
    services.invoices.add(admin, customer.id, "2026-77", dt.date(2026, 11, 2), "12,50")
    events = (
        "email,time,ip,page\n"
        f"{CANARY_EMAIL},2026-11-01T10:00:00Z,192.0.2.44,/hinnasto\n"
        f"unknown.{CANARY_EMAIL},2026-11-01T10:00:00Z,,/\n"
        f"{CANARY_EMAIL},not a time,,/\n"
    ).encode()
    services.events.import_file(admin, events, "events.csv")
    services.profiles.profile(admin, customer.id)
    services.maintenance.backup(admin, root / "data" / "copy.bak")
    services.maintenance.write_checkpoint(admin, root / "checkpoint.json")
    services.db.dispose()


def test_log_and_other_files_hold_no_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    root_logger = logging.getLogger()
    handlers_before = list(root_logger.handlers)
    level_before = root_logger.level
    log_path = setup_logging(tmp_path / "logs")
    assert log_path is not None
    try:
        # Everything at DEBUG reaches the file, so that a careless debug line would be caught.
        root_logger.setLevel(logging.DEBUG)
        _workload(tmp_path)
    finally:
        for handler in root_logger.handlers[:]:
            if handler not in handlers_before:
                handler.close()
                root_logger.removeHandler(handler)
        root_logger.setLevel(level_before)

    written = [
        p for p in tmp_path.rglob("*") if p.is_file() and not p.name.endswith(DATABASE_SUFFIXES)
    ]
    assert log_path in written
    leaks = [
        f"{p.relative_to(tmp_path)} contains {needle!r}"
        for p in written
        for needle in _needles()
        if needle in p.read_bytes()
    ]
    assert leaks == []
    assert list((tmp_path / "tmp").iterdir()) == [], "no temporary files are left behind"
