"""Customers already in the register, updated from a file's rows: every cell the file gives,
under the rules an edit obeys (a restricted person is not changed, a newer row is a conflict)."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.customers.fields import CleanCustomer, search_text
from l4d_desktop.core.customers.records import number_taken
from l4d_desktop.core.imports.plan import Duplicate, PlannedRow
from l4d_desktop.core.imports.rows import CUSTOMERS, PendingRow, name_sort_key
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.store.models import Customer
from l4d_desktop.core.text import fold

# The fields a file's cell may overwrite: whether notes speak of others stays as reviewed.
_FILE_FIELDS = tuple(f.name for f in fields(CleanCustomer) if f.name != "notes_third_party")


def _still_matches(current: Customer, planned: PlannedRow, field: str) -> bool:
    """The row under the duplicate's id is still the person the file names (an erased
    customer's id can be given to someone new)."""
    if field == "email":
        return fold(current.email) == fold(planned.customer.email)
    return current.customer_number == planned.customer_number


def update_existing(
    session: Session, rows: list[tuple[PendingRow, Duplicate]], now: dt.datetime
) -> tuple[list[PendingRow], list[RowProblem]]:
    """Overwrite existing customers with the file's non-empty cells; returns the rows used and
    the rows refused: a restricted person (Art. 18: the data are only stored), or a customer
    saved since the preview (the duplicate's version), which the file must not overwrite."""
    ids = [d.customer_id for _, d in rows]
    existing: dict[int, Customer] = {}
    for i in range(0, len(ids), 500):
        for c in session.scalars(select(Customer).where(Customer.id.in_(ids[i : i + 500]))):
            existing[c.id] = c
    changes: list[dict[str, Any]] = []
    used: list[PendingRow] = []
    refused: list[RowProblem] = []
    for pending, duplicate in rows:
        cid = duplicate.customer_id
        current = existing.pop(cid, None)
        planned = pending.planned
        if current is None or not _still_matches(current, planned, duplicate.field):
            continue  # erased since the plan, or named by two rows of the file
        if current.restricted:
            refused.append(RowProblem(planned.row, "", "customer_restricted"))
            continue
        if current.version != duplicate.version:
            refused.append(RowProblem(planned.row, "", "changed_since_preview"))
            continue
        merged = CleanCustomer(
            **{
                name: getattr(planned.customer if name in planned.given else current, name)
                for name in _FILE_FIELDS
            },
            notes_third_party=current.notes_third_party,
        )
        number = current.customer_number or ""
        wanted = planned.customer_number
        if wanted and wanted != number and not number_taken(session, wanted, cid):
            number = wanted
        changes.append(
            {
                "b_id": cid,
                "customer_number": number or None,
                **_columns(merged),
                "search_text": search_text(merged, number),
                "sort_key": name_sort_key(merged.name),
                "updated_at": now,
            }
        )
        used.append(pending)
    if changes:
        table = CUSTOMERS
        values: dict[str, Any] = {k: bindparam(k) for k in changes[0] if k != "b_id"}
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(**values, version=table.c.version + 1)
        )
        session.execute(stmt, changes)
    return used, refused


def _columns(c: CleanCustomer) -> dict[str, Any]:
    return {f.name: getattr(c, f.name) for f in fields(CleanCustomer)}
