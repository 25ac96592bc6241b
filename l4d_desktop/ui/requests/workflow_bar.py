"""A request window's row of workflow steps: start the identity check or the work, identify,
wait for the requester and end the wait, extend, close; each enabled only when the request's
state allows it, and only shown to a user who may handle requests.

Its words belong to the request window ("RequestWindow" translation context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.core.requests.service import RequestService
from l4d_desktop.core.vocabulary import RequestStatus
from l4d_desktop.ui import feedback
from l4d_desktop.ui.requests.close_dialog import CloseDialog
from l4d_desktop.ui.requests.dialog_parts import conflict_text
from l4d_desktop.ui.requests.identify_dialog import IdentifyDialog
from l4d_desktop.ui.requests.overview import extension_barred_text
from l4d_desktop.ui.requests.workflow_dialogs import (
    ExtendDialog,
    PauseDialog,
    ResumeDialog,
    WorkflowDialog,
)
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.retranslate import Retranslating

DialogClass = Callable[[RequestService, Actor, RequestDetail, QWidget], WorkflowDialog]


def _button(name: str, step: Callable[[], object]) -> QPushButton:
    button = QPushButton(objectName=name)
    button.clicked.connect(lambda _checked=False: step())
    return button


class WorkflowBar(Retranslating, QWidget):
    """`stepped` is emitted after a step changed the request, `conflicted` when someone else
    had changed it first (the window then reads it again)."""

    stepped = Signal()
    conflicted = Signal()

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        can_handle: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="workflow_bar")
        self._requests, self._actor = requests, actor
        self.can_handle = can_handle
        self.detail: RequestDetail | None = None
        self.dialog: WorkflowDialog | None = None

        self.start_check_button = _button("start_check_button", self.start_identity_check)
        self.identify_button = _button("identify_button", self.identify)
        self.start_work_button = _button("start_work_button", self.start_work)
        self.pause_button = _button("pause_button", self.pause)
        self.resume_button = _button("resume_button", self.resume)
        self.extend_button = _button("extend_button", self.extend)
        self.close_request_button = _button("close_request_button", self.close_request)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            button.setVisible(can_handle)
            button.setEnabled(False)
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_check_button,
            self.identify_button,
            self.start_work_button,
            self.pause_button,
            self.resume_button,
            self.extend_button,
            self.close_request_button,
        )

    def retranslate(self) -> None:
        self.start_check_button.setText(
            QCoreApplication.translate("RequestWindow", "Start identity chec&k")
        )
        self.start_check_button.setToolTip(
            QCoreApplication.translate(
                "RequestWindow",
                "Reasonable doubt about who asks: more information is being asked for.",
            )
        )
        self.identify_button.setText(QCoreApplication.translate("RequestWindow", "Identi&fy…"))
        self.start_work_button.setText(QCoreApplication.translate("RequestWindow", "Start &work"))
        self.pause_button.setText(QCoreApplication.translate("RequestWindow", "Pa&use…"))
        self.pause_button.setToolTip(
            QCoreApplication.translate("RequestWindow", "Wait for the requester; no date moves.")
        )
        self.resume_button.setText(QCoreApplication.translate("RequestWindow", "Res&ume…"))
        self.extend_button.setText(QCoreApplication.translate("RequestWindow", "E&xtend…"))
        self._show_barred()
        self.close_request_button.setText(QCoreApplication.translate("RequestWindow", "C&lose…"))

    def show_state(self, detail: RequestDetail | None, loading: bool) -> bool:
        """Enable the steps the request's state allows; whether any step can be taken now."""
        self.detail = detail
        r = detail.record if detail is not None else None
        ready = r is not None and r.is_open and self.can_handle and not loading
        status = r.status if r is not None else ""
        paused = r is not None and r.paused
        # Once the identity check is recorded there is nothing left to start checking.
        identified = r is not None and r.identified_at is not None
        self.start_check_button.setEnabled(
            ready
            and not identified
            and status in (RequestStatus.RECEIVED.value, RequestStatus.IN_PROGRESS.value)
        )
        self.identify_button.setEnabled(ready)
        self.start_work_button.setEnabled(
            ready and status in (RequestStatus.RECEIVED.value, RequestStatus.IDENTITY_CHECK.value)
        )
        self.pause_button.setVisible(self.can_handle and not paused)
        self.resume_button.setVisible(self.can_handle and paused)
        self.pause_button.setEnabled(ready and not paused)
        self.resume_button.setEnabled(ready and paused)
        barred = detail is not None and bool(detail.extension_barred)
        self.extend_button.setEnabled(
            ready and r is not None and r.extended_due is None and not barred
        )
        self._show_barred()
        self.close_request_button.setEnabled(ready)
        return ready

    def _show_barred(self) -> None:
        """Why no extension is offered for what the request asks, on the button (the service's
        own words)."""
        d = self.detail
        why = extension_barred_text(d) if d is not None and d.record.is_open else ""
        self.extend_button.setToolTip(why)

    # -- steps without a dialog ------------------------------------------------------------------

    def step(self, call: Callable[[int], RequestRecord]) -> None:
        """A step without a dialog, with the version the window shows."""
        if self.detail is None:
            return
        try:
            call(self.detail.record.version)
        except ConflictError:
            feedback.show_error(
                self, QCoreApplication.translate("RequestWindow", "Request"), conflict_text()
            )
            self.conflicted.emit()
            return
        except L4DError as exc:
            feedback.show_error(
                self, QCoreApplication.translate("RequestWindow", "Request"), error_text(exc)
            )
            return
        self.stepped.emit()

    def _request_id(self) -> int:
        assert self.detail is not None
        return self.detail.record.id

    def start_identity_check(self) -> None:
        self.step(
            lambda v: self._requests.start_identity_check(
                self._actor, self._request_id(), version=v
            )
        )

    def start_work(self) -> None:
        self.step(lambda v: self._requests.start_work(self._actor, self._request_id(), version=v))

    def assign(self, handler_id: int | None) -> None:
        self.step(
            lambda v: self._requests.assign(self._actor, self._request_id(), handler_id, version=v)
        )

    # -- steps with a dialog -------------------------------------------------------------------

    def _open(self, dialog_class: DialogClass) -> WorkflowDialog | None:
        if self.detail is None:
            return None
        dialog = dialog_class(self._requests, self._actor, self.detail, self.window())
        dialog.saved.connect(lambda _record: self.stepped.emit())
        dialog.conflicted.connect(self.conflicted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def identify(self) -> WorkflowDialog | None:
        return self._open(IdentifyDialog)

    def pause(self) -> WorkflowDialog | None:
        return self._open(PauseDialog)

    def resume(self) -> WorkflowDialog | None:
        return self._open(ResumeDialog)

    def extend(self) -> WorkflowDialog | None:
        return self._open(ExtendDialog)

    def close_request(self, outcome: str = RequestStatus.COMPLETED.value) -> WorkflowDialog | None:
        return self._open(
            lambda requests, actor, detail, parent: CloseDialog(
                requests, actor, detail, outcome, parent
            )
        )
