"""Customer lists from spreadsheets into the register.

`plan()` reads and checks the whole file in one read snapshot and writes nothing: every problem
of every row, rows already in the register (by email or customer number), rows whose email or
phone is on the suppression list. `run()` then writes the valid rows in batches of their own
transactions, so that another user's save never waits long behind the import; a cancel (or any
failure) removes every row the import added, and an import left running by a crash is removed
when the register is next opened (`recover_interrupted_imports`).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any, cast

from sqlalchemy import Dialect, Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.access import Service
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customer_csv import CustomerFile, read_customer_file
from l4d_desktop.core.customer_fields import (
    CleanCustomer,
    clean_customer_number,
    clean_customer_values,
    search_text,
)
from l4d_desktop.core.customers import NEXT_NUMBER_KEY, allocate_numbers, number_taken
from l4d_desktop.core.db import Database
from l4d_desktop.core.errors import BusinessRuleError, L4DError, ValidationError
from l4d_desktop.core.import_lock import ImportLock, undo_interrupted
from l4d_desktop.core.models import (
    ConsentEvent,
    ConsentPurpose,
    Customer,
    DataSubjectRequest,
    Import,
    Invoice,
    Setting,
    Suppression,
)
from l4d_desktop.core.settings import SettingsStore
from l4d_desktop.core.suppression import SALT_KEY, SuppressionList, digests
from l4d_desktop.core.tabular import RowProblem
from l4d_desktop.core.text import _SORT_KEY_LENGTH, fold, sort_key
from l4d_desktop.core.vocabulary import ConsentMethod, DuplicatePolicy, Right

__all__ = [
    "BATCH_SIZE",
    "CustomerImportService",
    "Duplicate",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "recover_interrupted_imports",
]

log = logging.getLogger(__name__)

BATCH_SIZE = 5000
_CUSTOMERS = cast(Table, Customer.__table__)
_CONSENT_EVENTS = cast(Table, ConsentEvent.__table__)
KIND = "customers"
ACTION = "customer.import"
MARKETING_PURPOSE = "marketing_email"
# The file's columns that are customer fields (customer_number and marketing_consent are not).
_INPUT_FIELDS = (
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
    "notes",
)


# -- what plan() finds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    """A valid row naming a person already in the register: not an error, a choice."""

    row: int
    customer_id: int
    field: str  # "email" or "customer_number": what matched


@dataclass(frozen=True)
class PlannedRow:
    """A row that passed every check, with its values as they will be stored."""

    row: int
    customer: CleanCustomer
    customer_number: str  # "" when the file gives none: one is allocated on import
    marketing_consent: bool  # the file says the person consented to marketing email
    suppressed: bool  # email or phone on the suppression list: imported without consent
    # The file's text of the row's customer fields (read when an existing customer is updated).
    cells: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def given(self) -> frozenset[str]:
        """Fields whose cell is not empty: an update of an existing customer takes these only,
        so an empty cell never wipes what the register has."""
        return frozenset(f for f, text in self.cells.items() if f in _INPUT_FIELDS and text.strip())


@dataclass(frozen=True)
class ImportPlan:
    """What a file would do to the register, found without writing anything."""

    rows: tuple[PlannedRow, ...] = ()
    problems: tuple[RowProblem, ...] = ()  # sorted by row; all of a row's problems
    duplicates: tuple[Duplicate, ...] = ()
    suppressed_rows: tuple[int, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    total_rows: int = 0
    fields: tuple[str, ...] = ()  # the customer fields the file has columns for

    @property
    def valid_count(self) -> int:
        return len(self.rows)

    @property
    def rejected_count(self) -> int:
        """Rows with at least one problem."""
        return len({p.row for p in self.problems})

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def new_count(self) -> int:
        return len(self.rows) - len(self.duplicates)

    @property
    def suppressed_count(self) -> int:
        return len(self.suppressed_rows)

    @property
    def consent_count(self) -> int:
        """New customers whose marketing consent will be recorded."""
        dup_rows = {d.row for d in self.duplicates}
        return sum(
            1
            for r in self.rows
            if r.marketing_consent and not r.suppressed and r.row not in dup_rows
        )

    @cached_property
    def duplicate_by_row(self) -> Mapping[int, Duplicate]:
        return {d.row: d for d in self.duplicates}


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new customers
    updated: int  # existing customers updated from the file
    duplicates: int  # valid rows naming someone already in the register
    skipped: int  # of those, rows left as they were
    rejected: int  # rows with problems, not imported
    suppressed: int  # rows written without marketing consent: on the suppression list
    import_id: int
    problems: tuple[RowProblem, ...] = field(default=())


class ImportCancelled(L4DError):
    """The user cancelled; every row the import had written was removed again."""

    def __init__(self) -> None:
        super().__init__("import_cancelled")


# -- the register as a file is checked against -------------------------------------------------


@dataclass
class _Register:
    """What of the register a file is checked against: who is in it, who may not be marketed."""

    by_email: dict[str, int]  # folded email → lowest customer id
    by_number: dict[str, int]
    salt: str
    suppressed: set[tuple[str, str]]
    last_suppression_id: int

    @classmethod
    def load(cls, session: Session) -> _Register:
        by_email: dict[str, int] = {}
        by_number: dict[str, int] = {}
        rows = session.execute(
            select(Customer.id, Customer.email, Customer.customer_number).order_by(Customer.id)
        )
        for cid, email, number in rows:
            if email:
                by_email.setdefault(fold(email), cid)
            if number:
                by_number[number] = cid
        salt_row = session.get(Setting, SALT_KEY)
        salt, suppressed, last = "", set(), 0
        # Without a salt nothing can be on the list; SuppressionList would create one, which a
        # read snapshot must not.
        if salt_row is not None and salt_row.value:
            listed = SuppressionList(session)
            salt, suppressed = listed.salt, listed.all_digests()
            last = session.scalar(select(func.max(Suppression.id))) or 0
        return cls(by_email, by_number, salt, suppressed, last)

    def refresh_suppressions(self, session: Session) -> None:
        """Entries added since (an objection recorded while the import runs)."""
        if not self.salt:
            salt_row = session.get(Setting, SALT_KEY)
            if salt_row is None or not salt_row.value:
                return
            self.salt = salt_row.value
        new = session.execute(
            select(Suppression.id, Suppression.kind, Suppression.digest).where(
                Suppression.id > self.last_suppression_id
            )
        ).all()
        for sid, kind, digest in new:
            self.suppressed.add((kind, digest))
            self.last_suppression_id = max(self.last_suppression_id, sid)

    def is_suppressed(self, email: str, phone: str) -> bool:
        if not self.suppressed:
            return False
        return any(d in self.suppressed for d in digests(self.salt, email, phone))

    def match(self, email: str, number: str) -> tuple[Duplicate | None, RowProblem | None]:
        """(the existing customer the row names, or a conflict); row numbers filled by caller."""
        by_email = self.by_email.get(fold(email)) if email and self.by_email else None
        by_number = self.by_number.get(number) if number and self.by_number else None
        if by_email is not None and by_number is not None and by_email != by_number:
            # The email is one person's and the number another's: the file is wrong somewhere.
            return None, RowProblem(0, "customer_number", "customer_number_taken")
        if by_email is not None:
            return Duplicate(0, by_email, "email"), None
        if by_number is not None:
            return Duplicate(0, by_number, "customer_number"), None
        return None, None


def _problem(row: int, exc: ValidationError) -> RowProblem:
    params = {k: v for k, v in exc.params.items() if k != "field"}
    return RowProblem(row, exc.field, exc.code, params)


def _check(parsed: CustomerFile, register: _Register) -> ImportPlan:
    """Every row through the customer validation, then against the file and the register."""
    problems: list[RowProblem] = list(parsed.problems)
    bad_rows = {p.row for p in parsed.problems}
    planned: list[PlannedRow] = []
    duplicates: list[Duplicate] = []
    suppressed_rows: list[int] = []
    seen_email: dict[str, int] = {}
    seen_number: dict[str, int] = {}
    input_fields = [f for f in _INPUT_FIELDS if f in parsed.fields]
    for raw in parsed.rows:
        row = raw.row
        values = raw.values
        row_problems: list[RowProblem] = []
        number = ""
        try:
            number = clean_customer_number(values.get("customer_number", ""))
        except ValidationError as exc:
            row_problems.append(_problem(row, exc))
        clean: CleanCustomer | None = None
        try:
            clean = clean_customer_values({f: values[f] for f in input_fields})
        except ValidationError as exc:
            row_problems += [_problem(row, e) for e in getattr(exc, "all_errors", [exc])]
        # A later row repeating an earlier row's value is the problem; the earlier row stands.
        if clean is not None and clean.email:
            key = fold(clean.email)
            if key in seen_email:
                row_problems.append(RowProblem(row, "email", "duplicate_in_file"))
            else:
                seen_email[key] = row
        if number:
            if number in seen_number:
                row_problems.append(RowProblem(row, "customer_number", "duplicate_in_file"))
            else:
                seen_number[number] = row
        if clean is None or row_problems or row in bad_rows:
            problems += row_problems
            continue
        duplicate, conflict = register.match(clean.email, number)
        if conflict is not None:
            problems.append(replace(conflict, row=row))
            continue
        if duplicate is not None:
            duplicates.append(replace(duplicate, row=row))
        suppressed = register.is_suppressed(clean.email, clean.phone)
        if suppressed:
            suppressed_rows.append(row)
        planned.append(
            PlannedRow(
                row=row,
                customer=clean,
                customer_number=number,
                marketing_consent=bool(raw.marketing_consent),
                suppressed=suppressed,
                cells=values,
            )
        )
    problems.sort(key=lambda p: p.row)  # stable: a row's problems stay in field order
    return ImportPlan(
        rows=tuple(planned),
        problems=tuple(problems),
        duplicates=tuple(duplicates),
        suppressed_rows=tuple(suppressed_rows),
        ignored_columns=parsed.ignored_columns,
        total_rows=len({r.row for r in parsed.rows} | bad_rows),
        fields=tuple(input_fields),
    )


@contextmanager
def _bulk_work() -> Iterator[None]:
    """No cyclic garbage collection while 100 000 rows of short-lived objects are made: the
    collector would walk them again and again (a third of the time) and find no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return sort_key(word)


def _sort_key(name: str) -> str:
    """sort_key(name), a word at a time from a cache: a list of 100 000 people has far fewer
    first names and surnames. The same text: sort_key maps NFC case-folded characters one by
    one, and neither NFC nor case folding joins anything across a space."""
    return " ".join(map(_word_key, name.split(" ")))[:_SORT_KEY_LENGTH]


# -- undoing an import --------------------------------------------------------------------------


@dataclass
class _NumberCounter:
    """The next-customer-number setting before the import moved it, and where it left it."""

    before: str | None = None
    after: str | None = None
    moved: bool = False

    def allocate(self, session: Session, count: int, reserved: set[str]) -> list[str]:
        """`count` fresh numbers that none of the file's own (not yet written) numbers use."""
        if not self.moved:
            row = session.get(Setting, NEXT_NUMBER_KEY)
            self.before = None if row is None else row.value
            self.moved = True
        out: list[str] = []
        while len(out) < count:
            out += [n for n in allocate_numbers(session, count - len(out)) if n not in reserved]
        session.flush()
        after = session.get(Setting, NEXT_NUMBER_KEY)
        self.after = None if after is None else after.value
        return out

    def restore(self, session: Session) -> None:
        """Put the counter back, unless someone has taken numbers after the import did."""
        if not self.moved:
            return
        row = session.get(Setting, NEXT_NUMBER_KEY)
        if row is None or row.value != self.after:
            return
        if self.before is None:
            session.delete(row)
        else:
            row.value = self.before


def _still_matches(current: Customer, planned: PlannedRow, field: str) -> bool:
    """The row under the duplicate's id is still the person the file names (an erased
    customer's id can be given to someone new)."""
    if field == "email":
        return fold(current.email) == fold(planned.customer.email)
    return current.customer_number == planned.customer_number


def _remove_rows(session: Session, import_id: int) -> None:
    """Delete the import's customers; their consent events go with them (ON DELETE CASCADE).

    Someone may already have registered a request or an invoice for a customer while the
    import ran: that customer stays, as an ordinary one (a request must keep its person).
    """
    in_use = (
        select(DataSubjectRequest.customer_id)
        .where(DataSubjectRequest.customer_id.is_not(None))
        .union(select(Invoice.customer_id).where(Invoice.customer_id.is_not(None)))
    )
    session.execute(
        update(Customer)
        .where(Customer.import_id == import_id, Customer.id.in_(in_use))
        .values(import_id=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(Customer)
        .where(Customer.import_id == import_id)
        .execution_options(synchronize_session=False)
    )


def recover_interrupted_imports(db: Database, audit: AuditLog) -> list[int]:
    """Undo customer imports a crash left running (see import_lock); returns their ids."""
    return undo_interrupted(db, audit, KIND, ACTION, _remove_rows)


# -- the service ----------------------------------------------------------------------------------


_IN_CHUNK = 500  # bound values per statement, well under any database's limit


def _numbers_taken_sql(session: Session, count: int) -> str:
    """SELECT of the customer numbers among `count` given ones, as driver SQL: SQLAlchemy would
    compile an in_() of 500 values afresh for every chunk of every batch."""
    quote = session.get_bind().dialect.identifier_preparer
    column = quote.format_column(_CUSTOMERS.c.customer_number)
    marks = ", ".join("?" * count)
    return f"SELECT {column} FROM {quote.format_table(_CUSTOMERS)} WHERE {column} IN ({marks})"


class _Pending:
    """A row as run() will write it."""

    __slots__ = ("key", "number", "planned", "suppressed", "text")

    def __init__(self, planned: PlannedRow, number: str, suppressed: bool) -> None:
        self.planned = planned
        self.number = number
        self.suppressed = suppressed
        self.key = ""  # Finnish sort key of the name: the order rows are written in
        self.text = ""  # the search text


class CustomerImportService(Service):
    batch_size = BATCH_SIZE

    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    # -- plan ---------------------------------------------------------------------------------

    def plan(self, actor: Actor, data: bytes) -> ImportPlan:
        """Read and check a customer file against the register; nothing is written.

        Raises FileFormatError when the file as a whole cannot be read.
        """
        with (
            _bulk_work(),
            self._unit(actor, Right.CUSTOMERS_EDIT, ACTION, write=False) as (session, _),
        ):
            parsed = read_customer_file(data)
            return _check(parsed, _Register.load(session))

    # -- run ----------------------------------------------------------------------------------

    def run(
        self,
        actor: Actor,
        plan: ImportPlan,
        *,
        all_or_nothing: bool,
        on_duplicate: str = "skip",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Write the plan's valid rows; `all_or_nothing` writes nothing if any row has a problem.

        Rows already in the register are skipped or, with on_duplicate="update", updated with
        every field the file has. `progress(done, total)` is called after each batch and
        `cancelled()` asked between batches: a cancel removes every row written so far and
        raises ImportCancelled.
        """
        try:
            policy = DuplicatePolicy(on_duplicate)
        except ValueError:
            raise ValidationError("on_duplicate", "choice_invalid") from None
        if all_or_nothing and plan.problems:
            self._require(actor, Right.CUSTOMERS_EDIT, ACTION)
            raise BusinessRuleError("import_has_errors", count=plan.rejected_count)
        with _bulk_work():
            return self._run(actor, plan, policy, progress, cancelled)

    def _run(
        self,
        actor: Actor,
        plan: ImportPlan,
        policy: DuplicatePolicy,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> ImportResult:
        lock: ImportLock | None = None
        try:
            with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
                job = Import(
                    kind=KIND, status="running", started_by=user.id, started_at=self.clock()
                )
                session.add(job)
                session.flush()
                import_id = job.id
                # Taken before the row is committed: a recovery never sees it running unlocked.
                lock = ImportLock(self.db, import_id)
                lock.acquire()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        counter = _NumberCounter()
        try:
            return self._write(actor, plan, import_id, policy, counter, progress, cancelled)
        except BaseException as exc:
            outcome = "cancelled" if isinstance(exc, ImportCancelled) else "failed"
            try:
                self._undo(actor, import_id, counter, outcome)
            except Exception as undo_error:
                # Left running: undone when the register is next opened.
                log.warning(
                    "import %s could not be undone now: %s", import_id, type(undo_error).__name__
                )
            raise
        finally:
            lock.release()

    def _write(
        self,
        actor: Actor,
        plan: ImportPlan,
        import_id: int,
        policy: DuplicatePolicy,
        counter: _NumberCounter,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> ImportResult:
        # The register as it is now: the plan may be minutes old.
        with self.db.read() as session:
            register = _Register.load(session)
            purpose = session.scalar(
                select(ConsentPurpose.id).where(
                    ConsentPurpose.code == MARKETING_PURPOSE, ConsentPurpose.active.is_(True)
                )
            )
            notice_version = self.settings.get(session, "notice_version")
        to_insert: list[_Pending] = []
        to_update: list[tuple[_Pending, Duplicate]] = []
        skipped = duplicates = 0
        late: list[RowProblem] = []  # conflicts that arose after the plan was made
        for planned in plan.rows:
            clean = planned.customer
            duplicate, conflict = register.match(clean.email, planned.customer_number)
            if duplicate is None and conflict is None:
                # Someone named in the plan but erased since is not brought back.
                duplicate = plan.duplicate_by_row.get(planned.row)
            suppressed = planned.suppressed or register.is_suppressed(clean.email, clean.phone)
            pending = _Pending(planned, planned.customer_number, suppressed)
            if conflict is not None:
                late.append(replace(conflict, row=planned.row))
            elif duplicate is not None:
                duplicates += 1
                if policy is DuplicatePolicy.UPDATE:
                    to_update.append((pending, duplicate))
                else:
                    skipped += 1
            else:
                pending.key = _sort_key(clean.name)
                to_insert.append(pending)
        total = len(to_insert) + len(to_update)
        # Writing in the list's order keeps each batch's index entries together: batches then
        # rewrite few pages of the search index instead of most of them.
        order = sorted(to_insert, key=lambda p: p.key)
        done = 0
        for start in range(0, len(order), self.batch_size):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            batch = order[start : start + self.batch_size]
            if start == 0:
                self._number_rows(actor, to_insert, to_update, counter)
            for pending in batch:  # before the transaction: it holds the write lock
                pending.text = search_text(pending.planned.customer, pending.number)
            with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
                self._insert(
                    session,
                    batch,
                    order[start + self.batch_size :],
                    import_id,
                    register,
                    counter,
                    purpose,
                    notice_version,
                    user.id,
                )
            done += len(batch)
            if progress is not None:
                progress(done, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
            updated = self._update(session, to_update) if to_update else []
            skipped += len(to_update) - len(updated)
            job = session.get(Import, import_id)
            assert job is not None
            job.status = "done"
            job.finished_at = self.clock()
            job.imported = len(to_insert)
            job.updated = len(updated)
            job.rejected = plan.rejected_count + len(late)
            job.duplicates = duplicates
            self.audit.append(
                session,
                actor_id=user.id,
                action=ACTION,
                object_type="import",
                object_id=import_id,
                detail=f"imported={len(to_insert)},updated={len(updated)}",
            )
        if progress is not None:
            progress(total, total)
        written = to_insert + updated
        return ImportResult(
            imported=len(to_insert),
            updated=len(updated),
            duplicates=duplicates,
            skipped=skipped,
            rejected=plan.rejected_count + len(late),
            suppressed=sum(1 for p in written if p.suppressed),
            import_id=import_id,
            problems=tuple(sorted((*plan.problems, *late), key=lambda p: p.row)),
        )

    def _number_rows(
        self,
        actor: Actor,
        rows: list[_Pending],
        updates: list[tuple[_Pending, Duplicate]],
        counter: _NumberCounter,
    ) -> None:
        """Numbers for the new rows the file gives none, in the file's order, skipping every
        number the file itself uses."""
        missing = [p for p in rows if not p.number]
        if not missing:
            return
        reserved = {p.number for p in rows if p.number}
        reserved |= {p.number for p, _ in updates if p.number}
        with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, _):
            numbers = counter.allocate(session, len(missing), reserved)
        for pending, number in zip(missing, numbers, strict=True):
            pending.number = number

    def _insert(
        self,
        session: Session,
        batch: list[_Pending],
        later: list[_Pending],
        import_id: int,
        register: _Register,
        counter: _NumberCounter,
        purpose: int | None,
        notice_version: str,
        user_id: int,
    ) -> None:
        # A number the file gives may have been handed out since: the row gets a new one.
        numbers = [p.number for p in batch]
        taken: set[str] = set()
        for i in range(0, len(numbers), _IN_CHUNK):
            chunk = tuple(numbers[i : i + _IN_CHUNK])
            rows = session.connection().exec_driver_sql(
                _numbers_taken_sql(session, len(chunk)), chunk
            )
            taken.update(n for (n,) in rows if n)
        if taken:
            clashing = [p for p in batch if p.number in taken]
            reserved = {p.number for p in later}
            for pending, number in zip(
                clashing, counter.allocate(session, len(clashing), reserved), strict=True
            ):
                pending.number = number
                pending.text = search_text(pending.planned.customer, number)
        # An objection recorded while the import runs still keeps its person's consent out.
        register.refresh_suppressions(session)
        for pending in batch:
            clean = pending.planned.customer
            if not pending.suppressed and register.is_suppressed(clean.email, clean.phone):
                pending.suppressed = True
        # Explicit ids: this transaction holds the write lock, so max(id) + 1 onwards are free,
        # and the consent events can name their customers without reading them back.
        first_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
        now = self.clock()
        customers = _CustomerRows(session, now, import_id)
        consents = _ConsentRows(session, now, purpose, notice_version, user_id)
        for offset, pending in enumerate(batch):
            customers.add(first_id + offset, pending)
            if pending.planned.marketing_consent and not pending.suppressed and purpose:
                consents.add(first_id + offset)
        customers.write(session)
        consents.write(session)

    def _update(self, session: Session, rows: list[tuple[_Pending, Duplicate]]) -> list[_Pending]:
        """Overwrite existing customers with the file's non-empty cells; returns the rows used."""
        ids = [d.customer_id for _, d in rows]
        existing: dict[int, Customer] = {}
        for i in range(0, len(ids), 500):
            for c in session.scalars(select(Customer).where(Customer.id.in_(ids[i : i + 500]))):
                existing[c.id] = c
        now = self.clock()
        changes: list[dict[str, Any]] = []
        used: list[_Pending] = []
        for pending, duplicate in rows:
            cid = duplicate.customer_id
            current = existing.pop(cid, None)
            planned = pending.planned
            if current is None or not _still_matches(current, planned, duplicate.field):
                continue  # erased since the plan, or named by two rows of the file
            merged = CleanCustomer(
                **{
                    name: getattr(planned.customer if name in planned.given else current, name)
                    for name in _CLEAN_FIELDS
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
                    "sort_key": _sort_key(merged.name),
                    "updated_at": now,
                }
            )
            used.append(pending)
        if changes:
            table = _CUSTOMERS
            values: dict[str, Any] = {k: bindparam(k) for k in changes[0] if k != "b_id"}
            stmt = (
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(**values, version=table.c.version + 1)
            )
            session.execute(stmt, changes)
        return used

    def _undo(self, actor: Actor, import_id: int, counter: _NumberCounter, outcome: str) -> None:
        """Remove what the import wrote, in one transaction; rights are not asked again."""
        with self.db.transaction() as session:
            _remove_rows(session, import_id)
            counter.restore(session)
            job = session.get(Import, import_id)
            assert job is not None
            job.status = "cancelled"
            job.finished_at = self.clock()
            self.audit.append(
                session,
                actor_id=actor.user_id,
                action=ACTION,
                object_type="import",
                object_id=import_id,
                outcome=outcome,
            )


class _Rows:
    """Rows for one INSERT through the driver's executemany, as plain tuples in `columns`'
    order. SQLAlchemy's own bind processing (UTC times, booleans) is applied once to each value
    the rows share rather than once a row: Core's executemany spends more time on that than
    SQLite spends storing the rows."""

    table: Table
    columns: tuple[str, ...]

    def __init__(self, session: Session) -> None:
        dialect = session.get_bind().dialect
        key = (type(self).__name__, dialect.name, dialect.driver)
        if key not in _INSERTS:
            _INSERTS[key] = _insert_of(self.table, self.columns, dialect)
        self._sql, self._processors = _INSERTS[key]
        self.rows: list[tuple[Any, ...]] = []

    def bind(self, column: str, value: Any) -> Any:
        processor = self._processors[column]
        return value if processor is None else processor(value)

    def write(self, session: Session) -> None:
        if self.rows:
            session.connection().exec_driver_sql(self._sql, self.rows)


_INSERTS: dict[tuple[str, str, str], tuple[str, dict[str, Any]]] = {}


def _insert_of(
    table: Table, columns: tuple[str, ...], dialect: Dialect
) -> tuple[str, dict[str, Any]]:
    """The INSERT statement for `columns` of `table`, and the table's bind processors."""
    processors = {
        c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
    }
    quote = dialect.identifier_preparer
    names = ", ".join(quote.format_column(table.c[name]) for name in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({marks})", processors


class _CustomerRows(_Rows):
    table = _CUSTOMERS
    columns = (
        "id",
        "customer_number",
        "name",
        "email",
        "phone",
        "street",
        "postal_code",
        "city",
        "country",
        "company",
        "language",
        "business_id",
        "source",
        "source_name",
        "notes",
        "notes_third_party",
        "search_text",
        "sort_key",
        # the same for every row:
        "restricted",
        "restricted_at",
        "import_id",
        "created_at",
        "updated_at",
        "version",
    )

    def __init__(self, session: Session, now: dt.datetime, import_id: int) -> None:
        super().__init__(session)
        self._flags = {v: self.bind("notes_third_party", v) for v in (True, False)}
        self._shared = (
            self.bind("restricted", False),
            self.bind("restricted_at", None),
            self.bind("import_id", import_id),
            self.bind("created_at", now),
            self.bind("updated_at", now),
            self.bind("version", 1),
        )

    def add(self, customer_id: int, pending: _Pending) -> None:
        c = pending.planned.customer
        self.rows.append(
            (
                customer_id,
                pending.number,
                c.name,
                c.email,
                c.phone,
                c.street,
                c.postal_code,
                c.city,
                c.country,
                c.company,
                c.language,
                c.business_id,
                c.source,
                c.source_name,
                c.notes,
                self._flags[c.notes_third_party],
                pending.text,
                pending.key,
                *self._shared,
            )
        )


class _ConsentRows(_Rows):
    table = _CONSENT_EVENTS
    columns = (
        "customer_id",
        # the same for every row:
        "purpose_id",
        "given",
        "at",
        "method",
        "notice_version",
        "recorded_by",
        "recorded_at",
        "request_id",
    )

    def __init__(
        self,
        session: Session,
        now: dt.datetime,
        purpose: int | None,
        notice_version: str,
        user_id: int,
    ) -> None:
        super().__init__(session)
        self._shared = (
            self.bind("purpose_id", purpose),
            self.bind("given", True),
            self.bind("at", now),
            self.bind("method", ConsentMethod.IMPORT.value),
            self.bind("notice_version", notice_version),
            self.bind("recorded_by", user_id),
            self.bind("recorded_at", now),
            self.bind("request_id", None),
        )

    def add(self, customer_id: int) -> None:
        self.rows.append((customer_id, *self._shared))


_CLEAN_FIELDS = (
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "language",
    "business_id",
    "source",
    "source_name",
    "notes",
)


def _columns(c: CleanCustomer) -> dict[str, Any]:
    return {
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "street": c.street,
        "postal_code": c.postal_code,
        "city": c.city,
        "country": c.country,
        "company": c.company,
        "language": c.language,
        "business_id": c.business_id,
        "source": c.source,
        "source_name": c.source_name,
        "notes": c.notes,
        "notes_third_party": c.notes_third_party,
    }
