"""The pages of a request window that carry out what the request asks, one set per type.

`build_action_pages` is what the request window calls: (tab title, page) pairs, each page with a
`changed` signal it emits after it changed something (the window then reloads and rebuilds them).
Every page is read-only for a user without the right; the services enforce the rights as well.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.consents import ConsentState
from l4d_desktop.core.customers.objections import ObjectionRecord
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.actions import ErasureOffer, FieldChange
from l4d_desktop.core.requests.service import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import ObjectionOutcome, ObjectionPurpose, RequestType, Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.formats import format_date, format_datetime, ui_language
from l4d_desktop.ui.requests.pages.erasure import ErasurePage
from l4d_desktop.ui.requests.pages.recipients import RecipientsPage
from l4d_desktop.ui.requests.pages.subject_data import SubjectDataPage
from l4d_desktop.ui.texts import OBJECTION_PURPOSES, error_text, field_label, vocabulary
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestActionPages", text)


def _one_line(text: str) -> str:
    return " / ".join(line for line in text.splitlines() if line.strip())


def _purpose(request: RequestDetail) -> str:
    """The purpose code a view of the customer is audited with from this request."""
    return f"request:{request.record.id}"


def _can_act(actor: Actor, request: RequestDetail, *rights: Right) -> bool:
    """Whether the actor may change things from this request (the buttons are shown)."""
    return (
        request.record.is_open
        and request.record.customer_id is not None
        and actor.can(Right.REQUESTS_HANDLE)
        and all(actor.can(r) for r in rights)
    )


class NoticePage(QWidget):
    """A page that only says something (e.g. the person is not identified yet)."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_notice_page")
        self.label = hint_label("action_notice_label")
        self.label.setText(text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)


# -- rectification ------------------------------------------------------------------------------


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
        self._services = services
        self._actor = actor
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


class RectificationPage(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rectification_page")
        self._services = services
        self._actor = actor
        self._request = request
        self.changes: list[FieldChange] = []
        self.dialog: RectifyDialog | None = None

        self.intro_label = hint_label("rectification_intro_label")
        self.edit_button = QPushButton(objectName="rectify_button")
        self.edit_button.setVisible(_can_act(actor, request, Right.CUSTOMERS_EDIT))
        self.edit_button.clicked.connect(self.edit)
        self.changes_heading = heading("field_changes_heading")
        self.model = RecordTableModel(FIELD_CHANGE_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "field_changes_table", 0, wrap=False)
        self.empty_label = hint_label("no_field_changes_label")

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(buttons)
        layout.addWidget(self.changes_heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Correct the customer's data as the person asks. The request records which "
                "fields changed and when, not the old values."
            )
        )
        self.edit_button.setText(self.tr("&Edit the customer's data…"))
        self.changes_heading.setText(self.tr("Changed fields"))
        self.table.setAccessibleName(self.tr("Changed fields"))
        self.empty_label.setText(self.tr("No field has been changed from this request yet."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.changes = self._services.request_actions.changed_fields(
                self._actor, self._request.record.id
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Rectification"), error_text(exc))
            return
        self.model.set_fetcher(list_fetcher(self.changes))
        self.empty_label.setVisible(not self.changes)

    def edit(self) -> None:
        customer_id = self._request.record.customer_id
        if customer_id is None:
            return
        try:
            record = self._services.customers.view(
                self._actor, customer_id, _purpose(self._request)
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Rectification"), error_text(exc))
            return
        self.dialog = RectifyDialog(
            self._services, self._actor, self._request.record.id, record, self
        )
        self.dialog.rectified.connect(self._rectified)
        self.dialog.open()

    def _rectified(self, _result: object) -> None:
        self.reload()
        self.changed.emit()


# -- restriction --------------------------------------------------------------------------------


class LiftRestrictionDialog(QDialog):
    """Lifting a restriction needs the day the person was told of it (Art. 18(3))."""

    saved = Signal(object)  # CustomerRecord

    def __init__(
        self,
        services: Services,
        actor: Actor,
        record: CustomerRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lift_restriction_dialog")
        self._services = services
        self._actor = actor
        self._record = record
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.told_edit = make_date_edit("person_told_on_edit", office_today(services.clock()))
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.told_label = add_field_row(form, self.errors, "person_told_on", self.told_edit)
        self.buttons = lay_out_form_dialog(
            self, form, self.general_error, self._save, self.intro_label
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lift the restriction"))
        self.intro_label.setText(
            self.tr(
                "The person must be told before the restriction is lifted (GDPR Art. 18(3)). "
                "Record the day they were told."
            )
        )
        self.told_label.setText(self.tr("Person &told on:"))
        self.told_edit.setDisplayFormat(date_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            record = self._services.customers.lift_restriction(
                self._actor, self._record.id, self._record.version, date_of(self.told_edit)
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(record)
        self.accept()


class RestrictionPage(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restriction_page")
        self._services = services
        self._actor = actor
        self._request = request
        self.record: CustomerRecord | None = None
        self.dialog: LiftRestrictionDialog | None = None
        self._can = _can_act(actor, request, Right.CUSTOMERS_EDIT)

        self.intro_label = hint_label("restriction_intro_label")
        self.state_label = QLabel(objectName="restriction_state_label")
        self.state_label.setWordWrap(True)
        self.set_button = QPushButton(objectName="set_restriction_button")
        self.lift_button = QPushButton(objectName="lift_restriction_button")
        self.set_button.clicked.connect(self.restrict)
        self.lift_button.clicked.connect(self.lift)

        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.lift_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "A restriction (GDPR Art. 18) keeps the data stored, but every export and "
                "marketing list leaves the person out until it is lifted."
            )
        )
        self.set_button.setText(self.tr("&Set the restriction"))
        self.lift_button.setText(self.tr("&Lift the restriction…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        customer_id = self._request.record.customer_id
        if customer_id is None:
            return
        try:
            self.record = self._services.customers.view(
                self._actor, customer_id, _purpose(self._request)
            )
        except L4DError as exc:
            self.state_label.setText(error_text(exc))
            self.record = None
        self._show()

    def _show(self) -> None:
        r = self.record
        restricted = r is not None and r.restricted
        self.set_button.setVisible(self._can and r is not None and not restricted)
        self.lift_button.setVisible(self._can and restricted)
        if r is None:
            return
        if restricted:
            since = format_datetime(r.restricted_at)
            self.state_label.setText(
                self.tr("Processing is restricted since {since}.").format(since=since)
            )
        else:
            self.state_label.setText(self.tr("Processing is not restricted."))

    def restrict(self) -> None:
        if self.record is None:
            return
        try:
            self.record = self._services.request_actions.restrict(
                self._actor, self._request.record.id, self.record.version
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Restriction"), error_text(exc))
            self.reload()
            return
        self._show()
        self.changed.emit()

    def lift(self) -> None:
        if self.record is None:
            return
        self.dialog = LiftRestrictionDialog(self._services, self._actor, self.record, self)
        self.dialog.saved.connect(self._lifted)
        self.dialog.open()

    def _lifted(self, record: CustomerRecord) -> None:
        self.record = record
        self._show()
        self.changed.emit()


# -- objection ----------------------------------------------------------------------------------

OUTCOMES: dict[str, str] = {
    ObjectionOutcome.STOPPED: QT_TRANSLATE_NOOP("RequestActionPages", "stopped at once"),
    ObjectionOutcome.UPHELD: QT_TRANSLATE_NOOP("RequestActionPages", "upheld: processing stops"),
    ObjectionOutcome.COMPELLING_GROUNDS: QT_TRANSLATE_NOOP(
        "RequestActionPages", "compelling legitimate grounds: processing goes on"
    ),
}


def outcome_text(o: ObjectionRecord) -> str:
    if o.outcome is None:
        return QCoreApplication.translate("RequestActionPages", "awaiting decision")
    return _tr(OUTCOMES[o.outcome]) if o.outcome in OUTCOMES else o.outcome


OBJECTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda o: format_date(o.received_on)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Objects to"),
        lambda o: vocabulary(OBJECTION_PURPOSES, o.purpose),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), outcome_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Reasons"), lambda o: _one_line(o.outcome_reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Decided by"), lambda o: o.decided_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Decided at"), lambda o: format_datetime(o.decided_at)),
]


class RequestObjectionDialog(QDialog):
    """The objection the request makes, per purpose; received when the request was."""

    saved = Signal(object)  # core.objections.ObjectionOutcome

    def __init__(
        self, services: Services, actor: Actor, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("request_objection_dialog")
        self._services = services
        self._actor = actor
        self._request_id = request_id
        self.intro_label = QLabel(objectName="objection_intro_label")
        self.intro_label.setWordWrap(True)
        self.purpose_combo = QComboBox(objectName="objection_purpose_combo")
        for purpose in ObjectionPurpose:
            self.purpose_combo.addItem("", purpose.value)
        self.reason_edit = QPlainTextEdit(objectName="reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.purpose_label = add_field_row(form, self.errors, "purpose", self.purpose_combo)
        self.reason_label = add_field_row(form, self.errors, "reason", self.reason_edit)
        self.buttons = lay_out_form_dialog(
            self, form, self.general_error, self._save, self.intro_label
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the objection"))
        self.intro_label.setText(
            self.tr(
                "An objection to direct marketing, ad targeting included, stops it at once "
                "with no balancing: every marketing consent ends now and the email address and "
                "phone number go on the suppression list. For any other purpose the objection "
                "is recorded and then decided: upheld, or compelling legitimate grounds with "
                "reasons."
            )
        )
        self.purpose_label.setText(self.tr("&Objects to:"))
        self.reason_label.setText(self.tr("The person's &reason:"))
        for i in range(self.purpose_combo.count()):
            self.purpose_combo.setItemText(
                i, vocabulary(OBJECTION_PURPOSES, self.purpose_combo.itemData(i))
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            outcome = self._services.request_actions.record_objection(
                self._actor,
                self._request_id,
                str(self.purpose_combo.currentData()),
                self.reason_edit.toPlainText(),
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(outcome)
        self.accept()


class DecideObjectionDialog(QDialog):
    """Upheld (the processing stops) or compelling legitimate grounds (reasons required)."""

    saved = Signal(object)  # ObjectionDecision

    def __init__(
        self,
        services: Services,
        actor: Actor,
        objection: ObjectionRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decide_objection_dialog")
        self._services = services
        self._actor = actor
        self._objection = objection
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.outcome_combo = QComboBox(objectName="objection_outcome_combo")
        for outcome in (ObjectionOutcome.UPHELD, ObjectionOutcome.COMPELLING_GROUNDS):
            self.outcome_combo.addItem("", outcome.value)
        self.reason_edit = QPlainTextEdit(objectName="decision_reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.outcome_label = add_field_row(form, self.errors, "outcome", self.outcome_combo)
        self.reason_label = add_field_row(form, self.errors, "reason", self.reason_edit)
        self.buttons = lay_out_form_dialog(
            self, form, self.general_error, self._save, self.intro_label
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decide the objection"))
        self.intro_label.setText(
            self.tr(
                "Objection to: {purpose}. Uphold it, and the processing stops; or record the "
                "compelling legitimate grounds that override the person's interests, with "
                "reasons (GDPR Art. 21(1))."
            ).format(purpose=vocabulary(OBJECTION_PURPOSES, self._objection.purpose))
        )
        self.outcome_label.setText(self.tr("&Decision:"))
        self.reason_label.setText(self.tr("&Reasons:"))
        for i in range(self.outcome_combo.count()):
            code = self.outcome_combo.itemData(i)
            self.outcome_combo.setItemText(i, _tr(OUTCOMES[code]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            decision = self._services.objections.decide_objection(
                self._actor,
                self._objection.id,
                str(self.outcome_combo.currentData()),
                self.reason_edit.toPlainText(),
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(decision)
        self.accept()


class ObjectionRequestPage(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("objection_request_page")
        self._services = services
        self._actor = actor
        self._request = request
        self.objections: list[ObjectionRecord] = []
        self.dialog: QDialog | None = None
        can = _can_act(actor, request, Right.CUSTOMERS_EDIT)

        self.intro_label = hint_label("objection_request_intro_label")
        self.model = RecordTableModel(OBJECTION_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "request_objection_table", 3, wrap=False)
        self.empty_label = hint_label("no_request_objections_label")
        self.record_button = QPushButton(objectName="record_request_objection_button")
        self.decide_button = QPushButton(objectName="decide_objection_button")
        self.record_button.setVisible(can)
        self.decide_button.setVisible(can)
        self.decide_button.setEnabled(False)
        self.record_button.clicked.connect(self.record)
        self.decide_button.clicked.connect(self.decide)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        for col, width in enumerate((100, 230, 260, 260, 150, 140)):
            self.table.setColumnWidth(col, width)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "The person's objections (GDPR Art. 21) and their outcomes. Direct marketing, "
                "ad targeting included, stops at once; other purposes are decided here."
            )
        )
        self.record_button.setText(self.tr("Record &objection…"))
        self.decide_button.setText(self.tr("&Decide…"))
        self.table.setAccessibleName(self.tr("The person's objections"))
        self.empty_label.setText(self.tr("No objections recorded."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        customer_id = self._request.record.customer_id
        if customer_id is None:
            return
        try:
            self.objections = self._services.objections.list_objections(self._actor, customer_id)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Objections"), error_text(exc))
            return
        self.model.set_fetcher(list_fetcher(self.objections))
        self.empty_label.setVisible(not self.objections)
        self._selection_changed()

    def selected(self) -> ObjectionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: ObjectionRecord = self.model.record(rows[0].row())
        return record

    def _selection_changed(self, *_args: object) -> None:
        o = self.selected()
        self.decide_button.setEnabled(o is not None and o.pending)

    def record(self) -> None:
        dialog = RequestObjectionDialog(self._services, self._actor, self._request.record.id, self)
        dialog.saved.connect(self._recorded)
        self.dialog = dialog
        dialog.open()

    def _recorded(self, outcome: object) -> None:
        self.reload()
        objection = getattr(outcome, "objection", None)
        if objection is not None and objection.purpose == ObjectionPurpose.DIRECT_MARKETING:
            feedback.show_info(
                self,
                self.tr("Objection"),
                self.tr(
                    "Direct marketing to this person stopped at once: every marketing consent "
                    "ended and the email address and phone number are on the suppression list."
                ),
            )
        self.changed.emit()

    def decide(self) -> None:
        objection = self.selected()
        if objection is None or not objection.pending:
            return
        dialog = DecideObjectionDialog(self._services, self._actor, objection, self)
        dialog.saved.connect(self._decided)
        self.dialog = dialog
        dialog.open()

    def _decided(self, _decision: object) -> None:
        self.reload()
        self.changed.emit()


# -- consent withdrawal ------------------------------------------------------------------------


class WithdrawalPage(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawal_page")
        self._services = services
        self._actor = actor
        self._request = request
        self.states: list[ConsentState] = []
        self.offers: tuple[ErasureOffer, ...] = ()
        self._can = _can_act(actor, request, Right.CUSTOMERS_EDIT)
        self._can_erase = _can_act(actor, request, Right.CUSTOMERS_ERASE)

        self.intro_label = hint_label("withdrawal_intro_label")
        self.purposes_heading = heading("withdrawal_purposes_heading")
        self.purpose_list = QListWidget(objectName="withdrawal_purpose_list")
        self.empty_label = hint_label("no_consents_label")
        self.withdraw_button = QPushButton(objectName="withdraw_consents_button")
        self.withdraw_button.setVisible(self._can)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.offer_label = QLabel(objectName="erasure_offer_label")
        self.offer_label.setWordWrap(True)
        self.erase_button = QPushButton(objectName="erase_web_events_button")
        self.erase_button.clicked.connect(self.erase_web_events)

        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.purposes_heading)
        layout.addWidget(self.purpose_list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.offer_label)
        layout.addLayout(erase_row)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Choose the purposes whose consent the person withdraws: one ledger entry is "
                "written for each (GDPR Art. 7(3)). Data that relied on those consents alone "
                "may then be erased."
            )
        )
        self.purposes_heading.setText(self.tr("Consents in force"))
        self.purpose_list.setAccessibleName(self.tr("Consents in force"))
        self.empty_label.setText(self.tr("The person has no consent in force."))
        self.withdraw_button.setText(self.tr("&Withdraw the chosen consents…"))
        self.erase_button.setText(self.tr("&Erase the web events…"))
        self._show_offers()
        self._refill_names()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        customer_id = self._request.record.customer_id
        if customer_id is None:
            return
        try:
            self.states = [
                s for s in self._services.consents.current(self._actor, customer_id) if s.given
            ]
            self.offers = self._services.request_actions.erasure_offered(
                self._actor, self._request.record.id
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Consents"), error_text(exc))
            return
        self.purpose_list.clear()
        for state in self.states:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, state.purpose.code)
            flags = Qt.ItemFlag.ItemIsEnabled
            if self._can:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.purpose_list.addItem(item)
        self._refill_names()
        self.empty_label.setVisible(not self.states)
        self.withdraw_button.setEnabled(bool(self.states))
        self._show_offers()

    def _refill_names(self) -> None:
        for i, state in enumerate(self.states):
            item = self.purpose_list.item(i)
            if item is not None:
                item.setText(
                    self.tr("{purpose} – given {since}").format(
                        purpose=state.purpose.name(ui_language()),
                        since=format_datetime(state.since),
                    )
                )

    def _show_offers(self) -> None:
        events = self._web_event_offer()
        if events is None:
            self.offer_label.hide()
            self.erase_button.hide()
            return
        self.offer_label.setText(
            self.tr(
                "%n web event(s) relied only on consents that are no longer given: they may be "
                "erased.",
                "",
                events.count,
            )
        )
        self.offer_label.show()
        self.erase_button.setVisible(self._can_erase)

    def _web_event_offer(self) -> ErasureOffer | None:
        return next((o for o in self.offers if o.kind == "web_events"), None)

    def set_checked(self, codes: set[str]) -> None:
        for i in range(self.purpose_list.count()):
            item = self.purpose_list.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)

    def checked_codes(self) -> list[str]:
        codes: list[str] = []
        for i in range(self.purpose_list.count()):
            item = self.purpose_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return codes

    def withdraw(self) -> None:
        codes = self.checked_codes()
        if not codes:
            feedback.show_info(self, self.tr("Withdrawal"), self.tr("Choose at least one purpose."))
            return
        names = ", ".join(
            s.purpose.name(ui_language()) for s in self.states if s.purpose.code in codes
        )
        if not feedback.ask(
            self,
            self.tr("Withdraw consents"),
            self.tr("Record the withdrawal of these consents now: {names}?").format(names=names),
            self.tr("&Withdraw"),
            self.tr("&Cancel"),
        ):
            return
        try:
            result = self._services.request_actions.withdraw_consents(
                self._actor, self._request.record.id, codes
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Withdrawal"), error_text(exc))
            return
        self.reload()
        self.offers = result.erasure_offered
        self._show_offers()
        if self._web_event_offer() is not None and self._can_erase:
            self.erase_web_events()
        self.changed.emit()

    def erase_web_events(self) -> None:
        offer = self._web_event_offer()
        customer_id = self._request.record.customer_id
        if offer is None or customer_id is None:
            return
        if not feedback.ask(
            self,
            self.tr("Erase web events"),
            self.tr(
                "%n web event(s) of this person relied only on the consents now withdrawn. "
                "Erase them? This cannot be undone.",
                "",
                offer.count,
            ),
            self.tr("&Erase"),
            self.tr("&Keep them"),
        ):
            return
        try:
            erased = self._services.request_actions.erase_web_events(
                self._actor, customer_id, self._request.record.id
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Erase web events"), error_text(exc))
            return
        self.reload()
        feedback.show_info(
            self,
            self.tr("Erase web events"),
            self.tr("%n web event(s) erased.", "", erased),
        )
        self.changed.emit()


# -- the pages of a request --------------------------------------------------------------------


def build_action_pages(
    services: Services, actor: Actor, request: RequestDetail, parent: QWidget
) -> list[tuple[str, QWidget]]:
    """The pages for the request's type, titles translated, in the order they are shown."""
    kind = request.record.type
    if kind == RequestType.ERASURE.value:
        pages: list[tuple[str, QWidget]] = [
            (
                QCoreApplication.translate("RequestActionPages", "&Erasure"),
                ErasurePage(services, actor, request, parent),
            )
        ]
        pages.append(
            (
                QCoreApplication.translate("RequestActionPages", "Reci&pients (Art. 19)"),
                RecipientsPage(services, actor, request, parent),
            )
        )
        return pages
    if request.record.customer_id is None:
        if kind == RequestType.OTHER.value:
            return []
        page = NoticePage(
            QCoreApplication.translate(
                "RequestActionPages",
                "The person is not identified yet: link the request to the customer first.",
            ),
            parent,
        )
        return [(QCoreApplication.translate("RequestActionPages", "&Actions"), page)]
    if kind in (RequestType.ACCESS.value, RequestType.PORTABILITY.value):
        return [
            (
                QCoreApplication.translate("RequestActionPages", "&Data held"),
                SubjectDataPage(services, actor, request, parent),
            )
        ]
    if kind == RequestType.RECTIFICATION.value:
        return [
            (
                QCoreApplication.translate("RequestActionPages", "Re&ctification"),
                RectificationPage(services, actor, request, parent),
            ),
            (
                QCoreApplication.translate("RequestActionPages", "Reci&pients (Art. 19)"),
                RecipientsPage(services, actor, request, parent),
            ),
        ]
    if kind == RequestType.RESTRICTION.value:
        return [
            (
                QCoreApplication.translate("RequestActionPages", "Re&striction"),
                RestrictionPage(services, actor, request, parent),
            ),
            (
                QCoreApplication.translate("RequestActionPages", "Reci&pients (Art. 19)"),
                RecipientsPage(services, actor, request, parent),
            ),
        ]
    if kind == RequestType.OBJECTION.value:
        return [
            (
                QCoreApplication.translate("RequestActionPages", "Ob&jections"),
                ObjectionRequestPage(services, actor, request, parent),
            )
        ]
    if kind == RequestType.WITHDRAWAL.value:
        return [
            (
                QCoreApplication.translate("RequestActionPages", "&Withdrawal"),
                WithdrawalPage(services, actor, request, parent),
            )
        ]
    return []


__all__ = [
    "ErasurePage",
    "ObjectionRequestPage",
    "RecipientsPage",
    "RectificationPage",
    "RestrictionPage",
    "SubjectDataPage",
    "WithdrawalPage",
    "build_action_pages",
]
