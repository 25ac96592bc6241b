"""The record dialog base: a refused save marks the field and keeps the typing; a save reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.ui.widgets.record_dialog import RecordDialog


class NameDialog(RecordDialog):
    def __init__(self) -> None:
        super().__init__("name_dialog")
        self.name_edit = QLineEdit(objectName="name_edit")
        self.add_field("name", self.name_edit)
        self.finish_layout()
        self.retranslated = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.retranslated += 1
        self.labels["name"].setText("&Name:")

    def submit(self) -> str:
        if not self.name_edit.text():
            raise ValidationError("name", "required")
        return self.name_edit.text()


def test_a_refused_save_marks_the_field_and_an_accepted_one_reports(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.show()

    dialog.save()
    assert saved == [] and dialog.isVisible()
    assert dialog.name_edit.property("invalid") is True

    dialog.name_edit.setText("Aino")
    dialog.save()
    assert saved == ["Aino"]
    assert not dialog.isVisible()


def test_a_language_change_relabels_the_dialog(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.retranslated == 2
