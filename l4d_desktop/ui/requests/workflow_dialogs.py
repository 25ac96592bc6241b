"""The steps of a request's workflow, one dialog each: the identity check, waiting for the
requester and ending the wait, the Art. 12(3) extension, and closing (completed, refused with
reasons, withdrawn).

Each dialog passes the version its window loaded. An error keeps the dialog open with what was
typed, shown at its field; when someone else changed the request meanwhile, the dialog takes the
current version, says so and asks the window to reload (`conflicted`), so a second Save goes
through against what is now stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError, ConflictError, L4DError, ValidationError
from l4d_desktop.core.requests.deadlines import latest_extended_due
from l4d_desktop.core.requests.service import RequestDetail, RequestRecord, RequestService
from l4d_desktop.core.vocabulary import (
    ASSESSED_REFUSALS,
    IdentityMethod,
    RefusalBasis,
    RequestStatus,
    RequestType,
)
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.texts import IDENTITY_METHODS, REFUSAL_BASES, STATUSES, vocabulary
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.widgets.labels import hint_label

CONTEXT = "RequestDialogs"
CLOSING_OUTCOMES = (
    RequestStatus.COMPLETED.value,
    RequestStatus.REFUSED.value,
    RequestStatus.WITHDRAWN.value,
)
_DEFAULT_METHOD = {
    "email": IdentityMethod.EMAIL_ON_FILE.value,
    "phone": IdentityMethod.PHONE_ON_FILE.value,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def conflict_text() -> str:
    return QCoreApplication.translate(
        "RequestDialogs",
        "Someone else changed this request after you opened it. It has been reloaded: check "
        "it and save again. What you typed is kept.",
    )


def customer_choice_text(c: CustomerRecord) -> str:
    detail = " · ".join(p for p in (c.email, c.phone, c.customer_number) if p)
    return f"{c.name} ({detail})" if detail else c.name


def handler_choices(
    requests: RequestService,
    actor: Actor,
    current: tuple[int, str] | None = None,
) -> list[tuple[int, str]]:
    """Who a request can be assigned to: every active user holding requests.handle; the
    current handler is always among them. (id, full name), by name."""
    found = dict(requests.handlers(actor))
    if current is not None:
        found.setdefault(current[0], current[1])
    return sorted(found.items(), key=lambda item: (item[1].casefold(), item[0]))


def text_edit(object_name: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit(objectName=object_name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class WorkflowDialog(QDialog):
    """The shape every step shares; subclasses build their fields and make the service call."""

    # Each step's service call, defined by every subclass: the one thing the steps differ in.
    _call: Callable[[], RequestRecord]

    saved = Signal(object)  # RequestRecord
    conflicted = Signal()

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._requests = requests
        self._actor = actor
        self.request = request
        self.record = request.record
        self.version = request.record.version
        self.intro_label = QLabel(objectName="intro_label")
        self.intro_label.setWordWrap(True)
        self.general_error = QLabel(objectName="general_error_label")
        self.errors = FieldErrors(self.general_error)
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}

    def _add(self, field: str, widget: QWidget) -> None:
        self._labels[field] = add_field_row(self.form, self.errors, field, widget)

    def _lay_out(self) -> None:
        self.buttons: QDialogButtonBox = lay_out_form_dialog(
            self, self.form, self.general_error, self.save, self.intro_label
        )
        self.retranslate()

    def retranslate(self) -> None:  # pragma: no cover - every subclass has its own
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_error(self, exc: L4DError) -> None:
        self.errors.show(exc)

    def save(self) -> None:
        try:
            record = self._call()
        except ConflictError:
            try:
                self.version = self._requests.get(self._actor, self.record.id).version
            except L4DError as exc:
                self.errors.show(exc)
                return
            self.errors.show_message(conflict_text())
            self.conflicted.emit()
            return
        except L4DError as exc:
            self._show_error(exc)
            return
        self.saved.emit(record)
        self.accept()


class IdentifyDialog(WorkflowDialog):
    """How the requester was matched to the data already held, and to which customer."""

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(requests, actor, request, parent)
        self.setObjectName("identify_dialog")
        r = request.record
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
        self._add("customer", self.customer_combo)
        self._add("method", self.method_combo)
        self._add("note", self.note_edit)
        self.hint = hint_label("identify_hint")
        self.form.addRow("", self.hint)
        self._lay_out()

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._suggest)
        self.customer_search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.method_combo.currentIndexChanged.connect(lambda _i: self._show_hint())
        self._suggest()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Identity check – request {id}").format(id=self.record.id))
        self.intro_label.setText(
            self.tr(
                "Record how the requester was matched to the data already held. Ask for more "
                "only when there is reasonable doubt, and no more than needed; an ID document "
                "is seen, never copied or stored."
            )
        )
        self.find_label.setText(self.tr("&Find customer:"))
        self.customer_search_edit.setPlaceholderText(
            self.tr("Name, email, phone or customer number")
        )
        self._labels["customer"].setText(self.tr("C&ustomer:"))
        self._labels["method"].setText(self.tr("&Matched by:"))
        self._labels["note"].setText(self.tr("N&ote:"))
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
        found: dict[int, CustomerRecord] = {}
        try:
            for query in queries:
                for c in self._requests.suggest_customers(self._actor, query):
                    found.setdefault(c.id, c)
        except L4DError as exc:
            self.errors.show(exc)
            return
        while self.customer_combo.count() > 1:
            self.customer_combo.removeItem(1)
        for c in found.values():
            if c.id != self.record.customer_id:
                self.customer_combo.addItem(customer_choice_text(c), c.id)
        index = self.customer_combo.findData(current) if current is not None else 0
        if text and index <= 0 and self.customer_combo.count() > 1:
            index = 1
        self.customer_combo.setCurrentIndex(max(0, index))

    def _call(self) -> RequestRecord:
        return self._requests.identify(
            self._actor,
            self.record.id,
            self.customer_combo.currentData(),
            str(self.method_combo.currentData()),
            self.note_edit.toPlainText(),
            version=self.version,
        )


class PauseDialog(WorkflowDialog):
    """Waiting for the requester, with the reason; no date moves."""

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(requests, actor, request, parent)
        self.setObjectName("pause_dialog")
        self.reason_edit = text_edit("pause_reason_edit")
        self._add("reason", self.reason_edit)
        self._lay_out()

    def retranslate(self) -> None:
        r = self.record
        self.setWindowTitle(self.tr("Wait for the requester – request {id}").format(id=r.id))
        self.intro_label.setText(
            self.tr(
                "The request waits for the requester, e.g. for the information asked for to "
                "identify them. Waiting never moves a date: the statutory deadline stays "
                "{statutory} and the request is still due on {due}."
            ).format(statutory=format_date(r.statutory_due), due=format_date(r.due))
        )
        self._labels["reason"].setText(self.tr("&Reason:"))

    def _call(self) -> RequestRecord:
        return self._requests.pause(
            self._actor, self.record.id, self.reason_edit.toPlainText(), version=self.version
        )


class ResumeDialog(WorkflowDialog):
    """The requester answered (or the wait ends for another reason)."""

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(requests, actor, request, parent)
        self.setObjectName("resume_dialog")
        self.reason_edit = text_edit("resume_reason_edit")
        self._add("reason", self.reason_edit)
        self._lay_out()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("End the wait – request {id}").format(id=self.record.id))
        pause = next((p for p in self.request.pauses if p.ended_at is None), None)
        if pause is not None:
            intro = self.tr("Waiting for the requester since {when}: {reason}").format(
                when=format_datetime(pause.started_at), reason=pause.reason
            )
        else:
            intro = self.tr("The request is not waiting for the requester.")
        self.intro_label.setText(intro)
        self._labels["reason"].setText(self.tr("&Why it ends (optional):"))

    def _call(self) -> RequestRecord:
        return self._requests.resume(
            self._actor, self.record.id, self.reason_edit.toPlainText(), version=self.version
        )


class ExtendDialog(WorkflowDialog):
    """Art. 12(3): by at most two further months, told to the requester with reasons on or
    before the statutory date."""

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(requests, actor, request, parent)
        self.setObjectName("extend_dialog")
        self.latest = latest_extended_due(request.record.received)
        today = office_today(requests.clock())
        self.notice_edit = make_date_edit("notice_date_edit", today)
        self.reason_edit = text_edit("extend_reason_edit")
        self.dates_label = hint_label("extension_dates_label")
        self.form.addRow("", self.dates_label)
        self._add("notice_date", self.notice_edit)
        self._add("reason", self.reason_edit)
        self._lay_out()

    def retranslate(self) -> None:
        r = self.record
        self.setWindowTitle(self.tr("Extend the deadline – request {id}").format(id=r.id))
        self.intro_label.setText(
            self.tr(
                "The deadline may be extended by at most two further months, taking into "
                "account the complexity and number of the requests. The extension is valid "
                "only if the requester is told, with the reasons, by the statutory deadline."
            )
        )
        self.dates_label.setText(
            self.tr(
                "Statutory deadline (the last day to tell the requester): {statutory}\n"
                "Due after the extension: {latest}"
            ).format(statutory=format_date(r.statutory_due), latest=format_date(self.latest))
        )
        self._labels["notice_date"].setText(self.tr("Requester &told on:"))
        self._labels["reason"].setText(self.tr("&Reasons:"))
        self.notice_edit.setDisplayFormat(date_format())

    def _show_error(self, exc: L4DError) -> None:
        if isinstance(exc, BusinessRuleError) and exc.code == "extension_too_late":
            # The notice date is what is wrong: said at that field, the date as the user reads it.
            exc = ValidationError(
                "notice_date",
                "extension_too_late",
                statutory=format_date(self.record.statutory_due),
            )
        self.errors.show(exc)

    def _call(self) -> RequestRecord:
        return self._requests.extend(
            self._actor,
            self.record.id,
            date_of(self.notice_edit),
            self.reason_edit.toPlainText(),
            version=self.version,
        )


class CloseDialog(WorkflowDialog):
    """Completed, refused (a basis and reasons; a written assessment for manifestly unfounded
    or excessive) or withdrawn."""

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        outcome: str = RequestStatus.COMPLETED.value,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(requests, actor, request, parent)
        self.setObjectName("close_dialog")
        self.outcome_combo = QComboBox(objectName="outcome_combo")
        for code in CLOSING_OUTCOMES:
            self.outcome_combo.addItem("", code)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(outcome)))
        self.basis_combo = QComboBox(objectName="basis_combo")
        self.basis_combo.addItem("", None)
        for basis in RefusalBasis:
            self.basis_combo.addItem("", basis.value)
        self.reason_edit = text_edit("close_reason_edit", 5)
        self.assessment_edit = text_edit("assessment_edit", 6)
        self.refusal_hint = hint_label("refusal_hint")
        self._add("outcome", self.outcome_combo)
        self._add("basis", self.basis_combo)
        self._add("reason", self.reason_edit)
        self._add("assessment", self.assessment_edit)
        self.form.addRow("", self.refusal_hint)
        self._lay_out()
        self.outcome_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.basis_combo.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    @property
    def refusing(self) -> bool:
        return self.outcome_combo.currentData() == RequestStatus.REFUSED.value

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the request – request {id}").format(id=self.record.id))
        self._labels["outcome"].setText(self.tr("&Outcome:"))
        self._labels["basis"].setText(self.tr("&Basis of the refusal:"))
        self._labels["reason"].setText(self.tr("&Reasons:"))
        self._labels["assessment"].setText(self.tr("Written &assessment:"))
        for i in range(self.outcome_combo.count()):
            self.outcome_combo.setItemText(i, vocabulary(STATUSES, self.outcome_combo.itemData(i)))
        self.basis_combo.setItemText(0, self.tr("(choose the basis)"))
        for i in range(1, self.basis_combo.count()):
            self.basis_combo.setItemText(i, vocabulary(REFUSAL_BASES, self.basis_combo.itemData(i)))
        self._update()

    def _update(self) -> None:
        refusing = self.refusing
        self.basis_combo.setEnabled(refusing)
        self.assessment_edit.setEnabled(refusing)
        if refusing:
            self.intro_label.setText(
                self.tr(
                    "A refusal states its reasons, the right to complain to the Data "
                    "Protection Ombudsman and the right to a judicial remedy (Art. 12(4))."
                )
            )
            basis = self.basis_combo.currentData()
            if basis is not None and RefusalBasis(basis) in ASSESSED_REFUSALS:
                self.refusal_hint.setText(
                    self.tr(
                        "\u201cManifestly unfounded or excessive\u201d is for us to prove: "
                        "write the assessment (e.g. requests repeated at unreasonable "
                        "intervals)."
                    )
                )
            else:
                self.refusal_hint.setText("")
        else:
            if (
                self.outcome_combo.currentData() == RequestStatus.COMPLETED.value
                and self.record.type == RequestType.ERASURE.value
            ):
                intro = self.tr(
                    "An erasure request is completed only after its erasure has been run."
                )
            else:
                intro = self.tr("A closed request can no longer be changed.")
            self.intro_label.setText(intro)
            self.refusal_hint.setText(
                self.tr("A basis and an assessment belong to a refusal only.")
            )

    def _call(self) -> RequestRecord:
        refusing = self.refusing
        return self._requests.close(
            self._actor,
            self.record.id,
            str(self.outcome_combo.currentData()),
            self.reason_edit.toPlainText(),
            self.basis_combo.currentData() if refusing else None,
            self.assessment_edit.toPlainText() if refusing else "",
            version=self.version,
        )
