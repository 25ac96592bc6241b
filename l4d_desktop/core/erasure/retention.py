"""How long kept records are kept: the Accounting Act's arithmetic for vouchers (LEGAL.md).

Kirjanpitolaki 1336/1997, 2 luku 10 §: vouchers such as invoices are kept at least six years from
the end of the calendar year in which the financial year ended. An invoice dated 10.3.2024 in a
financial year that is the calendar year is kept until 31.12.2030 and purged on 1.1.2031.

The financial year's last day ("MM-DD") and the number of years are settings the pääkäyttäjä
may change (`fiscal_year_end`, `voucher_keep_years`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from l4d_desktop.core.store.settings import DEFAULTS, SettingsStore

_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")


@dataclass(frozen=True)
class VoucherRule:
    """The financial year's last day (month, day) and the years a voucher is kept after it."""

    fiscal_year_end_month: int = 12
    fiscal_year_end_day: int = 31
    keep_years: int = 6

    def kept_until(self, voucher_date: dt.date) -> dt.date:
        """The last day the voucher must be kept."""
        year_end = financial_year_end(
            voucher_date, self.fiscal_year_end_month, self.fiscal_year_end_day
        )
        # Counted from the end of the calendar year in which the financial year ended.
        return dt.date(year_end.year + self.keep_years, 12, 31)

    def purge_on(self, voucher_date: dt.date) -> dt.date:
        """The first day the voucher may be purged: the day after it is no longer kept."""
        return self.kept_until(voucher_date) + dt.timedelta(days=1)


def _day_in(year: int, month: int, day: int) -> dt.date:
    """`day` of `month`, or the month's last day when it is shorter (29.2. in a common year)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def financial_year_end(day: dt.date, end_month: int, end_day: int) -> dt.date:
    """The last day of the financial year that `day` falls in, for a year ending on the given
    month and day every year."""
    this_year = _day_in(day.year, end_month, end_day)
    return this_year if day <= this_year else _day_in(day.year + 1, end_month, end_day)


def parse_month_day(text: str) -> tuple[int, int]:
    """'MM-DD' → (month, day); ValueError when it names no day of the year."""
    match = _MONTH_DAY.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    month, day = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
        raise ValueError(text)
    return month, day


def voucher_rule(session: Session, settings: SettingsStore) -> VoucherRule:
    """The rule as the settings give it; a setting that cannot be read gives the default."""
    try:
        month, day = parse_month_day(settings.get(session, "fiscal_year_end"))
    except ValueError:
        month, day = parse_month_day(DEFAULTS["fiscal_year_end"])
    years = settings.get_int(session, "voucher_keep_years")
    if years < int(DEFAULTS["voucher_keep_years"]):  # the law's minimum, never less
        years = int(DEFAULTS["voucher_keep_years"])
    return VoucherRule(month, day, years)


__all__ = ["VoucherRule", "financial_year_end", "parse_month_day", "voucher_rule"]
