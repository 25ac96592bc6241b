"""The generic table model, without widgets: paging, headers, colours; and its view, which says
the headers again on a language change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from l4d_desktop.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordTableModel,
    make_table_view,
)


@dataclass(frozen=True)
class Row:
    n: int


def _model(total: int, page: int = 10) -> tuple[RecordTableModel, list[tuple[int, int]]]:
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[Row]:
        calls.append((offset, limit))
        return [Row(i) for i in range(offset, min(total, offset + limit))]

    columns = [
        Column("Number", lambda r: str(r.n), align_right=True),
        Column("Double", lambda r: str(2 * r.n)),
    ]
    colour = lambda r: QColor("red") if r.n % 2 else None  # noqa: E731
    return RecordTableModel(columns, fetch, page_size=page, row_colour=colour), calls


def test_loads_one_page_then_more_on_demand(qapp: QApplication) -> None:
    model, calls = _model(25)
    model.reload()
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert not model.canFetchMore(QModelIndex())
    assert calls == [(0, 10), (10, 10), (20, 10)]


def test_exact_multiple_of_page_size_stops_after_an_empty_page(qapp: QApplication) -> None:
    model, _ = _model(20)
    model.reload()
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    assert not model.canFetchMore(QModelIndex())


def test_cells_headers_alignment_and_colours(qapp: QApplication) -> None:
    model, _ = _model(3)
    model.reload()
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Double"
    assert model.data(model.index(2, 1)) == "4"
    assert model.data(model.index(1, 0), RECORD_ROLE) == Row(1)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == QColor("red")


def test_reload_replaces_rows(qapp: QApplication) -> None:
    model, _ = _model(3)
    model.reload()
    model.set_fetcher(lambda offset, limit: [Row(99)] if offset == 0 else [])
    assert model.rowCount() == 1
    assert model.record(0) == Row(99)


def test_the_view_says_its_headers_again_when_the_language_changes(qtbot: Any) -> None:
    # The pages and dialogs holding a table leave this to the view.
    model, _ = _model(3)
    model.reload()
    view = make_table_view(model, "number_table", 1)
    qtbot.addWidget(view)
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged], timeout=1000):
        QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
