"""After a day's work the audit table holds ids and codes only, and no password is in the file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    AuthenticationError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows
from tests.helpers.users import ADMIN_PASSWORD, HANDLER_PASSWORD, READER_PASSWORD, make_user

# Canary values: distinctive enough that finding one anywhere can only mean a leak.
CANARY_CUSTOMER = CustomerInput(
    name="Kanervo Zyxwåkki",
    email="zyx.kanervo@kanaria.example",
    phone="040 765 4321",
    street="Kanariankuja 7 B",
    postal_code="00990",
    city="Kanarianmäki",
    company="Kanarialintu Oy",
)
CANARY_NEW_NAME = "Kanervo-Qwxyzäinen"
CANARY_TEXTS = [
    "Kanervo",
    "Zyxwåkki",
    "zyx.kanervo",
    "kanaria.example",
    "765 4321",
    "7654321",
    "+358407654321",
    "0407654321",
    "Kanariankuja",
    "Kanarianmäki",
    "Kanarialintu",
    "Qwxyzäinen",
]
NEW_USER_INITIAL = "kanarian ensimmäinen salasana"
NEW_USER_CHOSEN = "kanarian oma salainen lause"
WRONG_TYPED = "väärin kirjoitettu kanarialause"
COMMON_REFUSED = "passwordpassword"
PASSWORDS = [
    ADMIN_PASSWORD,
    HANDLER_PASSWORD,
    HANDLER_PASSWORD + " alku",
    READER_PASSWORD,
    NEW_USER_INITIAL,
    NEW_USER_CHOSEN,
    WRONG_TYPED,
    COMMON_REFUSED,
]
CODE = re.compile(r"[a-z0-9_.:-]*")


@pytest.fixture
def workday(services: Services, admin: Actor, handler: Actor, reader: Actor) -> Path:
    c = services.customers.create(handler, CANARY_CUSTOMER)
    services.customers.view(reader, c.id)
    services.customers.search(reader, "kanervo")
    services.customers.search(reader, "040 765")
    c = services.customers.update(
        handler, c.id, c.version, CustomerInput(name=CANARY_NEW_NAME, email=CANARY_CUSTOMER.email)
    )
    services.requests.register(
        handler, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
    )
    with pytest.raises(PermissionDenied):
        services.customers.update(reader, c.id, c.version, CANARY_CUSTOMER)
    with pytest.raises(ValidationError):
        services.customers.create(handler, CustomerInput(name=CANARY_NEW_NAME, email="Kanervo@"))
    with pytest.raises(AuthenticationError):
        services.auth.login("kasittelija", WRONG_TYPED)
    with pytest.raises(AuthenticationError):
        services.auth.login("kanervo.zyxwakki", WRONG_TYPED)
    new = make_user(services, admin, "kanarianlintu", "reader", NEW_USER_CHOSEN)
    with pytest.raises(ValidationError):
        services.auth.change_password(new, WRONG_TYPED, NEW_USER_INITIAL)
    with pytest.raises(ValidationError):
        services.auth.change_password(new, NEW_USER_CHOSEN, COMMON_REFUSED)
    services.maintenance.verify_audit(admin)
    return services.db.path


def test_the_audit_table_holds_no_personal_data(workday: Path) -> None:
    rows = audit_rows(workday)
    assert len(rows) >= 20
    for row in rows:
        text = " ".join("" if v is None else str(v) for v in row.values()).casefold()
        for canary in CANARY_TEXTS + PASSWORDS:
            assert canary.casefold() not in text, (row["id"], canary)
        # Every free-form column holds a code, never text someone typed.
        for column in ("action", "object_type", "outcome", "detail"):
            assert CODE.fullmatch(row[column]), (row["id"], column, row[column])


def test_no_plaintext_password_is_anywhere_in_the_database_files(
    services: Services, workday: Path
) -> None:
    files = [workday, workday.with_name(workday.name + "-wal")]
    blobs = [f.read_bytes() for f in files if f.exists()]
    assert blobs
    everything = b"".join(blobs)
    # The scan would see text if it were there: the customer's email is in the register.
    assert CANARY_CUSTOMER.email.encode() in everything
    for password in PASSWORDS:
        assert password.encode("utf-8") not in everything, password
    # Also after the WAL has been folded into the main file.
    services.db.checkpoint()
    main = workday.read_bytes()
    for password in PASSWORDS:
        assert password.encode("utf-8") not in main, password


def test_a_view_purpose_must_be_a_code_not_free_text(
    services: Services, admin: Actor, handler: Actor
) -> None:
    c = services.customers.create(handler, CANARY_CUSTOMER)
    before = len(audit_rows(services.db.path))
    with pytest.raises(ValidationError) as info:
        services.customers.view(handler, c.id, purpose="Kanervo soitti laskustaan")
    assert (info.value.field, info.value.code) == ("purpose", "choice_invalid")
    assert len(audit_rows(services.db.path)) == before
    services.customers.view(handler, c.id, purpose="request:12")
    assert audit_rows(services.db.path)[-1]["detail"] == "request:12"
