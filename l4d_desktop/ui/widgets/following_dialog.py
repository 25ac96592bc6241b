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

    ProcessorsDialog(services, actor, parent, changes=bus)
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change
from l4d_desktop.core.services import Services
from l4d_desktop.ui.changes import ChangeBus, ChangeListener
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class FollowingDialog(TitledDialog):
    """Builds (`build`), labels (`retranslate`), reads (`reload`), then reads again through
    `follow_changes` whenever the change bus (`changes`; without one the dialog listens to the
    services by itself) announces one of the kinds in FOLLOWS."""

    FOLLOWS: frozenset[Change] = frozenset()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        changes: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.close_buttons = QDialogButtonBox()
        self.close_button = self.close_buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_buttons.rejected.connect(self.reject)
        # Told only after this constructor has returned (the bus refreshes on a zero timer).
        self.changes = changes or ChangeBus(services.changes, self)
        self.following: ChangeListener = self.changes.listen(
            self, self.FOLLOWS, self.follow_changes
        )
        self.build()
        self.retranslate()
        self.reload()

    def build(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        super().retranslate()
        self.close_button.setText(self.tr("&Close"))

    def reload(self) -> None:
        raise NotImplementedError

    def follow_changes(self) -> None:
        self.reload()
