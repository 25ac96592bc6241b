"""Deadlines of data subject requests: GDPR Art. 12(3), Reg. 1182/71 and the notice's promise.

One month: the day of receipt is not counted; the period ends on the same date number of the next
month, or that month's last day when it has no such date. A period ending on a Saturday, Sunday or
Finnish public holiday (juhannusaatto and jouluaatto included) ends on the next working day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays

from l4d_desktop.core.vocabulary import PROMISED_TYPES

# The privacy notice: "viipymättä (enintään 30 päivää)" for access and portability.
DEFAULT_PROMISED_DAYS = 30
DEFAULT_DUE_SOON_DAYS = 7


def add_months(day: dt.date, months: int) -> dt.date:
    """Same date number `months` later, clamped to the last day of a shorter month."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


@lru_cache(maxsize=64)
def _finnish_holidays(year: int) -> frozenset[dt.date]:
    # The default (public) category; it includes juhannusaatto and jouluaatto, as act 150/1930
    # treats them. Flag days are another category and do not move deadlines.
    return frozenset(holidays.country_holidays("FI", years=year).keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _finnish_holidays(day.year)


def roll_forward(day: dt.date) -> dt.date:
    """The day itself if it is a working day, else the next working day."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def one_month_unrolled(received: dt.date) -> dt.date:
    return add_months(received, 1)


def statutory_due(received: dt.date) -> dt.date:
    """Art. 12(3): one month from receipt, rolled forward past weekends and holidays."""
    return roll_forward(one_month_unrolled(received))


def promised_due(
    request_type: str, received: dt.date, promised_days: int = DEFAULT_PROMISED_DAYS
) -> dt.date | None:
    """The notice's own promise (calendar days, not rolled), only for access and portability."""
    if request_type not in PROMISED_TYPES:
        return None
    return received + dt.timedelta(days=promised_days)


def latest_extended_due(received: dt.date) -> dt.date:
    """Art. 12(3) extension: two further months on the unrolled one-month date, then rolled."""
    return roll_forward(add_months(one_month_unrolled(received), 2))


@dataclass(frozen=True)
class Deadlines:
    statutory: dt.date
    promised: dt.date | None
    due: dt.date


def deadlines_for(
    request_type: str, received: dt.date, promised_days: int = DEFAULT_PROMISED_DAYS
) -> Deadlines:
    statutory = statutory_due(received)
    promised = promised_due(request_type, received, promised_days)
    due = min(statutory, promised) if promised is not None else statutory
    return Deadlines(statutory=statutory, promised=promised, due=due)


def days_left(due: dt.date, today: dt.date) -> int:
    """Calendar days from today to the due date; negative when overdue."""
    return (due - today).days


def urgency(due: dt.date, today: dt.date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> str:
    """`overdue`, `due_soon` (within `due_soon_days`, the due day included) or `ok`."""
    left = days_left(due, today)
    if left < 0:
        return "overdue"
    if left <= due_soon_days:
        return "due_soon"
    return "ok"
