"""The processing register's register-wide texts (persons, data, recipients, transfers,
retention, source, automated decisions, security), each in Finnish and English side by side."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.register.processing import REGISTER_TEXT_KEYS, ProcessingRegister
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.form import FieldErrors, make_error_label
from l4d_desktop.ui.widgets.labels import heading
from l4d_desktop.ui.widgets.retranslate import Retranslating


class _TextPair:
    """The Finnish and English editors of one key, with their own error lines."""

    def __init__(self, key: str) -> None:
        self.heading = heading(f"{key}_heading")
        self.fi_edit = QPlainTextEdit(objectName=f"{key}_fi_edit")
        self.en_edit = QPlainTextEdit(objectName=f"{key}_en_edit")
        for edit in (self.fi_edit, self.en_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.fi_error = make_error_label()
        self.en_error = make_error_label()
        self.errors.add("text_fi", self.fi_edit, self.fi_error)
        self.errors.add("text_en", self.en_edit, self.en_error)
        self.saved = ("", "")  # what the register holds, to tell typing from it

    def show(self, fi: str, en: str) -> None:
        self.saved = (fi, en)
        self.fi_edit.setPlainText(fi)
        self.en_edit.setPlainText(en)
        self.errors.clear()

    def typed(self) -> tuple[str, str]:
        return self.fi_edit.toPlainText(), self.en_edit.toPlainText()

    def is_changed(self) -> bool:
        return tuple(t.strip() for t in self.typed()) != self.saved


class RegisterTextsPage(Retranslating, QWidget):
    """Saves every changed text, one audited change each; stops at the first one refused and
    shows why beside it, keeping all the typing."""

    saved = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_texts_page")
        self._services = services
        self._actor = actor
        self.versions: dict[str, int] = {}
        self.pairs = {key: _TextPair(key) for key in REGISTER_TEXT_KEYS}
        self.fi_header = heading("texts_fi_header")
        self.en_header = heading("texts_en_header")

        grid = QGridLayout()
        grid.addWidget(self.fi_header, 0, 0)
        grid.addWidget(self.en_header, 0, 1)
        row = 1
        for pair in self.pairs.values():
            grid.addWidget(pair.heading, row, 0, 1, 2)
            grid.addWidget(pair.fi_edit, row + 1, 0)
            grid.addWidget(pair.en_edit, row + 1, 1)
            grid.addWidget(pair.fi_error, row + 2, 0)
            grid.addWidget(pair.en_error, row + 2, 1)
            grid.addWidget(pair.general_error, row + 3, 0, 1, 2)
            row += 4
        inner = QWidget()
        inner.setLayout(grid)
        self.texts_scroll = QScrollArea(objectName="register_texts_scroll")
        self.texts_scroll.setWidgetResizable(True)
        self.texts_scroll.setWidget(inner)

        self.save_button = QPushButton(objectName="save_texts_button")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(actor.can(Right.USERS_ADMIN))
        self.status_label = QLabel(objectName="texts_status_label")
        buttons = layouts.row((self.status_label, 1), self.save_button)
        layouts.column(self, (self.texts_scroll, 1), buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.fi_header.setText(self.tr("In Finnish"))
        self.en_header.setText(self.tr("In English"))
        titles = {
            "persons": self.tr("Categories of data subjects"),
            "data_categories": self.tr("Categories of personal data"),
            "recipients": self.tr(
                "Recipients (the processors are listed from the recipients register)"
            ),
            "transfers": self.tr("Transfers outside the EEA and their safeguards"),
            "retention": self.tr("Retention and its criteria"),
            "source": self.tr("Sources of the data"),
            "automated_decisions": self.tr("Automated decision-making and profiling"),
            "security": self.tr("Security measures"),
        }
        for key, pair in self.pairs.items():
            pair.heading.setText(titles[key])
            pair.fi_edit.setAccessibleName(self.tr("{topic}, in Finnish").format(topic=titles[key]))
            pair.en_edit.setAccessibleName(self.tr("{topic}, in English").format(topic=titles[key]))
        self.save_button.setText(self.tr("&Save texts"))

    def show_texts(self, register: ProcessingRegister, versions: dict[str, int]) -> None:
        self.versions = dict(versions)
        for key, fi, en in register.texts:
            if key in self.pairs:
                self.pairs[key].show(fi, en)

    def is_changed(self) -> bool:
        return any(pair.is_changed() for pair in self.pairs.values())

    def save(self) -> None:
        self.status_label.clear()
        for pair in self.pairs.values():
            pair.errors.clear()
        changed = [key for key, pair in self.pairs.items() if pair.is_changed()]
        for key in changed:
            pair = self.pairs[key]
            fi, en = pair.typed()
            try:
                self.versions[key] = self._services.processing_register.update_text(
                    self._actor, key, version=self.versions.get(key, 0), fi=fi, en=en
                )
            except L4DError as exc:
                pair.errors.show(exc)
                self.texts_scroll.ensureWidgetVisible(pair.heading)
                return
            # Saved: a refusal of a later key must not count this one as unsaved.
            pair.saved = (fi.strip(), en.strip())
        if changed:
            self.status_label.setText(self.tr("%n text(s) saved.", "", len(changed)))
            self.saved.emit()
        else:
            self.status_label.setText(self.tr("Nothing to save."))
