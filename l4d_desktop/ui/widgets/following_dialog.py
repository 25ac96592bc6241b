"""A dialog onto part of the register that keeps up with changes made elsewhere, written once.

Use::

    class ProcessorsDialog(FollowingDialog):
        FOLLOWS = frozenset({Change.REGISTER})
        TITLE = QT_TRANSLATE_NOOP("ProcessorsDialog", "Recipients register")  # TitledDialog

        def build(self) -> None:          # the widgets; `self.close_buttons` goes at the bottom
            ...

        def retranslate(self) -> None:
            super().retranslate()         # the title, intro and Close button
            self.add_button.setText(self.tr("&Add…"))

        def reload(self) -> None:         # read through the services and show
            ...

    ProcessorsDialog(session, parent)                # ui/session.py: services, actor, bus
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from l4d_desktop.core.changes import Change
from l4d_desktop.ui.changes import ChangeListener
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class FollowingDialog(TitledDialog):
    """Builds (`build`), labels (`retranslate`), reads (`reload`), then reads again through
    `follow_changes` whenever the session's change bus (without one the dialog listens to the
    services by itself) announces one of the kinds in FOLLOWS."""

    FOLLOWS: frozenset[Change] = frozenset()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services, self.actor = session.services, session.actor
        self.close_buttons = QDialogButtonBox()
        self.close_button = self.close_buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_buttons.rejected.connect(self.reject)
        # Told only after this constructor has returned (the bus refreshes on a zero timer).
        self.changes = session.bus(self)
        self.following: ChangeListener = self.changes.listen(
            self, self.FOLLOWS, self.follow_changes
        )
        self.build()
        self.retranslate()
        self.reload()

    # What each dialog defines: its widgets and layout (build), and the read of what it shows
    # (reload), called at the start and whenever a kind it follows changes.
    build: Callable[[], None]
    reload: Callable[[], None]

    def retranslate(self) -> None:
        super().retranslate()
        self.close_button.setText(self.tr("&Close"))

    def follow_changes(self) -> None:
        self.reload()
