"""Customer lists from spreadsheets into the register.

`plan()` reads and checks the whole file in one read snapshot and writes nothing: every problem
of every row, rows already in the register (by email or customer number), rows whose email or
phone is on the suppression list. `run()` then writes the valid rows in batches of their own
transactions, so that another user's save never waits long behind the import; a cancel (or any
failure) removes every row the import added, and an import left running by a crash is removed
when the register is next opened (`recover_interrupted_imports`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.fields import search_text
from l4d_desktop.core.errors import BusinessRuleError, L4DError, ValidationError
from l4d_desktop.core.imports.customer_csv import read_customer_file
from l4d_desktop.core.imports.plan import (
    Duplicate,
    ImportPlan,
    PlannedRow,
    Register,
    check_file,
)
from l4d_desktop.core.imports.rows import PendingRow, name_sort_key, write_batch
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.imports.undo import (
    ACTION,
    KIND,
    NumberCounter,
    recover_interrupted_imports,
    remove_rows,
)
from l4d_desktop.core.imports.updates import update_existing
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.import_lock import ImportLock, finish_import, start_import
from l4d_desktop.core.store.models import ConsentPurpose
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import DuplicatePolicy, Right

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
MARKETING_PURPOSE = "marketing_email"


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
    ignored_columns: tuple[str, ...] = ()  # the file's columns no field claims


class ImportCancelled(L4DError):
    """The user cancelled; every row the import had written was removed again."""

    def __init__(self) -> None:
        super().__init__("import_cancelled")


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


# -- the service ----------------------------------------------------------------------------------


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
            return check_file(parsed, Register.load(session))

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
                import_id, lock = start_import(self.db, session, KIND, user.id, self.clock())
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        counter = NumberCounter()
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
        counter: NumberCounter,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> ImportResult:
        # The register as it is now: the plan may be minutes old.
        with self.db.read() as session:
            register = Register.load(session)
            purpose = session.scalar(
                select(ConsentPurpose.id).where(
                    ConsentPurpose.code == MARKETING_PURPOSE, ConsentPurpose.active.is_(True)
                )
            )
            notice_version = self.settings.get(session, "notice_version")
        to_insert: list[PendingRow] = []
        to_update: list[tuple[PendingRow, Duplicate]] = []
        skipped = duplicates = 0
        late: list[RowProblem] = []  # conflicts that arose after the plan was made
        for planned in plan.rows:
            clean = planned.customer
            duplicate, conflict = register.match(clean.email, planned.customer_number)
            if duplicate is None and conflict is None:
                # Someone named in the plan but erased since is not brought back.
                duplicate = plan.duplicate_by_row.get(planned.row)
            suppressed = planned.suppressed or register.is_suppressed(clean.email, clean.phone)
            pending = PendingRow(planned, planned.customer_number, suppressed)
            if conflict is not None:
                late.append(replace(conflict, row=planned.row))
            elif duplicate is not None:
                duplicates += 1
                if policy is DuplicatePolicy.UPDATE:
                    # The update overwrites what the preview showed: the customer as it was
                    # then. Someone the preview did not show as this row's is a conflict too.
                    shown = plan.duplicate_by_row.get(planned.row)
                    expected = shown.version if shown else -1
                    if shown is not None and shown.customer_id != duplicate.customer_id:
                        expected = -1
                    to_update.append((pending, replace(duplicate, version=expected)))
                else:
                    skipped += 1
            else:
                pending.key = name_sort_key(clean.name)
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
                write_batch(
                    session,
                    batch,
                    order[start + self.batch_size :],
                    import_id,
                    register,
                    counter,
                    purpose,
                    notice_version,
                    user.id,
                    self.clock(),
                )
            done += len(batch)
            if progress is not None:
                progress(done, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
            updated, refused = (
                update_existing(session, to_update, self.clock()) if to_update else ([], [])
            )
            late += refused
            skipped += len(to_update) - len(updated) - len(refused)
            finish_import(
                session,
                self.audit,
                import_id,
                status="done",
                actor_id=user.id,
                action=ACTION,
                now=self.clock(),
                detail=f"imported={len(to_insert)},updated={len(updated)}",
                imported=len(to_insert),
                updated=len(updated),
                rejected=plan.rejected_count + len(late),
                duplicates=duplicates,
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
            ignored_columns=plan.ignored_columns,
        )

    def _number_rows(
        self,
        actor: Actor,
        rows: list[PendingRow],
        updates: list[tuple[PendingRow, Duplicate]],
        counter: NumberCounter,
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

    def _undo(self, actor: Actor, import_id: int, counter: NumberCounter, outcome: str) -> None:
        """Remove what the import wrote, in one transaction; rights are not asked again."""
        with self.db.transaction() as session:
            remove_rows(session, import_id)
            counter.restore(session)
            finish_import(
                session,
                self.audit,
                import_id,
                status="cancelled",
                actor_id=actor.user_id,
                action=ACTION,
                now=self.clock(),
                outcome=outcome,
            )
