"""The rectification request's page: the customer's data corrected through the request, which
records which fields changed and when (never the old values), or the finding that the data were
already correct or that a requested change was not made, with its reasons per letter language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.actions import FieldChange
from l4d_desktop.core.requests.evidence import FindingRecord
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.pages.evidence_dialogs import (
    AlreadyCorrectDialog,
    DeclineChangeDialog,
    LetterTextDialog,
    term,
)
from l4d_desktop.ui.texts import field_label
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.layouts import column, row
from l4d_desktop.ui.widgets.record_table import Column, list_table


class RectifyDialog(CustomerDialog):
    """The customer dialog whose Save goes through the rectification, so that the request
    records which fields changed."""

    rectified = Signal(object)  # RectificationResult

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request_id: int,
        record: CustomerRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services.customers, actor, record, parent)
        self.setObjectName("rectify_dialog")
        self._services, self._actor = services, actor
        self._request_id = request_id

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rectify the customer's data"))

    def _save(self) -> None:
        form = self.form
        assert form.version is not None
        try:
            result = self._services.request_actions.rectify(
                self._actor, self._request_id, form.version, form.input()
            )
        except L4DError as exc:
            form.errors.show(exc)
            return
        form.errors.clear()
        self.rectified.emit(result)
        self.saved.emit(result.customer)
        self.accept()


FIELD_CHANGE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda c: field_label(c.field)),
    Column(QT_TRANSLATE_NOOP("Columns", "Changed at"), lambda c: format_datetime(c.changed_at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Changed by"), lambda c: c.changed_by),
]


class RectificationPage(RequestPage):
    object_name = "rectification_page"
    intro = QT_TRANSLATE_NOOP(
        "RectificationPage",
        "Correct the customer's data as the person asks. The request records which fields "
        "changed and when, not the old values.",
    )

    def build(self) -> None:
        self.changes: list[FieldChange] = []
        self.edit_button = QPushButton(objectName="rectify_button")
        self.edit_button.setVisible(self.can_act(Right.CUSTOMERS_EDIT))
        self.edit_button.clicked.connect(self.edit)
        self.findings: tuple[FindingRecord, ...] = ()
        self.correct_button = QPushButton(objectName="already_correct_button")
        self.decline_button = QPushButton(objectName="decline_change_button")
        self.text_button = QPushButton(objectName="rectification_text_button")
        for button in (self.correct_button, self.decline_button, self.text_button):
            button.setVisible(self.can_act())
        self.correct_button.clicked.connect(
            lambda: self.open_dialog(AlreadyCorrectDialog(self), self.reload_and_announce)
        )
        self.decline_button.clicked.connect(
            lambda: self.open_dialog(DeclineChangeDialog(self), self.reload_and_announce)
        )
        self.text_button.clicked.connect(self.write_text)
        self.findings_label = QLabel(objectName="findings_label")
        self.findings_label.setWordWrap(True)
        self.changes_heading = heading("field_changes_heading")
        self.model, self.table = list_table(self, FIELD_CHANGE_COLUMNS, "field_changes_table", 0)
        self.empty_label = hint_label("no_field_changes_label")
        column(
            self,
            self.intro_label,
            row(
                self.edit_button,
                self.correct_button,
                self.decline_button,
                self.text_button,
                stretch=1,
            ),
            self.findings_label,
            self.changes_heading,
            (self.table, 1),
            self.empty_label,
        )

    def retranslate(self) -> None:
        self.show_intro()
        self.edit_button.setText(self.tr("Ed&it the customer's data…"))
        self.changes_heading.setText(self.tr("Changed fields"))
        self.table.setAccessibleName(self.tr("Changed fields"))
        self.empty_label.setText(self.tr("No field has been changed from this request yet."))
        self.correct_button.setText(self.tr("&Already correct…"))
        self.decline_button.setText(self.tr("Change &not made…"))
        self.text_button.setText(self.tr("Reason in another lan&guage…"))
        self._show_findings()

    def reload(self) -> None:
        actions, actor, request_id = self.services.request_actions, self.actor, self.request_id
        changes = self.read(
            self.tr("Rectification"), lambda: actions.changed_fields(actor, request_id)
        )
        if changes is not None:
            self.changes = changes
            self.show_rows(self.model, self.empty_label, changes)
        findings = self.read(
            self.tr("Rectification"),
            lambda: self.services.request_evidence.findings(actor, request_id),
        )
        if findings is not None:
            self.findings = findings
            self._show_findings()

    def _show_findings(self) -> None:
        lines = []
        for f in self.findings:
            if f.kind == "already_correct":
                lines.append(self.tr("Recorded: the data were already correct."))
            else:
                lines.append(
                    self.tr("Recorded: a change not made ({ground}).").format(ground=term(f.ground))
                )
        self.findings_label.setText("\n".join(lines))
        self.text_button.setEnabled(bool(self.findings))

    def write_text(self) -> None:
        topics = [f.kind for f in self.findings]
        self.open_dialog(LetterTextDialog(self, topics), self.reload_and_announce)

    def edit(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        customers, actor, purpose = self.services.customers, self.actor, self.view_purpose()
        record = self.read(
            self.tr("Rectification"), lambda: customers.view(actor, customer_id, purpose)
        )
        if record is not None:
            dialog = RectifyDialog(self.services, self.actor, self.request_id, record, self)
            dialog.rectified.connect(self.reload_and_announce)
            self.dialog = dialog
            dialog.open()
