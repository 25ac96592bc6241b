"""New / Edit customer: every field validated by the service, errors shown beside the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customer_fields import CustomerInput
from l4d_desktop.core.customers import CustomerRecord, CustomerService
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.ui import feedback
from l4d_desktop.ui.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.texts import LANGUAGES, error_text, vocabulary


class CustomerDialog(QDialog):
    saved = Signal(CustomerRecord)

    def __init__(
        self,
        customers: CustomerService,
        actor: Actor,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_dialog")
        self._customers = customers
        self._actor = actor
        self._record = record
        self._version = record.version if record else None

        self.name_edit = QLineEdit(objectName="name_edit")
        self.email_edit = QLineEdit(objectName="email_edit")
        self.phone_edit = QLineEdit(objectName="phone_edit")
        self.street_edit = QPlainTextEdit(objectName="street_edit")
        self.street_edit.setTabChangesFocus(True)
        self.street_edit.setFixedHeight(self.street_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.postal_code_edit = QLineEdit(objectName="postal_code_edit")
        self.city_edit = QLineEdit(objectName="city_edit")
        self.country_edit = QLineEdit(objectName="country_edit")
        self.country_edit.setMaxLength(2)
        self.company_edit = QLineEdit(objectName="company_edit")
        self.language_combo = QComboBox(objectName="language_combo")
        for code in LANGUAGES:
            self.language_combo.addItem("", code)
        self.number_value = QLabel(record.customer_number if record else "")

        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        self.number_label = QLabel()
        form.addRow(self.number_label, self.number_value)
        for field, widget in (
            ("name", self.name_edit),
            ("email", self.email_edit),
            ("phone", self.phone_edit),
            ("street", self.street_edit),
            ("postal_code", self.postal_code_edit),
            ("city", self.city_edit),
            ("country", self.country_edit),
            ("company", self.company_edit),
            ("language", self.language_combo),
        ):
            self._labels[field] = add_field_row(form, self.errors, field, widget)

        self.buttons = lay_out_form_dialog(self, form, self.general_error, self._save)
        self._fill(record)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit customer") if self._record else self.tr("New customer"))
        self.number_label.setText(self.tr("Customer number:"))
        if not self._record:
            self.number_value.setText(self.tr("(given when saved)"))
        texts = {
            "name": self.tr("&Name:"),
            "email": self.tr("&Email:"),
            "phone": self.tr("&Phone:"),
            "street": self.tr("&Street address:"),
            "postal_code": self.tr("P&ostal code:"),
            "city": self.tr("C&ity:"),
            "country": self.tr("Co&untry (FI, SE, …):"),
            "company": self.tr("Co&mpany:"),
            "language": self.tr("&Letter language:"),
        }
        for field, text in texts.items():
            self._labels[field].setText(text)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 040 123 4567 or +46 …"))
        for i in range(self.language_combo.count()):
            self.language_combo.setItemText(
                i, vocabulary(LANGUAGES, self.language_combo.itemData(i))
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, r: CustomerRecord | None) -> None:
        self.name_edit.setText(r.name if r else "")
        self.email_edit.setText(r.email if r else "")
        self.phone_edit.setText(r.phone if r else "")
        self.street_edit.setPlainText(r.street if r else "")
        self.postal_code_edit.setText(r.postal_code if r else "")
        self.city_edit.setText(r.city if r else "")
        self.country_edit.setText(r.country if r else "FI")
        self.company_edit.setText(r.company if r else "")
        index = self.language_combo.findData(r.language if r else "fi")
        self.language_combo.setCurrentIndex(max(0, index))

    def input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            street=self.street_edit.toPlainText(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            company=self.company_edit.text(),
            language=str(self.language_combo.currentData()),
        )

    def _save(self) -> None:
        data = self.input()
        try:
            if self._record is None:
                record = self._customers.create(self._actor, data)
            else:
                assert self._version is not None
                record = self._customers.update(self._actor, self._record.id, self._version, data)
        except ConflictError as exc:
            self._resolve_conflict(exc)
            return
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(record)
        self.accept()

    def _resolve_conflict(self, exc: ConflictError) -> None:
        """Someone saved this customer meanwhile. Nothing typed here is thrown away: the user
        either keeps editing, or saves their version over the newer one knowingly."""
        self.errors.show_message(error_text(exc))
        overwrite = feedback.ask(
            self,
            self.tr("Changed by another user"),
            self.tr(
                "Another user saved this customer after you opened it. Save your version over "
                "theirs, or keep editing (your typing stays in the form)?"
            ),
            self.tr("Save my version"),
            self.tr("Keep editing"),
        )
        if not overwrite or self._record is None:
            return
        try:
            latest = self._customers.view(self._actor, self._record.id)
        except L4DError as err:
            self.errors.show(err)
            return
        self._version = latest.version
        self._save()
