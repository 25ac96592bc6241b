"""The one way to run a service call off the GUI thread: progress, cancel, the error in words.

Use::

    self.job = run_in_background(
        lambda job: services.erasure.run(actor, request_id, token),  # in a worker thread
        self._erased,                                                 # its result, GUI thread
        self._failed,                                                 # its exception, GUI thread
    )

or, when the user should see that something is going on and be able to stop it::

    self.job = start_with_progress(
        self, title, label, lambda job: export(progress=job.report, cancelled=job.cancelled),
        self._exported,               # on_failure left out: the error is shown in words
    )

A service call that writes announces what it changed on the change feed by itself (see
ui/changes.py), so an operation never has to tell the open windows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from l4d_desktop.core.errors import L4DError
from l4d_desktop.ui import feedback
from l4d_desktop.ui.texts import error_text

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 500  # quicker work finishes without a dialog flashing by


class BackgroundJob(QObject):
    """Runs `work(job)` in a daemon thread. `work` may call `job.report(done, total)` and poll
    `job.cancelled()`; its result arrives through `succeeded`, an exception through `failed`.

    Signals emitted from the worker are queued to the GUI thread (this object lives there), so
    connected slots may touch widgets. The job has no Qt parent: the thread keeps it alive, and
    the owner keeps a reference until it has reported.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[BackgroundJob], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread = threading.Thread(target=self._run, name="l4d-background", daemon=True)
        self._thread.start()

    def connect(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Connect with queued delivery whatever the slot is (a lambda would otherwise run in
        the worker thread). `running` turns False in the same delivery that hands over the
        outcome, so whoever sees it False also sees the outcome handled."""
        queued = Qt.ConnectionType.QueuedConnection

        def succeeded(result: object) -> None:
            self.running = False
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.running = False
            on_failure(exc)

        self.succeeded.connect(succeeded, queued)
        self.failed.connect(failed, queued)
        if on_progress is not None:
            self.progressed.connect(on_progress, queued)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._work(self)
        except L4DError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:
            # Messages may quote personal data: the log gets the type only.
            log.error("background work failed: %s", type(exc).__name__)
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def failure_text(exc: BaseException) -> str:
    """What a failed job says to the user."""
    if isinstance(exc, L4DError):
        return error_text(exc)
    return QCoreApplication.translate(
        "App",  # the same words as the crash dialog, translated once
        "The program met an unexpected error ({kind}). Nothing was saved from the action that "
        "failed. If it happens again, tell the main administrator.",
    ).format(kind=type(exc).__name__)


def is_busy(job: BackgroundJob | None) -> bool:
    """Whether `job` is still working: the usual guard against starting the same work twice."""
    return job is not None and job.running


def run_in_background(
    work: Callable[[BackgroundJob], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    owner: QObject | None = None,
) -> BackgroundJob:
    """Start `work` in a worker thread; the outcome is delivered in the GUI thread. With an
    `owner`, an outcome arriving after the owner was closed and deleted is dropped."""

    def alive() -> bool:
        return owner is None or isValid(owner)

    def succeeded(result: object) -> None:
        if alive():
            on_success(result)

    def failed(exc: BaseException) -> None:
        if alive():
            on_failure(exc)

    def progressed(done: int, total: int) -> None:
        if alive() and on_progress is not None:
            on_progress(done, total)

    job = BackgroundJob(work)
    job.connect(succeeded, failed, progressed if on_progress is not None else None)
    job.start()
    return job


def start_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[BackgroundJob], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> BackgroundJob:
    """Run `work` with a progress dialog that appears if it takes more than half a second and
    whose Cancel asks the work to stop (the work decides how to leave things tidy). Without
    `on_failure` a failure is shown to the user under `title`, in words."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)  # busy until the work reports a total
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    job = BackgroundJob(work)
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def finish() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: object) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failure is not None:
            on_failure(exc)
        else:
            feedback.show_error(parent, title, failure_text(exc))

    job.connect(succeeded, failed, progressed)
    job.start()
    return job
