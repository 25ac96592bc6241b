"""The letters sent for a request, newest first, with their SHA-256; a letter whose PDF went
with the person's erasure is greyed out and says so (only its hash is kept).

The part's words belong to the Letters page ("LettersPage" translation context).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from l4d_desktop.core.letters.service import ArchivedLetter
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.letters.kinds import how_name, kind_name, language_name
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
    selected_record,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

HASH_SHOWN = 12  # hex digits of the SHA-256 the archive list shows; the tooltip has all 64
ERASED_COLOUR = QColor("#6b6b6b")

Index = QModelIndex | QPersistentModelIndex


def short_hash(sha256: str) -> str:
    return sha256[:HASH_SHOWN]


def erased_note() -> str:
    return QCoreApplication.translate(
        "LettersPage",
        "The PDF of this letter was removed with the person's erasure; only its hash is kept.",
    )


ARCHIVE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda a: format_datetime(a.created_at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Letter"), lambda a: kind_name(a.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Language"), lambda a: language_name(a.language)),
    Column(QT_TRANSLATE_NOOP("Columns", "Pages"), lambda a: str(a.pages), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "How"), lambda a: how_name(a.how)),
    Column(QT_TRANSLATE_NOOP("Columns", "Handler"), lambda a: a.handler_name),
    Column(QT_TRANSLATE_NOOP("Columns", "SHA-256"), lambda a: short_hash(a.sha256)),
]
HASH_COLUMN = len(ARCHIVE_COLUMNS) - 1


class ArchiveModel(RecordTableModel):
    """The archived letters, newest first: the full hash as the hash cell's tooltip, and a
    letter whose PDF went with an erasure greyed out, saying so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ARCHIVE_COLUMNS, list_fetcher([]), parent=parent)

    def show_letters(self, letters: tuple[ArchivedLetter, ...]) -> None:
        self.set_fetcher(list_fetcher(sorted(letters, key=lambda a: a.id, reverse=True)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            letter: ArchivedLetter = self.record(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = []
                if index.column() == HASH_COLUMN:
                    lines.append(self.tr("SHA-256: {hash}").format(hash=letter.sha256))
                if not letter.has_pdf:
                    lines.append(erased_note())
                return "\n".join(lines) or None
            if role == Qt.ItemDataRole.ForegroundRole and not letter.has_pdf:
                return QBrush(ERASED_COLOUR)
            if role == Qt.ItemDataRole.FontRole and index.column() == HASH_COLUMN:
                return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return super().data(index, role)


class LetterArchive(Retranslating, QWidget):
    """The list, a note on the letter chosen (or on the list), and the button that shows an
    archived copy again. `selected` is emitted when the choice changes, `open_requested` when
    the user asks for the copy."""

    selected = Signal()
    open_requested = Signal()

    def __init__(self, can_reopen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="letters_archive_part")
        self.can_reopen = can_reopen
        self.letters: tuple[ArchivedLetter, ...] = ()
        self.heading = heading("letter_archive_heading")
        self.model = ArchiveModel(self)
        self.view = make_table_view(self.model, "letter_archive_view", 1, wrap=False)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.selected.emit())
        self.view.setMinimumHeight(
            self.view.horizontalHeader().sizeHint().height()
            + 3 * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        self.view.doubleClicked.connect(lambda _i: self.open_requested.emit())
        self.note = hint_label("letter_archive_note")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(objectName="letter_open_copy_button")
        self.open_button.clicked.connect(self.open_requested)
        self.open_button.setVisible(can_reopen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("LettersPage", "Letters sent for this request")
        )
        self.view.setAccessibleName(
            QCoreApplication.translate("LettersPage", "Letters sent for this request")
        )
        self.open_button.setText(
            QCoreApplication.translate("LettersPage", "Show the archived copy")
        )

    def show_letters(self, letters: tuple[ArchivedLetter, ...], select: int | None) -> None:
        """The letters now archived; `select` is chosen, else the choice stays where it was."""
        chosen = self.selected_letter()
        self.letters = letters
        self.model.show_letters(letters)
        self.select_letter(select or (chosen.id if chosen is not None else None))
        self.view.resizeColumnsToContents()

    def select_letter(self, letter_id: int | None) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == letter_id:
                self.view.selectRow(row)
                return True
        return False

    def selected_letter(self) -> ArchivedLetter | None:
        letter: ArchivedLetter | None = selected_record(self.view)
        return letter

    def update_state(self, busy: bool, count_text: str) -> None:
        """The button and the note for the letter chosen; `count_text` says how many letters
        were sent (the page words it, as it takes a plural)."""
        letter = self.selected_letter()
        self.open_button.setEnabled(
            self.can_reopen and letter is not None and letter.has_pdf and not busy
        )
        if letter is not None and not letter.has_pdf:
            self.note.setText(
                erased_note()
                + "\n"
                + QCoreApplication.translate("LettersPage", "SHA-256: {hash}").format(
                    hash=letter.sha256
                )
            )
        elif not self.letters:
            self.note.setText(
                QCoreApplication.translate(
                    "LettersPage", "No letter has been printed or saved yet."
                )
            )
        else:
            self.note.setText(count_text)
