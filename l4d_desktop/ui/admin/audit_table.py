"""The audit log as a table: its columns, the action code as a tooltip, the action filter's
order, and the office's midnight that a date filter starts from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.ui.admin.audit_actions import AuditWords
from l4d_desktop.ui.admin.audit_details import detail_text, object_text
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.widgets.record_table import Column, Index, RecordTableModel

ACTION_COLUMN = 3


def audit_columns(words: Callable[[], AuditWords]) -> list[Column]:
    """The table's columns; `words()` gives the phrases of the current language."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: str(r.id), align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: format_datetime(r.at, seconds=True)),
        Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda r: r.actor_username),
        Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: words().action(r.action)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Object"),
            lambda r: object_text(r, lambda kind: words().object(kind, None)),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: words().outcome(r.outcome)),
        Column(QT_TRANSLATE_NOOP("Columns", "Detail"), detail_text),
    ]


class AuditTableModel(RecordTableModel):
    """The log's rows; the action cell's tooltip is the code the log stores."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == ACTION_COLUMN
            and index.row() < self.rowCount()
        ):
            return self.record(index.row()).action
        return super().data(index, role)


def action_choices(codes: Sequence[str], text: Callable[[str], str] = str) -> list[str]:
    """The action filter's values: each family ("customer.") before its own codes; families
    and the codes of a family in the order of `text` (what the filter shows for each)."""
    families: dict[str, list[str]] = {}
    for code in codes:
        family = code.split(".", 1)[0] + "." if "." in code else code
        families.setdefault(family, [])
        if family != code:
            families[family].append(code)
    choices: list[str] = []
    for family in sorted(families, key=lambda c: (text(c).casefold(), c)):
        choices.append(family)
        choices.extend(sorted(families[family], key=lambda c: (text(c).casefold(), c)))
    return choices


def office_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=OFFICE_ZONE)
