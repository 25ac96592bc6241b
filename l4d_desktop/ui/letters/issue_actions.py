"""The Letters page's Print…, Save as PDF… and Save with data files…: the chosen letter is
archived and printed or written in a worker thread (issuing.py), and the page says what came of it.

The words belong to the Letters page ("LettersPage" translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from l4d_desktop.core.letters.service import reference_of
from l4d_desktop.ui.letters import bundle_saving
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.issuing import Issued, IssueWork, issue_title, print_work, save_work
from l4d_desktop.ui.letters.kinds import kind_name
from l4d_desktop.ui.operations import BackgroundJob, run_in_background

if TYPE_CHECKING:
    from l4d_desktop.core.actor import Actor
    from l4d_desktop.core.services import Services


class LetterIssuing:
    """Mixin for the Letters page (LettersPage), which sets the attributes below."""

    if TYPE_CHECKING:
        _services: Services
        _actor: Actor
        request_id: int
        can_issue: bool
        issue_job: BackgroundJob | None
        _saving: Path | None
        current_kind: Callable[[], str]
        current_language: Callable[[], str]

        def _ready(self, right: bool) -> bool: ...
        def _set_status(self, text: str) -> None: ...
        def _issued(self, issued: Issued) -> None: ...
        def _issue_failed(self, exc: BaseException) -> None: ...

    def document_name(self, kind: str, language: str) -> str:
        """The file and print job name, in the window's language: letter-L4D-00042-access-fi.pdf."""
        name = QCoreApplication.translate("FileNames", "letter-{reference}-{kind}-{language}.pdf")
        return name.format(reference=reference_of(self.request_id), kind=kind, language=language)

    def _chosen_name(self) -> str:
        return self.document_name(self.current_kind(), self.current_language())

    def print_letter(self) -> None:
        if self._ready(self.can_issue):
            printer = letter_printing.ask_printer(self, issue_title("print"), self._chosen_name())
            if printer is not None:
                self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Archive the chosen letter as printed and print it on `printer`, in a worker thread."""
        where = printer.printerName() or printer.outputFileName()
        self._issue(
            partial(print_work, printer=printer),
            lambda kind: QCoreApplication.translate(
                "LettersPage", "Printing the {kind} on {printer}…"
            ).format(kind=kind, printer=where),
        )

    def save_letter(self) -> None:
        if self._ready(self.can_issue):
            title = issue_title("save")
            path = letter_printing.ask_save_path(self, title, Path(self._chosen_name()))
            if path is not None:
                self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Archive the chosen letter as saved and write it to `path`, in a worker thread."""
        self._issue(
            partial(save_work, path=path),
            lambda kind: QCoreApplication.translate("LettersPage", "Saving the {kind}…").format(
                kind=kind
            ),
            saving=path,
        )

    def save_bundle(self, path: Path | None = None) -> None:
        """Archive the letter as bundled; write it with its data files into a ZIP (`path`/asked)."""
        if self._ready(self.can_issue) and bundle_saving.bundles(self):
            path = path or bundle_saving.ask_bundle_path(self)
            if path is not None:
                status = QCoreApplication.translate(
                    "LettersPage", "Saving the {kind} with the data files…"
                )
                work = partial(bundle_saving.bundle_work, path=path)
                self._issue(work, lambda kind: status.format(kind=kind), saving=path)

    def _issue(
        self,
        work: Callable[..., IssueWork],
        status: Callable[[str], str],
        saving: Path | None = None,
    ) -> None:
        """Issue the chosen letter with `work`, saying `status` (given the kind's name)."""
        kind, language = self.current_kind(), self.current_language()
        if not self._ready(self.can_issue):
            return
        if saving is not None:
            self._saving = saving
        letters, actor, request_id = self._services.letters, self._actor, self.request_id
        self.issue_job = run_in_background(
            work(letters, actor, request_id, kind, language),
            self._issued,
            self._issue_failed,
            owner=self,
        )
        self._set_status(status(kind_name(kind)))
