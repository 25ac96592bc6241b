"""Deadlines exactly as LEGAL.md states them.

Every expected date below was worked out by hand from a calendar (weekday and Finnish holiday
written beside it), never by calling the code under test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.requests.deadlines import (
    add_months,
    days_left,
    deadlines_for,
    is_working_day,
    latest_extended_due,
    promised_due,
    roll_forward,
    statutory_due,
    urgency,
)
from l4d_desktop.core.vocabulary import RequestType

D = dt.date

# -- the worked examples in LEGAL.md (access requests) -----------------------------------------


def test_received_thursday_15_january_2026() -> None:
    d = deadlines_for("access", D(2026, 1, 15))
    assert d.statutory == D(2026, 2, 16)  # 15.2. is a Sunday → Monday
    assert d.promised == D(2026, 2, 14)  # 30 calendar days, a Saturday, not rolled
    assert d.due == D(2026, 2, 14)


def test_received_saturday_31_january_2026() -> None:
    d = deadlines_for("access", D(2026, 1, 31))
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)  # Sat: February has no 31st
    assert d.statutory == D(2026, 3, 2)  # Sat 28.2. → Mon 2.3.
    assert d.promised == D(2026, 3, 2)
    assert d.due == D(2026, 3, 2)


def test_received_tuesday_31_march_2026() -> None:
    d = deadlines_for("access", D(2026, 3, 31))
    assert d.statutory == D(2026, 4, 30)  # April has no 31st; Thu 30.4. is a working day
    assert d.promised == D(2026, 4, 30)
    assert d.due == D(2026, 4, 30)


# -- counting one month ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "one_month"),
    [
        (D(2026, 1, 31), D(2026, 2, 28)),  # clamped to the end of a short month
        (D(2026, 1, 29), D(2026, 2, 28)),
        (D(2026, 1, 28), D(2026, 2, 28)),
        (D(2028, 1, 31), D(2028, 2, 29)),  # leap year
        (D(2028, 1, 30), D(2028, 2, 29)),
        (D(2026, 3, 31), D(2026, 4, 30)),
        (D(2026, 5, 31), D(2026, 6, 30)),
        (D(2026, 12, 15), D(2027, 1, 15)),  # across the year end
        (D(2026, 12, 31), D(2027, 1, 31)),
        (D(2026, 2, 28), D(2026, 3, 28)),  # same date number, not "end of month"
    ],
)
def test_one_month_is_the_same_date_number_or_the_last_day(
    received: dt.date, one_month: dt.date
) -> None:
    assert add_months(received, 1) == one_month


def test_leap_year_31_january_2028_ends_on_tuesday_29_february() -> None:
    # 29.2.2028 is a Tuesday and no holiday, so nothing rolls.
    assert statutory_due(D(2028, 1, 31)) == D(2028, 2, 29)


def test_non_leap_year_31_january_2027_ends_on_sunday_28_february_and_rolls() -> None:
    # 28.2.2027 is a Sunday (Kalevala day is a flag day, which does not matter) → Mon 1.3.2027.
    assert statutory_due(D(2027, 1, 31)) == D(2027, 3, 1)


# -- holidays and weekends roll the end forward --------------------------------------------------


@pytest.mark.parametrize(
    ("received", "statutory", "why"),
    [
        # Fri 19.6.2026 juhannusaatto, Sat 20.6. juhannuspäivä, Sun 21.6. → Mon 22.6.
        (D(2026, 5, 19), D(2026, 6, 22), "juhannusaatto"),
        # Fri 25.6.2027 juhannusaatto → Mon 28.6.2027
        (D(2027, 5, 25), D(2027, 6, 28), "juhannusaatto 2027"),
        # Thu 24.12.2026 jouluaatto, Fri 25. joulupäivä, Sat 26. tapaninpäivä, Sun 27. → Mon 28.
        (D(2026, 11, 24), D(2026, 12, 28), "jouluaatto"),
        # Fri 24.12.2027 jouluaatto, then a weekend that holds joulupäivä and tapaninpäivä
        (D(2027, 11, 24), D(2027, 12, 27), "jouluaatto 2027"),
        # Fri 3.4.2026 pitkäperjantai, Sat, Sun pääsiäispäivä, Mon 6.4. 2. pääsiäispäivä → Tue 7.4.
        (D(2026, 3, 3), D(2026, 4, 7), "pitkäperjantai"),
        # Mon 6.4.2026 2. pääsiäispäivä → Tue 7.4.
        (D(2026, 3, 6), D(2026, 4, 7), "2. pääsiäispäivä"),
        # Mon 6.12.2027 itsenäisyyspäivä → Tue 7.12.
        (D(2027, 11, 6), D(2027, 12, 7), "itsenäisyyspäivä"),
        # Wed 6.12.2028 itsenäisyyspäivä → Thu 7.12.
        (D(2028, 11, 6), D(2028, 12, 7), "itsenäisyyspäivä 2028"),
        # Fri 1.1.2027 uudenvuodenpäivä, Sat, Sun → Mon 4.1.2027
        (D(2026, 12, 1), D(2027, 1, 4), "uudenvuodenpäivä"),
        # Tue 6.1.2026 loppiainen → Wed 7.1.
        (D(2025, 12, 6), D(2026, 1, 7), "loppiainen"),
        # Fri 1.5.2026 vappu, Sat, Sun → Mon 4.5.
        (D(2026, 4, 1), D(2026, 5, 4), "vappu"),
        # Thu 14.5.2026 helatorstai → Fri 15.5.
        (D(2026, 4, 14), D(2026, 5, 15), "helatorstai"),
        # Sat 14.2.2026 → Mon 16.2.
        (D(2026, 1, 14), D(2026, 2, 16), "Saturday"),
    ],
)
def test_a_period_ending_on_a_holiday_or_weekend_ends_on_the_next_working_day(
    received: dt.date, statutory: dt.date, why: str
) -> None:
    assert statutory_due(received) == statutory, why


@pytest.mark.parametrize(
    ("received", "statutory", "flag_day"),
    [
        (D(2026, 1, 5), D(2026, 2, 5), "Runebergin päivä, Thu 5.2.2026"),
        (D(2026, 5, 4), D(2026, 6, 4), "Puolustusvoimien lippujuhla, Thu 4.6.2026"),
        (D(2026, 9, 10), D(2026, 10, 12), "Sat 10.10. Aleksis Kiven päivä → Mon 12.10."),
    ],
)
def test_flag_days_do_not_move_a_deadline(
    received: dt.date, statutory: dt.date, flag_day: str
) -> None:
    assert statutory_due(received) == statutory, flag_day


@pytest.mark.parametrize(
    "holiday",
    [
        D(2026, 1, 1),
        D(2026, 1, 6),
        D(2026, 4, 3),
        D(2026, 4, 6),
        D(2026, 5, 1),
        D(2026, 5, 14),
        D(2026, 6, 19),  # juhannusaatto
        D(2026, 12, 24),  # jouluaatto
        D(2026, 12, 25),
        D(2027, 12, 6),
    ],
)
def test_weekday_holidays_are_not_working_days(holiday: dt.date) -> None:
    assert holiday.weekday() < 5
    assert not is_working_day(holiday)
    assert roll_forward(holiday) > holiday


def test_a_working_day_does_not_roll() -> None:
    assert is_working_day(D(2026, 11, 24))  # an ordinary Tuesday
    assert roll_forward(D(2026, 11, 24)) == D(2026, 11, 24)


# -- which dates apply to which request type -----------------------------------------------------


@pytest.mark.parametrize("rtype", ["access", "portability"])
def test_access_and_portability_have_the_promise_and_the_earlier_date_is_due(rtype: str) -> None:
    d = deadlines_for(rtype, D(2026, 1, 15))
    assert (d.statutory, d.promised, d.due) == (D(2026, 2, 16), D(2026, 2, 14), D(2026, 2, 14))


def test_the_promise_is_calendar_days_and_is_not_rolled() -> None:
    # 1.6.2026 + 30 = Wed 1.7.2026; one month = Wed 1.7.2026: the same day.
    assert promised_due("access", D(2026, 6, 1)) == D(2026, 7, 1)
    # 20.5.2026 + 30 = Fri 19.6.2026, juhannusaatto: the notice's own promise does not roll.
    assert promised_due("portability", D(2026, 5, 20)) == D(2026, 6, 19)


@pytest.mark.parametrize(
    "rtype",
    ["rectification", "erasure", "restriction", "objection", "withdrawal", "other"],
)
def test_other_types_have_no_promise_and_are_due_on_the_statutory_date(rtype: str) -> None:
    d = deadlines_for(rtype, D(2026, 1, 15))
    assert d.promised is None
    assert d.statutory == D(2026, 2, 16)
    assert d.due == D(2026, 2, 16)


def test_every_request_type_has_a_deadline() -> None:
    for rtype in RequestType:
        assert deadlines_for(rtype.value, D(2026, 3, 31)).statutory == D(2026, 4, 30)


def test_when_the_promise_is_later_the_statutory_date_is_due() -> None:
    # Received Sun 1.2.2026: statutory Sun 1.3. → Mon 2.3.; promised 1.2. + 30 = Tue 3.3.
    d = deadlines_for("access", D(2026, 2, 1))
    assert d.statutory == D(2026, 3, 2)
    assert d.promised == D(2026, 3, 3)
    assert d.due == D(2026, 3, 2)


def test_promised_days_come_from_settings() -> None:
    d = deadlines_for("access", D(2026, 1, 15), promised_days=14)
    assert d.promised == D(2026, 1, 29)
    assert d.due == D(2026, 1, 29)


# -- extension ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "latest"),
    [
        # 15.2.2026 unrolled + 2 months = Wed 15.4.2026
        (D(2026, 1, 15), D(2026, 4, 15)),
        # 31.1. → 28.2. (unrolled, the earlier reading) + 2 months = Tue 28.4.2026, not 30.4.
        (D(2026, 1, 31), D(2026, 4, 28)),
        # 3.2.2026 + 2 months = Fri 3.4.2026 pitkäperjantai → Tue 7.4.2026
        (D(2026, 1, 3), D(2026, 4, 7)),
        # 31.12.2026 → 31.1.2027 (Sun, unrolled) + 2 months = Wed 31.3.2027
        (D(2026, 12, 31), D(2027, 3, 31)),
    ],
)
def test_latest_extended_due(received: dt.date, latest: dt.date) -> None:
    assert latest_extended_due(received) == latest


# -- days left and urgency ---------------------------------------------------------------------


def test_days_left_counts_calendar_days_and_goes_negative_when_overdue() -> None:
    due = D(2026, 12, 1)
    assert days_left(due, D(2026, 11, 24)) == 7
    assert days_left(due, D(2026, 12, 1)) == 0
    assert days_left(due, D(2026, 12, 3)) == -2
    assert days_left(D(2027, 1, 1), D(2026, 12, 31)) == 1


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (30, "ok"),
        (8, "ok"),
        (7, "due_soon"),
        (1, "due_soon"),
        (0, "due_soon"),  # due today is still due soon, not overdue
        (-1, "overdue"),
        (-40, "overdue"),
    ],
)
def test_urgency(left: int, expected: str) -> None:
    today = D(2026, 11, 24)
    assert urgency(today + dt.timedelta(days=left), today) == expected


def test_due_soon_window_is_a_parameter() -> None:
    today = D(2026, 11, 24)
    assert urgency(today + dt.timedelta(days=10), today, due_soon_days=14) == "due_soon"
    assert urgency(today + dt.timedelta(days=10), today, due_soon_days=7) == "ok"
