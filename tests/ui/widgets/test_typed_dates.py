"""Dates typed as people write them: "20112026" and "20.11.2026" work even where the first
digits would make a date the field refuses, a date out of range is refused, and Tab leaves."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from l4d_desktop.ui.widgets.date_edits import date_of, make_date_edit
from l4d_desktop.ui.widgets.typed_dates import parse_typed_date

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("20112026", dt.date(2026, 11, 20)),
        ("20.11.2026", dt.date(2026, 11, 20)),
        ("1.2.2026", dt.date(2026, 2, 1)),
        ("20.11.26", dt.date(2026, 11, 20)),
        ("201126", dt.date(2026, 11, 20)),
        ("5.3.", dt.date(2026, 3, 5)),
        ("2026-11-20", dt.date(2026, 11, 20)),
        ("31.2.2026", None),
        ("20.13.2026", None),
        ("2011", None),
        ("", None),
    ],
)
def test_typed_dates_are_read_whole(text: str, day: dt.date | None) -> None:
    assert parse_typed_date(text, TODAY) == day


@pytest.fixture
def form(english, qtbot):  # type: ignore[no-untyped-def]
    page = QWidget()
    edit = make_date_edit("day_edit", TODAY)
    edit.setMaximumDate(QDate(2026, 11, 24))  # no day after today, as for a receipt date
    after = QLineEdit(objectName="after_edit")
    layout = QVBoxLayout(page)
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    edit.setFocus()
    return page, edit, after


def test_typing_a_whole_date_sets_it_even_past_a_refused_intermediate(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, edit, _after = form
    # Section by section, "2" then "0" into the day of 24.11.2026 and then "1" "1" into the
    # month would pass through days the maximum refuses; typed whole it is one date.
    qtbot.keyClicks(edit, "20112026")
    assert date_of(edit) == dt.date(2026, 11, 20)
    qtbot.keyClicks(edit, "1.10.2025")
    assert date_of(edit) == dt.date(2025, 10, 1)
    assert edit.lineEdit().text() == edit.textFromDateTime(edit.dateTime())


def test_a_date_out_of_range_is_refused_and_the_typing_stays(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, edit, _after = form
    qtbot.keyClicks(edit, "01.12.2026")  # after the maximum
    assert date_of(edit) == TODAY
    assert edit.typing and edit.lineEdit().text() == "01.12.2026"
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "2025")
    assert date_of(edit) == dt.date(2025, 12, 1) and not edit.typing


def test_tab_leaves_the_field_and_a_short_year_is_taken_on_leaving(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, edit, after = form
    qtbot.keyClicks(edit, "3.4.25")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert page.focusWidget() is after, "Tab went to the next field, not the month"
    assert date_of(edit) == dt.date(2025, 4, 3)


def test_esc_abandons_the_typing(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, edit, _after = form
    qtbot.keyClicks(edit, "12.1")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not edit.typing and date_of(edit) == TODAY
