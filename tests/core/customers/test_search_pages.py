"""Whichever way a keystroke's page and capped count are asked (the head of the list, the
matches through the substring index, a sort of many that sort late), the answer is the
search's plain definition on either engine; and on SQLite the tab's page and count of a
first keystroke cost one walk of the list."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers import search_pages
from l4d_desktop.core.customers import service as customers
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.search import search_filter
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Customer
from tests.core.customers.test_search_statements import statements

PAGE = 7


def plain(services: Services, query: str, cap: int) -> tuple[list[int], int]:
    """The first page and the capped count as the search defines them."""
    cond = search_filter(query)
    assert cond is not None
    with services.db.read() as s:
        ids = s.scalars(
            select(Customer.id).where(cond).order_by(Customer.sort_key, Customer.id).limit(PAGE)
        ).all()
        count = int(s.scalar(select(func.count()).select_from(Customer).where(cond)) or 0)
    return list(ids), min(count, cap + 1)


def texts(services: Services, admin: Actor) -> list[str]:
    """Every kind of text the office types, from a customer late in the list and an early one."""
    late = services.customers.create(
        admin,
        CustomerInput(
            name="Yrjö Väisänen",
            email="yrjo.vaisanen@example.com",
            phone="+358 40 123 4567",
            postal_code="53300",
            city="Lappeenranta",
        ),
    )
    for i in range(12):  # many of one first name, all sorting late
        services.customers.create(admin, CustomerInput(name=f"Yrjö Testinen{i}"))
    return [
        "a", "öh", "yrj", "yrjö", "yrjö väi", "yrjö testinen1", "yrjo.vaisanen@example.com",
        "yrjo.vai", "040 123 4567", "+358 40 123 4567", "0401234", late.customer_number or "",
        "53300", "lappeenranta", "zzqqxx",
    ]  # fmt: skip


@pytest.mark.parametrize("lead, kept", [(10_000, 2000), (20, 5)], ids=["office", "small"])
def test_every_way_of_asking_gives_the_plain_answer(
    services: Services, admin: Actor, lead: int, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small limits put a 300-customer register through every branch a million takes.
    monkeypatch.setattr(search_pages, "LEAD_ROWS", lead)
    monkeypatch.setattr(search_pages, "COMMON", max(1, lead // 50))
    monkeypatch.setattr(customers, "MATCH_SET_MAX", kept)
    services.demo.fill(admin, 300, seed=6)
    for text in texts(services, admin):
        for tab_order in (True, False):
            fresh = customers.CustomerService(services.db, services.audit, services.clock)
            if tab_order:
                page = [c.id for c in fresh.search(admin, text, 0, PAGE)]
                count = fresh.count(admin, text, at_most=kept)
            else:
                count = fresh.count(admin, text, at_most=kept)
                page = [c.id for c in fresh.search(admin, text, 0, PAGE)]
            assert (page, count) == plain(services, text, kept), text
            assert fresh.count(admin, text) == plain(services, text, 10**9)[1], text


@pytest.mark.sqlite_only
def test_on_sqlite_a_first_keystrokes_page_and_count_are_one_walk(
    services: Services, admin: Actor
) -> None:
    services.demo.fill(admin, 300, seed=6)
    for text in ("a", "pää", "zzqqxx"):
        services.customers.create(admin, CustomerInput(name="Aapo Uusi"))  # nothing kept
        with statements(services) as sent:
            page = services.customers.search(admin, text, 0, PAGE)
            count = services.customers.count(admin, text, at_most=customers.MATCH_SET_MAX)
        assert ([c.id for c in page], count) == plain(services, text, customers.MATCH_SET_MAX)
        assert len([s for s in sent if "LIKE" in s]) == 1, sent
