"""Migration 0015: customers written before the search knew postal codes and cities are found
by them afterwards, exactly as a customer saved now."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import select

from l4d_desktop.core.customers.fields import CustomerInput, clean_customer, search_text
from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Customer

PEOPLE = (
    # name, postal code, city, the search text 0008 wrote
    ("Eero Ek", "63700", "Ähtäri", "eero ek\n10001"),
    ("Aino Aalto", "", "", "aino aalto\n10002"),
    ("Iida Ilola", "", "Tampere", "iida ilola\n10003"),
)


def test_0015_adds_postal_code_and_city_to_the_search_text(db_path: Path) -> None:
    db = Database(db_path)
    try:
        with db.engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            conn.begin()
            command.upgrade(cfg, "0008")
            conn.commit()
        raw = sqlite3.connect(db_path, isolation_level=None)
        try:
            columns = [r[1] for r in raw.execute("PRAGMA table_info(customers)") if r[3]]
            for n, (name, postal, city, text) in enumerate(PEOPLE, start=1):
                values = {c: "" for c in columns}
                values.update(
                    id=n, customer_number=f"1000{n}", name=name, postal_code=postal, city=city,
                    search_text=text, country="FI", language="fi", source="customer",
                    notes_third_party=0, restricted=0, created_at="2026-11-01",
                    updated_at="2026-11-01", version=1,
                )  # fmt: skip
                names = ", ".join(values)
                marks = ", ".join(f":{c}" for c in values)
                raw.execute(f"INSERT INTO customers ({names}) VALUES ({marks})", values)
        finally:
            raw.close()
        migrate.upgrade(db)
        with db.read() as session:
            rows = session.execute(select(Customer.name, Customer.search_text)).all()
            texts = {name: text for name, text in rows}
    finally:
        db.dispose()
    assert texts["Eero Ek"] == "eero ek\n10001\n63700\nähtäri"
    assert texts["Aino Aalto"] == "aino aalto\n10002", "no place: left as it was"
    assert texts["Iida Ilola"] == "iida ilola\n10003\ntampere"
    # The same text the register writes for a customer saved today.
    now = clean_customer(CustomerInput(name="Eero Ek", postal_code="63700", city="Ähtäri"))
    assert search_text(now, "10001") == texts["Eero Ek"]
