"""The request window's Letters page: every answer to the requester is a printed letter.

The letter and its language are chosen (chooser.py) and previewed, not archived (viewer.py);
Print… and Save as PDF… archive it and print or write those exact bytes (issue_actions.py,
issuing.py); below, the letters that left, an archived copy shown again unless an erasure
removed it (archive.py). What can be written is read in loading.py. The work runs in worker
threads, one thing at a time; an outcome after the page is gone is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from l4d_desktop.core.letters.service import ArchivedLetter, RenderedLetter
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.letters import bundle_saving
from l4d_desktop.ui.letters.archive import LetterArchive, erased_note, short_hash
from l4d_desktop.ui.letters.chooser import LetterChooser
from l4d_desktop.ui.letters.issue_actions import LetterIssuing
from l4d_desktop.ui.letters.issuing import (
    Issued,
    failure_message,
    issue_title,
    issued_status,
    problem_text,
)
from l4d_desktop.ui.letters.kinds import kind_name, language_name
from l4d_desktop.ui.letters.loading import LettersLoading
from l4d_desktop.ui.letters.viewer import LetterViewer
from l4d_desktop.ui.operations import BackgroundJob, is_busy
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.retranslate import Retranslating


def _split(orientation: Qt.Orientation, name: str, *parts: tuple[QWidget, int]) -> QSplitter:
    """`parts` side by side (or one above the other), each with its share of the room."""
    splitter = QSplitter(orientation, objectName=name)
    splitter.setChildrenCollapsible(False)
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    return splitter


class LettersPage(Retranslating, LettersLoading, LetterIssuing, QWidget):
    """`changed` is emitted after a letter left (printed or saved): the request's timeline and
    the request list have something new. Given the request's type the page reads its letters at
    once; the request window gives it later with `show_request` (and takes the page in)."""

    changed = Signal()

    def __init__(self, session: Session, request_id: int, request_type: str | None = None) -> None:
        super().__init__(objectName="letters_page")
        services, actor = session.services, session.actor
        self._services, self._actor = services, actor
        self.request_id = request_id
        self.can_preview = actor.can(Right.REQUESTS_HANDLE) and actor.can(Right.CUSTOMERS_VIEW)
        self.can_issue = self.can_preview and actor.can(Right.DATA_EXPORT)
        self.can_reopen = actor.can(Right.REQUESTS_HANDLE)
        self.last_issued: Issued | None = None
        self._saving: Path | None = None  # the file a Save as PDF… is writing
        self.load_job: BackgroundJob | None = None
        self.issue_job: BackgroundJob | None = None
        self._again = False
        self._select_next: int | None = None
        self._load_error = ""
        self._status = ""

        # -- choosing and acting
        self.intro_label = hint_label("letters_intro_label")
        self.chooser = LetterChooser(self)
        self.chooser.request_type = request_type or ""
        self.chooser.chosen.connect(self._update)
        self.chooser.activated.connect(self.preview)
        # The chooser's and the archive's parts under the names the page has always offered.
        self.kind_list = self.chooser.kind_list
        self.unavailable_label = self.chooser.unavailable_label
        self.language_radios = self.chooser.language_radios
        self.select_kind, self.current_kind = self.chooser.select_kind, self.chooser.current_kind
        self.set_language = self.chooser.set_language
        self.current_language = self.chooser.current_language
        self.preview_button = QPushButton(objectName="letter_preview_button")
        self.print_button = QPushButton(objectName="letter_print_button")
        self.save_button = QPushButton(objectName="letter_save_button")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.bundle_button = bundle_saving.bundle_button(lambda: self.save_bundle())
        self.status_label = QLabel(objectName="letters_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rights_label = hint_label("letters_rights_label")

        # -- the archive and the preview
        self.archive = LetterArchive(self.can_reopen, self)
        self.archive.selected.connect(self._update)
        self.archive.open_requested.connect(self.open_copy)
        self.archive_model = self.archive.model
        self.archive_note = self.archive.note
        self.open_copy_button = self.archive.open_button
        self.select_letter = self.archive.select_letter
        self.selected_letter = self.archive.selected_letter
        self.viewer = LetterViewer(services.letters, actor, request_id, self)
        self.viewer.status.connect(self._set_status)
        self.viewer.done.connect(self._update)
        self.caption_label = self.viewer.caption_label
        self.preview_widget = self.viewer.preview_widget

        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addWidget(self.bundle_button)
        buttons.addStretch(1)
        choose = QWidget(objectName="letters_choose_part")
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addWidget(self.intro_label)
        choose_layout.addWidget(self.chooser, 1)
        choose_layout.addLayout(buttons)
        choose_layout.addWidget(self.status_label)
        choose_layout.addWidget(self.rights_label)
        # Choosing beside the preview; the archive below, as wide as the page.
        top = _split(
            Qt.Orientation.Horizontal, "letters_top_splitter", (choose, 2), (self.viewer, 3)
        )
        self.splitter = _split(
            Qt.Orientation.Vertical, "letters_splitter", (top, 3), (self.archive, 1)
        )
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
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setToolTip(
            self.tr("Show the letter as it would be printed now; nothing is archived.")
        )
        self.print_button.setText(self.tr("Pr&int…"))
        self.print_button.setToolTip(
            self.tr("Print the letter at 100 % for a window envelope; the letter is archived.")
        )
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Write the letter into a PDF file; it is archived."))
        bundle_saving.retranslate_bundle_button(self.bundle_button)
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
        self._update()

    # -- what the page holds -----------------------------------------------------------------

    @property
    def letters(self) -> tuple[ArchivedLetter, ...]:
        return self.archive.letters

    @property
    def busy(self) -> bool:
        """A preview, a letter or a copy is on its way (one thing at a time)."""
        return self.viewer.busy or is_busy(self.issue_job)

    # -- the state shown -------------------------------------------------------------------

    def _ready(self, right: bool) -> bool:
        return right and bool(self.current_kind() and self.current_language()) and not self.busy

    def _update(self) -> None:
        self.chooser.set_enabled(self.busy)
        self.preview_button.setEnabled(self._ready(self.can_preview))
        self.print_button.setEnabled(self._ready(self.can_issue))
        self.save_button.setEnabled(self._ready(self.can_issue))
        self.bundle_button.setEnabled(self._ready(self.can_issue) and bundle_saving.bundles(self))
        self.archive.update_state(
            self.busy, self.tr("%n letter(s) sent.", "", len(self.archive.letters))
        )
        if self._load_error:
            self.status_label.setText(self._load_error)
        elif self.loading and not self.chooser.choices:
            self.status_label.setText(self.tr("Reading the letters…"))
        else:
            self.status_label.setText(self._status)
        self.status_label.setVisible(bool(self.status_label.text()))
        shown = self.viewer.shown
        preview = ""
        if isinstance(shown, RenderedLetter):
            preview = self.tr(
                "Preview of the {kind} in {language}, %n page(s). Not archived: printing or "
                "saving archives it.",
                "",
                shown.pages,
            ).format(kind=kind_name(shown.kind), language=language_name(shown.language))
        self.viewer.update_caption(self.current_kind(), self.current_language(), preview)

    def _set_status(self, text: str) -> None:
        self._status = text
        self._update()

    # -- preview ---------------------------------------------------------------------------

    def preview(self) -> None:
        if self._ready(self.can_preview):
            self.viewer.preview(self.current_kind(), self.current_language())

    @property
    def preview_job(self) -> BackgroundJob | None:
        return self.viewer.preview_job

    @property
    def copy_job(self) -> BackgroundJob | None:
        return self.viewer.copy_job

    # -- a letter that left (issue_actions.py sends it) -------------------------------------

    def _issued(self, issued: Issued) -> None:
        self.last_issued = issued
        self._select_next = issued.letter.id
        letter = issued.letter
        what = self.tr("{kind} in {language}, %n page(s), SHA-256 {hash}", "", letter.pages).format(
            kind=kind_name(letter.kind),
            language=language_name(letter.language),
            hash=short_hash(letter.sha256),
        )
        self._set_status(issued_status(issued, what))
        if issued.problem is not None:
            feedback.show_error(self, issue_title(issued.letter.how), problem_text(issued))
        self.refresh()
        self.changed.emit()

    def _issue_failed(self, exc: BaseException) -> None:
        self._set_status(self.tr("Nothing was archived."))
        feedback.show_error(self, *failure_message(exc, self._saving))

    # -- the archive -----------------------------------------------------------------------

    def open_copy(self) -> None:
        letter = self.selected_letter()
        if letter is None or not self.can_reopen or self.busy:
            return
        if not letter.has_pdf:
            feedback.show_info(self, self.tr("Archived copy"), erased_note())
            return
        self.viewer.open_copy(letter)
