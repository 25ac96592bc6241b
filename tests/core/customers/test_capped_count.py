"""The Customers tab's count stops past a cap ("more than N match"): a broad search is not
counted to its end on every keystroke, a narrow one is counted exactly, and the exact counts
are still kept for the next, narrower keystroke."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers import service as customers
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.services import Services
from tests.core.customers.test_search_statements import statements

CAP = 40


def matches(services: Services, actor: Actor, query: str) -> int:
    """How many customers the search lists, read page by page to its end."""
    return len(services.customers.search(actor, query, 0, 100_000))


@pytest.fixture
def demo(services: Services, admin: Actor) -> Services:
    services.demo.fill(admin, 300, seed=4)
    return services


@pytest.mark.parametrize("kept", [2000, 10], ids=["all-kept", "few-kept"])
def test_a_broad_search_reports_more_than_the_cap(
    demo: Services, admin: Actor, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customers, "MATCH_SET_MAX", kept)
    total = matches(demo, admin, "a")
    assert total > CAP + 1
    assert demo.customers.count(admin, "a", at_most=CAP) == CAP + 1
    # Asked again (from what was kept, if anything), and exactly by a caller without a cap.
    assert demo.customers.count(admin, "a", at_most=CAP) == CAP + 1
    assert demo.customers.count(admin, "a") == total
    assert demo.customers.count(admin, "a", at_most=CAP) == CAP + 1
    # The whole register with a cap, and without.
    assert demo.customers.count(admin, "", at_most=CAP) == CAP + 1
    assert demo.customers.count(admin, "") == 300


@pytest.mark.parametrize("kept", [2000, 10], ids=["all-kept", "few-kept"])
def test_a_narrow_search_is_counted_exactly(
    demo: Services, admin: Actor, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customers, "MATCH_SET_MAX", kept)
    for name in ("Aapo Zyskowski", "Beata Zyskowska", "Cecilia Zysk"):
        demo.customers.create(admin, CustomerInput(name=name))
    for text in ("z", "zy", "zys", "zysk", "zyskow", "zyskowsk", "zyskowski", "zyskowskix"):
        exact = matches(demo, admin, text)
        assert exact <= CAP, text
        assert demo.customers.count(admin, text, at_most=CAP) == exact, text
        assert demo.customers.count(admin, text) == exact, text
    assert demo.customers.count(admin, "zysk", at_most=2) == 3
    assert demo.customers.count(admin, "zysk", at_most=1) == 2
    assert demo.customers.count(admin, "zyskowsk", at_most=2) == 2
    assert demo.customers.count(admin, "zysk", at_most=0) == 1
    assert demo.customers.count(admin, "zyskowskix", at_most=0) == 0


def test_a_count_at_the_cap_is_exact_and_kept_for_the_next_keystroke(
    demo: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As in the Customers tab, the cap is the most matches kept for the next keystroke.
    monkeypatch.setattr(customers, "MATCH_SET_MAX", CAP)
    for i in range(CAP):
        first = "Qwxab" if i < 11 else "Qwxcd"
        demo.customers.create(admin, CustomerInput(name=f"{first} Henkilö"))
    assert demo.customers.count(admin, "qwx", at_most=CAP) == CAP
    with statements(demo) as sent:
        narrow = demo.customers.count(admin, "qwxa", at_most=CAP)
    assert narrow == matches(demo, admin, "qwxa") == 11
    assert not [s for s in sent if "LIKE" in s], sent
    # One more and the wide search is past the cap: its count says so, and the narrower
    # keystroke after it asks the database again and is exact.
    demo.customers.create(admin, CustomerInput(name="Qwxab Uusi"))
    assert demo.customers.count(admin, "qwx", at_most=CAP) == CAP + 1
    with statements(demo) as sent:
        narrow = demo.customers.count(admin, "qwxa", at_most=CAP)
    assert narrow == matches(demo, admin, "qwxa") == 12
    assert [s for s in sent if "LIKE" in s]


def test_a_negative_cap_is_refused(demo: Services, admin: Actor) -> None:
    with pytest.raises(ValueError):
        demo.customers.count(admin, "a", at_most=-1)
