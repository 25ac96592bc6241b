"""Registers beyond the demo generator's pace (a million customers) in about a minute: the demo
register of TEMPLATE customers, its customers written again, varied, by executemany.

The generator makes each person with consents, web events and invoices through the program's
own checks, some 3 000 customers a second; a million that way would take most of an hour. A
larger register therefore starts as a copy of the cached demo register of TEMPLATE customers
(which keep their consents, events and invoices) and gains customer rows only: each template
customer again under a new customer number, with an email address and a phone number of its
own, and the search text and sort key worked out as the program does (a sample of the rows is
checked against the program's own `search_text`). The counter of customer numbers continues
after the last one, so that a customer added afterwards gets a free number.

    python bench/demo_db.py --customers 1000000     # built through here, then cached
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

TEMPLATE = 100_000
BATCH = 50_000
CHECK_EVERY = 10_007  # rows checked against the program's search_text()
_COPIED = (
    "name", "street", "postal_code", "city", "country", "company", "business_id", "language",
    "source", "source_name", "notes", "notes_third_party", "restricted", "restricted_at",
    "sort_key", "import_id", "created_at", "updated_at", "version",
)  # fmt: skip


def _email(email: str, copy: int) -> str:
    """The template's address with the copy's number in it: otto.maatta90@ → otto.maatta90.3@."""
    if not email:
        return ""
    local, _, domain = email.partition("@")
    return f"{local}.{copy}@{domain}"


def _phone(phone: str, copy: int) -> str:
    """Another number of the same operator: the subscriber part moved on by the copy's number."""
    if not phone.startswith("+358") or len(phone) < 10:
        return phone
    head, tail = phone[:7], phone[7:]
    moved = (int(tail) + copy * 7_919) % 10 ** len(tail)
    return f"{head}{moved:0{len(tail)}d}"


def _search_text(row: dict[str, Any], number: str) -> str:
    from l4d_desktop.core.text import fold

    phone = row["phone"]
    parts = [row["name"], row["email"], phone, "0" + phone[4:] if phone else "", row["company"]]
    parts += [number, row["postal_code"], row["city"]]
    return fold("\n".join(p for p in parts if p))


def _check(row: dict[str, Any], number: str, text: str) -> None:
    from l4d_desktop.core.customers.fields import search_text

    expected = search_text(SimpleNamespace(**row), number)  # type: ignore[arg-type]
    if expected != text:
        raise AssertionError(f"search text of customer {number} differs from the program's")


def build(path: Path, customers: int, template: Path) -> None:
    """Write a register of `customers` customers at `path` from the demo register `template`."""
    shutil.copyfile(template, path)
    path.chmod(0o600)  # as the program keeps a register
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        columns = ", ".join(("email", "phone", *_COPIED))
        rows = [dict(r) for r in conn.execute(f"SELECT {columns} FROM customers ORDER BY id")]
        conn.row_factory = None
        (start,) = conn.execute(
            "SELECT value FROM counters WHERE name = 'customer_number'"
        ).fetchone()
        names = ("customer_number", "email", "phone", "search_text", *_COPIED)
        insert = (
            f"INSERT INTO customers ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        )
        # A file being built, renamed into place only when complete: no need to sync as it
        # grows; and the search indexes are built once at the end, from sorted rows.
        conn.execute("PRAGMA synchronous=OFF")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customers'"
            " AND sql IS NOT NULL"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        batch: list[tuple[Any, ...]] = []
        number = start
        for i in range(customers - len(rows)):
            copy, row = divmod(i, len(rows))
            varied = {
                **rows[row],
                "email": _email(rows[row]["email"], copy + 1),
                "phone": _phone(rows[row]["phone"], copy + 1),
            }
            text = _search_text(varied, str(number))
            if i % CHECK_EVERY == 0:
                _check(varied, str(number), text)
            copied = [varied[c] for c in _COPIED]
            batch.append((str(number), varied["email"], varied["phone"], text, *copied))
            number += 1
            if len(batch) == BATCH:
                conn.executemany(insert, batch)
                batch.clear()
        conn.executemany(insert, batch)
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("UPDATE counters SET value = ? WHERE name = 'customer_number'", (number,))
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
