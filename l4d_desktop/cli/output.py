"""What the commands print: JSON values, one JSON array or one CSV table streamed row by row,
and a file's row problems in the command line's words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from l4d_desktop.core.errors import MESSAGES
from l4d_desktop.core.files.csv_export import write_csv

if TYPE_CHECKING:
    from l4d_desktop.core.imports.tabular import RowProblem


def json_value(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(value)
    return value


def json_tree(value: Any) -> Any:
    """A frozen record tree as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_tree(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [json_tree(v) for v in value]
    return json_value(value)


def reason(problem: RowProblem) -> str:
    """The problem in the words the command line uses for the same error anywhere else."""
    template = MESSAGES.get(problem.code, problem.code)
    try:
        return template.format(**{**problem.params, "field": problem.field or "row"})
    except (KeyError, IndexError):
        return template


def write_table(fmt: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Print `rows` as a JSON array of objects keyed by `columns`, or as CSV; return the count."""
    if fmt == "csv":
        with _csv_stdout() as out:
            return write_csv(out, columns, rows)
    out = sys.stdout
    count = 0
    for row in rows:
        obj = {c: json_value(v) for c, v in zip(columns, row, strict=True)}
        out.write("[\n  " if count == 0 else ",\n  ")
        out.write(json.dumps(obj, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


@contextmanager
def _csv_stdout() -> Iterator[TextIO]:
    """stdout as UTF-8 without newline translation (CSV rows end in CRLF on every system)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        yield sys.stdout
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield out
    finally:
        out.flush()
        out.detach()  # leave sys.stdout's buffer open


def use_utf8_stdio() -> None:
    """Names like Ääkkönen must print on a console whose locale says otherwise."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if isinstance(stream, io.TextIOWrapper) and encoding != "utf8":
            stream.reconfigure(encoding="utf-8")
