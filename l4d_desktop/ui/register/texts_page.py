"""The processing register's register-wide texts (persons, data, recipients, transfers,
retention, source, automated decisions, security), each in Finnish, Swedish and English side by
side."""

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

# The languages a text is kept in, in the order of the page's columns.
LANGUAGES = ("fi", "sv", "en")


class _TextPair:
    """The Finnish, Swedish and English editors of one key, with their own error lines."""

    def __init__(self, key: str) -> None:
        self.heading = heading(f"{key}_heading")
        self.edits = {lang: QPlainTextEdit(objectName=f"{key}_{lang}_edit") for lang in LANGUAGES}
        self.fi_edit, self.sv_edit, self.en_edit = (self.edits[lang] for lang in LANGUAGES)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.error_labels = {lang: make_error_label() for lang in LANGUAGES}
        self.fi_error, self.sv_error, self.en_error = (self.error_labels[lg] for lg in LANGUAGES)
        for lang, edit in self.edits.items():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
            self.errors.add(f"text_{lang}", edit, self.error_labels[lang])
        self.saved = ("", "", "")  # what the register holds (fi, sv, en), to tell typing from it

    def show(self, fi: str, sv: str, en: str) -> None:
        self.saved = (fi, sv, en)
        for edit, text in zip(self.edits.values(), self.saved, strict=True):
            edit.setPlainText(text)
        self.errors.clear()

    def typed(self) -> tuple[str, str, str]:
        fi, sv, en = (edit.toPlainText() for edit in self.edits.values())
        return fi, sv, en

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
        self.headers = {lang: heading(f"texts_{lang}_header") for lang in LANGUAGES}
        self.fi_header, self.sv_header, self.en_header = (self.headers[lg] for lg in LANGUAGES)

        grid = QGridLayout()
        for column, header in enumerate(self.headers.values()):
            grid.addWidget(header, 0, column)
        width = len(LANGUAGES)
        row = 1
        for pair in self.pairs.values():
            grid.addWidget(pair.heading, row, 0, 1, width)
            for column, lang in enumerate(LANGUAGES):
                grid.addWidget(pair.edits[lang], row + 1, column)
                grid.addWidget(pair.error_labels[lang], row + 2, column)
            grid.addWidget(pair.general_error, row + 3, 0, 1, width)
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
        self.sv_header.setText(self.tr("In Swedish"))
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
            pair.sv_edit.setAccessibleName(self.tr("{topic}, in Swedish").format(topic=titles[key]))
            pair.en_edit.setAccessibleName(self.tr("{topic}, in English").format(topic=titles[key]))
        self.save_button.setText(self.tr("&Save texts"))

    def show_texts(self, register: ProcessingRegister, versions: dict[str, int]) -> None:
        self.versions = dict(versions)
        for key, fi, en in register.texts:
            if key in self.pairs:
                self.pairs[key].show(fi, register.text(key, "sv"), en)

    def is_changed(self) -> bool:
        return any(pair.is_changed() for pair in self.pairs.values())

    def save(self) -> None:
        self.status_label.clear()
        for pair in self.pairs.values():
            pair.errors.clear()
        changed = [key for key, pair in self.pairs.items() if pair.is_changed()]
        for key in changed:
            pair = self.pairs[key]
            fi, sv, en = pair.typed()
            try:
                self.versions[key] = self._services.processing_register.update_text(
                    self._actor, key, version=self.versions.get(key, 0), fi=fi, en=en, sv=sv
                )
            except L4DError as exc:
                pair.errors.show(exc)
                self.texts_scroll.ensureWidgetVisible(pair.heading)
                return
            # Saved: a refusal of a later key must not count this one as unsaved.
            pair.saved = (fi.strip(), sv.strip(), en.strip())
        if changed:
            self.status_label.setText(self.tr("%n text(s) saved.", "", len(changed)))
            self.saved.emit()
        else:
            self.status_label.setText(self.tr("Nothing to save."))
