"""The edit form of one purpose of the processing register: names, legal bases with their
explanation and confirmation, data categories and retention, each in Finnish, Swedish and English (the Swedish ones may wait:
only the Swedish letters and notice need them, and they name what is missing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.register.processing import NAME_MAX, LegalBasis, Purpose
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row
from l4d_desktop.ui.widgets.retranslate import Retranslating

# The legal bases by name, for the checkboxes and the purposes table.
LEGAL_BASES: dict[str, str] = {
    LegalBasis.CONSENT.value: QT_TRANSLATE_NOOP("PurposeForm", "Consent (Art. 6(1)(a))"),
    LegalBasis.CONTRACT.value: QT_TRANSLATE_NOOP("PurposeForm", "Contract (Art. 6(1)(b))"),
    LegalBasis.LEGAL_OBLIGATION.value: QT_TRANSLATE_NOOP(
        "PurposeForm", "Legal obligation (Art. 6(1)(c))"
    ),
    LegalBasis.LEGITIMATE_INTEREST.value: QT_TRANSLATE_NOOP(
        "PurposeForm", "Legitimate interest (Art. 6(1)(f))"
    ),
}

# The same, short, for the purposes table.
SHORT_BASES: dict[str, str] = {
    LegalBasis.CONSENT.value: QT_TRANSLATE_NOOP("PurposeForm", "consent"),
    LegalBasis.CONTRACT.value: QT_TRANSLATE_NOOP("PurposeForm", "contract"),
    LegalBasis.LEGAL_OBLIGATION.value: QT_TRANSLATE_NOOP("PurposeForm", "legal obligation"),
    LegalBasis.LEGITIMATE_INTEREST.value: QT_TRANSLATE_NOOP("PurposeForm", "legitimate interest"),
}

# Multi-line fields in the order the form shows them.
_TEXT_FIELDS = (
    "basis_note_fi",
    "basis_note_sv",
    "basis_note_en",
    "categories_fi",
    "categories_sv",
    "categories_en",
    "retention_fi",
    "retention_sv",
    "retention_en",
)


def basis_name(code: str) -> str:
    return (
        QCoreApplication.translate("PurposeForm", LEGAL_BASES[code])
        if code in LEGAL_BASES
        else code
    )


def bases_in_short(codes: tuple[str, ...]) -> str:
    words = ", ".join(
        QCoreApplication.translate("PurposeForm", SHORT_BASES[c]) if c in SHORT_BASES else c
        for c in codes
    )
    return words[:1].upper() + words[1:]


def _text_edit(object_name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(objectName=object_name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class PurposeForm(Retranslating, QWidget):
    """Shows one purpose; `values()` are the keyword arguments of `update_purpose` but the
    version. Nothing here saves: the dialog does, and the typing stays when it is refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purpose_form")
        self.purpose: Purpose | None = None
        self.name_fi_edit = QLineEdit(objectName="name_fi_edit")
        self.name_sv_edit = QLineEdit(objectName="name_sv_edit")
        self.name_en_edit = QLineEdit(objectName="name_en_edit")
        for edit in (self.name_fi_edit, self.name_sv_edit, self.name_en_edit):
            edit.setMaxLength(NAME_MAX)
        self.bases_box = QWidget(objectName="legal_bases_box")
        bases_layout = QVBoxLayout(self.bases_box)
        bases_layout.setContentsMargins(0, 0, 0, 0)
        self.basis_checks: dict[str, QCheckBox] = {}
        for code in LegalBasis:
            check = QCheckBox(objectName=f"basis_{code}_check")
            bases_layout.addWidget(check)
            self.basis_checks[str(code)] = check
        self.confirmed_check = QCheckBox(objectName="basis_confirmed_check")
        self.text_edits = {field: _text_edit(f"{field}_edit") for field in _TEXT_FIELDS}

        self.general_error = QLabel(objectName="purpose_error_label")
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: list[tuple[str, QWidget]] = [
            ("name_fi", self.name_fi_edit),
            ("name_sv", self.name_sv_edit),
            ("name_en", self.name_en_edit),
            ("legal_bases", self.bases_box),
            *((f, self.text_edits[f]) for f in _TEXT_FIELDS[:3]),
            ("basis_confirmed", self.confirmed_check),
            *((f, self.text_edits[f]) for f in _TEXT_FIELDS[3:]),
        ]
        self._labels = {field: add_field_row(form, self.errors, field, w) for field, w in rows}
        layouts.column(self, form, self.general_error, stretch=1)
        self.retranslate()
        self.show_purpose(None)

    def retranslate(self) -> None:
        labels = self._labels
        labels["name_fi"].setText(self.tr("Name in &Finnish:"))
        labels["name_sv"].setText(self.tr("Name in S&wedish:"))
        labels["name_en"].setText(self.tr("Name in &English:"))
        labels["legal_bases"].setText(self.tr("Legal &bases:"))
        labels["basis_note_fi"].setText(self.tr("Basis explained in Finnish:"))
        labels["basis_note_sv"].setText(self.tr("Basis explained in Swedish:"))
        labels["basis_note_en"].setText(self.tr("Basis explained in English:"))
        labels["basis_confirmed"].setText(self.tr("Confirmation:"))
        labels["categories_fi"].setText(self.tr("Data used, in Finnish:"))
        labels["categories_sv"].setText(self.tr("Data used, in Swedish:"))
        labels["categories_en"].setText(self.tr("Data used, in English:"))
        labels["retention_fi"].setText(self.tr("Retention in Finnish:"))
        labels["retention_sv"].setText(self.tr("Retention in Swedish:"))
        labels["retention_en"].setText(self.tr("Retention in English:"))
        self.name_sv_edit.setToolTip(
            self.tr(
                "The Swedish texts may stay empty for now: only Swedish letters and the Swedish "
                "privacy notice need them, and they are not issued until they are written."
            )
        )
        self.confirmed_check.setText(self.tr("The controller has confir&med these legal bases"))
        self.confirmed_check.setToolTip(
            self.tr(
                "Until confirmed, the bases are a proposal: no access letter or privacy notice "
                "is issued while they are."
            )
        )
        for code, check in self.basis_checks.items():
            check.setText(basis_name(code))
        self.text_edits["basis_note_fi"].setPlaceholderText(
            self.tr("e.g. which legitimate interest is pursued")
        )

    def show_purpose(self, purpose: Purpose | None) -> None:
        """Fill the form from `purpose` (None: empty and disabled), clearing any errors."""
        self.purpose = purpose
        self.errors.clear()
        self.setEnabled(purpose is not None)
        self.name_fi_edit.setText(purpose.name_fi if purpose else "")
        self.name_sv_edit.setText(purpose.name_sv if purpose else "")
        self.name_en_edit.setText(purpose.name_en if purpose else "")
        for code, check in self.basis_checks.items():
            check.setChecked(purpose is not None and code in purpose.legal_bases)
        self.confirmed_check.setChecked(purpose is not None and purpose.basis_confirmed)
        for field, edit in self.text_edits.items():
            edit.setPlainText(getattr(purpose, field) if purpose else "")

    def values(self) -> dict[str, Any]:
        return {
            "name_fi": self.name_fi_edit.text(),
            "name_sv": self.name_sv_edit.text(),
            "name_en": self.name_en_edit.text(),
            "legal_bases": [code for code, check in self.basis_checks.items() if check.isChecked()],
            "basis_confirmed": self.confirmed_check.isChecked(),
            **{field: edit.toPlainText() for field, edit in self.text_edits.items()},
        }

    def is_changed(self) -> bool:
        """Whether the form holds typing not yet saved (surrounding spaces do not count)."""
        p = self.purpose
        if p is None:
            return False
        shown = self.values()
        if shown.pop("legal_bases") != [c for c in self.basis_checks if c in p.legal_bases]:
            return True
        for field, value in shown.items():
            before = getattr(p, field)
            if (value.strip() if isinstance(value, str) else value) != before:
                return True
        return False
