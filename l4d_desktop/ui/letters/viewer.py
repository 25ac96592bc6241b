"""The letter on screen beside the choice: a preview rendered in a worker thread (not
archived), or an archived copy read again and checked against its hash; a caption says which.

The part's words belong to the Letters page ("LettersPage" translation context); the page
words the preview's caption itself, as its page count takes a plural.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.letters.service import ArchivedLetter, LetterService, RenderedLetter
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.letters.kinds import how_name, kind_name, language_name
from l4d_desktop.ui.letters.preview import PdfPreview, PdfUnreadable
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background

Shown = RenderedLetter | ArchivedLetter


@dataclass(frozen=True)
class ArchivedCopy:
    """An archived letter read again; `intact` when its bytes still have the hash recorded
    when it left."""

    letter: ArchivedLetter
    pdf: bytes
    intact: bool


def archived_caption(shown: ArchivedLetter) -> str:
    return QCoreApplication.translate(
        "LettersPage",
        "Archived copy of the {kind} in {language}, {how} on {when} by {handler}. SHA-256 {hash}",
    ).format(
        kind=kind_name(shown.kind),
        language=language_name(shown.language),
        how=how_name(shown.how),
        when=format_datetime(shown.created_at),
        handler=shown.handler_name,
        hash=shown.sha256,
    )


class LetterViewer(QWidget):
    """`status` carries what the viewer is doing ("" when done), `shown` is emitted once a
    letter is on screen (or could not be)."""

    status = Signal(str)
    done = Signal()

    def __init__(
        self, letters: LetterService, actor: Actor, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="letters_preview_part")
        self._letters = letters
        self._actor = actor
        self._request_id = request_id
        self.shown: Shown | None = None
        self.preview_job: BackgroundJob | None = None
        self.copy_job: BackgroundJob | None = None
        self.caption_label = QLabel(objectName="letter_preview_caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_widget = PdfPreview(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.preview_widget, 1)

    @property
    def busy(self) -> bool:
        return is_busy(self.preview_job) or is_busy(self.copy_job)

    # -- a preview ---------------------------------------------------------------------------

    def preview(self, kind: str, language: str) -> None:
        """Render the letter as it would be printed now, in a worker thread."""
        letters, actor, request_id = self._letters, self._actor, self._request_id
        self.preview_job = run_in_background(
            lambda _job: letters.render(actor, request_id, kind, language),
            self._previewed,
            lambda exc: self._failed(
                QCoreApplication.translate("LettersPage", "Letter preview"), exc
            ),
            owner=self,
        )
        self.status.emit(
            QCoreApplication.translate("LettersPage", "Writing the {kind}…").format(
                kind=kind_name(kind)
            )
        )

    def _previewed(self, rendered: RenderedLetter) -> None:
        self._show(rendered, rendered.pdf)

    # -- an archived copy --------------------------------------------------------------------

    def open_copy(self, letter: ArchivedLetter) -> None:
        """Read the archived PDF again and show it, in a worker thread."""
        letters, actor = self._letters, self._actor

        def work(_job: BackgroundJob) -> ArchivedCopy:
            pdf = letters.archived_pdf(actor, letter.id)
            return ArchivedCopy(letter, pdf, hashlib.sha256(pdf).hexdigest() == letter.sha256)

        self.copy_job = run_in_background(
            work,
            self._copy_read,
            lambda exc: self._failed(
                QCoreApplication.translate("LettersPage", "Archived copy"), exc
            ),
            owner=self,
        )
        self.status.emit(QCoreApplication.translate("LettersPage", "Reading the archived copy…"))

    def _copy_read(self, copy: ArchivedCopy) -> None:
        if not copy.intact:
            feedback.show_error(
                self,
                QCoreApplication.translate("LettersPage", "Archived copy"),
                QCoreApplication.translate(
                    "LettersPage",
                    "The archived copy does not match the hash recorded when it left: it has "
                    "been changed in the database. Tell the main administrator.",
                ),
            )
        self._show(copy.letter, copy.pdf)

    # -- showing -----------------------------------------------------------------------------

    def _show(self, letter: Shown, pdf: bytes) -> None:
        try:
            self.preview_widget.show_pdf(pdf)
        except PdfUnreadable:
            feedback.show_error(
                self,
                QCoreApplication.translate("LettersPage", "Letter preview"),
                QCoreApplication.translate(
                    "LettersPage", "The letter's PDF could not be opened for showing."
                ),
            )
        else:
            self.shown = letter
        self.status.emit("")
        self.done.emit()

    def _failed(self, title: str, exc: BaseException) -> None:
        self.status.emit("")
        self.done.emit()
        feedback.show_error(self, title, failure_text(exc))

    def update_caption(self, kind: str, language: str, preview_caption: str) -> None:
        """The caption; `preview_caption` words a preview, which, when another letter than
        the one chosen (`kind`, `language`) is shown, says so."""
        shown = self.shown
        text = ""
        if isinstance(shown, RenderedLetter):
            text = preview_caption
            if (shown.kind, shown.language) != (kind, language):
                text += " " + QCoreApplication.translate(
                    "LettersPage", "Another letter is chosen now: press Preview to see it."
                )
        elif isinstance(shown, ArchivedLetter):
            text = archived_caption(shown)
        self.caption_label.setText(text)
        self.caption_label.setVisible(bool(text))
