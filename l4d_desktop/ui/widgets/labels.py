"""Two kinds of label the register's windows share: a bold heading and a grey hint."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading(object_name: str = "") -> QLabel:
    label = QLabel(objectName=object_name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def hint_label(object_name: str = "") -> QLabel:
    label = QLabel(objectName=object_name)
    label.setProperty("role", "hint")  # styled by form.INVALID_STYLE
    label.setWordWrap(True)
    return label
