"""The audit viewer's checks and files: the chain verified (alone or against a checkpoint file),
a checkpoint written, the filtered log exported; each off the GUI thread, the result in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import Checkpoint, VerifyResult
from l4d_desktop.core.audit.viewer import AuditFilter
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background


class AuditChecks:
    """Mixed into AuditViewerDialog, whose buttons, result line and filter it uses. The list
    shows the entries these checks write by itself (the change bus)."""

    services: Services
    actor: Actor
    job: BackgroundJob | None
    result_label: QLabel
    verify_button: QPushButton
    verify_checkpoint_button: QPushButton
    checkpoint_button: QPushButton
    export_button: QPushButton

    # The viewer's filter as the user set it: defined by the class this is mixed into.
    current_filter: Callable[[], AuditFilter]

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.verify_button,
            self.verify_checkpoint_button,
            self.checkpoint_button,
            self.export_button,
        ):
            button.setEnabled(not busy)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], label: str) -> None:
        if is_busy(self.job):
            return
        self.result_label.setText(label)
        self._set_busy(True)

        def succeeded(result: object) -> None:
            self._set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.result_label.setText("")
            feedback.show_error(self, self.tr("Audit log"), failure_text(exc))

        self.job = run_in_background(lambda _job: work(), succeeded, failed, owner=self)

    def verify(self, checkpoint_path: Path | None = None) -> None:
        services, actor = self.services, self.actor

        def work() -> VerifyResult:
            checkpoint = Checkpoint.from_file(checkpoint_path) if checkpoint_path else None
            return services.maintenance.verify_audit(actor, checkpoint)

        self._start(work, self._verified, self.tr("Verifying the chain…"))

    def _verified(self, result: VerifyResult) -> None:
        self.result_label.setText(verify_text(result))  # the list follows: it is logged too

    def choose_checkpoint_to_verify(self) -> None:
        path = file_names.ask_open_file(
            self,
            "audit_checkpoint",
            self.tr("Verify against a checkpoint file"),
            self.tr("Checkpoint (*.json);;All files (*)"),
        )
        if path is not None:
            self.verify(path)

    def write_checkpoint(self, path: Path) -> None:
        services, actor = self.services, self.actor
        self._start(
            lambda: services.maintenance.write_checkpoint(actor, path),
            lambda cp: self._checkpoint_written(cp, path),
            self.tr("Writing the checkpoint…"),
        )

    def _checkpoint_written(self, cp: Checkpoint, path: Path) -> None:
        self.result_label.setText(
            self.tr(
                "Checkpoint written to {path}: {count} entries, last entry {head}, "
                "head hash {hash}. Keep it elsewhere or print it."
            ).format(path=str(path), count=cp.count, head=cp.head_id, hash=cp.head_hash)
        )

    def choose_checkpoint_file(self) -> None:
        title, filters = self.tr("Write a checkpoint"), self.tr("Checkpoint (*.json)")
        name = QCoreApplication.translate("FileNames", "l4d-audit-checkpoint-{date}.json")
        if path := file_names.ask_save_file(self, "audit_checkpoint", title, name, filters):
            self.write_checkpoint(path)

    def export(self, path: Path) -> None:
        services, actor, where = self.services, self.actor, self.current_filter()
        self._start(
            lambda: services.audit_viewer.export_csv(actor, path, where),
            lambda count: self._exported(count, path),
            self.tr("Exporting…"),
        )

    def _exported(self, count: int, path: Path) -> None:
        self.result_label.setText(
            self.tr("%n entries exported to {path}.", "", count).format(path=str(path))
        )

    def choose_export_file(self) -> None:
        title, filters = self.tr("Export the audit log"), self.tr("CSV (*.csv)")
        name = QCoreApplication.translate("FileNames", "l4d-audit-{date}.csv")
        if path := file_names.ask_save_file(self, "audit_export", title, name, filters):
            self.export(path)


class ChainWords(QObject):
    """The intact chain's count in words (tr(): lupdate reads a plural form only from it)."""

    def intact(self, count: int) -> str:
        return self.tr("The chain is intact: %n entries checked.", "", count)


def verify_text(result: VerifyResult) -> str:
    """The verification's result in words, naming the first broken entry."""
    if result.ok:
        return ChainWords().intact(result.count)
    reasons = {
        "modified": QCoreApplication.translate(
            "AuditViewerDialog", "the entry was changed after it was written"
        ),
        "malformed": QCoreApplication.translate(
            "AuditViewerDialog", "the entry holds values the program never writes"
        ),
        "deleted_or_inserted": QCoreApplication.translate(
            "AuditViewerDialog", "an entry before it was deleted, or an entry was inserted"
        ),
        "truncated": QCoreApplication.translate(
            "AuditViewerDialog",
            "the log ends before the checkpoint's last entry: entries were removed from the end",
        ),
        "checkpoint_mismatch": QCoreApplication.translate(
            "AuditViewerDialog", "the entry differs from the one the checkpoint recorded"
        ),
        "unanchored": QCoreApplication.translate(
            "AuditViewerDialog",
            "entries were added after the last entry the program recorded outside the database",
        ),
    }
    return QCoreApplication.translate(
        "AuditViewerDialog",
        "The chain is BROKEN at entry {id}: {reason}. {count} entries before it are intact.",
    ).format(
        id=result.first_broken_id,
        reason=reasons.get(result.reason, result.reason),
        count=result.count,
    )
