"""A date field that takes a date typed the way people write it ("20112026", "20.11.2026",
"20.11.26", "2026-11-20"), whole, instead of section by section (where a day typed first could
make an intermediate date the field refuses); and Tab leaves it instead of walking its parts."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_SEPARATED = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]?(\d{4}|\d{2})?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TYPED = set("0123456789./-")


def _year(text: str | None, today: dt.date) -> int:
    if not text:
        return today.year
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def parse_typed_date(text: str, today: dt.date) -> dt.date | None:
    """The date `text` names, or None: day, month and year as 8 or 6 digits, or separated by
    dots, slashes or dashes (a two-digit year is 20yy, a missing one this year), or ISO."""
    text = text.strip()
    try:
        if m := _ISO.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DIGITS.fullmatch(text):
            return dt.date(_year(m[3], today), int(m[2]), int(m[1]))
        if m := _SEPARATED.fullmatch(text):
            return dt.date(_year(m[3], today), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def complete(text: str) -> bool:
    """Whether typing may stop here: a year of four digits has been typed."""
    return bool(_ISO.fullmatch(text) or re.fullmatch(r"\d{8}|\d{1,2}[./-]\d{1,2}[./-]\d{4}", text))


class TypedDateEdit(QDateEdit):
    """Digits and separators typed into the field are collected as one text and read as a
    whole date once it is complete (or when the field is left, or on Enter); a date outside
    the field's range is refused with a beep and the typing stays to be corrected. Arrow keys,
    the calendar and the mouse work as in any date field."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)  # type: ignore[arg-type]
        self._typed: str | None = None  # the text being typed, while typing

    @property
    def typing(self) -> bool:
        return self._typed is not None

    def _today(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def _show_typed(self) -> None:
        self.lineEdit().setText(self._typed or "")

    def _commit(self) -> bool:
        """Take the typed date; False (and a beep) if it is no date or out of range."""
        if self._typed is None:
            return True
        day = parse_typed_date(self._typed, self._today())
        if day is None:
            QApplication.beep()
            return False
        wanted = QDate(day.year, day.month, day.day)
        if wanted < self.minimumDate() or wanted > self.maximumDate():
            QApplication.beep()
            return False
        self._typed = None
        self.setDate(wanted)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        return True

    def _abandon(self) -> None:
        self._typed = None
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text and text in _TYPED and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._typed = (self._typed or "") + text
            if complete(self._typed) and self._commit():
                return
            self._show_typed()
            return
        if self._typed is not None:
            if key == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                self._show_typed()
                return
            if key == Qt.Key.Key_Escape:
                self._abandon()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self._commit():
                    return
            else:
                self._abandon()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._typed is not None:  # the field writes its date again on focus; keep the typing
            self._show_typed()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed is not None and not self._commit():
            self._abandon()  # no date: the field shows the one it holds
        super().focusOutEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab goes to the next field, not to the next part of the date.
        return QWidget.focusNextPrevChild(self, next)


__all__ = ["TypedDateEdit", "complete", "parse_typed_date"]
