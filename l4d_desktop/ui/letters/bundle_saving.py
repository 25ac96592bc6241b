"""Save with data files…: the access or portability answer as one ZIP — the letter, archived as
leaving in a bundle, and the machine-readable files whose SHA-256 it lists, from one snapshot —
written into the file chosen inside the archive's transaction. The Letters page's part for it;
the words belong to the page ("LettersPage" translation context)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.letters.service import LetterService, reference_of
from l4d_desktop.ui import file_names
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.issuing import Issued, IssueWork, issue_title

if TYPE_CHECKING:
    from l4d_desktop.ui.letters.page import LettersPage

# The kinds sent with the machine-readable copy (the letter service's WITH_BUNDLE).
BUNDLE_KINDS = frozenset({"access", "portability"})
BUNDLE_PURPOSE = "letter_bundle"


def bundle_work(
    letters: LetterService, actor: Actor, request_id: int, _kind: str, language: str, path: Path
) -> IssueWork:
    """Archive the letter as bundled, with the ZIP written inside the archive's transaction: a
    file that cannot be written leaves no archive entry."""

    def work(_job: object) -> Issued:
        letter, _zip = letters.bundle(
            actor,
            request_id,
            language,
            deliver=lambda zipped: letter_printing.write_pdf(path, zipped),
        )
        return Issued(letter, path=path)

    return work


def bundle_button(clicked: Callable[[], None]) -> QPushButton:
    button = QPushButton(objectName="letter_bundle_button")
    button.clicked.connect(clicked)
    return button


def bundles(page: LettersPage) -> bool:
    """Whether the letter chosen goes with the data files."""
    return page.current_kind() in BUNDLE_KINDS


def retranslate_bundle_button(button: QPushButton) -> None:
    button.setText(QCoreApplication.translate("LettersPage", "Save wit&h data files…"))
    button.setToolTip(
        QCoreApplication.translate(
            "LettersPage",
            "Write the letter and the person's machine-readable files into one ZIP file, from "
            "one snapshot: the letter lists each file's SHA-256 hash. The letter is archived.",
        )
    )


def bundle_name(page: LettersPage) -> str:
    """answer-L4D-00042-access-fi.zip (in the window's language): nothing personal in the name."""
    name = QCoreApplication.translate("FileNames", "answer-{reference}-{kind}-{language}.zip")
    return name.format(
        reference=reference_of(page.request_id),
        kind=page.current_kind(),
        language=page.current_language(),
    )


def ask_bundle_path(page: LettersPage) -> Path | None:
    return file_names.ask_save_file(
        page,
        BUNDLE_PURPOSE,
        issue_title("bundle"),
        bundle_name(page),
        QCoreApplication.translate("LettersPage", "ZIP files (*.zip)"),
        suffix=".zip",
    )
