"""Time as the services see it: passed in, so that deadlines and lockouts can be tested."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

Clock = Callable[[], dt.datetime]

# Deadlines and "today" follow the office's calendar, not the machine's zone.
OFFICE_ZONE = ZoneInfo("Europe/Helsinki")


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def office_today(now: dt.datetime) -> dt.date:
    return now.astimezone(OFFICE_ZONE).date()
