"""One table model for every tab: columns of frozen records, fetched page by page from a service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[int, int], Sequence[Any]]

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
# Ctrl+End reads the rest of the list in pages this large (fewer, bigger reads than scrolling).
FETCH_ALL_PAGE = 5000
# The room a cell's text gets beside its width: the style's margins on both sides.
CELL_MARGINS = 10


@dataclass(frozen=True)
class Column:
    """`header` is an untranslated source text in the "Columns" context (QT_TRANSLATE_NOOP);
    `sort` the service's name for ordering by this column (None: a click does not sort)."""

    header: str
    display: Callable[[Any], str]
    align_right: bool = False
    sort: str | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows come from `fetch(offset, limit)`; views ask for more as they scroll (fetchMore)."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: PageFetcher,
        page_size: int = 200,
        row_colour: Callable[[Any], QColor | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._page_size = page_size
        self._row_colour = row_colour
        self._rows: list[Any] = []
        self._exhausted = True
        self._order: tuple[int, bool] | None = None  # the column sorted by, descending

    # -- order -------------------------------------------------------------------------------

    @property
    def sortable(self) -> bool:
        return any(c.sort is not None for c in self._columns)

    def can_sort(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort is not None

    @property
    def sort_column(self) -> tuple[int, bool] | None:
        """The column the rows are sorted by and whether descending; None: the fetcher's own."""
        return self._order

    @property
    def order(self) -> tuple[str, bool] | None:
        """The sort the fetcher is to apply: (the column's sort name, descending), or None."""
        if self._order is None:
            return None
        column, descending = self._order
        sort = self._columns[column].sort
        return None if sort is None else (sort, descending)

    def set_order(self, column: int, descending: bool = False) -> None:
        """The order the first read shows (the fetcher's own, marked in the header)."""
        if self.can_sort(column):
            self._order = (column, descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the list again in this column's order: the database sorts, paging goes on."""
        if self.can_sort(column):
            self._order = (column, order == Qt.SortOrder.DescendingOrder)
            self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Drop what is shown and fetch the first page again (e.g. after a search or a save)."""
        self.beginResetModel()
        self._rows = list(self._fetch(0, self._page_size))
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()

    def set_fetcher(self, fetch: PageFetcher) -> None:
        self._fetch = fetch
        self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = list(self._fetch(len(self._rows), self._page_size))
        self._exhausted = len(page) < self._page_size
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every remaining row, for a jump to the real end of the list."""
        while self.canFetchMore():
            page = list(self._fetch(len(self._rows), FETCH_ALL_PAGE))
            self._exhausted = len(page) < FETCH_ALL_PAGE
            if not page:
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- reading -----------------------------------------------------------------------------

    @property
    def has_row_colours(self) -> bool:
        return self._row_colour is not None

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def replace_record(self, row: int, record: Any) -> None:
        """Show a changed record in place, leaving the rest of the view where it is."""
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._row_colour is not None:
            colour = self._row_colour(record)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self._row_colour is not None:
            return QBrush(QColor("#000000")) if self._row_colour(record) is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None

    def retranslate(self) -> None:
        """Headers and translated cell texts change with the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )


class RecordTableView(QTableView):
    """A view of a RecordTableModel that says the model's headers and cells again itself when
    the language changes, so the page or dialog that holds it need not; shows a cut-off cell in
    full as a tooltip; and goes to the real end of a paged list on Ctrl+End."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            model = self.model()
            if isinstance(model, RecordTableModel):
                model.retranslate()
        super().changeEvent(event)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        to_end = cursorAction == QAbstractItemView.CursorAction.MoveEnd
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if to_end and ctrl and isinstance(model, RecordTableModel):
            model.fetch_all()
        return super().moveCursor(cursorAction, modifiers)

    def cut_off(self, index: QModelIndex) -> bool:
        """Whether the cell's text is wider than the cell shows."""
        text = index.data()
        if not isinstance(text, str) or not text:
            return False
        needed = self.fontMetrics().horizontalAdvance(text.split("\n", 1)[0]) + CELL_MARGINS
        return "\n" in text or needed > self.visualRect(index).width()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is not None:
                return super().viewportEvent(event)  # the model's own tooltip
            if index.isValid() and self.cut_off(index):
                QToolTip.showText(
                    event.globalPos(), index.data(), self.viewport(), self.visualRect(index)
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def make_table_view(
    model: RecordTableModel, object_name: str, stretch_column: int, *, wrap: bool = True
) -> QTableView:
    """A read-only, row-selecting view of `model`; one column takes the spare width.
    `wrap=False` keeps every row one line high and elides long cells instead."""
    view = RecordTableView(objectName=object_name)
    if not wrap:
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(not model.has_row_colours)  # colours carry meaning otherwise
    view.verticalHeader().hide()
    # Rows as high as a line of text needs, not the style's roomier default.
    line = view.fontMetrics().height() + 8
    view.verticalHeader().setMinimumSectionSize(line)
    view.verticalHeader().setDefaultSectionSize(line)
    # Tab and Shift+Tab leave the table for the next control instead of walking its cells.
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    if model.sortable:
        _sort_by_header(view, model)
    return view


def _sort_by_header(view: QTableView, model: RecordTableModel) -> None:
    """A click on a sortable column's header sorts by it (again: the other way round); a click
    on another column leaves the order as it is."""
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    chosen = model.sort_column
    if chosen is not None:
        column, descending = chosen
        ascending = Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else ascending)

    def sort(section: int, order: Qt.SortOrder) -> None:
        if model.can_sort(section):
            model.sort(section, order)
            view.scrollToTop()
            return
        header.blockSignals(True)
        kept = model.sort_column
        if kept is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            keep = Qt.SortOrder.DescendingOrder if kept[1] else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(kept[0], keep)
        header.blockSignals(False)

    header.sortIndicatorChanged.connect(sort)


def list_fetcher(rows: Sequence[Any]) -> PageFetcher:
    """Pages of a list already in memory (a few dozen consents or invoices)."""
    kept = list(rows)
    return lambda offset, limit: kept[offset : offset + limit]


def list_table(
    owner: QWidget,
    columns: Sequence[Column],
    object_name: str,
    stretch_column: int,
    widths: Sequence[int] = (),
) -> tuple[RecordTableModel, QTableView]:
    """A one-line-a-row table of records held in memory (shown with
    `model.set_fetcher(list_fetcher(rows))`), `widths` its first columns'; the model is
    `owner`'s."""
    model = RecordTableModel(columns, list_fetcher([]), parent=owner)
    view = make_table_view(model, object_name, stretch_column, wrap=False)
    for index, width in enumerate(widths):
        view.setColumnWidth(index, width)
    return model, view


def selected_record(view: QTableView) -> Any:
    """The record of the row chosen in `view`, a view of a RecordTableModel, or None."""
    rows = view.selectionModel().selectedRows()
    model = view.model()
    return model.record(rows[0].row()) if rows and isinstance(model, RecordTableModel) else None


def fit_rows(view: QTableView, rows: int) -> None:
    """Make a short table exactly as high as `rows` rows (at least one), so that it does not
    take space from a longer one below it."""
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += view.verticalHeader().defaultSectionSize() * max(1, rows)
    view.setFixedHeight(height)


def reload_keeping_place(view: QTableView, key: Callable[[Any], object]) -> None:
    """Read the rows again after a change made elsewhere, leaving the user where they were: as
    many rows as were loaded, the same records selected and current (found by `key`, e.g. the
    id), the same scroll position. Records that are gone simply are no longer there."""
    model = view.model()
    assert isinstance(model, RecordTableModel)
    selection = view.selectionModel()
    chosen = {key(model.record(i.row())) for i in selection.selectedRows()}
    current = view.currentIndex()
    current_key = key(model.record(current.row())) if current.isValid() else None
    loaded = model.rowCount()
    scrolled = view.verticalScrollBar().value()
    model.reload()
    while model.rowCount() < loaded and model.canFetchMore():
        model.fetchMore()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, record in enumerate(model.records()):
        if key(record) == current_key:
            selection.setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if key(record) in chosen:
            selection.select(model.index(row, 0), flags)
    view.verticalScrollBar().setValue(scrolled)
