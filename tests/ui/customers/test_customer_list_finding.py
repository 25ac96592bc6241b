"""Finding a customer in a long list: a header click sorts in the database with paging kept,
the search also knows postal codes and cities, a new search starts at the top, Enter and Down
work from the search field, Ctrl+End reaches the real end, and cut-off cells show in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.listing import CustomerOrder
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.services import Services
from tests.helpers.customer_windows import make_tab
from tests.helpers.customers import add_customer as add
from tests.helpers.gui import column

CITIES = ("Espoo", "Helsinki", "Oulu", "Tampere", "Vantaa", "Ähtäri")
CITY = 5  # the City column


def fill(services: Services, admin: Actor, count: int) -> None:
    """`count` people named so that name order and city order differ."""
    for n in range(count):
        city = CITIES[(n * 7) % len(CITIES)]
        postal = f"{10000 + (n * 37) % 90000:05}"
        add(services, admin, f"Henkilö {n:03}", city=city, postal_code=postal)


def test_a_header_click_sorts_by_the_column_and_pages_go_on_in_that_order(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    fill(services, admin, 230)
    tab = make_tab(qtbot, services, admin)
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1, "the name order is marked at first"
    tab.table.verticalScrollBar().setValue(50)

    header.setSortIndicator(CITY, Qt.SortOrder.AscendingOrder)
    assert tab.model.rowCount() == 200
    tab.model.fetchMore(QModelIndex())
    assert tab.model.rowCount() == 230
    cities = column(tab.model, CITY)
    assert cities == sorted(cities), "A to Ö, the database's order"
    assert cities[0] == "Espoo" and cities[-1] == "Ähtäri"
    numbers = column(tab.model, 0)
    assert len(set(numbers)) == 230, "no row twice, none skipped across the page boundary"
    assert tab.table.verticalScrollBar().value() == 0, "a new order starts at the top"

    header.setSortIndicator(CITY, Qt.SortOrder.DescendingOrder)
    tab.model.fetchMore(QModelIndex())
    cities = column(tab.model, CITY)
    assert cities == sorted(cities, reverse=True) and len(set(column(tab.model, 0))) == 230

    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert column(tab.model, 0)[0] == max(numbers)


def test_sorting_and_searching_together(english, qtbot, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    fill(services, admin, 30)
    tab = make_tab(qtbot, services, admin)
    tab.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    tab.search_edit.setText("tampere")
    tab.refresh()
    numbers = column(tab.model, 0)
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 5
    assert set(column(tab.model, CITY)) == {"Tampere"}
    assert tab.count_label.text() == "5 customers match the search."


def test_an_unknown_sort_column_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        CustomerOrder("password_hash")
    assert caught.value.field == "sort"


def test_the_search_finds_people_by_postal_code_and_city(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    add(services, admin, "Aino Aalto", postal_code="33100", city="Tampere")
    add(services, admin, "Eero Ek", postal_code="63700", city="Ähtäri")
    add(services, admin, "Iida Ilola", postal_code="00100", city="Helsinki")
    tab = make_tab(qtbot, services, admin)
    for query, names in (
        ("33100", ["Aino Aalto"]),
        ("ÄHTÄRI", ["Eero Ek"]),
        ("helsinki iida", ["Iida Ilola"]),
        ("aalto helsinki", []),
    ):
        tab.search_edit.setText(query)
        tab.refresh()
        assert column(tab.model, 1) == names, query
    assert "city" in tab.search_edit.placeholderText()


def test_a_new_search_starts_at_the_top_of_the_list(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    fill(services, admin, 120)
    tab = make_tab(qtbot, services, admin)
    tab.resize(800, 400)
    tab.show()
    qtbot.waitExposed(tab)
    bar = tab.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    tab.search_edit.setText("henkilö 0")
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    assert bar.value() == 0
    assert tab.table.rowAt(0) == 0, "the first match is the first row seen"


def test_enter_opens_a_single_hit_and_down_moves_into_the_list(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    add(services, admin, "Aino Aalto", city="Tampere")
    add(services, admin, "Eino Aalto", city="Oulu")
    tab = make_tab(qtbot, services, admin)
    tab.show()
    qtbot.waitExposed(tab)
    tab.search_edit.setFocus()
    qtbot.keyClicks(tab.search_edit, "aalto")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert not tab.windows, "two match: Enter opens neither"
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    assert tab.focusWidget() is tab.table
    assert tab.selected_records()[0].name == "Aino Aalto"

    tab.search_edit.setFocus()
    qtbot.keyClicks(tab.search_edit, " oulu")
    # Enter before the typing pause ran out still searches first.
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    (window,) = tab.windows.values()
    qtbot.addWidget(window)
    assert tab.model.record(0).name == "Eino Aalto"
    assert list(tab.windows) == [tab.model.record(0).id]


def test_ctrl_end_reaches_the_real_end_of_a_paged_list(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    fill(services, admin, 230)
    tab = make_tab(qtbot, services, admin)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 200
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == 230
    assert tab.table.currentIndex().row() == 229
    assert tab.model.record(229).name == "Henkilö 229"


# The offscreen platform cannot raise the tooltip's window; it shows it all the same.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_cut_off_cell_shows_in_full_as_a_tooltip_and_rows_fit_the_text(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    long_company = "Pohjois-Pohjanmaan Rakennus- ja Kiinteistöhuolto Osakeyhtiö"
    add(services, admin, "Aino Aalto", company=long_company, city="Oulu")
    tab = make_tab(qtbot, services, admin)
    tab.resize(1000, 400)
    tab.show()
    qtbot.waitExposed(tab)
    view = tab.table
    view.setColumnWidth(4, 80)
    company, city = tab.model.index(0, 4), tab.model.index(0, CITY)
    assert view.cut_off(company) and not view.cut_off(city)

    def hover(index: QModelIndex) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        pos = view.visualRect(index).center()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(view.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(company) == long_company
    assert hover(city) == ""
    assert view.rowHeight(0) <= view.fontMetrics().height() + 8
    assert view.rowHeight(0) >= view.fontMetrics().height()
    assert view.indexAt(QPoint(5, view.rowHeight(0) // 2)).row() == 0
    assert not view.tabKeyNavigation(), "Tab leaves the table"
