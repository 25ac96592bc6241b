"""The request window's Letters page: every answer to the requester is a printed letter.

The kinds of letter are listed in words, those that cannot be written for the request now
greyed out with the reason as their tooltip; the letter's language is the customer's unless the
other is chosen. Preview renders the letter in a worker thread and shows its pages (not
archived). Print… and Save as PDF… ask the printer or the file first, then have the service
render the letter again and archive it (hash, pages, how, handler) in a worker thread, and
print those exact bytes at 100 % or write them. Below, the letters that left for the request;
an archived copy can be shown again unless the person's erasure removed it (its hash stays).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.letters.kinds import KIND_FOR_TYPE
from l4d_desktop.core.letters.service import (
    ArchivedLetter,
    KindChoice,
    RenderedLetter,
    reference_of,
)
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.kinds import (
    KIND_ORDER,
    how_name,
    kind_description,
    kind_name,
    language_name,
)
from l4d_desktop.ui.letters.preview import PdfPreview, PdfUnreadable
from l4d_desktop.ui.letters.printing import PrintCancelled, PrintFailed, PrintReport
from l4d_desktop.ui.operations import BackgroundJob, failure_text
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)

KIND_ROLE = Qt.ItemDataRole.UserRole
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


@dataclass(frozen=True)
class Issued:
    """What a Print… or Save as PDF… came to: the archive entry, and what went wrong after
    it was archived (the printer or the file), if anything."""

    letter: ArchivedLetter
    report: PrintReport | None = None
    path: Path | None = None
    problem: BaseException | None = None


@dataclass(frozen=True)
class Loaded:
    choices: tuple[KindChoice, ...]
    language: str
    letters: tuple[ArchivedLetter, ...]


class LettersPage(QWidget):
    """`changed` is emitted after a letter left (printed or saved): the request's timeline and
    the request list have something new. Given the request's type the page reads its letters at
    once; the request window gives it later with `show_request`."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request_id: int,
        request_type: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letters_page")
        self._services = services
        self._actor = actor
        self.request_id = request_id
        self.request_type = request_type or ""
        self.can_preview = actor.can(Right.REQUESTS_HANDLE) and actor.can(Right.CUSTOMERS_VIEW)
        self.can_issue = self.can_preview and actor.can(Right.DATA_EXPORT)
        self.can_reopen = actor.can(Right.REQUESTS_HANDLE)
        self.choices: tuple[KindChoice, ...] = ()
        self.default_language = ""
        self.letters: tuple[ArchivedLetter, ...] = ()
        self.shown: RenderedLetter | ArchivedLetter | None = None
        self.last_issued: Issued | None = None
        self._saving: Path | None = None  # the file a Save as PDF… is writing
        self.load_job: BackgroundJob | None = None
        self.preview_job: BackgroundJob | None = None
        self.issue_job: BackgroundJob | None = None
        self.copy_job: BackgroundJob | None = None
        self._again = False
        self._select_next: int | None = None
        self._language_chosen = False
        self._load_error = ""
        self._status = ""
        self._folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )

        # -- choosing and acting
        self.intro_label = hint_label("letters_intro_label")
        self.kind_label = QLabel(objectName="letter_kind_label")
        self.kind_list = QListWidget(objectName="letter_kind_list")
        self.kind_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.kind_list.setUniformItemSizes(True)
        self.kind_label.setBuddy(self.kind_list)
        self.kind_list.currentItemChanged.connect(lambda *_a: self._update())
        self.kind_list.itemDoubleClicked.connect(lambda _i: self.preview())
        self.unavailable_label = hint_label("letter_unavailable_label")
        self.language_label = QLabel(objectName="letter_language_label")
        self.language_radios = {
            code: QRadioButton(objectName=f"letter_language_{code}_radio") for code in ("fi", "en")
        }
        self.language_group = QButtonGroup(self)
        for radio in self.language_radios.values():
            self.language_group.addButton(radio)
            radio.toggled.connect(self._language_toggled)
        self.language_label.setBuddy(self.language_radios["fi"])
        self.preview_button = QPushButton(objectName="letter_preview_button")
        self.print_button = QPushButton(objectName="letter_print_button")
        self.save_button = QPushButton(objectName="letter_save_button")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.status_label = QLabel(objectName="letters_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rights_label = hint_label("letters_rights_label")

        # -- the archive
        self.archive_heading = heading("letter_archive_heading")
        self.archive_model = ArchiveModel(self)
        self.archive_view = make_table_view(
            self.archive_model, "letter_archive_view", 1, wrap=False
        )
        self.archive_view.selectionModel().selectionChanged.connect(self._archive_selected)
        self.archive_view.setMinimumHeight(
            self.archive_view.horizontalHeader().sizeHint().height()
            + 3 * self.archive_view.verticalHeader().defaultSectionSize()
            + 2 * self.archive_view.frameWidth()
        )
        self.archive_view.doubleClicked.connect(lambda _i: self.open_copy())
        self.archive_note = hint_label("letter_archive_note")
        self.archive_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_copy_button = QPushButton(objectName="letter_open_copy_button")
        self.open_copy_button.clicked.connect(self.open_copy)
        self.open_copy_button.setVisible(self.can_reopen)

        # -- the preview
        self.caption_label = QLabel(objectName="letter_preview_caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_widget = PdfPreview(self)

        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        for radio in self.language_radios.values():
            language_row.addWidget(radio)
        language_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        choose = QWidget(objectName="letters_choose_part")
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addWidget(self.intro_label)
        choose_layout.addWidget(self.kind_label)
        choose_layout.addWidget(self.kind_list, 1)
        choose_layout.addWidget(self.unavailable_label)
        choose_layout.addLayout(language_row)
        choose_layout.addLayout(buttons)
        choose_layout.addWidget(self.status_label)
        choose_layout.addWidget(self.rights_label)
        archive_buttons = QHBoxLayout()
        archive_buttons.addWidget(self.archive_note, 1)
        archive_buttons.addWidget(self.open_copy_button, 0, Qt.AlignmentFlag.AlignTop)
        archive = QWidget(objectName="letters_archive_part")
        archive_layout = QVBoxLayout(archive)
        archive_layout.setContentsMargins(0, 0, 0, 0)
        archive_layout.addWidget(self.archive_heading)
        archive_layout.addWidget(self.archive_view, 1)
        archive_layout.addLayout(archive_buttons)
        right = QWidget(objectName="letters_preview_part")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption_label)
        right_layout.addWidget(self.preview_widget, 1)
        # Choosing beside the preview; the archive below, as wide as the page.
        top = QSplitter(Qt.Orientation.Horizontal, objectName="letters_top_splitter")
        top.setChildrenCollapsible(False)
        top.addWidget(choose)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="letters_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(archive)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate()
        if request_type is not None:
            self.refresh()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Every answer to the requester is a printed letter. A preview is not kept; a "
                "letter printed or saved is archived with its SHA-256 hash."
            )
        )
        self.kind_label.setText(self.tr("Letter t&ype:"))
        self.unavailable_label.setText(
            self.tr(
                "Greyed-out letters cannot be written for this request now: point at one to "
                "see why."
            )
        )
        self.language_label.setText(self.tr("Lan&guage:"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setToolTip(
            self.tr("Show the letter as it would be printed now; nothing is archived.")
        )
        self.print_button.setText(self.tr("Pri&nt…"))
        self.print_button.setToolTip(
            self.tr("Print the letter at 100 % for a window envelope; the letter is archived.")
        )
        self.save_button.setText(self.tr("Save as PD&F…"))
        self.save_button.setToolTip(self.tr("Write the letter into a PDF file; it is archived."))
        self.archive_heading.setText(self.tr("Letters sent for this request"))
        self.archive_view.setAccessibleName(self.tr("Letters sent for this request"))
        self.open_copy_button.setText(self.tr("Show the arc&hived copy"))
        missing = []
        if not self.can_preview:
            missing.append(
                self.tr(
                    "Previewing a letter needs the rights to handle requests and to view customers."
                )
            )
        if not self.can_issue:
            missing.append(
                self.tr("Printing and saving letters needs the right to export and print as well.")
            )
        self.rights_label.setText(" ".join(missing))
        self.rights_label.setVisible(bool(missing))
        self.archive_model.retranslate()
        self._fill_kinds()
        self._show_languages()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.load_job is not None and self.load_job.running

    @property
    def busy(self) -> bool:
        """A preview, a letter or a copy is on its way (one thing at a time)."""
        return any(
            job is not None and job.running
            for job in (self.preview_job, self.issue_job, self.copy_job)
        )

    def show_request(self, request_type: str) -> None:
        """The request window read the request (again): its type chooses the letter offered
        first, and what can be written may have changed."""
        self.request_type = request_type
        self.refresh()

    def refresh(self) -> None:
        """Read the kinds' availability, the customer's language and the archive again."""
        if self.loading:
            self._again = True
            return
        letters, actor, request_id = self._services.letters, self._actor, self.request_id

        def work(_job: BackgroundJob) -> Loaded:
            return Loaded(
                choices=letters.choices(actor, request_id),
                language=letters.default_language(actor, request_id),
                letters=letters.archive(actor, request_id),
            )

        self.load_job = BackgroundJob(work)
        self.load_job.connect(self._loaded, self._load_failed)
        self.load_job.start()
        self._update()

    def _loaded(self, loaded: Loaded) -> None:
        if not isValid(self):
            return
        self._load_error = ""
        self.choices = loaded.choices
        self.default_language = loaded.language
        self._fill_kinds()
        self._show_languages()
        self._show_archive(loaded.letters)
        self._after_load()

    def _load_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._load_error = failure_text(exc)
        self._after_load()

    def _after_load(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self._update()

    # -- the kinds and the language --------------------------------------------------------

    def _fill_kinds(self) -> None:
        current = self.current_kind() or KIND_FOR_TYPE.get(self.request_type, "")
        by_kind = {c.kind: c for c in self.choices}
        order = [k for k in KIND_ORDER if k in by_kind] + [
            c.kind for c in self.choices if c.kind not in KIND_ORDER
        ]
        blocker = self.kind_list.blockSignals(True)
        self.kind_list.clear()
        for kind in order:
            choice = by_kind[kind]
            item = QListWidgetItem(kind_name(kind))
            item.setData(KIND_ROLE, kind)
            if choice.available:
                item.setToolTip(kind_description(kind))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.reason_text(choice.reason))
            self.kind_list.addItem(item)
        self.kind_list.blockSignals(blocker)
        if not self.select_kind(current):
            self.select_kind(self._first_available())
        self.unavailable_label.setVisible(any(not c.available for c in self.choices))

    def _first_available(self) -> str:
        return next((c.kind for c in self._ordered_choices() if c.available), "")

    def _ordered_choices(self) -> list[KindChoice]:
        rank = {k: i for i, k in enumerate(KIND_ORDER)}
        return sorted(self.choices, key=lambda c: rank.get(c.kind, len(rank)))

    @staticmethod
    def reason_text(code: str) -> str:
        """Why a kind is greyed out, in words (the codes are the service's error codes)."""
        return error_text(L4DError(code)) if code else ""

    def select_kind(self, kind: str) -> bool:
        """Make `kind` the current letter if it can be written now."""
        for row in range(self.kind_list.count()):
            item = self.kind_list.item(row)
            if item.data(KIND_ROLE) == kind and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.kind_list.setCurrentItem(item)
                return True
        return False

    def current_kind(self) -> str:
        item = self.kind_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return ""
        return str(item.data(KIND_ROLE))

    def kind_available(self, kind: str) -> bool:
        return any(c.kind == kind and c.available for c in self.choices)

    def _show_languages(self) -> None:
        for code, radio in self.language_radios.items():
            name = language_name(code)
            if code == self.default_language:
                name = self.tr("{language} (the customer's)").format(language=name)
            radio.setText(name)
        if not self._language_chosen and self.default_language in self.language_radios:
            radio = self.language_radios[self.default_language]
            blocker = radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(blocker)

    def _language_toggled(self, checked: bool) -> None:
        if checked:
            self._language_chosen = True
            self._update()

    def set_language(self, code: str) -> None:
        self.language_radios[code].setChecked(True)

    def current_language(self) -> str:
        for code, radio in self.language_radios.items():
            if radio.isChecked():
                return code
        return self.default_language

    # -- the state shown -------------------------------------------------------------------

    def _update(self) -> None:
        kind = self.current_kind()
        ready = bool(kind) and bool(self.current_language()) and not self.busy
        self.kind_list.setEnabled(bool(self.choices))
        self.preview_button.setEnabled(self.can_preview and ready)
        self.print_button.setEnabled(self.can_issue and ready)
        self.save_button.setEnabled(self.can_issue and ready)
        for radio in self.language_radios.values():
            radio.setEnabled(bool(self.choices) and not self.busy)
        letter = self.selected_letter()
        self.open_copy_button.setEnabled(
            self.can_reopen and letter is not None and letter.has_pdf and not self.busy
        )
        if letter is not None and not letter.has_pdf:
            self.archive_note.setText(
                erased_note() + "\n" + self.tr("SHA-256: {hash}").format(hash=letter.sha256)
            )
        elif not self.letters:
            self.archive_note.setText(self.tr("No letter has been printed or saved yet."))
        else:
            self.archive_note.setText(self.tr("%n letter(s) sent.", "", len(self.letters)))
        if self._load_error:
            self.status_label.setText(self._load_error)
        elif self.loading and not self.choices:
            self.status_label.setText(self.tr("Reading the letters…"))
        else:
            self.status_label.setText(self._status)
        self.status_label.setVisible(bool(self.status_label.text()))
        self._show_caption()

    def _show_caption(self) -> None:
        shown = self.shown
        if isinstance(shown, RenderedLetter):
            text = self.tr(
                "Preview of the {kind} in {language}, %n page(s). Not archived: printing or "
                "saving archives it.",
                "",
                shown.pages,
            ).format(kind=kind_name(shown.kind), language=language_name(shown.language))
            if (shown.kind, shown.language) != (self.current_kind(), self.current_language()):
                text += " " + self.tr("Another letter is chosen now: press Preview to see it.")
        elif isinstance(shown, ArchivedLetter):
            text = self.tr(
                "Archived copy of the {kind} in {language}, {how} on {when} by {handler}. "
                "SHA-256 {hash}"
            ).format(
                kind=kind_name(shown.kind),
                language=language_name(shown.language),
                how=how_name(shown.how),
                when=format_datetime(shown.created_at),
                handler=shown.handler_name,
                hash=shown.sha256,
            )
        else:
            text = ""
        self.caption_label.setText(text)
        self.caption_label.setVisible(bool(text))

    def _set_status(self, text: str) -> None:
        self._status = text
        self._update()

    # -- preview ---------------------------------------------------------------------------

    def preview(self) -> None:
        kind, language = self.current_kind(), self.current_language()
        if not (self.can_preview and kind and language) or self.busy:
            return
        letters, actor, request_id = self._services.letters, self._actor, self.request_id
        self.preview_job = BackgroundJob(
            lambda _job: letters.render(actor, request_id, kind, language)
        )
        self.preview_job.connect(self._previewed, self._preview_failed)
        self.preview_job.start()
        self._set_status(self.tr("Writing the {kind}…").format(kind=kind_name(kind)))

    def _previewed(self, rendered: RenderedLetter) -> None:
        if not isValid(self):
            return
        if self._show_pdf(rendered.pdf):
            self.shown = rendered
            self._set_status("")
        else:
            self._update()

    def _preview_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_status("")
        feedback.show_error(self, self.tr("Letter preview"), failure_text(exc))

    def _show_pdf(self, pdf: bytes) -> bool:
        try:
            self.preview_widget.show_pdf(pdf)
        except PdfUnreadable:
            feedback.show_error(
                self,
                self.tr("Letter preview"),
                self.tr("The letter's PDF could not be opened for showing."),
            )
            return False
        return True

    # -- print and save --------------------------------------------------------------------

    def document_name(self, kind: str, language: str) -> str:
        """The file and print job name: kirje-L4D-00042-access-fi.pdf."""
        return f"kirje-{reference_of(self.request_id)}-{kind}-{language}.pdf"

    def print_letter(self) -> None:
        kind, language = self.current_kind(), self.current_language()
        if not (self.can_issue and kind and language) or self.busy:
            return
        printer = letter_printing.ask_printer(
            self, self.tr("Print the letter"), self.document_name(kind, language)
        )
        if printer is None:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Archive the chosen letter as printed and print it on `printer`, in a worker thread."""
        kind, language = self.current_kind(), self.current_language()
        if not (self.can_issue and kind and language) or self.busy:
            return
        letters, actor, request_id = self._services.letters, self._actor, self.request_id

        def work(job: BackgroundJob) -> Issued:
            letter, pdf = letters.issue(actor, request_id, kind, language, "print")
            try:
                report = letter_printing.print_pdf(pdf, printer, job.cancelled)
            except Exception as exc:  # archived already: say so with the printer's problem
                return Issued(letter, problem=exc)
            return Issued(letter, report=report)

        self.issue_job = BackgroundJob(work)
        self.issue_job.connect(self._issued, self._issue_failed)
        self.issue_job.start()
        self._set_status(
            self.tr("Printing the {kind} on {printer}…").format(
                kind=kind_name(kind), printer=printer.printerName() or printer.outputFileName()
            )
        )

    def save_letter(self) -> None:
        kind, language = self.current_kind(), self.current_language()
        if not (self.can_issue and kind and language) or self.busy:
            return
        path = letter_printing.ask_save_path(
            self,
            self.tr("Save the letter as PDF"),
            self._folder / self.document_name(kind, language),
        )
        if path is None:
            return
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Archive the chosen letter as saved and write it to `path`, in a worker thread."""
        kind, language = self.current_kind(), self.current_language()
        if not (self.can_issue and kind and language) or self.busy:
            return
        letters, actor, request_id = self._services.letters, self._actor, self.request_id
        self._folder = path.parent
        self._saving = path

        def work(_job: BackgroundJob) -> Issued:
            # The file is written inside the archive's transaction: a file that cannot be
            # written leaves no archive entry.
            letter, _pdf = letters.issue(
                actor,
                request_id,
                kind,
                language,
                "save",
                deliver=lambda pdf: letter_printing.write_pdf(path, pdf),
            )
            return Issued(letter, path=path)

        self.issue_job = BackgroundJob(work)
        self.issue_job.connect(self._issued, self._issue_failed)
        self.issue_job.start()
        self._set_status(self.tr("Saving the {kind}…").format(kind=kind_name(kind)))

    def _issued(self, issued: Issued) -> None:
        if not isValid(self):
            return
        self.last_issued = issued
        letter = issued.letter
        self._select_next = letter.id
        what = self.tr("{kind} in {language}, %n page(s), SHA-256 {hash}", "", letter.pages).format(
            kind=kind_name(letter.kind),
            language=language_name(letter.language),
            hash=short_hash(letter.sha256),
        )
        if issued.problem is not None:
            self._set_status(self.tr("Archived, but not delivered: {what}.").format(what=what))
            feedback.show_error(self, self._issue_title(letter.how), self._problem_text(issued))
        elif issued.path is not None:
            self._set_status(
                self.tr("Saved to {path}: {what}.").format(path=str(issued.path), what=what)
            )
        else:
            self._set_status(self.tr("Sent to the printer: {what}.").format(what=what))
        self.refresh()
        self.changed.emit()

    def _problem_text(self, issued: Issued) -> str:
        problem = issued.problem
        if isinstance(problem, PrintCancelled):
            detail = self.tr("Printing was cancelled.")
        elif isinstance(problem, PrintFailed):
            detail = self.tr("The printer {printer} did not accept the letter.").format(
                printer=problem.printer_name or self.tr("(no name)")
            )
        elif isinstance(problem, OSError):
            detail = self.tr("The file {path} could not be written: {reason}.").format(
                path=str(issued.path), reason=problem.strerror or type(problem).__name__
            )
        else:
            detail = failure_text(problem) if problem is not None else ""
        return (
            detail
            + "\n\n"
            + self.tr(
                "The letter is in the archive as {how} all the same. Print or save it again "
                "once the problem is fixed; the archive then lists it twice."
            ).format(how=how_name(issued.letter.how))
        )

    def _issue_title(self, how: str) -> str:
        return self.tr("Print the letter") if how == "print" else self.tr("Save the letter as PDF")

    def _issue_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_status(self.tr("Nothing was archived."))
        if isinstance(exc, OSError):
            text = self.tr(
                "The file {path} could not be written: {reason}. Nothing was archived; choose "
                "another place and save again."
            ).format(path=str(self._saving), reason=exc.strerror or type(exc).__name__)
            feedback.show_error(self, self.tr("Save the letter as PDF"), text)
            return
        feedback.show_error(self, self.tr("Letter"), failure_text(exc))

    # -- the archive -----------------------------------------------------------------------

    def _show_archive(self, letters: tuple[ArchivedLetter, ...]) -> None:
        selected = self.selected_letter()
        self.letters = letters
        self.archive_model.show_letters(letters)
        # The letter that just left is selected; otherwise the selection stays where it was.
        wanted = self._select_next or (selected.id if selected is not None else None)
        self._select_next = None
        self.select_letter(wanted)
        self.archive_view.resizeColumnsToContents()

    def select_letter(self, letter_id: int | None) -> bool:
        for row in range(self.archive_model.rowCount()):
            if self.archive_model.record(row).id == letter_id:
                self.archive_view.selectRow(row)
                return True
        return False

    def selected_letter(self) -> ArchivedLetter | None:
        rows = self.archive_view.selectionModel().selectedRows()
        if not rows:
            return None
        letter: ArchivedLetter = self.archive_model.record(rows[0].row())
        return letter

    def _archive_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def open_copy(self) -> None:
        letter = self.selected_letter()
        if letter is None or not self.can_reopen or self.busy:
            return
        if not letter.has_pdf:
            feedback.show_info(self, self.tr("Archived copy"), erased_note())
            return
        letters, actor = self._services.letters, self._actor

        def work(_job: BackgroundJob) -> tuple[ArchivedLetter, bytes, bool]:
            pdf = letters.archived_pdf(actor, letter.id)
            return letter, pdf, hashlib.sha256(pdf).hexdigest() == letter.sha256

        self.copy_job = BackgroundJob(work)
        self.copy_job.connect(self._copy_opened, self._copy_failed)
        self.copy_job.start()
        self._set_status(self.tr("Reading the archived copy…"))

    def _copy_opened(self, result: tuple[ArchivedLetter, bytes, bool]) -> None:
        if not isValid(self):
            return
        letter, pdf, intact = result
        self._set_status("")
        if not intact:
            feedback.show_error(
                self,
                self.tr("Archived copy"),
                self.tr(
                    "The archived copy does not match the hash recorded when it left: it has "
                    "been changed in the database. Tell the main administrator."
                ),
            )
        if self._show_pdf(pdf):
            self.shown = letter
            self._update()

    def _copy_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_status("")
        feedback.show_error(self, self.tr("Archived copy"), failure_text(exc))
