"""The audit viewer: browse the log by user, customer, action and time; export it as CSV.

The log itself holds ids and codes only. The viewer adds the staff member's username and name
(the pääkäyttäjä's own view of who did what) and the customer number an entry concerns (the
number the office knows a customer by, instead of the internal id); never customers' data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError, ValidationError
from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.models import AuditEntry, Customer, DataSubjectRequest, Invoice, User
from l4d_desktop.core.vocabulary import Right

PAGE_SIZE = 200
MAX_PAGE_SIZE = 5000

EXPORT_COLUMNS = (
    "id",
    "at",
    "actor_id",
    "actor_username",
    "actor_name",
    "action",
    "object_type",
    "object_id",
    "outcome",
    "detail",
    "prev_hash",
    "hash",
)


@dataclass(frozen=True)
class AuditFilter:
    """Every field narrows; the empty filter shows everything.

    `action` is an exact code ("login") or, ending in a dot, a family ("customer.").
    `customer_id` finds what was done to the customer, their requests and their invoices;
    `customer_number` does the same for the customer the register knows by that number (none
    when no customer has it, e.g. after an erasure).
    Times are aware datetimes: `since` inclusive, `until` exclusive.
    """

    user_id: int | None = None
    customer_id: int | None = None
    customer_number: str = ""
    action: str = ""
    outcome: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True)
class AuditRecord:
    """One entry as the viewer shows it, with the staff member it names (if any)."""

    id: int
    at: dt.datetime
    actor_id: int | None
    actor_username: str
    actor_name: str
    action: str
    object_type: str
    object_id: int | None
    outcome: str
    detail: str
    hash: str
    # The register's number of the customer the entry concerns (directly, through a request
    # or an invoice, or named in the detail); "" when none or no longer in the register.
    customer_number: str = ""


@dataclass(frozen=True)
class AuditPage:
    """Newest first. `next_before_id` fetches the next (older) page; None at the end."""

    records: tuple[AuditRecord, ...]
    total: int
    next_before_id: int | None


@dataclass(frozen=True)
class StaffName:
    id: int
    username: str
    full_name: str
    active: bool


class AuditViewerService(Service):
    """Needs `audit.read`; the CSV export also `data.export`. Browsing is not itself logged
    (it shows staff activity, not customers' data); an export is."""

    def page(
        self,
        actor: Actor,
        where: AuditFilter | None = None,
        *,
        before_id: int | None = None,
        limit: int = PAGE_SIZE,
    ) -> AuditPage:
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise ValidationError("limit", "choice_invalid")
        where = where or AuditFilter()
        with self._unit(actor, Right.AUDIT_READ, "audit.browse", write=False) as (session, _):
            conditions = _conditions(_by_id(session, where))
            total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
            if before_id is not None:
                conditions.append(AuditEntry.id < before_id)
            stmt = _with_names(conditions)
            rows = session.execute(stmt.order_by(AuditEntry.id.desc()).limit(limit + 1)).all()
            numbers = _customer_numbers(session, [e for e, _u, _n in rows[:limit]])
            records = tuple(_record(e, u, n, numbers.get(e.id, "")) for e, u, n in rows[:limit])
            more = len(rows) > limit
            return AuditPage(records, int(total or 0), records[-1].id if more else None)

    def actions(self, actor: Actor) -> list[str]:
        """The action codes present in the log, for the viewer's action filter."""
        with self._unit(actor, Right.AUDIT_READ, "audit.browse", write=False) as (session, _):
            return list(
                session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
            )

    def staff(self, actor: Actor) -> list[StaffName]:
        """Every account, active or not, for the viewer's user filter (users.admin not needed)."""
        with self._unit(actor, Right.AUDIT_READ, "audit.browse", write=False) as (session, _):
            users = session.scalars(select(User).order_by(User.username))
            return [StaffName(u.id, u.username, u.full_name, u.active) for u in users]

    def export_csv(self, actor: Actor, path: Path, where: AuditFilter | None = None) -> int:
        """Write the (filtered) log oldest first to a new owner-only CSV file; return the rows.

        The hashes are included, so that a copy can be checked against a checkpoint later.
        """
        path = Path(path)
        rights = (Right.AUDIT_READ, Right.DATA_EXPORT)
        with self._unit(actor, rights, "audit.export", write=False) as (session, _):
            try:
                count = write_csv_file(path, EXPORT_COLUMNS, _export_rows(session, where))
            except OSError as exc:
                raise L4DError(
                    "audit_export_failed",
                    path=str(path),
                    reason=exc.strerror or type(exc).__name__,
                ) from None
        self.audit.append_separately(
            actor_id=actor.user_id, action="audit.export", detail=f"rows={count}"
        )
        return count


def _by_id(session: Session, where: AuditFilter) -> AuditFilter:
    """`where` with its customer number turned into the customer's id (0, matching nothing,
    when no customer has the number)."""
    number = where.customer_number.strip()
    if not number:
        return where
    found = session.scalar(select(Customer.id).where(Customer.customer_number == number))
    # The number stays: a customer removed as entered by mistake is found by it alone.
    return replace(where, customer_id=found or 0, customer_number=number)


def _export_rows(session: Session, where: AuditFilter | None) -> Iterator[tuple[object, ...]]:
    stmt = _with_names(_conditions(_by_id(session, where or AuditFilter())))
    for e, username, name in session.execute(stmt.order_by(AuditEntry.id)).yield_per(1000):
        yield (
            e.id,
            e.at,
            e.actor_id,
            username or "",
            name or "",
            e.action,
            e.object_type,
            e.object_id,
            e.outcome,
            e.detail,
            e.prev_hash,
            e.hash,
        )


def _with_names(conditions: list[ColumnElement[bool]]) -> Select[AuditEntry, str, str]:
    """The entries matching `conditions`, each with its actor's username and name."""
    return (
        select(AuditEntry, User.username, User.full_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(*conditions)
    )


def _stamp(moment: dt.datetime, field: str) -> str:
    """The stored form of a time (ISO 8601 UTC, microseconds): it sorts as text."""
    if moment.tzinfo is None:
        raise ValidationError(field, "time_invalid")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _conditions(where: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.user_id is not None:
        conditions.append(AuditEntry.actor_id == where.user_id)
    if where.action:
        if where.action.endswith("."):
            conditions.append(AuditEntry.action.startswith(where.action, autoescape=True))
        else:
            conditions.append(AuditEntry.action == where.action)
    if where.outcome:
        conditions.append(AuditEntry.outcome == where.outcome)
    if where.since is not None:
        conditions.append(AuditEntry.at >= _stamp(where.since, "since"))
    if where.until is not None:
        conditions.append(AuditEntry.at < _stamp(where.until, "until"))
    if where.customer_id is not None:
        cid = where.customer_id
        requests = select(DataSubjectRequest.id).where(DataSubjectRequest.customer_id == cid)
        invoices = select(Invoice.id).where(Invoice.customer_id == cid)
        # the removal of a mistaken customer keeps only the number it had
        removed = (
            [and_(AuditEntry.action == "customer.remove", AuditEntry.detail == number)]
            if (number := where.customer_number)
            else []
        )
        conditions.append(
            or_(
                and_(AuditEntry.object_type == "customer", AuditEntry.object_id == cid),
                and_(AuditEntry.object_type == "request", AuditEntry.object_id.in_(requests)),
                and_(AuditEntry.object_type == "invoice", AuditEntry.object_id.in_(invoices)),
                AuditEntry.detail == f"customer:{cid}",
                *removed,
            )
        )
    return conditions


def _detail_customer(detail: str) -> int | None:
    """The customer id an entry's detail names ("customer:12"), if any."""
    kind, _, value = detail.partition(":")
    return int(value) if kind == "customer" and value.isdigit() else None


def _customer_numbers(session: Session, entries: list[AuditEntry]) -> dict[int, str]:
    """Entry id -> the number of the customer it concerns, for one page of entries."""
    customer_of: dict[int, int] = {}  # entry id -> customer id
    by_request: dict[int, list[int]] = {}
    by_invoice: dict[int, list[int]] = {}
    for e in entries:
        named = _detail_customer(e.detail)
        if named is not None:
            customer_of[e.id] = named
        elif e.object_id is None:
            continue
        elif e.object_type == "customer":
            customer_of[e.id] = e.object_id
        elif e.object_type == "request":
            by_request.setdefault(e.object_id, []).append(e.id)
        elif e.object_type == "invoice":
            by_invoice.setdefault(e.object_id, []).append(e.id)
    for model, wanted in ((DataSubjectRequest, by_request), (Invoice, by_invoice)):
        if not wanted:
            continue
        owners = session.execute(
            select(model.id, model.customer_id).where(model.id.in_(list(wanted)))
        ).all()
        for object_id, customer_id in owners:
            if customer_id is not None:
                customer_of.update(dict.fromkeys(wanted[object_id], customer_id))
    if not customer_of:
        return {}
    numbers = dict(
        session.execute(
            select(Customer.id, Customer.customer_number).where(
                Customer.id.in_(set(customer_of.values()))
            )
        ).all()
    )
    return {entry: number for entry, cid in customer_of.items() if (number := numbers.get(cid))}


def _record(
    e: AuditEntry, username: str | None, name: str | None, customer_number: str = ""
) -> AuditRecord:
    return AuditRecord(
        id=e.id,
        at=dt.datetime.fromisoformat(e.at),
        actor_id=e.actor_id,
        actor_username=username or "",
        actor_name=name or "",
        action=e.action,
        object_type=e.object_type,
        object_id=e.object_id,
        outcome=e.outcome,
        detail=e.detail,
        hash=e.hash,
        customer_number=customer_number,
    )
