"""Customer lists out of the program: the current search or selection, and marketing lists.

The services decide who may export and leave restricted people out; this module writes their
records as spreadsheet-safe CSV (core.csv_export) in a worker thread, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.customers.consents import PurposeRecord
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.widgets.retranslate import Retranslating

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

REPORT_EVERY = 200


@dataclass(frozen=True)
class ExportResult:
    path: Path
    written: int
    cancelled: bool


class _Stopped(Exception):
    pass


def headings(columns: Sequence[tuple[str, str]]) -> list[str]:
    return [QCoreApplication.translate("ExportColumns", text) for _field, text in columns]


def write_customer_csv(
    path: Path,
    records: Iterable[CustomerRecord],
    columns: Sequence[tuple[str, str]],
    header: Sequence[str],
    job: BackgroundJob,
    total: int,
) -> ExportResult:
    """Write `records` (run in the worker). A cancel or a failure half-way removes the
    unfinished file; a refusal (no right to export) comes before the file is touched."""
    fields = [field for field, _text in columns]
    iterator = iter(records)
    # The services' exports are generators that check the right on the first step.
    first = list(islice(iterator, 1))

    def rows() -> Iterator[list[object]]:
        for n, record in enumerate(chain(first, iterator)):
            if job.cancelled():
                raise _Stopped
            if n % REPORT_EVERY == 0:
                job.report(n, total)
            yield [getattr(record, f) for f in fields]

    try:
        written = write_csv_file(path, header, rows())
    except _Stopped:
        path.unlink(missing_ok=True)
        return ExportResult(path, 0, True)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()  # ends the service's read snapshot at once
    return ExportResult(path, written, False)


def export_work(
    path: Path,
    records: Callable[[], Iterable[CustomerRecord]],
    columns: Sequence[tuple[str, str]],
    total: int,
) -> Callable[[BackgroundJob], ExportResult]:
    """The job for a list; headings are translated here, in the GUI thread."""
    header = headings(columns)
    return lambda job: write_customer_csv(path, records(), columns, header, job, total)


class MarketingListDialog(Retranslating, QDialog):
    """Choose the purpose a marketing list is for."""

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
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Marketing list"))
        self.intro_label.setText(
            self.tr(
                "A CSV file of the people who may be contacted for one purpose today: a "
                "current consent for it, no objection to direct marketing and no restriction "
                "of processing."
            )
        )
        self.purpose_label.setText(self.tr("&Purpose:"))
        self.ok_button.setText(self.tr("Choose &file…"))
        language = ui_language()
        for i, p in enumerate(self._purposes):
            self.purpose_combo.setItemText(i, p.name(language))

    def purpose_code(self) -> str:
        return str(self.purpose_combo.currentData())

    def purpose_name(self) -> str:
        return self.purpose_combo.currentText()
