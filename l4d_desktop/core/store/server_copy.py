"""Moving a single-PC register onto a server: every table, row for row, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, Table, delete, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import BusinessRuleError, StorageError
from l4d_desktop.core.store.counters import follow_counter_rows
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.keep.adoption import give_journal_lines
from l4d_desktop.core.store.keep.files import (
    FileJournalLines,
    journal_path,
    key_path,
    read_key_file,
)
from l4d_desktop.core.store.models import Base
from l4d_desktop.core.store.postgres import ServerDatabase

BATCH_ROWS = 2_000
# Tables that may hold rows on the target before the copy: the migrations' own seed data
# (replaced by the source's), never a register's users or history.
_MUST_BE_EMPTY = ("users", "audit_log", "customers", "requests")


@dataclass(frozen=True)
class CopyOutcome:
    """Rows per table in the source and, read back after the commit, in the target."""

    source_counts: tuple[tuple[str, int], ...]
    target_counts: tuple[tuple[str, int], ...]

    @property
    def equal(self) -> bool:
        return self.source_counts == self.target_counts


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _counts(db: Database) -> tuple[tuple[str, int], ...]:
    with db.read() as session:
        return tuple(
            (t.name, int(session.scalar(select(func.count()).select_from(t)) or 0))
            for t in _tables()
        )


def copy_register(source: Database, target: ServerDatabase) -> CopyOutcome:
    """Copy every table of `source` (at the newest schema) into `target`, a server database at
    the newest schema that holds no register yet; then make its sequences continue after the
    copied ids and counters. Raises BusinessRuleError when the target already holds a register.

    The file's suppression key and erasure journal (beside it) go to the server's keep, so that
    the copied suppression list can be checked on every workstation."""
    key = read_key_file(key_path(source.path))
    journal = FileJournalLines(journal_path(source.path)).lines()
    if key is not None or journal:
        held = target.keep.read_key()  # the keep must be reachable before anything is copied
        if held is not None and key is not None and held != key:
            raise StorageError("keep_key_differs", path=target.keep.server)
        target.keep.create()  # made when missing and this user may; `keep_missing` otherwise
    tables = _tables()
    by_name = {t.name: t for t in tables}
    try:
        with target.transaction() as out:
            for name in _MUST_BE_EMPTY:
                if out.scalar(select(func.count()).select_from(by_name[name])):
                    raise BusinessRuleError("already_initialised")
            for table in reversed(tables):
                out.execute(delete(table))
            with source.read() as src:
                for table in tables:
                    result = src.execute(select(table).order_by(*table.primary_key.columns))
                    while rows := result.mappings().fetchmany(BATCH_ROWS):
                        out.execute(insert(table), [dict(r) for r in rows])
            for table in tables:
                _continue_sequence(out, table)
            follow_counter_rows(out)  # the numbers go on after the copied counters
    except DBAPIError as exc:
        raise StorageError(
            "db_unavailable", path=target.server, reason="the copy was refused by the server"
        ) from exc
    if key is not None:
        target.keep.give_key(key)
    give_journal_lines(target.keep, journal)
    return CopyOutcome(_counts(source), _counts(target))


def _continue_sequence(session: Session, table: Table) -> None:
    """A serial id's sequence set past the highest copied id (explicit ids do not move it)."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    column = keys[0].name
    session.execute(
        text(
            "SELECT setval(pg_get_serial_sequence(:table, :column), "
            f"coalesce((SELECT max({column}) FROM {table.name}), 0) + 1, false) "
            "WHERE pg_get_serial_sequence(:table, :column) IS NOT NULL"
        ),
        {"table": table.name, "column": column},
    )
