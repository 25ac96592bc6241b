"""A letter that leaves: archived by the service (hash, pages, how, handler) and then printed
on the printer chosen or written into the file chosen, in a worker thread; and what the user is
told of the outcome.

The words belong to the Letters page ("LettersPage" translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.letters.service import ArchivedLetter, LetterService
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.kinds import how_name
from l4d_desktop.ui.letters.printing import PrintCancelled, PrintFailed, PrintReport
from l4d_desktop.ui.operations import BackgroundJob, failure_text

IssueWork = Callable[[BackgroundJob], "Issued"]


@dataclass(frozen=True)
class Issued:
    """What a Print… or Save as PDF… came to: the archive entry, and what went wrong after
    it was archived (the printer or the file), if anything."""

    letter: ArchivedLetter
    report: PrintReport | None = None
    path: Path | None = None
    problem: BaseException | None = None


def print_work(
    letters: LetterService,
    actor: Actor,
    request_id: int,
    kind: str,
    language: str,
    printer: QPrinter,
) -> IssueWork:
    """Archive the letter as printed, then print those bytes at 100 %."""

    def work(job: BackgroundJob) -> Issued:
        letter, pdf = letters.issue(actor, request_id, kind, language, "print")
        try:
            report = letter_printing.print_pdf(pdf, printer, job.cancelled)
        except Exception as exc:  # archived already: say so with the printer's problem
            return Issued(letter, problem=exc)
        return Issued(letter, report=report)

    return work


def save_work(
    letters: LetterService, actor: Actor, request_id: int, kind: str, language: str, path: Path
) -> IssueWork:
    """Archive the letter as saved with the file written inside the archive's transaction: a
    file that cannot be written leaves no archive entry."""

    def work(_job: BackgroundJob) -> Issued:
        letter, _pdf = letters.issue(
            actor,
            request_id,
            kind,
            language,
            "save",
            deliver=lambda pdf: letter_printing.write_pdf(path, pdf),
        )
        return Issued(letter, path=path)

    return work


def issued_status(issued: Issued, what: str) -> str:
    """The status line after a letter left; `what` names the letter (the page words it, as
    its page count takes a plural)."""
    if issued.problem is not None:
        return QCoreApplication.translate(
            "LettersPage", "Archived, but not delivered: {what}."
        ).format(what=what)
    if issued.path is not None:
        return QCoreApplication.translate("LettersPage", "Saved to {path}: {what}.").format(
            path=str(issued.path), what=what
        )
    return QCoreApplication.translate("LettersPage", "Sent to the printer: {what}.").format(
        what=what
    )


def issue_title(how: str) -> str:
    if how == "print":
        return QCoreApplication.translate("LettersPage", "Print the letter")
    if how == "bundle":
        return QCoreApplication.translate("LettersPage", "Save the letter with the data files")
    return QCoreApplication.translate("LettersPage", "Save the letter as PDF")


def problem_text(issued: Issued) -> str:
    """Archived, but the printer or the file failed: what happened, and what to do."""
    problem = issued.problem
    if isinstance(problem, PrintCancelled):
        detail = QCoreApplication.translate("LettersPage", "Printing was cancelled.")
    elif isinstance(problem, PrintFailed):
        detail = QCoreApplication.translate(
            "LettersPage", "The printer {printer} did not accept the letter."
        ).format(
            printer=problem.printer_name or QCoreApplication.translate("LettersPage", "(no name)")
        )
    elif isinstance(problem, OSError):
        detail = QCoreApplication.translate(
            "LettersPage", "The file {path} could not be written: {reason}."
        ).format(path=str(issued.path), reason=problem.strerror or type(problem).__name__)
    else:
        detail = failure_text(problem) if problem is not None else ""
    return (
        detail
        + "\n\n"
        + QCoreApplication.translate(
            "LettersPage",
            "The letter is in the archive as {how} all the same. Print or save it again "
            "once the problem is fixed; the archive then lists it twice.",
        ).format(how=how_name(issued.letter.how))
    )


def failure_message(exc: BaseException, path: Path | None) -> tuple[str, str]:
    """(title, text) when nothing was archived: a file that could not be written is named."""
    if isinstance(exc, OSError):
        text = QCoreApplication.translate(
            "LettersPage",
            "The file {path} could not be written: {reason}. Nothing was archived; choose "
            "another place and save again.",
        ).format(path=str(path), reason=exc.strerror or type(exc).__name__)
        return QCoreApplication.translate("LettersPage", "Save the letter as PDF"), text
    return QCoreApplication.translate("LettersPage", "Letter"), failure_text(exc)
