"""Web events from the site's exports: CSV, JSON and JSON Lines, each bad row named by number."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports.event_files import EventFile, RawEvent, event_key, read_event_file
from l4d_desktop.core.imports.tabular import RowProblem

UTC = dt.UTC
AT = dt.datetime(2026, 11, 24, 8, 15, tzinfo=UTC)


def _event(row: int, **values: object) -> RawEvent:
    fields: dict[str, object] = {
        "email": "",
        "customer_number": "",
        "at": AT,
        "ip": "",
        "referrer": "",
        "page": "",
        "link": "",
        "banner": "",
        "user_agent": "",
    }
    fields.update(values)
    return RawEvent(row=row, **fields)  # type: ignore[arg-type]


def _json(document: object, name: str = "events.json") -> EventFile:
    return read_event_file(json.dumps(document).encode(), name)


def _raises(data: bytes, name: str) -> FileFormatError:
    with pytest.raises(FileFormatError) as err:
        read_event_file(data, name)
    return err.value


# --- CSV -------------------------------------------------------------------------------------


def test_a_csv_export_with_every_column() -> None:
    data = (
        b"email;customer_number;time;ip;referrer;page;link;banner;user_agent\r\n"
        b"Pirjo@Example.COM;A-1;2026-11-24T10:15:00+02:00;192.0.2.10;https://ref.example/;"
        b"/tarjous;https://l4d.example/x;talvi-2026;Mozilla/5.0\r\n"
    )
    assert read_event_file(data, "events.csv") == EventFile(
        events=(
            _event(
                2,
                email="pirjo@example.com",
                customer_number="A-1",
                ip="192.0.2.10",
                referrer="https://ref.example/",
                page="/tarjous",
                link="https://l4d.example/x",
                banner="talvi-2026",
                user_agent="Mozilla/5.0",
            ),
        ),
        problems=(),
    )


def test_csv_columns_are_case_insensitive_and_in_any_order() -> None:
    data = b"Time,E-mail,IP,User-Agent,Referer\n2026-11-24T08:15:00Z,a@example.com,::1,UA,r\n"
    assert read_event_file(data, "Events.CSV").events == (
        _event(2, email="a@example.com", ip="::1", user_agent="UA", referrer="r"),
    )


def test_csv_is_the_default_for_other_names_and_tabs_work() -> None:
    data = b"customer_number\ttime\nA-1\t2026-11-24T08:15:00\n"
    assert read_event_file(data, "export.txt").events == (_event(2, customer_number="A-1"),)


def test_csv_rows_are_numbered_like_the_spreadsheet() -> None:
    data = (
        b"email;time;user_agent\n"
        b'a@example.com;2026-11-24T08:15:00Z;"two\nlines"\n'  # row 2, over two lines
        b"\n"  # row 3, blank
        b"b@example.com;yesterday;UA\n"  # row 4
        b"c@example.com;2026-11-24T08:15:00Z\n"  # row 5, a cell short
        b";2026-11-24T08:15:00Z;UA\n"  # row 6, nobody
        b"d@example.com;2026-11-24T08:15:00Z;UA\n"  # row 7
    )
    result = read_event_file(data, "e.csv")
    assert result.problems == (
        RowProblem(2, "user_agent", "control_chars"),
        RowProblem(4, "time", "time_invalid"),
        RowProblem(5, "", "cell_count"),
        RowProblem(6, "email", "required"),
    )
    assert result.events == (_event(7, email="d@example.com", user_agent="UA"),)


def test_csv_without_a_time_column() -> None:
    err = _raises(b"email;page\na@example.com;/\n", "e.csv")
    assert (err.code, err.params) == ("column_missing", {"column": "time"})


def test_csv_without_any_identifier_column() -> None:
    err = _raises(b"time;page\n2026-11-24T08:15:00Z;/\n", "e.csv")
    assert (err.code, err.params) == ("column_missing", {"column": "email"})


def test_csv_with_two_columns_for_one_key() -> None:
    err = _raises(b"email;time;Email\n", "e.csv")
    assert (err.code, err.params) == ("column_duplicate", {"column": "email"})


def test_csv_in_windows_1252() -> None:
    data = "email;time;page\r\npää@example.com;2026-11-24T08:15:00Z;/pääsivu\r\n".encode("cp1252")
    assert read_event_file(data, "e.csv").events == (
        _event(2, email="pää@example.com", page="/pääsivu"),
    )


# --- JSON ------------------------------------------------------------------------------------


def test_a_json_array_numbers_its_items_from_one() -> None:
    result = _json(
        [
            {"email": " Pirjo@Example.com ", "time": "2026-11-24T08:15:00Z"},
            {"time": "2026-11-24T08:15:00Z", "page": "/"},
            {"customer_number": "A-1", "time": "2026-11-24T10:15:00+02:00"},
        ]
    )
    assert result.events == (
        _event(1, email="pirjo@example.com"),
        _event(3, customer_number="A-1"),
    )
    assert result.problems == (RowProblem(2, "email", "required"),)


def test_a_json_object_with_an_events_array() -> None:
    result = _json({"exported": "2026-11-24", "events": [{"email": "a@b.fi", "time": "x"}]})
    assert result == EventFile(events=(), problems=(RowProblem(1, "time", "time_invalid"),))


def test_json_keys_are_case_insensitive_and_unknown_keys_ignored() -> None:
    result = _json([{"EMAIL": "a@b.fi", "Time": "2026-11-24T08:15:00Z", "session": 7}])
    assert result.events == (_event(1, email="a@b.fi"),)


def test_json_lines_number_their_lines_counting_blank_ones() -> None:
    lines = [
        json.dumps({"email": "a@b.fi", "time": "2026-11-24T08:15:00Z"}),
        "",
        json.dumps({"email": "c@d.fi", "time": "2026-11-24T08:15:00Z", "ip": "300.1.1.1"}),
        json.dumps({"email": "e@f.fi", "time": "2026-11-24T08:15:00Z", "ip": "10.0.0.1"}),
    ]
    for name in ("events.jsonl", "events.NDJSON"):
        result = read_event_file("\r\n".join(lines).encode(), name)
        assert result.events == (
            _event(1, email="a@b.fi"),
            _event(4, email="e@f.fi", ip="10.0.0.1"),
        )
        assert result.problems == (RowProblem(3, "ip", "ip_invalid"),)


def test_numbers_are_taken_as_text() -> None:
    result = _json(
        [
            {"customer_number": 12345, "time": "2026-11-24T08:15:00Z", "banner": 7},
            {"customer_number": 100.0, "time": "2026-11-24T08:15:00Z"},
        ]
    )
    assert result.events == (
        _event(1, customer_number="12345", banner="7"),
        _event(2, customer_number="100"),
    )


def test_nulls_are_empty() -> None:
    result = _json([{"email": "a@b.fi", "customer_number": None, "time": "2026-11-24T08:15Z"}])
    assert result.events == (_event(1, email="a@b.fi"),)


def test_items_and_values_of_the_wrong_kind_are_problems_not_crashes() -> None:
    result = _json(
        [
            "a@b.fi",
            [1, 2],
            None,
            {"email": ["a@b.fi"], "time": "2026-11-24T08:15:00Z"},
            {"customer_number": True, "time": "2026-11-24T08:15:00Z"},
            {"email": "a@b.fi", "time": 1764000000, "ip": {"v4": "1.2.3.4"}, "page": {}},
        ]
    )
    assert result.events == ()
    assert result.problems == (
        RowProblem(1, "", "json_invalid"),
        RowProblem(2, "", "json_invalid"),
        RowProblem(3, "", "json_invalid"),
        RowProblem(4, "email", "email_invalid"),
        RowProblem(5, "customer_number", "customer_number_invalid"),
        RowProblem(6, "time", "time_invalid"),
        RowProblem(6, "ip", "ip_invalid"),
        RowProblem(6, "page", "choice_invalid"),
    )
    assert result.problems[0].params == {"reason": "an event is not an object"}


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b'[{"email": "a@b.fi",}]', "e.json", "Expecting property name enclosed in double quotes"),
        (b'{"email": "secret@b.fi"', "e.json", "Expecting ',' delimiter"),
        (b'{"ok": 1}\n{"email": "secret@b.fi"\n', "e.jsonl", "Expecting ',' delimiter (line 2"),
        (b'"just text"', "e.json", 'expected an array of events or an object with an "events"'),
        (b'{"events": {"email": "a@b.fi"}}', "e.json", "expected an array of events"),
    ],
)
def test_invalid_json_says_why_without_quoting_the_file(
    data: bytes, name: str, reason: str
) -> None:
    err = _raises(data, name)
    assert err.code == "json_invalid"
    assert str(err.params["reason"]).startswith(reason)
    assert "secret" not in str(err) and "a@b" not in str(err)


def test_empty_json_file() -> None:
    assert _raises(b" \n", "e.json").code == "file_empty"


def test_an_empty_json_array_has_no_events() -> None:
    assert _json([]) == EventFile(events=(), problems=())


# --- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24T08:15:00Z", AT),
        ("2026-11-24t08:15:00z", AT),
        ("2026-11-24T08:15:00", AT),  # naive: UTC
        ("2026-11-24 08:15", AT),
        ("2026-11-24T10:15:00+02:00", AT),
        ("2026-11-24T03:15:00-05:00", AT),
        ("20261124T081500Z", AT),
        ("2026-11-24T08:15:00.250Z", AT.replace(microsecond=250_000)),
        (" 2026-11-24T08:15:00Z ", AT),
    ],
)
def test_times_become_aware_utc(text: str, expected: dt.datetime) -> None:
    (event,) = _json([{"email": "a@b.fi", "time": text}]).events
    assert event.at == expected
    assert event.at.tzinfo is UTC


@pytest.mark.parametrize(
    ("time", "problem"),
    [
        ("2026-11-24", "time_invalid"),  # a date alone is no time of day
        ("24.11.2026 10:15", "time_invalid"),
        ("2026-11-24T25:00:00", "time_invalid"),
        ("2026-02-30T10:00:00", "time_invalid"),
        ("0001-01-01T00:00:00+02:00", "time_invalid"),  # before the first UTC instant
        ("", "required"),
        ("   ", "required"),
        (None, "required"),
    ],
)
def test_bad_and_missing_times(time: str | None, problem: str) -> None:
    result = _json([{"email": "a@b.fi"}, {"email": "a@b.fi", "time": time}])
    assert result.problems == (RowProblem(1, "time", "required"), RowProblem(2, "time", problem))
    assert result.events == ()


@pytest.mark.parametrize(
    ("ip", "compressed"),
    [
        ("192.0.2.1", "192.0.2.1"),
        (" 192.0.2.1 ", "192.0.2.1"),
        ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("FE80:0:0:0:0:0:0:1", "fe80::1"),
        ("::", "::"),
        ("", ""),
    ],
)
def test_ip_addresses_are_compressed(ip: str, compressed: str) -> None:
    (event,) = _json([{"email": "a@b.fi", "time": "2026-11-24T08:15:00Z", "ip": ip}]).events
    assert event.ip == compressed


@pytest.mark.parametrize("ip", ["300.1.1.1", "1.2.3", "1.2.3.4:80", "[::1]", "2001:db8::g", "x"])
def test_bad_ip_addresses(ip: str) -> None:
    result = _json([{"email": "a@b.fi", "time": "2026-11-24T08:15:00Z", "ip": ip}])
    assert result.problems == (RowProblem(1, "ip", "ip_invalid"),)


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("referrer", 2000),
        ("page", 2000),
        ("link", 2000),
        ("banner", 200),
        ("user_agent", 1000),
        ("email", 254),
        ("customer_number", 20),
    ],
)
def test_length_limits(field: str, limit: int) -> None:
    base = {"email": "a@b.fi", "time": "2026-11-24T08:15:00Z"}
    assert _json([{**base, field: "x" * limit}]).problems == ()
    problems = _json([{**base, field: "x" * (limit + 1)}]).problems
    assert problems == (RowProblem(1, field, "too_long"),)
    assert problems[0].params == {"max": limit}


def test_a_too_long_identifier_is_not_also_reported_as_missing() -> None:
    result = _json([{"email": "x" * 255, "time": "2026-11-24T08:15:00Z"}])
    assert result.problems == (RowProblem(1, "email", "too_long"),)


@pytest.mark.parametrize("field", ["email", "customer_number", "page", "banner", "user_agent"])
def test_control_characters(field: str) -> None:
    base = {"customer_number": "A-1", "time": "2026-11-24T08:15:00Z"}
    result = _json([{**base, field: "a\x00b"}])
    assert result.problems == (RowProblem(1, field, "control_chars"),)


def test_several_problems_of_one_row_are_all_reported_in_field_order() -> None:
    result = _json([{"time": "nope", "ip": "nope", "page": "a\tb"}])
    assert result.problems == (
        RowProblem(1, "email", "required"),
        RowProblem(1, "time", "time_invalid"),
        RowProblem(1, "ip", "ip_invalid"),
        RowProblem(1, "page", "control_chars"),
    )


def test_problems_carry_no_personal_data() -> None:
    result = _json([{"email": "kanervo@kanaria.example\x01", "time": "kanervo", "ip": "kanervo"}])
    assert len(result.problems) == 3
    assert "kanervo" not in repr(result.problems)


def test_event_keys() -> None:
    assert event_key(" User-Agent ") == "user_agent"
    assert event_key("Customer Number") == "customer_number"
    assert event_key("REFERER") == "referrer"


def test_a_time_or_ip_of_the_wrong_kind_is_reported_once() -> None:
    result = _json([{"email": "a@b.fi", "time": {"at": "2026-11-24"}, "ip": [1]}])
    assert result.problems == (
        RowProblem(1, "time", "time_invalid"),
        RowProblem(1, "ip", "ip_invalid"),
    )


def test_a_number_python_refuses_to_parse_is_invalid_json() -> None:
    data = b'[{"customer_number": ' + b"1" * 5000 + b', "time": "2026-11-24T08:15:00Z"}]'
    err = _raises(data, "e.json")
    assert (err.code, err.params) == ("json_invalid", {"reason": "a number is too long"})
