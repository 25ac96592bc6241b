"""The work the program does while nobody asks: at start and daily, the automatic backup (when
the last is older than a day) and the retention rules the pääkäyttäjä approved to run by
themselves, both off the GUI thread."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.operations import BackgroundJob, is_busy, run_in_background

DAY_MS = 24 * 60 * 60 * 1000


def last_backup_text(services: Services, actor: Actor) -> str:
    """The File menu's line on the last automatic backup."""
    if not actor.can(Right.USERS_ADMIN):
        return ""
    try:
        last = services.maintenance.last_backup(actor)
    except L4DError:
        return QCoreApplication.translate("Upkeep", "The backup folder cannot be used")
    if last is None:
        return QCoreApplication.translate("Upkeep", "No automatic backup yet")
    return QCoreApplication.translate("Upkeep", "Last backup: {when}").format(
        when=format_datetime(last)
    )


class Upkeep(QObject):
    """`done` is emitted after each round (the File menu then shows the new backup's date)."""

    done = Signal()
    # How many items have fallen due under the retention rules (for the pääkäyttäjä only).
    due_found = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.job: BackgroundJob | None = None
        self.timer = QTimer(self, interval=DAY_MS)
        self.timer.timeout.connect(self.run_once)

    def start(self) -> None:
        self.run_once()
        self.timer.start()

    def run_once(self) -> None:
        if is_busy(self.job):
            return
        services, actor = self.services, self.actor

        def work(_job: BackgroundJob) -> int:
            # Each part on its own: a full disk must not keep the retention rules from running.
            if actor.can(Right.USERS_ADMIN):
                # A folder that cannot be used: the File menu says so.
                with contextlib.suppress(L4DError):
                    services.maintenance.backup_if_due(actor)
            services.retention.run_approved()
            if not actor.can(Right.USERS_ADMIN):
                return 0
            return sum(g.count for g in services.retention.due(actor))

        self.job = run_in_background(work, self._finished, lambda _e: self.done.emit(), owner=self)

    def _finished(self, due: int) -> None:
        self.done.emit()
        if due:
            self.due_found.emit(due)
