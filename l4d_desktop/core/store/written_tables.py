"""Which tables a unit of work wrote, seen in the SQL the engine runs, as kinds of change."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, event

from l4d_desktop.core.changes import Change

# Every table a view shows something of, by the kind of record it belongs to. A table missing
# here (the schema version, counters) changes nothing anyone sees on its own.
TABLE_KINDS: dict[str, Change] = {
    "customers": Change.CUSTOMERS,
    "imports": Change.CUSTOMERS,
    "consent_events": Change.CUSTOMERS,
    "objections": Change.CUSTOMERS,
    "suppressions": Change.CUSTOMERS,
    "web_events": Change.CUSTOMERS,
    "invoices": Change.CUSTOMERS,
    "requests": Change.REQUESTS,
    "request_pauses": Change.REQUESTS,
    "request_field_changes": Change.REQUESTS,
    "recipient_notices": Change.REQUESTS,
    "request_searches": Change.REQUESTS,
    "request_questions": Change.REQUESTS,
    "request_deliveries": Change.REQUESTS,
    "request_kept_invoices": Change.REQUESTS,
    "request_extension_notices": Change.REQUESTS,
    "request_restrictions": Change.REQUESTS,
    "request_findings": Change.REQUESTS,
    "request_texts": Change.REQUESTS,
    "users": Change.USERS,
    "user_rights": Change.USERS,
    "login_attempts": Change.USERS,
    "letters": Change.LETTERS,
    "processors": Change.REGISTER,
    "processing_purposes": Change.REGISTER,
    "processing_register_texts": Change.REGISTER,
    "consent_purposes": Change.REGISTER,
    "retention_rules": Change.REGISTER,
    "retention_runs": Change.REGISTER,
    "settings": Change.SETTINGS,
    "audit_log": Change.AUDIT,
}

# The table after each writing keyword, wherever it stands (a WITH clause may come first). A
# match that names no table ("DO UPDATE SET") is not in TABLE_KINDS and so changes nothing.
_WRITES = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"(?:[\"`\[]?\w+[\"`\]]?\s*\.\s*)?"  # a schema name
    r"[\"`\[]?(\w+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def kinds_written_by(statement: str) -> frozenset[Change]:
    """The kinds of record `statement` writes (none for a SELECT)."""
    tables = (m.group(1).lower() for m in _WRITES.finditer(statement))
    return frozenset(TABLE_KINDS[t] for t in tables if t in TABLE_KINDS)


class WrittenTables:
    """Collects, per unit of work, the kinds of record its statements write.

    A listener on the engine sees every statement before it runs: ORM flushes, Core and text()
    statements, and the driver-level executemany of an import alike. What it sees is kept in the
    collection opened by the unit of work running in this thread (or context), if any.
    """

    def __init__(self, engine: Engine) -> None:
        self._current: ContextVar[set[Change] | None] = ContextVar("l4d_written", default=None)
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(
        self,
        _conn: Any,
        _cursor: Any,
        statement: str,
        _parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        collected = self._current.get()
        if collected is not None:
            collected |= kinds_written_by(statement)

    @contextmanager
    def collecting(self) -> Iterator[set[Change]]:
        """The kinds written while the block runs; a nested block collects its own."""
        collected: set[Change] = set()
        token = self._current.set(collected)
        try:
            yield collected
        finally:
            self._current.reset(token)
