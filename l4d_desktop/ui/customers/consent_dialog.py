"""Record a consent given or withdrawn: purpose, how, and when the person did it (default now)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDateTimeEdit

from l4d_desktop.core.customers.consents import ConsentEntry, PurposeRecord
from l4d_desktop.core.vocabulary import ConsentMethod
from l4d_desktop.ui.customers.record_page import CustomerRecordDialog, CustomerRecordsPage
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.texts import CONSENT_METHODS, vocabulary
from l4d_desktop.ui.widgets.date_edits import datetime_format, office_time_of, set_office_time

# Staff choose how the person told us; "import" and "objection" are written by the program.
STAFF_METHODS = tuple(
    m.value for m in ConsentMethod if m not in (ConsentMethod.IMPORT, ConsentMethod.OBJECTION)
)


class ConsentDialog(CustomerRecordDialog):
    """`given` chooses between recording a consent and recording its withdrawal; `saved`
    carries the ConsentEntry."""

    LABELS = {
        "purpose": QT_TRANSLATE_NOOP("ConsentDialog", "&Purpose:"),
        "method": QT_TRANSLATE_NOOP("ConsentDialog", "&How:"),
        "at": QT_TRANSLATE_NOOP("ConsentDialog", "&When (office time):"),
    }

    def __init__(
        self, page: CustomerRecordsPage, given: bool, purposes: Sequence[PurposeRecord]
    ) -> None:
        super().__init__("consent_dialog", page)
        self.given = given
        self._purposes = list(purposes)

        self.purpose_combo = QComboBox(objectName="purpose_combo")
        for p in self._purposes:
            self.purpose_combo.addItem("", p.code)
        self.method_combo = QComboBox(objectName="method_combo")
        for method in STAFF_METHODS:
            self.method_combo.addItem("", method)
        self.at_edit = QDateTimeEdit(objectName="at_edit")
        self.at_edit.setCalendarPopup(True)
        set_office_time(self.at_edit, self.services.clock())
        self.add_field("purpose", self.purpose_combo)
        self.add_field("method", self.method_combo)
        self.add_field("at", self.at_edit)
        self.finish_layout()
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self.given:
            self.setWindowTitle(self.tr("Record consent"))
            self.intro_label.setText(
                self.tr("Record that the person gave their consent to the purpose below.")
            )
        else:
            self.setWindowTitle(self.tr("Record withdrawal"))
            self.intro_label.setText(
                self.tr(
                    "Record that the person withdrew their consent. The processing based on it "
                    "stops from that moment."
                )
            )
        language = ui_language()
        for i, p in enumerate(self._purposes):
            self.purpose_combo.setItemText(i, p.name(language))
        for i in range(self.method_combo.count()):
            self.method_combo.setItemText(
                i, vocabulary(CONSENT_METHODS, self.method_combo.itemData(i))
            )
        self.at_edit.setDisplayFormat(datetime_format())

    def submit(self) -> ConsentEntry:
        return self.services.consents.record(
            self.actor,
            self.customer_id,
            str(self.purpose_combo.currentData()),
            self.given,
            str(self.method_combo.currentData()),
            office_time_of(self.at_edit),
        )
