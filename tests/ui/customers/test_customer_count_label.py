"""The Customers tab's count label: a broad search says "more than" the cap instead of being
counted to its end on every keystroke; a narrower one gives the exact number; the list itself
still reaches its real end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers import tab as customers_tab
from tests.helpers.customer_windows import make_tab
from tests.helpers.customers import add_customer as add

CAP = 20


@pytest.fixture
def capped(monkeypatch: pytest.MonkeyPatch, services: Services, admin: Actor) -> Services:
    monkeypatch.setattr(customers_tab, "MATCH_SET_MAX", CAP)
    for n in range(CAP + 15):
        add(services, admin, f"Henkilö {n:03}")
    for name in ("Aino Lahtinen", "Eino Lahtinen", "Veikko Lahtinen"):
        add(services, admin, name)
    return services


@pytest.mark.parametrize(
    ("language", "more", "exact", "one", "register"),
    [
        (
            "en",
            "More than 20 customers match the search.",
            "3 customers match the search.",
            "1 customer matches the search.",
            "38 customers in the register.",
        ),
        (
            "fi",
            "Haulla löytyi yli 20 asiakasta.",
            "Haulla löytyi 3 asiakasta.",
            "Haulla löytyi 1 asiakas.",
            "Rekisterissä on 38 asiakasta.",
        ),
        (
            "sv",
            "Fler än 20 kunder motsvarar sökningen.",
            "3 kunder motsvarar sökningen.",
            "1 kund motsvarar sökningen.",
            "38 kunder i registret.",
        ),
    ],
)
def test_a_broad_search_says_more_than_the_cap(  # type: ignore[no-untyped-def]
    app_parts, qtbot, capped: Services, admin: Actor, language, more, exact, one, register
) -> None:
    app_parts[2].apply(language, remember=False)
    tab = make_tab(qtbot, capped, admin)
    assert tab.count_label.text() == register
    tab.search_edit.setText("henkilö")
    tab.refresh()
    assert tab.count_label.text() == more
    assert not tab.empty_label.isVisibleTo(tab)
    tab.search_edit.setText("lahtinen")
    tab.refresh()
    assert tab.count_label.text() == exact
    tab.search_edit.setText("aino lahtinen")
    tab.refresh()
    assert tab.count_label.text() == one
    tab.search_edit.setText("zzzz")
    tab.refresh()
    assert tab.empty_label.isVisibleTo(tab)


def test_the_list_of_a_capped_search_still_reaches_its_real_end(  # type: ignore[no-untyped-def]
    english, qtbot, capped: Services, admin: Actor
) -> None:
    for n in range(CAP + 15, 230):  # more than the list's first page of 200
        add(capped, admin, f"Henkilö {n:03}")
    tab = make_tab(qtbot, capped, admin)
    tab.show()
    qtbot.waitExposed(tab)
    tab.search_edit.setText("henkilö")
    tab.refresh()
    assert tab.count_label.text() == "More than 20 customers match the search."
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == 230
    assert tab.table.currentIndex().row() == 229
    assert tab.model.record(229).name == "Henkilö 229"
    assert tab.count_label.text() == "More than 20 customers match the search."
