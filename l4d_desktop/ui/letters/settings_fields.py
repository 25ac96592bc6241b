"""The letter settings' fields: their groups in the order the dialog shows them, the widget each
is typed into, and the envelope offsets' text form as the settings store it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QLineEdit, QSizePolicy

OFFSET_KEYS = ("envelope_offset_x_mm", "envelope_offset_y_mm")
OFFSET_LIMIT_MM = 30.0

# The fields of each group, in the order shown; a key the service adds later that is not listed
# here is shown at the end of the controller's group under its own name.
GROUPS: dict[str, tuple[str, ...]] = {
    "controller": (
        "controller_name",
        "controller_street",
        "controller_postal_code",
        "controller_city",
        "controller_country",
        "controller_business_id",
        "controller_phone",
        "controller_email",
        "controller_web",
        "register_name_fi",
        "register_name_sv",
        "register_name_en",
    ),
    "contact": (
        "privacy_contact_name",
        "privacy_contact_title_fi",
        "privacy_contact_title_sv",
        "privacy_contact_title_en",
        "privacy_contact_phone",
        "privacy_contact_email",
    ),
    "authority": (
        "authority_name_fi",
        "authority_name_sv",
        "authority_name_en",
        "authority_street",
        "authority_street_sv",
        "authority_postal",
        "authority_postal_sv",
        "authority_postal_en",
        "authority_phone",
        "authority_web",
    ),
    "envelope": OFFSET_KEYS,
}


def offset_text(value: float) -> str:
    """An offset as the settings store it: a dot for the decimal point, no trailing zeros."""
    return f"{value:g}"


def offset_value(text: str) -> float:
    try:
        return float(text.strip().replace(",", ".") or "0")
    except ValueError:
        return 0.0


def offset_spin(key: str) -> QDoubleSpinBox:
    """An envelope offset in millimetres, within the limit the service allows."""
    spin = QDoubleSpinBox(objectName=f"{key}_spin")
    spin.setRange(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM)
    spin.setSingleStep(0.5)
    spin.setDecimals(1)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    spin.setMinimumWidth(110)
    return spin


def text_edit(key: str) -> QLineEdit:
    edit = QLineEdit(objectName=f"{key}_edit")
    edit.setMaxLength(400)  # the service allows 200: a longer paste is refused by name
    return edit
