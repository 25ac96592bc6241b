"""No personal data and no password in any file the program writes outside the database."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from pathlib import Path

import pytest

from l4d_desktop.app_log import setup_logging
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from tests.helpers.clock import FakeClock

CANARY_NAME = "Kanarialintu Öhman-Łukasiewicz"
CANARY_EMAIL = "kanarialintu.canary@example.fi"
CANARY_PHONE = "+358 40 765 4321"
CANARY_PASSWORD = "kanarian salainen laulu aamulla"
WRONG_PASSWORD = "kanarian väärä laulu illalla"
DATABASE_SUFFIXES = (".sqlite3", ".sqlite3-wal", ".sqlite3-shm", ".bak")
# The one file the user asked to hold personal data: a customer export, kept apart.
EXPORTS = "exports"
CANARY_IMPORTED = "Kanarialintu Tuotu"
CANARY_IMPORTED_EMAIL = "kanarialintu.tuotu@example.fi"
# Filled in by the workload: the one-time password a reset printed.
SECRETS: list[str] = []


def _needles() -> list[bytes]:
    texts = [
        CANARY_NAME,
        CANARY_EMAIL,
        CANARY_PASSWORD,
        WRONG_PASSWORD,
        "Kanarialintu",
        "kanarialintu",
        CANARY_IMPORTED_EMAIL,
        *SECRETS,
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

    # Staff accounts: a user with a canary password, failed logins, a reset, a change.
    services.users.create_user(admin, "maija", "Maija Staff", "handler", CANARY_PASSWORD)
    with pytest.raises(L4DError):
        services.auth.login("maija", WRONG_PASSWORD)
    otp = services.users.reset_password(
        admin, services.auth.login("maija", CANARY_PASSWORD).user_id
    )
    SECRETS.append(otp.password)
    first = services.auth.login("maija", otp.password)
    with pytest.raises(L4DError):
        services.auth.change_password(first, otp.password, f"maija {CANARY_PASSWORD}")
    services.auth.change_password(first, otp.password, WRONG_PASSWORD)

    # An import with good and bad rows, an export to a file of the user's, the audit log out.
    data = (
        "Nimi;Sähköposti;Puhelin\n"
        f"{CANARY_IMPORTED};{CANARY_IMPORTED_EMAIL};{CANARY_PHONE}\n"
        f"{CANARY_NAME};not-an-email {CANARY_EMAIL};{CANARY_PHONE}\n"
        f"{CANARY_NAME};{CANARY_EMAIL};\n"
    ).encode()
    plan = services.imports.plan(admin, data)
    services.imports.run(admin, plan, all_or_nothing=False)
    exported = list(services.customers.export(admin, ""))
    assert any(c.email == CANARY_EMAIL for c in exported)
    (root / EXPORTS).mkdir()
    write_csv_file(root / EXPORTS / "customers.csv", ["name", "email"],
                   ((c.name, c.email) for c in exported))  # fmt: skip
    services.audit_viewer.export_csv(admin, root / "audit.csv")
    # A temporary file (a PDF preview, say), removed at the end like at exit.
    preview = services.temp.new_file(suffix=".pdf")
    preview.write_bytes(f"%PDF- {CANARY_NAME}".encode())
    preview.unlink()
    services.temp.cleanup()
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
        p
        for p in tmp_path.rglob("*")
        if p.is_file()
        and not p.name.endswith(DATABASE_SUFFIXES)
        and EXPORTS not in p.relative_to(tmp_path).parts
    ]
    assert tmp_path / "audit.csv" in written and SECRETS
    assert log_path in written
    leaks = [
        f"{p.relative_to(tmp_path)} contains {needle!r}"
        for p in written
        for needle in _needles()
        if needle in p.read_bytes()
    ]
    assert leaks == []
    assert list((tmp_path / "tmp").iterdir()) == [], "no temporary files are left behind"
