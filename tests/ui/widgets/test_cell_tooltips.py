"""A table's tooltips: a cut-off cell shows its whole text, a cell that fits shows none, and a
model's own tooltip (the audit log's action code) is shown as the model gives it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from l4d_desktop.ui.widgets.record_table import (
    Column,
    Index,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)

LONG = "Pohjois-Pohjanmaan Rakennus- ja Kiinteistöhuolto Osakeyhtiö"


class CodedModel(RecordTableModel):
    """The second column's tooltip is a code of the model's own."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return "code.of.the.row"
        return super().data(index, role)


# The offscreen platform cannot raise the tooltip's window; it shows it all the same.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltips(qtbot) -> None:  # type: ignore[no-untyped-def]
    columns = [Column("Name", lambda r: r[0]), Column("Short", lambda r: r[1])]
    model = CodedModel(columns, list_fetcher([(LONG, "ok")]))
    model.reload()
    view = make_table_view(model, "tooltip_table", stretch_column=1, wrap=False)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.setColumnWidth(0, 80)

    def hover(index: QModelIndex) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        pos = view.visualRect(index).center()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(view.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(model.index(0, 0)) == LONG
    assert hover(model.index(0, 1)) == "code.of.the.row"
    view.setColumnWidth(0, 1000)
    assert hover(model.index(0, 0)) == "", "the whole text is shown already"
