"""Helpers for the core tests: raw looks at the database file, ready-made customers and requests.

Raw `sqlite3` connections are used on purpose: they see the file as an attacker or a careless
script would, without the services' checks in between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from tests.conftest import make_user

# The shared `reader` fixture's password contains its username ("lukija lukee …"), which the
# password policy rightly refuses; the core tests use this reader instead.
READER_PASSWORD = "iltaisin luen kirjaa sohvalla"

AUDIT_COLUMNS = (
    "id",
    "at",
    "actor_id",
    "action",
    "object_type",
    "object_id",
    "outcome",
    "detail",
    "prev_hash",
    "hash",
)


@contextmanager
def raw_db(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode, closed afterwards."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def audit_rows(path: Path) -> list[dict[str, Any]]:
    with raw_db(path) as conn:
        rows = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_log ORDER BY id")
        return [dict(zip(AUDIT_COLUMNS, row, strict=True)) for row in rows]


def table_count(path: Path, table: str) -> int:
    with raw_db(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def add_customer(services: Services, actor: Actor, name: str, **fields: str) -> CustomerRecord:
    return services.customers.create(actor, CustomerInput(name=name, **fields))


@pytest.fixture
def reader(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, "lukija", "reader", READER_PASSWORD)


@pytest.fixture
def db_file(services: Services) -> Path:
    """The path of the services' database file."""
    return services.db.path


@pytest.fixture
def customer(services: Services, admin: Actor) -> CustomerRecord:
    return add_customer(
        services,
        admin,
        "Maija Meikäläinen",
        email="maija@example.fi",
        phone="040 123 4567",
        street="Vanha kirkkokuja 19",
        postal_code="02520",
        city="Kirkkonummi",
        company="Lean 4D Oy",
    )
