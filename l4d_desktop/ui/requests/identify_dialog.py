"""The identity check of a request: how the requester was matched to the data already held,
and to which customer (suggested from what the requester gave, or searched for)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.records import RequestRecord
from l4d_desktop.core.vocabulary import IdentityMethod
from l4d_desktop.ui.requests.dialog_parts import (
    customer_choice_text,
    suggested_customers,
    text_edit,
)
from l4d_desktop.ui.requests.workflow_dialogs import WorkflowDialog
from l4d_desktop.ui.texts import IDENTITY_METHODS, vocabulary
from l4d_desktop.ui.widgets.labels import hint_label

_DEFAULT_METHOD = {
    "email": IdentityMethod.EMAIL_ON_FILE.value,
    "phone": IdentityMethod.PHONE_ON_FILE.value,
}


class IdentifyDialog(WorkflowDialog):
    """How the requester was matched to the data already held, and to which customer."""

    object_name = "identify_dialog"
    TITLE = QT_TRANSLATE_NOOP("IdentifyDialog", "Identity check – request {id}")
    INTRO = QT_TRANSLATE_NOOP(
        "IdentifyDialog",
        "Record how the requester was matched to the data already held. Ask for more "
        "only when there is reasonable doubt, and no more than needed; an ID document "
        "is seen, never copied or stored.",
    )
    LABELS = {
        "customer": QT_TRANSLATE_NOOP("IdentifyDialog", "C&ustomer:"),
        "method": QT_TRANSLATE_NOOP("IdentifyDialog", "&Matched by:"),
        "note": QT_TRANSLATE_NOOP("IdentifyDialog", "N&ote:"),
    }

    def build(self) -> None:
        r = self.record
        self.customer_search_edit = QLineEdit(objectName="identify_search_edit")
        self.customer_search_edit.setClearButtonEnabled(True)
        self.customer_combo = QComboBox(objectName="identify_customer_combo")
        self.customer_combo.addItem("", None)
        self.method_combo = QComboBox(objectName="method_combo")
        for method in IdentityMethod:
            self.method_combo.addItem("", method.value)
        default = _DEFAULT_METHOD.get(r.channel, IdentityMethod.CUSTOMER_NUMBER.value)
        self.method_combo.setCurrentIndex(self.method_combo.findData(default))
        self.note_edit = text_edit("note_edit", 3)
        self.find_label = QLabel()
        self.find_label.setBuddy(self.customer_search_edit)
        self.form.addRow(self.find_label, self.customer_search_edit)
        self.add_field("customer", self.customer_combo)
        self.add_field("method", self.method_combo)
        self.add_field("note", self.note_edit)
        self.hint = hint_label("identify_hint")
        self.form.addRow("", self.hint)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._suggest)
        self.customer_search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.method_combo.currentIndexChanged.connect(lambda _i: self._show_hint())
        self._suggest()

    def retranslate(self) -> None:
        super().retranslate()
        self.find_label.setText(self.tr("&Find customer:"))
        self.customer_search_edit.setPlaceholderText(
            self.tr("Name, email, phone or customer number")
        )
        self.customer_combo.setItemText(0, self._keep_text())
        for i in range(self.method_combo.count()):
            self.method_combo.setItemText(
                i, vocabulary(IDENTITY_METHODS, self.method_combo.itemData(i))
            )
        self.customer_combo.setAccessibleName(self.tr("Customer"))
        self._show_hint()

    def _keep_text(self) -> str:
        r = self.record
        if r.customer_id is None:
            return self.tr("(choose the customer)")
        return self.tr("{name} (linked at intake)").format(name=r.customer_name)

    def _show_hint(self) -> None:
        if self.method_combo.currentData() == IdentityMethod.OTHER.value:
            self.hint.setText(self.tr("Describe in the note how the requester was matched."))
        elif self.method_combo.currentData() == IdentityMethod.ID_DOCUMENT_SEEN.value:
            self.hint.setText(self.tr("Recorded as seen, not stored: do not keep a copy."))
        else:
            self.hint.setText("")

    def _suggest(self) -> None:
        text = self.customer_search_edit.text().strip()
        queries = [text] if text else []
        if not queries and self.record.customer_id is None:
            queries = [self.request.requester_contact, self.request.requester_name]
        current = self.customer_combo.currentData()
        try:
            found = suggested_customers(self._requests, self._actor, queries)
        except L4DError as exc:
            self.errors.show(exc)
            return
        while self.customer_combo.count() > 1:
            self.customer_combo.removeItem(1)
        for c in found:
            if c.id != self.record.customer_id:
                self.customer_combo.addItem(customer_choice_text(c), c.id)
        index = self.customer_combo.findData(current) if current is not None else 0
        if text and index <= 0 and self.customer_combo.count() > 1:
            index = 1
        self.customer_combo.setCurrentIndex(max(0, index))

    def submit(self) -> RequestRecord:
        return self._requests.identify(
            self._actor,
            self.record.id,
            self.customer_combo.currentData(),
            str(self.method_combo.currentData()),
            self.note_edit.toPlainText(),
            version=self.version,
        )
