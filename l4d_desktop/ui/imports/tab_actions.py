"""The Customers tab's import buttons: choose a file, import it off the GUI thread, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.web_events import EventImportResult
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.imports.event_dialog import (
    EVENT_FILE_SUFFIXES,
    EventImportReport,
    event_import_job,
)
from l4d_desktop.ui.operations import BackgroundJob, failure_text, start_with_progress
from l4d_desktop.ui.texts import error_text


class RegisterImports:
    """Mixed into CustomersTab: web events with a progress dialog and a report afterwards,
    customer lists through their own dialog. The tab's list follows by the change bus."""

    _services: Services
    _actor: Actor
    job: BackgroundJob | None
    report: EventImportReport | None
    import_dialog: QWidget | None

    def import_web_events(self) -> None:
        path = file_names.ask_open_file(
            self,
            "web_events",
            self.tr("Import web events"),
            self.tr("Web site exports ({patterns})").format(patterns=" ".join(EVENT_FILE_SUFFIXES)),
        )
        if path is not None:
            self.import_events_from(path)

    def import_events_from(self, path: Path) -> BackgroundJob:
        title = self.tr("Import web events")
        self.job = start_with_progress(
            self,
            title,
            self.tr("Importing {name}…").format(name=path.name),
            event_import_job(self._services.events, self._actor, path),
            lambda result: self._events_imported(result, path.name),
            lambda exc: self._events_failed(exc, title),
        )
        return self.job

    def _events_imported(self, result: EventImportResult, file_name: str) -> None:
        self.report = EventImportReport(result, file_name, self)
        self.report.open()

    def _events_failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, L4DError) and exc.code == "import_cancelled":
            feedback.show_info(self, title, error_text(exc))
        else:
            feedback.show_error(self, title, failure_text(exc))

    def import_customers(self) -> None:
        """Choose a spreadsheet file and open the customer import on it."""
        path = file_names.ask_open_file(
            self,
            "customer_import",
            self.tr("Import customers"),
            self.tr("Spreadsheet CSV files (*.csv *.txt)"),
        )
        if path is not None:
            self.import_customers_from(path)

    def import_customers_from(self, path: Path) -> None:
        from l4d_desktop.ui.imports.customer_dialog import CustomerImportDialog

        dialog = CustomerImportDialog(self._services.imports, self._actor, path, self)
        self.import_dialog = dialog
        dialog.open()
