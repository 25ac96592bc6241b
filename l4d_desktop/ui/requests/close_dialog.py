"""Closing a request: completed, refused (a basis and reasons; a written assessment for
manifestly unfounded or excessive) or withdrawn."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.core.requests.service import RequestService
from l4d_desktop.core.vocabulary import ASSESSED_REFUSALS, RefusalBasis, RequestStatus, RequestType
from l4d_desktop.ui.requests.dialog_parts import text_edit
from l4d_desktop.ui.requests.workflow_dialogs import WorkflowDialog
from l4d_desktop.ui.texts import REFUSAL_BASES, STATUSES, vocabulary
from l4d_desktop.ui.widgets.labels import hint_label

CLOSING_OUTCOMES = (
    RequestStatus.COMPLETED.value,
    RequestStatus.REFUSED.value,
    RequestStatus.WITHDRAWN.value,
)


class CloseDialog(WorkflowDialog):
    """Completed, refused (a basis and reasons; a written assessment for manifestly unfounded
    or excessive) or withdrawn."""

    object_name = "close_dialog"
    TITLE = QT_TRANSLATE_NOOP("CloseDialog", "Close the request – request {id}")
    LABELS = {
        "outcome": QT_TRANSLATE_NOOP("CloseDialog", "&Outcome:"),
        "basis": QT_TRANSLATE_NOOP("CloseDialog", "&Basis of the refusal:"),
        "reason": QT_TRANSLATE_NOOP("CloseDialog", "&Reasons:"),
        "assessment": QT_TRANSLATE_NOOP("CloseDialog", "Written &assessment:"),
    }

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        outcome: str = RequestStatus.COMPLETED.value,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(requests, actor, request, parent)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(outcome)))
        self.outcome_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.basis_combo.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def build(self) -> None:
        self.outcome_combo = QComboBox(objectName="outcome_combo")
        for code in CLOSING_OUTCOMES:
            self.outcome_combo.addItem("", code)
        self.basis_combo = QComboBox(objectName="basis_combo")
        self.basis_combo.addItem("", None)
        for basis in RefusalBasis:
            self.basis_combo.addItem("", basis.value)
        self.reason_edit = text_edit("close_reason_edit", 5)
        self.assessment_edit = text_edit("assessment_edit", 6)
        self.refusal_hint = hint_label("refusal_hint")
        self.add_field("outcome", self.outcome_combo)
        self.add_field("basis", self.basis_combo)
        self.add_field("reason", self.reason_edit)
        self.add_field("assessment", self.assessment_edit)
        self.form.addRow("", self.refusal_hint)

    @property
    def refusing(self) -> bool:
        return self.outcome_combo.currentData() == RequestStatus.REFUSED.value

    def retranslate(self) -> None:
        super().retranslate()
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

    def submit(self) -> RequestRecord:
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
