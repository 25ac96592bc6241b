"""Date and date-time inputs in office time, shown as the interface language writes dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.ui.formats import NUMERIC_DATES, ui_language
from l4d_desktop.ui.widgets.typed_dates import TypedDateEdit


def make_date_edit(object_name: str, day: dt.date) -> QDateEdit:
    """A date field that takes a date typed whole ("20112026", "20.11.2026")."""
    edit = TypedDateEdit(objectName=object_name)
    edit.setCalendarPopup(True)
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def office_time_of(edit: QDateTimeEdit) -> dt.datetime:
    """The edit's date and time, read as office (Helsinki) time, as an aware datetime."""
    d, t = edit.date(), edit.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=OFFICE_ZONE)


def set_office_time(edit: QDateTimeEdit, moment: dt.datetime) -> None:
    local = moment.astimezone(OFFICE_ZONE)
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def date_format() -> str:
    return "d.M.yyyy" if ui_language() in NUMERIC_DATES else "d MMM yyyy"


def datetime_format() -> str:
    return "d.M.yyyy H.mm" if ui_language() in NUMERIC_DATES else "d MMM yyyy HH:mm"
