"""The commit watch: its version moves with every commit, whoever makes it, and only then."""

from __future__ import annotations

import sqlite3

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.services import Services


def test_a_commit_in_this_process_moves_the_version(services: Services, admin: Actor) -> None:
    watch = services.db.commit_watch()
    before = watch.version()
    assert before is not None
    with services.db.read() as session:
        session.connection()
    assert watch.version() == before
    services.customers.create(admin, CustomerInput(name="Maija Meikäläinen"))
    assert watch.version() != before


def test_a_commit_by_another_program_moves_the_version(services: Services, admin: Actor) -> None:
    watch = services.db.commit_watch()
    before = watch.version()
    other = sqlite3.connect(services.db.path, isolation_level=None)
    try:
        other.execute("INSERT INTO settings (key, value) VALUES ('notice_version', '2')")
    finally:
        other.close()
    assert watch.version() != before


def test_versions_read_across_a_dispose_differ(services: Services) -> None:
    watch = services.db.commit_watch()
    before = watch.version()
    services.db.dispose()
    # A new connection's data_version says nothing about the old one's.
    assert watch.version() != before
