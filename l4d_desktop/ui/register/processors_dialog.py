"""The recipients register of the pääkäyttäjä: processors (name, role, country, contact, and
outside the EEA the transfer mechanism) that the Art. 19 checklist, the access letter and the
privacy notice name; added, edited and deactivated here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

from l4d_desktop.core.changes import Change
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.register.processors import ProcessorInput, ProcessorRecord
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.country_field import CountryField
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.texts.countries import country_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.following_dialog import FollowingDialog
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_dialog import RecordDialog
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
    selected_record,
)


def _state(p: ProcessorRecord) -> str:
    if p.active:
        return QCoreApplication.translate("ProcessorsDialog", "active")
    return QCoreApplication.translate("ProcessorsDialog", "no longer a recipient")


def _country(p: ProcessorRecord) -> str:
    if p.in_eea:
        return country_text(p.country)
    return QCoreApplication.translate("ProcessorsDialog", "{country} (outside the EEA)").format(
        country=country_text(p.country)
    )


def _transfer(p: ProcessorRecord) -> str:
    """The mechanism in short, as the edit dialog offers it; nothing inside the EEA."""
    if not p.transfer:
        return ""
    return QCoreApplication.translate("ProcessorEditDialog", TRANSFER_NAMES[p.transfer])


# The mechanisms in the order offered; "" is "none" (a processor inside the EEA).
TRANSFER_NAMES = {
    "": QT_TRANSLATE_NOOP("ProcessorEditDialog", "none (inside the EEA)"),
    "adequacy": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Adequacy decision (Art. 45)"),
    "dpf": QT_TRANSLATE_NOOP("ProcessorEditDialog", "EU–US Data Privacy Framework (Art. 45)"),
    "scc": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Standard contractual clauses (Art. 46)"),
    "bcr": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Binding corporate rules (Art. 47)"),
    "derogation": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Derogation (Art. 49)"),
}


PROCESSOR_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda p: p.role),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), _country),
    Column(QT_TRANSLATE_NOOP("Columns", "Transfer"), _transfer),
    Column(QT_TRANSLATE_NOOP("Columns", "Contact"), lambda p: p.contact),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), _state),
]


class ProcessorEditDialog(RecordDialog):
    """Add a processor, or edit one (`record`), from the recipients register (`owner`, its
    parent); `saved` carries the ProcessorRecord."""

    LABELS = {
        "name": QT_TRANSLATE_NOOP("ProcessorEditDialog", "&Name:"),
        "role": QT_TRANSLATE_NOOP("ProcessorEditDialog", "&Role in Finnish:"),
        "role_en": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Role in &English:"),
        "role_sv": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Role in S&wedish:"),
        "country": QT_TRANSLATE_NOOP("ProcessorEditDialog", "C&ountry:"),
        "contact": QT_TRANSLATE_NOOP("ProcessorEditDialog", "&Contact:"),
        "transfer": QT_TRANSLATE_NOOP("ProcessorEditDialog", "&Transfer outside the EEA:"),
        "transfer_detail": QT_TRANSLATE_NOOP("ProcessorEditDialog", "Transfer &particulars:"),
    }
    TRANSFERS = TRANSFER_NAMES

    def __init__(self, owner: FollowingDialog, record: ProcessorRecord | None = None) -> None:
        super().__init__("processor_edit_dialog", owner)
        self._services = owner.services
        self._actor = owner.actor
        self._record = record
        self.name_edit = QLineEdit(objectName="processor_name_edit")
        self.role_edit = QLineEdit(objectName="processor_role_edit")
        self.role_en_edit = QLineEdit(objectName="processor_role_en_edit")
        self.role_sv_edit = QLineEdit(objectName="processor_role_sv_edit")
        self.country_edit = CountryField(object_name="processor_country_edit")
        self.contact_edit = QLineEdit(objectName="processor_contact_edit")
        self.transfer_combo = QComboBox(objectName="processor_transfer_combo")
        for code in self.TRANSFERS:
            self.transfer_combo.addItem("", code)
        self.transfer_detail_edit = QLineEdit(objectName="processor_transfer_detail_edit")
        if record is not None:
            self.name_edit.setText(record.name)
            self.role_edit.setText(record.role)
            self.role_en_edit.setText(record.role_en)
            self.role_sv_edit.setText(record.role_sv)
            self.country_edit.setText(record.country)
            self.contact_edit.setText(record.contact)
            self.transfer_combo.setCurrentIndex(
                max(0, self.transfer_combo.findData(record.transfer))
            )
            self.transfer_detail_edit.setText(record.transfer_detail)
        else:
            self.country_edit.setText("FI")
        self.add_field("name", self.name_edit)
        self.add_field("role", self.role_edit)
        self.add_field("role_en", self.role_en_edit)
        self.add_field("role_sv", self.role_sv_edit)
        self.add_field("country", self.country_edit)
        self.add_field("contact", self.contact_edit)
        self.add_field("transfer", self.transfer_combo)
        self.add_field("transfer_detail", self.transfer_detail_edit)
        self.finish_layout(intro=False)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            self.tr("Edit recipient") if self._record is not None else self.tr("New recipient")
        )
        self.role_edit.setPlaceholderText(self.tr("e.g. email delivery"))
        self.role_en_edit.setPlaceholderText(self.tr("what English letters say it does"))
        self.role_sv_edit.setPlaceholderText(self.tr("what Swedish letters say it does"))
        self.contact_edit.setPlaceholderText(self.tr("where a notice is sent"))
        for index, text in enumerate(self.TRANSFERS.values()):
            self.transfer_combo.setItemText(index, self.tr(text))
        self.transfer_detail_edit.setPlaceholderText(
            self.tr("the clauses' module, or which Art. 49 derogation")
        )

    def data(self) -> ProcessorInput:
        return ProcessorInput(
            name=self.name_edit.text(),
            role=self.role_edit.text(),
            role_en=self.role_en_edit.text(),
            role_sv=self.role_sv_edit.text(),
            country=self.country_edit.text(),
            contact=self.contact_edit.text(),
            transfer=str(self.transfer_combo.currentData() or ""),
            transfer_detail=self.transfer_detail_edit.text(),
        )

    def submit(self) -> ProcessorRecord:
        if self._record is None:
            return self._services.processors.add(self._actor, self.data())
        return self._services.processors.update(
            self._actor, self._record.id, self._record.version, self.data()
        )


class ProcessorsDialog(FollowingDialog):
    """Follows changes to the recipients saved elsewhere (`changes`, the change bus)."""

    FOLLOWS = frozenset({Change.REGISTER})
    TITLE = QT_TRANSLATE_NOOP("ProcessorsDialog", "Recipients register")
    INTRO = QT_TRANSLATE_NOOP(
        "ProcessorsDialog",
        "Processors that receive the register's data on the company's behalf. Each active one "
        "is on the Art. 19 checklist of rectification, erasure and restriction requests, and is "
        "named in access responses.",
    )

    def build(self) -> None:
        self.setObjectName("processors_dialog")
        self.records: list[ProcessorRecord] = []
        self.dialog: ProcessorEditDialog | None = None
        can = self.actor.can(Right.USERS_ADMIN)

        self.intro_label = hint_label("processors_intro_label")
        self.inactive_check = QCheckBox(objectName="show_inactive_check")
        self.inactive_check.toggled.connect(self.reload)
        self.model = RecordTableModel(PROCESSOR_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "processors_table", 1, wrap=False)
        self.add_button = QPushButton(objectName="add_processor_button")
        self.edit_button = QPushButton(objectName="edit_processor_button")
        self.active_button = QPushButton(objectName="deactivate_processor_button")
        for button in (self.add_button, self.edit_button, self.active_button):
            button.setVisible(can)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        buttons = layouts.row(
            self.add_button,
            self.edit_button,
            self.active_button,
            layouts.STRETCH,
            self.close_buttons,
        )
        layouts.column(self, self.intro_label, self.inactive_check, (self.table, 1), buttons)
        for col, width in enumerate((180, 190, 220, 220, 200, 120)):  # a country in words
            self.table.setColumnWidth(col, width)
        self.resize(1180, 460)

    def retranslate(self) -> None:
        super().retranslate()
        self.inactive_check.setText(self.tr("Show &former recipients"))
        self.table.setAccessibleName(self.tr("Recipients"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._selection_changed()

    def reload(self) -> None:
        try:
            self.records = self.services.processors.list_processors(
                self.actor, include_inactive=self.inactive_check.isChecked()
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Recipients register"), error_text(exc))
            return
        self.model.set_fetcher(list_fetcher(self.records))
        self._selection_changed()

    def follow_changes(self) -> None:
        shown = self.selected()
        self.reload()
        if shown is not None:
            self.select(shown.id)

    def selected(self) -> ProcessorRecord | None:
        record: ProcessorRecord | None = selected_record(self.table)
        return record

    def select(self, processor_id: int) -> None:
        for row, record in enumerate(self.records):
            if record.id == processor_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        p = self.selected()
        self.edit_button.setEnabled(p is not None)
        self.active_button.setEnabled(p is not None)
        if p is not None and not p.active:
            self.active_button.setText(self.tr("&Reactivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        p = self.selected()
        if p is not None:
            self._open(p)

    def _open(self, record: ProcessorRecord | None) -> None:
        self.dialog = ProcessorEditDialog(self, record)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, record: ProcessorRecord) -> None:
        self.reload()
        self.select(record.id)

    def toggle_active(self) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            if p.active:
                if not feedback.ask(
                    self,
                    self.tr("Deactivate recipient"),
                    self.tr(
                        "{name} is no longer a recipient? It is left off new checklists; "
                        "lines already marked stay."
                    ).format(name=p.name),
                    self.tr("&Deactivate"),
                    self.tr("&Cancel"),
                ):
                    return
                saved = self.services.processors.deactivate(self.actor, p.id, p.version)
            else:
                saved = self.services.processors.reactivate(self.actor, p.id, p.version)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Recipients register"), error_text(exc))
            return
        if not saved.active and not self.inactive_check.isChecked():
            self.inactive_check.setChecked(True)  # reloads
        else:
            self.reload()
        self.select(saved.id)
