"""The clock every test controls: services read the time from it, tests move it explicitly."""

from __future__ import annotations

import datetime as dt


class FakeClock:
    """Starts at 24.11.2026 10:00 Helsinki time; tests move it explicitly."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


TODAY = dt.date(2026, 11, 24)  # the fake clock's day in Helsinki
