"""Customer lists out of the program: the current search or selection, and marketing lists.

The Customers tab takes its Export and Marketing list buttons from `CustomerListExports`.

The services decide who may export and leave restricted people out; this module writes their
records in the form chosen in the save dialog (CSV, CSV for Finnish Excel or an Excel workbook,
through core.files.spreadsheet) in a worker thread, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.consents import PurposeRecord
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.csv_export import dialled_phone
from l4d_desktop.core.files.spreadsheet import phones_as_dialled, write_spreadsheet
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback, spreadsheet_files
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.operations import BackgroundJob, start_with_progress
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog

# (record attribute, column heading). The headings are ones the customer import recognises,
# so an exported file can be read back in either language.
CUSTOMER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("customer_number", QT_TRANSLATE_NOOP("ExportColumns", "Customer number")),
    ("name", QT_TRANSLATE_NOOP("ExportColumns", "Name")),
    ("email", QT_TRANSLATE_NOOP("ExportColumns", "Email")),
    ("phone", QT_TRANSLATE_NOOP("ExportColumns", "Phone")),
    ("street", QT_TRANSLATE_NOOP("ExportColumns", "Street address")),
    ("postal_code", QT_TRANSLATE_NOOP("ExportColumns", "Postal code")),
    ("city", QT_TRANSLATE_NOOP("ExportColumns", "City")),
    ("country", QT_TRANSLATE_NOOP("ExportColumns", "Country")),
    ("company", QT_TRANSLATE_NOOP("ExportColumns", "Company")),
    ("business_id", QT_TRANSLATE_NOOP("ExportColumns", "Business ID")),
    ("language", QT_TRANSLATE_NOOP("ExportColumns", "Language")),
)
# What a mailing needs, nothing more.
MARKETING_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    c for c in CUSTOMER_COLUMNS if c[0] not in ("company", "business_id")
)

# Text cells in a workbook: numbers that are not numbers (leading zeros, a + or spaces).
TEXT_FIELDS = frozenset({"customer_number", "phone", "postal_code", "business_id"})

REPORT_EVERY = 200


@dataclass(frozen=True)
class ExportResult:
    path: Path
    written: int
    cancelled: bool
    expected: int | None = None  # how many the search counted (restricted people left out)


class _Stopped(Exception):
    pass


def headings(columns: Sequence[tuple[str, str]]) -> list[str]:
    return [QCoreApplication.translate("ExportColumns", text) for _field, text in columns]


def write_customer_list(
    path: Path,
    records: Iterable[CustomerRecord],
    columns: Sequence[tuple[str, str]],
    header: Sequence[str],
    job: BackgroundJob,
    total: int | None,
    file_format: str = "excel",
) -> ExportResult:
    """Write `records` in `file_format` (run in the worker). A cancel or a failure half-way
    removes the unfinished file; a refusal (no right to export) comes before the file is
    touched."""
    fields = [field for field, _text in columns]
    dialled = phones_as_dialled(file_format)
    iterator = iter(records)
    # The services' exports are generators that check the right on the first step.
    first = list(islice(iterator, 1))

    def rows() -> Iterator[list[object]]:
        for n, record in enumerate(chain(first, iterator)):
            if job.cancelled():
                raise _Stopped
            if n % REPORT_EVERY == 0:
                job.report(n, total or 0)
            row: list[object] = [getattr(record, f) for f in fields]
            if dialled and "phone" in fields:
                at = fields.index("phone")
                row[at] = dialled_phone(str(row[at] or ""), record.country)
            yield row

    text = [i for i, f in enumerate(fields) if f in TEXT_FIELDS]
    try:
        written = write_spreadsheet(
            path, header, rows(), file_format=file_format, text_columns=text
        )
    except _Stopped:
        path.unlink(missing_ok=True)
        return ExportResult(path, 0, True, total)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()  # ends the service's read snapshot at once
    return ExportResult(path, written, False, total)


def export_work(
    path: Path,
    records: Callable[[], Iterable[CustomerRecord]],
    columns: Sequence[tuple[str, str]],
    total: int | None,
    file_format: str = "excel",
) -> Callable[[BackgroundJob], ExportResult]:
    """The job for a list of `total` customers (None: not counted beforehand); headings are
    translated here, in the GUI thread."""
    header = headings(columns)
    return lambda job: write_customer_list(
        path, records(), columns, header, job, total, file_format
    )


class CustomerExportWords(QObject):
    """The exports' words with a count (%n). A QObject of their own says them: through the tab's
    mixin, PySide's tr() takes the untranslated plural for the tab's own translation."""

    def selected(self, n: int) -> str:
        return self.tr("Export the %n selected customer(s) to a file for spreadsheets?", "", n)

    def matching(self, n: int) -> str:
        return self.tr(
            "Export the %n customer(s) matching the search to a file for spreadsheets?", "", n
        )

    def everyone(self, n: int) -> str:
        return self.tr(
            "Export all %n customer(s) of the register to a file for spreadsheets?", "", n
        )

    def written(self, n: int, path: Path) -> str:
        return self.tr("%n customer(s) were written to {path}.", "", n).format(path=str(path))

    def left_out(self, n: int) -> str:
        return self.tr("%n person(s) whose processing is restricted were left out.", "", n)


class MarketingListDialog(TitledDialog):
    """Choose the purpose a marketing list is for."""

    TITLE = QT_TRANSLATE_NOOP("MarketingListDialog", "Marketing list")
    INTRO = QT_TRANSLATE_NOOP(
        "MarketingListDialog",
        "A list (CSV or Excel workbook) of the people who may be contacted for one purpose "
        "today: a current consent for it, no objection to direct marketing and no restriction "
        "of processing.",
    )

    def __init__(self, purposes: Sequence[PurposeRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketing_list_dialog")
        # Marketing purposes first: those are what a mailing is usually for.
        self._purposes = sorted(purposes, key=lambda p: not p.direct_marketing)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.purpose_combo = QComboBox(objectName="marketing_purpose_combo")
        for p in self._purposes:
            self.purpose_combo.addItem("", p.code)
        self.purpose_label = QLabel()
        self.purpose_label.setBuddy(self.purpose_combo)
        form = QFormLayout()
        form.addRow(self.purpose_label, self.purpose_combo)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layouts.column(self, self.intro_label, form, self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.purpose_label.setText(self.tr("&Purpose:"))
        self.ok_button.setText(self.tr("Choose &file…"))
        language = ui_language()
        for i, p in enumerate(self._purposes):
            self.purpose_combo.setItemText(i, p.name(language))

    def purpose_code(self) -> str:
        return str(self.purpose_combo.currentData())

    def purpose_name(self) -> str:
        return self.purpose_combo.currentText()


class CustomerListExports:
    """The Customers tab's lists out (mixed into CustomersTab, whose search and selection they
    export): ask, choose the file, write it with progress and Cancel, say what was written."""

    _services: Services
    _actor: Actor
    _query: str
    _total: int
    job: BackgroundJob | None
    marketing_dialog: MarketingListDialog | None

    # The rows chosen in the tab's table: defined by the tab this is mixed into.
    selected_records: Callable[[], list[CustomerRecord]]

    def _save_target(self, title: str, stem: str) -> spreadsheet_files.SpreadsheetTarget | None:
        """The file and its form (CSV, CSV for Finnish Excel, workbook) from the save dialog."""
        return spreadsheet_files.ask_target(self, "customer_lists", title, stem)

    def export(self) -> None:
        """The selected rows if several are selected, otherwise the current search."""
        chosen = self.selected_records()
        words = CustomerExportWords()
        if len(chosen) > 1:
            question = words.selected(len(chosen))
        elif self._query.strip():
            question = words.matching(self._total)
        else:
            question = words.everyone(self._total)
        question += "\n\n" + self.tr(
            "People whose processing is restricted (GDPR Art. 18) are left out of every export. "
            "The file holds personal data: keep it safe and delete it when it is no longer needed."
        )
        title = self.tr("Export customers")
        if not feedback.ask(self, title, question, self.tr("Choose file…"), self.tr("Cancel")):
            return
        target = self._save_target(title, QCoreApplication.translate("FileNames", "customers"))
        if target is not None:
            ids = [c.id for c in chosen] if len(chosen) > 1 else None
            self.export_to(target.path, ids, target.file_format)

    def export_to(
        self, path: Path, ids: list[int] | None = None, file_format: str | None = None
    ) -> BackgroundJob:
        """Write the current search (or the customers `ids`) to `path` in a worker thread, in
        `file_format` (by default what the file's name says: .xlsx a workbook, else CSV)."""
        customers, actor, query = self._services.customers, self._actor, self._query
        chosen = list(ids or ())
        work = export_work(
            path,
            (lambda: customers.export_selected(actor, chosen))
            if ids is not None
            else (lambda: customers.export(actor, query)),
            CUSTOMER_COLUMNS,
            len(chosen) if ids is not None else self._total,
            spreadsheet_files.target_for(path, file_format).file_format,
        )
        return self._write(
            work, self.tr("Export customers"), self.tr("Writing the customers to the file…")
        )

    def marketing_list(self) -> None:
        try:
            purposes = self._services.consents.purposes(self._actor)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Marketing list"), error_text(exc))
            return
        dialog = MarketingListDialog(purposes, self)
        dialog.accepted.connect(lambda: self._marketing_chosen(dialog))
        self.marketing_dialog = dialog
        dialog.open()

    def _marketing_chosen(self, dialog: MarketingListDialog) -> None:
        target = self._save_target(self.tr("Marketing list"), dialog.purpose_code())
        if target is not None:
            self.marketing_list_to(target.path, dialog.purpose_code(), target.file_format)

    def marketing_list_to(
        self, path: Path, purpose_code: str, file_format: str | None = None
    ) -> BackgroundJob:
        customers, actor = self._services.customers, self._actor
        work = export_work(
            path,
            lambda: customers.marketing_list(actor, purpose_code),
            MARKETING_COLUMNS,
            None,
            spreadsheet_files.target_for(path, file_format).file_format,
        )
        return self._write(work, self.tr("Marketing list"), self.tr("Writing the marketing list…"))

    def _write(
        self, work: Callable[[BackgroundJob], ExportResult], title: str, label: str
    ) -> BackgroundJob:
        self.job = start_with_progress(
            self, title, label, work, lambda result: self._exported(result, title)
        )
        return self.job

    def _exported(self, result: ExportResult, title: str) -> None:
        if result.cancelled:
            feedback.show_info(
                self, title, self.tr("The export was cancelled; the unfinished file was removed.")
            )
            return
        words = CustomerExportWords()
        text = words.written(result.written, result.path)
        left_out = (result.expected or 0) - result.written
        if left_out > 0:
            text += "\n\n" + words.left_out(left_out)
        feedback.show_info(self, title, text)
