"""What every tab, window and dialog of a logged-in user is given, in one piece: the services,
the user and the change bus, bundled once by whoever opens the first view and handed on.

Use::

    session = Session(services, actor, bus)     # the main window, once
    RequestsTab(session)
    ProcessorsDialog(session, parent)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.changes import ChangeBus


@dataclass(frozen=True)
class Session:
    """`changes` is the program's change bus; None where a view is made on its own (a test),
    and then a view that must keep up listens through a bus of its own (`bus()`)."""

    services: Services
    actor: Actor
    changes: ChangeBus | None = None

    def bus(self, owner: QObject) -> ChangeBus:
        """The change bus, or one that lives as long as `owner` where the session has none."""
        return self.changes or ChangeBus(self.services.changes, owner)
