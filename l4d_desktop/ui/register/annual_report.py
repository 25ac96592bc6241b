"""The yearly accountability pack from the Register menu: the year asked, the PDF's name asked
(the request register CSV goes beside it), written off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from l4d_desktop.core.reports.service import FIRST_YEAR
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.formats import document_language
from l4d_desktop.ui.operations import BackgroundJob, start_with_progress
from l4d_desktop.ui.session import Session


def save_annual_report(parent: QWidget, session: Session) -> BackgroundJob | None:
    services, actor = session.services, session.actor
    this_year = services.clock().year
    year, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("AnnualReport", "Yearly accountability report"), QCoreApplication.translate("AnnualReport", "Year:"), this_year - 1, FIRST_YEAR,
        this_year,
    )  # fmt: skip
    if not ok:
        return None
    name = QCoreApplication.translate("AnnualReport", "annual-report-{year}.pdf").format(year=year)
    path = file_names.ask_save_file(
        parent,
        "annual_report",
        QCoreApplication.translate("AnnualReport", "Save the yearly report"),
        name,
        QCoreApplication.translate("AnnualReport", "PDF (*.pdf)"),
    )
    if path is None:
        return None
    language = document_language()

    def saved(pack: object) -> None:
        feedback.show_info(
            parent,
            QCoreApplication.translate("AnnualReport", "Yearly accountability report"),
            QCoreApplication.translate(
                "AnnualReport", "The report and the request register were saved:\n{pdf}\n{csv}"
            ).format(pdf=getattr(pack, "pdf", ""), csv=getattr(pack, "csv", "")),
        )

    return start_with_progress(
        parent,
        QCoreApplication.translate("AnnualReport", "Yearly accountability report"),
        QCoreApplication.translate("AnnualReport", "Writing the report…"),
        lambda _job: services.reports.annual(actor, year, language, path, replace=True),
        saved,
    )
