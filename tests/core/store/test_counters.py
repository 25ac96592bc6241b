"""Numbers handed out from counter rows (on a server: sequences): never twice, never one already
in use, carried over from the setting and the invoices an older database kept them in."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.services import Services
from l4d_desktop.core.store import counters, migrate
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Customer, Invoice
from tests.helpers.users import ADMIN_PASSWORD


def test_customer_numbers_pass_over_one_already_in_use(services: Services, admin: Actor) -> None:
    plan = services.imports.plan(admin, b"Asiakasnumero;Nimi\r\n10002;Aino Aalto\r\n")
    services.imports.run(admin, plan, all_or_nothing=True)
    first = services.customers.create(admin, CustomerInput(name="Eero"))
    second = services.customers.create(admin, CustomerInput(name="Ilkka"))
    assert (first.customer_number, second.customer_number) == ("10001", "10003")


def test_two_writers_never_take_the_same_numbers(services: Services) -> None:
    taken: list[list[str]] = []

    def take_many() -> None:
        mine: list[str] = []
        for _ in range(20):
            with services.db.transaction() as session:
                mine += counters.free_numbers(
                    session, counters.CUSTOMER_NUMBER, 3, Customer.customer_number
                )
        taken.append(mine)

    workers = [threading.Thread(target=take_many) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    every = [n for mine in taken for n in mine]
    assert len(every) == 120
    assert len(set(every)) == 120


@pytest.mark.sqlite_only  # the counter row itself; a server's sequence is never put back
def test_a_counter_is_put_back_only_if_no_one_took_a_number_since(services: Services) -> None:
    with services.db.transaction() as session:
        before = counters.peek(session, counters.CUSTOMER_NUMBER)
        counters.take(session, counters.CUSTOMER_NUMBER, 5)
        assert counters.rewind(session, counters.CUSTOMER_NUMBER, before + 5, before)
        assert counters.peek(session, counters.CUSTOMER_NUMBER) == before
        counters.take(session, counters.CUSTOMER_NUMBER, 5)
        counters.take(session, counters.CUSTOMER_NUMBER, 1)  # someone else's
        assert not counters.rewind(session, counters.CUSTOMER_NUMBER, before + 5, before)
        assert counters.peek(session, counters.CUSTOMER_NUMBER) == before + 6


def test_0008_carries_the_next_numbers_over(db_path: Path) -> None:
    db = Database(db_path)
    try:
        with db.engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            conn.begin()
            command.upgrade(cfg, "0007")
            conn.commit()
        conn = sqlite3.connect(db_path, isolation_level=None)
        try:
            conn.execute("UPDATE settings SET value = '10050' WHERE key = 'next_customer_number'")
            conn.execute(
                "INSERT INTO users (id, username, full_name, title, role, password_hash, "
                "must_change_password, active, created_at, updated_at, version) VALUES "
                "(1, 'jouni', 'Jouni', '', 'admin', 'x', 0, 1, '2026-11-01', '2026-11-01', 1)"
            )
            # Demo numbers have seven digits and no leading zero; the others were typed in.
            for number in ("1000007", "1000003", "0999999", "99999999", "LASKU-12"):
                conn.execute(
                    "INSERT INTO invoices (invoice_number, invoice_date, amount_cents, paid, "
                    "buyer_name, billing_address, created_by, created_at, updated_at) "
                    "VALUES (:n, '2026-11-01', 100, 0, 'x', '', 1, '2026-11-01', '2026-11-01')",
                    {"n": number},
                )
        finally:
            conn.close()
        migrate.upgrade(db)
        with db.read() as session:
            assert counters.peek(session, counters.CUSTOMER_NUMBER) == 10050
            assert counters.peek(session, counters.DEMO_INVOICE_NUMBER) == 1000008
    finally:
        db.dispose()
    conn = sqlite3.connect(db_path)
    try:
        left = conn.execute("SELECT count(*) FROM settings WHERE key = 'next_customer_number'")
        assert left.fetchone()[0] == 0
    finally:
        conn.close()


@pytest.fixture
def admin_on_server(server_services: Services) -> Actor:
    server_services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    return server_services.auth.login("paakayttaja", ADMIN_PASSWORD)


def test_a_servers_numbers_come_from_its_sequence_and_never_go_back(
    server_services: Services, admin_on_server: Actor
) -> None:
    services = server_services
    first = services.customers.create(admin_on_server, CustomerInput(name="Eero"))
    with services.db.transaction() as session:
        before = counters.peek(session, counters.CUSTOMER_NUMBER)
        assert before == int(first.customer_number) + 1
        # The counter row stands still: the sequence hands the numbers out.
        assert counters.peek_row(session, counters.CUSTOMER_NUMBER) == 10001
        taken = counters.take_values(session, counters.CUSTOMER_NUMBER, 3)
        assert taken == [before, before + 1, before + 2]
        assert not counters.rewind(session, counters.CUSTOMER_NUMBER, before + 3, before)
    with services.db.transaction() as session:
        assert counters.peek(session, counters.CUSTOMER_NUMBER) == before + 3
    second = services.customers.create(admin_on_server, CustomerInput(name="Ilkka"))
    assert int(second.customer_number) == before + 3
    with services.db.transaction() as session:
        demo = counters.free_numbers(
            session, counters.DEMO_INVOICE_NUMBER, 2, Invoice.invoice_number
        )
        assert demo == ["1000001", "1000002"]
        assert counters.peek(session, counters.DEMO_INVOICE_NUMBER) == 1000003


def test_0020_starts_the_servers_sequences_after_the_numbers_in_use(
    server_services: Services, admin_on_server: Actor
) -> None:
    services = server_services
    services.customers.create(admin_on_server, CustomerInput(name="Aino"))  # 10001
    typed = b"Asiakasnumero;Nimi\r\n20500;Eero\r\nA-30000;Ilkka\r\n99999999999999999999;Oili\r\n"
    plan = services.imports.plan(admin_on_server, typed)
    services.imports.run(admin_on_server, plan, all_or_nothing=True)
    with services.db.engine.connect() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        conn.begin()
        command.downgrade(cfg, "0019")
        conn.commit()
    with services.db.read() as session:
        # Back on the counter row, from where the sequence stood.
        assert counters.peek_row(session, counters.CUSTOMER_NUMBER) == 10002
    services.db.engine.dispose()
    migrate.upgrade(services.db)
    with services.db.read() as session:
        assert counters.peek(session, counters.CUSTOMER_NUMBER) == 20501
        assert counters.peek(session, counters.DEMO_INVOICE_NUMBER) == 1000001
    after = services.customers.create(admin_on_server, CustomerInput(name="Oona"))
    assert after.customer_number == "20501"


def test_a_copied_register_goes_on_after_its_counters_on_the_server(
    services: Services, admin: Actor, server_services: Services, engine_name: str
) -> None:
    if engine_name != "sqlite":
        pytest.skip("copies a single-PC (SQLite) register")
    from l4d_desktop.core.store.postgres import ServerDatabase
    from l4d_desktop.core.store.server_copy import copy_register

    for name in ("Aino", "Eero", "Ilkka"):
        services.customers.create(admin, CustomerInput(name=name))
    assert isinstance(server_services.db, ServerDatabase)
    assert copy_register(services.db, server_services.db).equal
    with server_services.db.read() as session:
        assert counters.peek(session, counters.CUSTOMER_NUMBER) == 10004
