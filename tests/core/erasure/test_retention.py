"""The Accounting Act's keeping time for vouchers (LEGAL.md "Erasure"): six years from the end of
the calendar year in which the financial year ended; the settings that change it."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.erasure.retention import (
    VoucherRule,
    financial_year_end,
    parse_month_day,
    voucher_rule,
)
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.settings import DEFAULTS, SettingsStore

D = dt.date


def test_the_worked_example_of_legal_md() -> None:
    rule = VoucherRule()  # financial year = calendar year, 6 years
    assert rule.kept_until(D(2024, 3, 10)) == D(2030, 12, 31)
    assert rule.purge_on(D(2024, 3, 10)) == D(2031, 1, 1)


@pytest.mark.parametrize(
    ("invoice_date", "kept_until"),
    [
        (D(2024, 1, 1), D(2030, 12, 31)),
        (D(2024, 12, 31), D(2030, 12, 31)),
        (D(2025, 1, 1), D(2031, 12, 31)),
    ],
)
def test_a_calendar_financial_year(invoice_date: dt.date, kept_until: dt.date) -> None:
    assert VoucherRule().kept_until(invoice_date) == kept_until


@pytest.mark.parametrize(
    ("invoice_date", "year_end", "kept_until"),
    [
        # 1.7.2023–30.6.2024 ends in 2024: kept six years from the end of 2024.
        (D(2024, 3, 10), D(2024, 6, 30), D(2030, 12, 31)),
        (D(2024, 6, 30), D(2024, 6, 30), D(2030, 12, 31)),
        # 1.7.2024–30.6.2025 ends in 2025.
        (D(2024, 7, 1), D(2025, 6, 30), D(2031, 12, 31)),
        (D(2024, 8, 10), D(2025, 6, 30), D(2031, 12, 31)),
    ],
)
def test_a_financial_year_ending_on_30_june(
    invoice_date: dt.date, year_end: dt.date, kept_until: dt.date
) -> None:
    assert financial_year_end(invoice_date, 6, 30) == year_end
    rule = VoucherRule(6, 30, 6)
    assert rule.kept_until(invoice_date) == kept_until
    assert rule.purge_on(invoice_date) == kept_until + dt.timedelta(days=1)


def test_a_year_ending_on_the_last_of_february_in_common_and_leap_years() -> None:
    assert financial_year_end(D(2023, 2, 28), 2, 29) == D(2023, 2, 28)
    assert financial_year_end(D(2023, 3, 1), 2, 29) == D(2024, 2, 29)
    assert VoucherRule(2, 29, 6).kept_until(D(2023, 3, 1)) == D(2030, 12, 31)


def test_more_years_keep_longer() -> None:
    assert VoucherRule(12, 31, 10).kept_until(D(2024, 3, 10)) == D(2034, 12, 31)


@pytest.mark.parametrize("text", ["13-01", "00-10", "04-31", "1231", "12-31-", "", "aa-bb"])
def test_a_month_day_that_names_no_day_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_month_day(text)


def test_the_settings_give_the_rule_and_never_less_than_the_law(services: Services) -> None:
    assert DEFAULTS["fiscal_year_end"] == "12-31"
    assert DEFAULTS["voucher_keep_years"] == "6"
    store = SettingsStore()
    with services.db.transaction() as session:
        assert voucher_rule(session, store) == VoucherRule(12, 31, 6)
        store.put(session, "fiscal_year_end", "06-30")
        store.put(session, "voucher_keep_years", "7")
        assert voucher_rule(session, store) == VoucherRule(6, 30, 7)
        # A value that cannot be read falls back to the default; fewer years than the law's
        # minimum are not used.
        store.put(session, "fiscal_year_end", "31.12.")
        store.put(session, "voucher_keep_years", "2")
        assert voucher_rule(session, store) == VoucherRule(12, 31, 6)
