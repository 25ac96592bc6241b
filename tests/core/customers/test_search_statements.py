"""What as-you-type search asks the database: nothing of the customers table for a narrower
keystroke among few kept matches (on a server too, where the unit names its own snapshot), and
on a server every search planned for its own pattern."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.services import Services
from tests.helpers.users import ADMIN_PASSWORD


@contextmanager
def statements(services: Services) -> Iterator[list[str]]:
    sent: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)


def keystroke(services: Services, actor: Actor, text: str) -> tuple[list[int], int]:
    page = services.customers.search(actor, text, 0, 50)
    return [c.id for c in page], services.customers.count(actor, text)


def test_a_narrower_keystroke_among_few_matches_reads_no_customer_row(
    services: Services, admin: Actor
) -> None:
    services.demo.fill(admin, 300, seed=3)
    services.customers.create(admin, CustomerInput(name="Aapo Pääkkö"))
    wide = keystroke(services, admin, "pääk")
    assert 0 < wide[1] <= 50
    with statements(services) as sent:
        narrow = keystroke(services, admin, "pääkkö")
    assert not [s for s in sent if "LIKE" in s], sent
    assert set(narrow[0]) <= set(wide[0]) and narrow[1] >= 1
    # A save (ours) is seen at once: the next keystroke asks the database again.
    services.customers.create(admin, CustomerInput(name="Beata Pääkkö"))
    with statements(services) as sent:
        again = keystroke(services, admin, "pääkkö")
    assert [s for s in sent if "LIKE" in s]
    assert again[1] == narrow[1] + 1


def test_a_server_plans_every_search_for_its_own_pattern(server_services: Services) -> None:
    services = server_services
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    services.demo.fill(admin, 300, seed=3)
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_custom_plan"
        conn.rollback()
    # Many executions of the same statements (psycopg prepares them), one-letter patterns and
    # longer ones in turn: the answers stay those of a fresh search.
    counts = {t: services.customers.count(admin, t) for t in ("a", "pää", "e", "mäk")}
    for _ in range(4):
        services.customers.create(admin, CustomerInput(name="Aapo Testinen"))
        counts["a"] += 1
        counts["e"] += 1
        for text, count in counts.items():
            assert services.customers.count(admin, text) == count, text
