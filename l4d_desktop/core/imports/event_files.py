"""Technical web events (page views, link and banner clicks) exported by the web site.

The site exports CSV, a JSON array, or JSON Lines. Each record becomes a RawEvent or, if any
of its values cannot be used, RowProblems naming the row and field; matching events to the
register's customers happens in the import, not here.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath

from l4d_desktop.core.errors import FileFormatError, ValidationError
from l4d_desktop.core.imports.tabular import UNDECODABLE, RowProblem, decode_bytes, read_table
from l4d_desktop.core.text import clean_text

KEYS: tuple[str, ...] = (
    "email",
    "customer_number",
    "time",
    "ip",
    "referrer",
    "page",
    "link",
    "banner",
    "user_agent",
)
# "Referer" is how HTTP spells it, and logs copy that spelling.
_ALIASES = {"referer": "referrer", "e_mail": "email"}

MAX_LENGTH: dict[str, int] = {
    "email": 254,
    "customer_number": 20,
    "referrer": 2000,
    "page": 2000,
    "link": 2000,
    "banner": 200,
    "user_agent": 1000,
}

# The code reported when a JSON value is an object, a list or a boolean instead of text.
_WRONG_TYPE_CODE = {
    "time": "time_invalid",
    "ip": "ip_invalid",
    "email": "email_invalid",
    "customer_number": "customer_number_invalid",
}

_JSON_LINES = (".jsonl", ".ndjson")
_KEY_SEPARATORS = re.compile(r"[\s\-]+")
_HAS_TIME_OF_DAY = re.compile(r"\d[Tt ]\d")


@dataclass(frozen=True)
class RawEvent:
    row: int
    email: str  # stripped and case-folded, for matching only
    customer_number: str
    at: dt.datetime  # aware, UTC
    ip: str  # compressed form, or empty
    referrer: str
    page: str
    link: str
    banner: str
    user_agent: str


@dataclass(frozen=True)
class EventFile:
    events: tuple[RawEvent, ...]
    problems: tuple[RowProblem, ...]


class _Problem(Exception):
    """A record's value is unusable; carried out of the parsers to become a RowProblem."""

    def __init__(self, field: str, code: str, **params: int | str) -> None:
        super().__init__(code)
        self.field = field
        self.code = code
        self.params = params


def event_key(name: str) -> str:
    """The key or column name a record field is known by: case, spaces and hyphens folded."""
    key = _KEY_SEPARATORS.sub("_", name.strip().casefold())
    return _ALIASES.get(key, key)


def read_event_file(data: bytes, filename: str) -> EventFile:
    suffix = PurePath(filename).suffix.lower()
    text = decode_bytes(data)
    undecodable = UNDECODABLE.search(text) is not None  # CSV rows are reported by read_table
    if suffix == ".json":
        records = _json_records(text)
    elif suffix in _JSON_LINES:
        records = _json_lines_records(text)
    else:
        records = _csv_records(text)
    events: list[RawEvent] = []
    problems: list[RowProblem] = []
    for row, record in records:
        if isinstance(record, RowProblem):
            problems.append(record)
            continue
        if undecodable and any(
            isinstance(v, str) and UNDECODABLE.search(v) for v in record.values()
        ):
            problems.append(RowProblem(row, "", "encoding_invalid"))
            continue
        event, found = _event(row, record)
        if event is not None:
            events.append(event)
        problems.extend(found)
    return EventFile(events=tuple(events), problems=tuple(problems))


# --- sources: each yields (row number, record or the problem that stands for it) -------------

_Record = Mapping[str, object]
_Item = tuple[int, _Record | RowProblem]


def _csv_records(text: str) -> Iterator[_Item]:
    table = read_table(text)
    columns: dict[int, str] = {}
    for index, title in enumerate(table.header):
        key = event_key(title)
        if key not in KEYS:
            continue
        if key in columns.values():
            raise FileFormatError("column_duplicate", column=key)
        columns[index] = key
    if "time" not in columns.values():
        raise FileFormatError("column_missing", column="time")
    if not {"email", "customer_number"} & set(columns.values()):
        raise FileFormatError("column_missing", column="email")
    width = len(table.header)
    for problem in table.problems:
        yield problem.row, problem
    for table_row in table.rows:
        if len(table_row.cells) != width:
            yield table_row.number, RowProblem(table_row.number, "", "cell_count")
        else:
            yield table_row.number, {key: table_row.cells[i] for i, key in columns.items()}


def _json_records(text: str) -> Iterator[_Item]:
    document = _parse_json(text, line=None)
    if isinstance(document, dict) and isinstance(document.get("events"), list):
        items: list[object] = document["events"]
    elif isinstance(document, list):
        items = document
    else:
        raise FileFormatError(
            "json_invalid", reason='expected an array of events or an object with an "events" array'
        )
    return _objects(enumerate(items, start=1))


def _json_lines_records(text: str) -> Iterator[_Item]:
    items: list[tuple[int, object]] = []
    # splitlines() would also split at U+2028 and other breaks JSON allows inside strings.
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if line.strip():
            items.append((number, _parse_json(line, line=number)))
    return _objects(items)


def _objects(items: Iterable[tuple[int, object]]) -> Iterator[_Item]:
    for row, item in items:
        if isinstance(item, dict):
            yield row, {event_key(str(k)): v for k, v in item.items()}
        else:
            yield row, RowProblem(row, "", "json_invalid", {"reason": "an event is not an object"})


def _parse_json(text: str, line: int | None) -> object:
    try:
        parsed: object = json.loads(text)
        return parsed
    except json.JSONDecodeError as exc:
        # exc.msg is a fixed phrase ("Expecting value"); str(exc) is too, but the document
        # itself must never reach the message.
        where = f"line {line}" if line is not None else f"line {exc.lineno}"
        reason = f"{exc.msg} ({where}, column {exc.colno})"
        raise FileFormatError("json_invalid", reason=reason) from None
    except ValueError:
        # Python refuses integers of more than 4300 digits rather than parse them.
        raise FileFormatError("json_invalid", reason="a number is too long") from None
    except RecursionError:
        raise FileFormatError("json_invalid", reason="nested too deeply") from None


# --- one record ------------------------------------------------------------------------------


def _event(row: int, record: _Record) -> tuple[RawEvent | None, list[RowProblem]]:
    problems: list[RowProblem] = []
    values: dict[str, str] = {}
    for key in KEYS:
        try:
            values[key] = _value(key, record.get(key))
        except _Problem as problem:
            problems.append(RowProblem(row, problem.field, problem.code, problem.params))
            values[key] = ""
    at: dt.datetime | None = None
    if not _has_problem(problems, "time"):
        try:
            at = _parse_time(values["time"])
        except _Problem as problem:
            problems.append(RowProblem(row, problem.field, problem.code, problem.params))
    if not _has_problem(problems, "ip"):
        try:
            values["ip"] = _parse_ip(values["ip"])
        except _Problem as problem:
            problems.append(RowProblem(row, problem.field, problem.code, problem.params))
    identified = values["email"] or values["customer_number"]
    if not identified and not _has_problem(problems, "email", "customer_number"):
        problems.append(RowProblem(row, "email", "required"))
    if problems or at is None:
        return None, _in_key_order(problems)
    return (
        RawEvent(
            row=row,
            email=values["email"].casefold(),
            customer_number=values["customer_number"],
            at=at,
            ip=values["ip"],
            referrer=values["referrer"],
            page=values["page"],
            link=values["link"],
            banner=values["banner"],
            user_agent=values["user_agent"],
        ),
        [],
    )


def _value(key: str, raw: object) -> str:
    """The text of one value; numbers are accepted as text (a customer number is often one)."""
    if raw is None:
        return ""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise _Problem(key, _WRONG_TYPE_CODE.get(key, "choice_invalid"))
    if isinstance(raw, float):
        text = str(int(raw)) if raw.is_integer() else repr(raw)
    else:
        text = str(raw)
    if key not in MAX_LENGTH:
        return text.strip()  # time and ip are judged by their parsers
    try:
        return clean_text(text, key, max_length=MAX_LENGTH[key])
    except ValidationError as exc:
        limits = {name: value for name, value in exc.params.items() if name != "field"}
        raise _Problem(key, exc.code, **limits) from None


def _parse_time(text: str) -> dt.datetime:
    if not text:
        raise _Problem("time", "required")
    # fromisoformat also takes a bare date, which would silently become midnight.
    if not _HAS_TIME_OF_DAY.search(text):
        raise _Problem("time", "time_invalid")
    try:
        # RFC 3339 allows a lower-case "t" and "z"; fromisoformat does not.
        at = dt.datetime.fromisoformat(text.upper())
        if at.tzinfo is None:
            return at.replace(tzinfo=dt.UTC)
        return at.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        # The ValueError quotes the value; it must not travel on.
        raise _Problem("time", "time_invalid") from None


def _parse_ip(text: str) -> str:
    if not text:
        return ""
    try:
        return ipaddress.ip_address(text).compressed
    except ValueError:
        raise _Problem("ip", "ip_invalid") from None


def _has_problem(problems: list[RowProblem], *fields: str) -> bool:
    return any(p.field in fields for p in problems)


def _in_key_order(problems: list[RowProblem]) -> list[RowProblem]:
    order = {key: i for i, key in enumerate(KEYS)}
    return sorted(problems, key=lambda p: order.get(p.field, -1))
