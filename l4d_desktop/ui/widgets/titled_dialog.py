"""A dialog's title and intro said in one place: words declared on the class, said again in the
current language on every language change.

Use::

    class PurgeQueueDialog(FollowingDialog):          # or RecordDialog, or TitledDialog itself
        TITLE = QT_TRANSLATE_NOOP("PurgeQueueDialog", "Kept invoices")   # the class's context
        INTRO = QT_TRANSLATE_NOOP("PurgeQueueDialog", "Invoices of {whom} are kept…")

        def placeholders(self) -> dict[str, object]:   # only where the words have {names}
            return {"whom": ...}
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QLabel

from l4d_desktop.ui.widgets.retranslate import Retranslating


class TitledDialog(Retranslating, QDialog):
    """TITLE and INTRO are QT_TRANSLATE_NOOP texts in the subclass's own context (lupdate files
    them there, and `self.tr()` finds them there); a subclass with an INTRO makes
    `self.intro_label`. A subclass with more to say overrides `retranslate()` and calls it
    first."""

    TITLE = ""
    INTRO = ""
    intro_label: QLabel

    def placeholders(self) -> Mapping[str, object]:
        """The values of the {names} in TITLE and INTRO."""
        return {}

    def say(self, text: str) -> str:
        """`text`, one of the class's words, in the current language with its {names} filled in."""
        translated = self.tr(text)
        values = self.placeholders()
        return translated.format(**values) if values else translated

    def retranslate(self) -> None:
        if self.TITLE:
            self.setWindowTitle(self.say(self.TITLE))
        if self.INTRO:
            self.intro_label.setText(self.say(self.INTRO))
