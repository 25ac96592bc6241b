"""The person an erasure test erases, spread over every table, and the byte scans that look for
them afterwards in the database file and its WAL (in NFC, NFD, upper case and folded form)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
    Processor,
    RecipientNotice,
    RequestFieldChange,
    RequestPause,
)
from tests.helpers.database import raw_db

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
            name="Postituspalvelu Oy",
            created_at=now,
            updated_at=now,
            role="postitus",
            role_en="mail delivery",
            role_sv="postutdelning",
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


def sqlite_update(table: str, assignment: str, where: str) -> object:
    from sqlalchemy import text

    return text(f"UPDATE {table} SET {assignment} WHERE {where}")
