"""Choosing a letter: the kinds in words, those that cannot be written for the request now
greyed out with the reason as their tooltip; and its language, the customer's unless the other
is chosen.

The part's words belong to the Letters page ("LettersPage" translation context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.letters.kinds import KIND_FOR_TYPE, LetterKind
from l4d_desktop.core.letters.service import KindChoice
from l4d_desktop.core.letters.words import LANGUAGES
from l4d_desktop.ui.letters.kinds import KIND_ORDER, kind_description, kind_name, language_name
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.retranslate import Retranslating

KIND_ROLE = Qt.ItemDataRole.UserRole


def reason_text(code: str) -> str:
    """Why a kind is greyed out, in words (the codes are the service's error codes)."""
    return error_text(L4DError(code)) if code else ""


class LetterChooser(Retranslating, QWidget):
    """`chosen` is emitted when the kind or the language changes, `activated` when a kind is
    double-clicked (the page previews it)."""

    chosen = Signal()
    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="letter_chooser")
        self.choices: tuple[KindChoice, ...] = ()
        self.request_type = ""
        self.default_language = ""
        self._language_chosen = False
        self.kind_label = QLabel(objectName="letter_kind_label")
        self.kind_list = QListWidget(objectName="letter_kind_list")
        self.kind_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.kind_list.setUniformItemSizes(True)
        self.kind_label.setBuddy(self.kind_list)
        self.kind_list.currentItemChanged.connect(lambda *_a: self.chosen.emit())
        self.kind_list.itemDoubleClicked.connect(lambda _i: self.activated.emit())
        self.unavailable_label = hint_label("letter_unavailable_label")
        self.language_label = QLabel(objectName="letter_language_label")
        self.language_radios = {
            code: QRadioButton(objectName=f"letter_language_{code}_radio") for code in LANGUAGES
        }
        self.language_group = QButtonGroup(self)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        for radio in self.language_radios.values():
            self.language_group.addButton(radio)
            radio.toggled.connect(self._language_toggled)
            language_row.addWidget(radio)
        language_row.addStretch(1)
        self.language_label.setBuddy(self.language_radios["fi"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.kind_list, 1)
        layout.addWidget(self.unavailable_label)
        layout.addLayout(language_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind_label.setText(QCoreApplication.translate("LettersPage", "Letter t&ype:"))
        self.unavailable_label.setText(
            QCoreApplication.translate(
                "LettersPage",
                "Greyed-out letters cannot be written for this request now: point at one to "
                "see why.",
            )
        )
        self.language_label.setText(QCoreApplication.translate("LettersPage", "Lan&guage:"))
        self._fill_kinds()
        self._show_languages()

    def show_choices(self, choices: tuple[KindChoice, ...], language: str) -> None:
        """What can be written now, and the customer's language."""
        self.choices = choices
        self.default_language = language
        self._fill_kinds()
        self._show_languages()

    def set_enabled(self, busy: bool) -> None:
        self.kind_list.setEnabled(bool(self.choices))
        for radio in self.language_radios.values():
            radio.setEnabled(bool(self.choices) and not busy)

    # -- the kinds ---------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        current = self.current_kind()
        by_kind = {c.kind: c for c in self.choices}
        order = [k for k in KIND_ORDER if k in by_kind] + [
            c.kind for c in self.choices if c.kind not in KIND_ORDER
        ]
        blocker = self.kind_list.blockSignals(True)
        self.kind_list.clear()
        for kind in order:
            choice = by_kind[kind]
            item = QListWidgetItem(kind_name(kind))
            item.setData(KIND_ROLE, kind)
            if choice.available:
                item.setToolTip(kind_description(kind))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(reason_text(choice.reason))
            self.kind_list.addItem(item)
        self.kind_list.blockSignals(blocker)
        if not any(self.select_kind(k) for k in (current, self._answer_kind(by_kind))):
            self.select_kind(self._first_available())
        self.unavailable_label.setVisible(any(not c.available for c in self.choices))

    def _answer_kind(self, by_kind: dict[str, KindChoice]) -> str:
        """The letter that answers the request: its refusal once it is refused, else the
        letter of its type."""
        refusal = by_kind.get(LetterKind.REFUSAL)
        if refusal is not None and refusal.available:
            return LetterKind.REFUSAL.value
        return KIND_FOR_TYPE.get(self.request_type, "")

    def _first_available(self) -> str:
        rank = {k: i for i, k in enumerate(KIND_ORDER)}
        ordered = sorted(self.choices, key=lambda c: rank.get(c.kind, len(rank)))
        return next((c.kind for c in ordered if c.available), "")

    def select_kind(self, kind: str) -> bool:
        """Make `kind` the current letter if it can be written now."""
        for row in range(self.kind_list.count()):
            item = self.kind_list.item(row)
            if item.data(KIND_ROLE) == kind and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.kind_list.setCurrentItem(item)
                return True
        return False

    def current_kind(self) -> str:
        item = self.kind_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return ""
        return str(item.data(KIND_ROLE))

    def kind_available(self, kind: str) -> bool:
        return any(c.kind == kind and c.available for c in self.choices)

    # -- the language ------------------------------------------------------------------------

    def _show_languages(self) -> None:
        for code, radio in self.language_radios.items():
            name = language_name(code)
            if code == self.default_language:
                name = QCoreApplication.translate(
                    "LettersPage", "{language} (the customer's)"
                ).format(language=name)
            radio.setText(name)
        if not self._language_chosen and self.default_language in self.language_radios:
            radio = self.language_radios[self.default_language]
            blocker = radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(blocker)

    def _language_toggled(self, checked: bool) -> None:
        if checked:
            self._language_chosen = True
            self.chosen.emit()

    def set_language(self, code: str) -> None:
        self.language_radios[code].setChecked(True)

    def current_language(self) -> str:
        for code, radio in self.language_radios.items():
            if radio.isChecked():
                return code
        return self.default_language
