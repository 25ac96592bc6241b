"""A customer's identity, contact, company, source and notes as one form, saved through the
service with per-field errors and the edit-conflict question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.phone_grouping import grouped_phone
from l4d_desktop.core.customers.service import CustomerRecord, CustomerService
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.core.vocabulary import DataSource, Language
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.country_field import CountryField
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.texts import DATA_SOURCES, LANGUAGES, error_text, vocabulary
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row
from l4d_desktop.ui.widgets.retranslate import Retranslating


def _lines(edit: QPlainTextEdit, lines: int) -> None:
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)


class CustomerForm(Retranslating, QWidget):
    """Two columns: the person (left), company, source and notes (right).

    Its texts keep the "CustomerDialog" context they were first written in (lupdate reads the
    literal context), so the dialog's translations serve the customer window too.
    """

    def __init__(
        self, customers: CustomerService, actor: Actor, record: CustomerRecord | None = None
    ) -> None:
        super().__init__()  # the dialog or page that shows it takes it in
        self.setObjectName("customer_form")
        self._customers = customers
        self._actor = actor
        self.record = record
        self.version = record.version if record else None

        self.number_value = QLabel(objectName="customer_number_value")
        self.name_edit = QLineEdit(objectName="name_edit")
        self.email_edit = QLineEdit(objectName="email_edit")
        self.phone_edit = QLineEdit(objectName="phone_edit")
        self.street_edit = QPlainTextEdit(objectName="street_edit")
        _lines(self.street_edit, 2)
        self.postal_code_edit = QLineEdit(objectName="postal_code_edit")
        self.city_edit = QLineEdit(objectName="city_edit")
        self.country_edit = CountryField(object_name="country_edit")
        self.language_combo = QComboBox(objectName="language_combo")
        for language in Language:  # the core's list: a language added there is offered here
            self.language_combo.addItem("", language.value)
        self.company_edit = QLineEdit(objectName="company_edit")
        self.business_id_edit = QLineEdit(objectName="business_id_edit")
        self.source_combo = QComboBox(objectName="source_combo")
        for source in DataSource:
            self.source_combo.addItem("", source.value)
        self.source_name_edit = QLineEdit(objectName="source_name_edit")
        self.notes_edit = QPlainTextEdit(objectName="notes_edit")
        _lines(self.notes_edit, 4)
        self.notes_third_party_check = QCheckBox(objectName="notes_third_party_check")
        self.created_value = QLabel(objectName="created_value")
        self.updated_value = QLabel(objectName="updated_value")

        self.general_error = QLabel(objectName="customer_form_error")
        self.errors = FieldErrors(self.general_error)
        self._labels: dict[str, QLabel] = {}
        left = QFormLayout()
        self.number_label = QLabel()
        left.addRow(self.number_label, self.number_value)
        for field, widget in (
            ("name", self.name_edit),
            ("email", self.email_edit),
            ("phone", self.phone_edit),
            ("street", self.street_edit),
            ("postal_code", self.postal_code_edit),
            ("city", self.city_edit),
            ("country", self.country_edit),
            ("language", self.language_combo),
        ):
            self._labels[field] = add_field_row(left, self.errors, field, widget)
        right = QFormLayout()
        for field, widget in (
            ("company", self.company_edit),
            ("business_id", self.business_id_edit),
            ("source", self.source_combo),
            ("source_name", self.source_name_edit),
            ("notes", self.notes_edit),
        ):
            self._labels[field] = add_field_row(right, self.errors, field, widget)
        right.addRow(self.notes_third_party_check)  # the whole width: its text is long
        self.created_label = QLabel()
        self.updated_label = QLabel()
        right.addRow(self.created_label, self.created_value)
        right.addRow(self.updated_label, self.updated_value)
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for edit in (self.name_edit, self.email_edit, self.company_edit, self.source_name_edit):
            edit.setMinimumWidth(240)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)

        self.source_combo.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.fill(record)
        self.retranslate()

    def retranslate(self) -> None:
        self.number_label.setText(QCoreApplication.translate("CustomerDialog", "Customer number:"))
        texts = {
            "name": QCoreApplication.translate("CustomerDialog", "&Name:"),
            "email": QCoreApplication.translate("CustomerDialog", "&Email:"),
            "phone": QCoreApplication.translate("CustomerDialog", "&Phone:"),
            "street": QCoreApplication.translate("CustomerDialog", "&Street address:"),
            "postal_code": QCoreApplication.translate("CustomerDialog", "P&ostal code:"),
            "city": QCoreApplication.translate("CustomerDialog", "C&ity:"),
            "country": QCoreApplication.translate("CustomerDialog", "Co&untry:"),
            "language": QCoreApplication.translate("CustomerDialog", "&Letter language:"),
            "company": QCoreApplication.translate("CustomerDialog", "Co&mpany:"),
            "business_id": QCoreApplication.translate("CustomerDialog", "&Business ID (y-tunnus):"),
            "source": QCoreApplication.translate("CustomerDialog", "Sou&rce of the data:"),
            "source_name": QCoreApplication.translate("CustomerDialog", "N&ame of the source:"),
            "notes": QCoreApplication.translate("CustomerDialog", "&Free-text notes:"),
        }
        for field, text in texts.items():
            self._labels[field].setText(text)
        self.phone_edit.setPlaceholderText(
            QCoreApplication.translate("CustomerDialog", "e.g. 040 123 4567 or +46 …")
        )
        self.business_id_edit.setPlaceholderText(
            QCoreApplication.translate("CustomerDialog", "e.g. 2989855-5")
        )
        self.source_name_edit.setPlaceholderText(
            QCoreApplication.translate(
                "CustomerDialog", "Which registry or third party gave the data"
            )
        )
        self.notes_third_party_check.setText(
            QCoreApplication.translate(
                "CustomerDialog", "Ma&y contain data about other people — review before a letter"
            )
        )
        self.created_label.setText(QCoreApplication.translate("CustomerDialog", "Created:"))
        self.updated_label.setText(QCoreApplication.translate("CustomerDialog", "Last changed:"))
        if self.record is None:
            self.number_value.setText(
                QCoreApplication.translate("CustomerDialog", "(given when saved)")
            )
        for combo, table in ((self.language_combo, LANGUAGES), (self.source_combo, DATA_SOURCES)):
            for i in range(combo.count()):
                combo.setItemText(i, vocabulary(table, combo.itemData(i)))
        self._show_dates()

    # -- contents --------------------------------------------------------------------------------

    def fill(self, r: CustomerRecord | None) -> None:
        """Show `r` (or an empty new customer) and take it as the saved state."""
        self.record = r
        self.version = r.version if r else None
        self.number_value.setText(r.customer_number if r else "")
        self.name_edit.setText(r.name if r else "")
        self.email_edit.setText(r.email if r else "")
        # Shown as the person writes it; left as shown, the stored number is saved again as
        # it is, whatever the country field becomes (a national number reads differently there).
        self._shown_phone = grouped_phone(r.phone, r.country) if r else ""
        self.phone_edit.setText(self._shown_phone)
        self.street_edit.setPlainText(r.street if r else "")
        self.postal_code_edit.setText(r.postal_code if r else "")
        self.city_edit.setText(r.city if r else "")
        self.country_edit.setText(r.country if r else "FI")
        self.company_edit.setText(r.company if r else "")
        self.business_id_edit.setText(r.business_id if r else "")
        self.notes_edit.setPlainText(r.notes if r else "")
        self.notes_third_party_check.setChecked(r.notes_third_party if r else True)
        self.source_name_edit.setText(r.source_name if r else "")
        for combo, value in (
            (self.language_combo, r.language if r else "fi"),
            (self.source_combo, r.source if r else DataSource.CUSTOMER.value),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for widget in (
            self.created_label,
            self.created_value,
            self.updated_label,
            self.updated_value,
        ):
            widget.setVisible(r is not None)
        self._show_dates()
        self._source_changed()
        self._saved_input = self.input()

    def adopt(self, record: CustomerRecord, with_version: bool = True) -> None:
        """Take a change made beside the form (the restriction flag) without touching what is
        typed; `with_version=False` keeps the version the typing is based on."""
        self.record = record
        if with_version:
            self.version = record.version
        self._show_dates()

    def _show_dates(self) -> None:
        r = self.record
        self.created_value.setText(format_datetime(r.created_at) if r else "")
        self.updated_value.setText(format_datetime(r.updated_at) if r else "")

    def _source_changed(self) -> None:
        # A name is asked for only where the law wants the source named; a reader sees it as
        # the other read-only fields, not greyed out.
        self.source_name_edit.setEnabled(
            self.source_combo.currentData() != DataSource.CUSTOMER.value
            or self.name_edit.isReadOnly()
        )

    def input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self._phone(),
            street=self.street_edit.toPlainText(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            company=self.company_edit.text(),
            language=str(self.language_combo.currentData()),
            business_id=self.business_id_edit.text(),
            source=str(self.source_combo.currentData()),
            source_name=self.source_name_edit.text(),
            notes=self.notes_edit.toPlainText(),
            notes_third_party=self.notes_third_party_check.isChecked(),
        )

    def _phone(self) -> str:
        text = self.phone_edit.text()
        if self.record is not None and text == self._shown_phone:
            return self.record.phone
        return text

    def is_modified(self) -> bool:
        return self.input() != self._saved_input

    def set_read_only(self, read_only: bool) -> None:
        for edit in (
            self.name_edit,
            self.email_edit,
            self.phone_edit,
            self.postal_code_edit,
            self.city_edit,
            self.country_edit,
            self.company_edit,
            self.business_id_edit,
            self.source_name_edit,
        ):
            edit.setReadOnly(read_only)
        self.street_edit.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        for widget in (self.language_combo, self.source_combo, self.notes_third_party_check):
            widget.setEnabled(not read_only)
        self._source_changed()

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> CustomerRecord | None:
        """Create or update through the service; errors are shown beside their fields and
        None returned. Nothing typed is cleared either way."""
        data = self.input()
        try:
            if self.record is None:
                saved = self._customers.create(self._actor, data)
            else:
                assert self.version is not None
                saved = self._customers.update(self._actor, self.record.id, self.version, data)
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except L4DError as exc:
            self.errors.show(exc)
            return None
        self.errors.clear()
        return saved

    def _resolve_conflict(self, exc: ConflictError) -> CustomerRecord | None:
        """Someone saved this customer meanwhile. Nothing typed here is thrown away: the user
        either keeps editing, or saves their version over the newer one knowingly."""
        self.errors.show_message(error_text(exc))
        overwrite = feedback.ask(
            self,
            QCoreApplication.translate("CustomerDialog", "Changed by another user"),
            QCoreApplication.translate(
                "CustomerDialog",
                "Another user saved this customer after you opened it. Save your version over "
                "theirs, or keep editing (your typing stays in the form)?",
            ),
            QCoreApplication.translate("CustomerDialog", "Save my version"),
            QCoreApplication.translate("CustomerDialog", "Keep editing"),
        )
        if not overwrite or self.record is None:
            return None
        try:
            latest = self._customers.view(self._actor, self.record.id)
        except L4DError as err:
            self.errors.show(err)
            return None
        self.version = latest.version
        return self.save()
