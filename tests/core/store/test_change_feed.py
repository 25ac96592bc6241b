"""The change feed: a committed unit of work tells its listeners what kinds of record it wrote,
on a real database file; a rollback tells nothing, and a failing listener harms no commit."""

from __future__ import annotations

import logging
import threading

import pytest
from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change, ChangeFeed
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Customer, Setting
from l4d_desktop.core.store.written_tables import kinds_written_by
from tests.helpers.customers import add_customer
from tests.helpers.database import table_count


class Told:
    """A listener that remembers every set it was told, and in which thread."""

    def __init__(self) -> None:
        self.sets: list[frozenset[Change]] = []
        self.threads: list[int] = []

    def __call__(self, kinds: frozenset[Change]) -> None:
        self.sets.append(kinds)
        self.threads.append(threading.get_ident())


@pytest.fixture
def told(services: Services) -> Told:
    listener = Told()
    services.changes.subscribe(listener)
    return listener


def test_the_services_and_the_database_share_one_feed(services: Services) -> None:
    assert services.changes is services.db.changes


def test_a_created_customer_announces_customers_once_after_the_commit(
    services: Services, admin: Actor, told: Told
) -> None:
    seen_rows: list[int] = []
    services.changes.subscribe(
        lambda _kinds: seen_rows.append(table_count(services.db.path, "customers"))
    )
    add_customer(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    # The customer and its audit entry are one unit of work, announced once.
    assert len(told.sets) == 1
    assert {Change.CUSTOMERS, Change.AUDIT} <= told.sets[0]
    # The listener runs after the commit: another connection already sees the row.
    assert seen_rows == [1]


def test_a_rolled_back_transaction_announces_nothing(services: Services, told: Told) -> None:
    with pytest.raises(RuntimeError), services.db.transaction() as session:
        session.add(Setting(key="letter.sender", value="Lean 4D Oy"))
        session.flush()
        raise RuntimeError("changed my mind")
    assert told.sets == []
    with services.db.read() as session:
        assert session.get(Setting, "letter.sender") is None


def test_a_refused_service_call_announces_nothing(
    services: Services, admin: Actor, told: Told
) -> None:
    with pytest.raises(ValidationError):
        services.customers.create(admin, CustomerInput(name="Maija", email="ei sähköposti"))
    assert Change.CUSTOMERS not in {kind for kinds in told.sets for kind in kinds}


def test_a_driver_level_executemany_is_seen(services: Services, told: Told) -> None:
    with services.db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [("test.first", "1"), ("test.second", "2")],
        )
    assert told.sets == [frozenset({Change.SETTINGS})]


def test_a_read_announces_nothing(services: Services, admin: Actor, told: Told) -> None:
    add_customer(services, admin, "Maija Meikäläinen")
    told.sets.clear()
    with services.db.read() as session:
        assert len(session.scalars(select(Customer)).all()) == 1
    with services.db.transaction() as session:
        session.scalars(select(Customer)).all()
    assert told.sets == []


def test_a_listener_that_raises_does_not_break_the_commit(
    services: Services, admin: Actor, told: Told, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_kinds: frozenset[Change]) -> None:
        raise ValueError("Maija Meikäläinen")

    services.changes.subscribe(broken)
    listener_after = Told()
    services.changes.subscribe(listener_after)
    with caplog.at_level(logging.ERROR):
        record = add_customer(services, admin, "Maija Meikäläinen")
    assert [c.id for c in services.customers.search(admin, "maija")] == [record.id]
    assert told.sets == listener_after.sets
    assert len(told.sets) == 1
    assert Change.CUSTOMERS in told.sets[0]
    assert "ValueError" in caplog.text
    assert "Maija" not in caplog.text


def test_listeners_are_told_in_the_thread_that_committed(
    services: Services, admin: Actor, told: Told
) -> None:
    worker = threading.Thread(target=add_customer, args=(services, admin, "Maija Meikäläinen"))
    worker.start()
    worker.join()
    assert told.threads == [worker.ident]


def test_an_unsubscribed_listener_is_no_longer_told() -> None:
    feed = ChangeFeed()
    listener = Told()
    unsubscribe = feed.subscribe(listener)
    feed.announce([Change.USERS])
    unsubscribe()
    unsubscribe()  # twice is harmless
    feed.announce([Change.USERS])
    assert listener.sets == [frozenset({Change.USERS})]


def test_announcing_nothing_tells_nobody() -> None:
    feed = ChangeFeed()
    listener = Told()
    feed.subscribe(listener)
    feed.announce([])
    assert listener.sets == []


@pytest.mark.parametrize(
    ("statement", "kinds"),
    [
        ("INSERT INTO customers (name) VALUES (?)", {Change.CUSTOMERS}),
        ('UPDATE "requests" SET state=? WHERE id=?', {Change.REQUESTS}),
        ("DELETE FROM main.consent_events WHERE customer_id = :id", {Change.CUSTOMERS}),
        ("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", {Change.SETTINGS}),
        ("REPLACE INTO processors (name) VALUES (?)", {Change.REGISTER}),
        (
            "INSERT INTO letters (kind) SELECT kind FROM requests WHERE updated_at > ?",
            {Change.LETTERS},
        ),
        ("SELECT id, updated_at FROM customers WHERE name = ?", set()),
        ("INSERT INTO alembic_version (version_num) VALUES (?)", set()),
    ],
)
def test_the_kinds_a_statement_writes(statement: str, kinds: set[Change]) -> None:
    assert kinds_written_by(statement) == frozenset(kinds)
