"""The erasure journal: every erasure and retention purge, by pseudonymous id and time, in a file
beside the database (on a server, in the register's keep database) and outside its backups, so
that a restored backup can be made to forget again whoever was erased after it was taken.

One JSON object a line, appended and flushed to disk: `{"seq", "at", "kind", "ref", "cutoff",
"state"}`. `kind` is "customer" (ref: the erased customer's row id, a number that says nothing
about the person), "rule" (ref: a retention rule's code; cutoff: what it purged up to) or
"consent" (ref: the customer's row id; "purposes": the withdrawn purpose codes whose data were
purged up to `at`). An
entry is written "pending" inside the transaction, before it commits, and "done" after the
commit; a pending entry left by a killed process is settled at the next start
(`settle_pending`). Names, emails, addresses and texts never enter the file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import event
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.store.keep.files import JOURNAL_SUFFIX, FileJournalLines, journal_path
from l4d_desktop.core.store.models import Customer

if TYPE_CHECKING:  # the database hands its journal out, so it imports this module
    from l4d_desktop.core.store.database import Database

KIND_CUSTOMER = "customer"
KIND_RULE = "rule"
KIND_CONSENT = "consent"
_KINDS = frozenset({KIND_CUSTOMER, KIND_RULE, KIND_CONSENT})
_STATES = frozenset({"pending", "done", "void"})


class JournalLines(Protocol):
    """Where the journal's lines are kept: a file beside a register file, or a server's keep."""

    def lines(self) -> list[bytes]: ...

    def append(self, seq: int, line: bytes) -> None: ...


@dataclass(frozen=True)
class JournalEntry:
    """One erasure or purge as the journal keeps it; `state` is its latest line's."""

    seq: int
    at: dt.datetime
    kind: str
    ref: str
    cutoff: dt.datetime | None
    state: str
    purposes: tuple[str, ...] = ()  # a consent purge's withdrawn purposes


class ErasureJournal:
    """Appends to and reads the journal of one register (`Database.erasure_journal()`); a path
    names a register file, whose journal is the file beside it."""

    def __init__(self, where: Path | JournalLines) -> None:
        self.lines: JournalLines = (
            FileJournalLines(journal_path(where)) if isinstance(where, Path) else where
        )
        self._last_seq = 0

    @property
    def path(self) -> Path | None:
        """The journal's file beside a register file (None for a server's keep)."""
        return self.lines.path if isinstance(self.lines, FileJournalLines) else None

    def entries(self) -> list[JournalEntry]:
        """Every entry with its latest state, in the order written. A journal that cannot be
        read whole raises StorageError("journal_unreadable"): a restore then cannot rely on it.
        Only a last line cut short by a kill is passed over (it was never committed)."""
        complete = self.lines.lines()
        found: dict[int, JournalEntry] = {}
        for number, raw in enumerate(complete, start=1):
            if not raw.strip():
                continue
            entry = _parse(raw, number)
            first = found.get(entry.seq)
            if first is None and not entry.kind:  # a state for an entry never written
                raise StorageError("journal_unreadable", reason=f"line {number}")
            found[entry.seq] = entry if first is None else _with_state(first, entry.state)
        return sorted(found.values(), key=lambda e: e.seq)

    def begin(
        self,
        kind: str,
        ref: str,
        at: dt.datetime,
        cutoff: dt.datetime | None = None,
        purposes: Sequence[str] = (),
    ) -> int:
        """Write a pending entry (before the transaction commits); returns its number."""
        # Numbered by the clock in nanoseconds, not by reading the whole file: the journal only
        # grows, and two processes writing at once still get numbers of their own.
        seq = max(time.time_ns(), self._last_seq + 1)
        self._last_seq = seq
        record: dict[str, object] = {
            "seq": seq,
            "at": at.astimezone(dt.UTC).isoformat(),
            "kind": kind,
            "ref": ref,
            "cutoff": cutoff.astimezone(dt.UTC).isoformat() if cutoff else None,
            "state": "pending",
        }
        if purposes:
            record["purposes"] = list(purposes)
        self._append(record)
        return seq

    def begin_in(
        self, session: Session, kind: str, ref: str, at: dt.datetime, purposes: Sequence[str] = ()
    ) -> int:
        """`begin`, settled by the session itself: done when its transaction commits, void when
        it rolls back, so that a caller cannot forget the second half."""
        seq = self.begin(kind, ref, at, purposes=purposes)
        open_ = [seq]  # settled once, by whichever end comes first

        def settle(state: str) -> None:
            if open_:
                self.finish([open_.pop()], state)

        event.listen(session, "after_commit", lambda _: settle("done"), once=True)
        event.listen(session, "after_rollback", lambda _: settle("void"), once=True)
        return seq

    def finish(self, seqs: Iterable[int], state: str = "done") -> None:
        """Mark entries done (committed) or void (never committed). Called after the commit, so
        it never fails the caller: a line it could not write stays pending, and the next start
        settles it from the database (settle_pending)."""
        for seq in seqs:
            try:
                self._append({"seq": seq, "state": state})
            except StorageError:
                logging.getLogger(__name__).warning("erasure journal: an entry left pending")

    def settle_pending(self, customer_exists: Callable[[int], bool]) -> int:
        """At start: a pending customer entry whose customer is gone was committed (done), one
        whose customer is still there was not (void); a pending rule entry is done (applying a
        cut-off again removes only what was due), and so is a pending consent entry (purging
        again what relied on a withdrawn consent removes only such data). Returns how many were settled."""
        settled = 0
        for entry in self.entries():
            if entry.state != "pending":
                continue
            gone = entry.kind != KIND_CUSTOMER or not customer_exists(int(entry.ref))
            self.finish([entry.seq], "done" if gone else "void")
            settled += 1
        return settled

    def _append(self, record: dict[str, object]) -> None:
        line = json.dumps(record, separators=(",", ":"), sort_keys=True).encode()
        self.lines.append(int(str(record["seq"])), line)


def settle_journal(db: Database) -> int:
    """At start: settle what a killed process left pending (see ErasureJournal.settle_pending)."""

    def customer_exists(customer_id: int) -> bool:
        with db.read() as session:
            return session.get(Customer, customer_id) is not None

    journal = db.erasure_journal()
    try:
        return journal.settle_pending(customer_exists)
    except StorageError as exc:
        if journal.path is not None:
            raise
        # A server's keep out of reach (or not made yet) does not keep the register closed:
        # what stays pending is settled at a later start, and an erasure meanwhile is refused
        # with the keep named (journal_unwritable).
        logging.getLogger(__name__).warning("erasure journal not settled: %s", exc.code)
        return 0


def _parse(raw: bytes, number: int) -> JournalEntry:
    try:
        record = json.loads(raw)
        seq = int(record["seq"])
        state = str(record["state"])
        if state not in _STATES:
            raise ValueError(state)
        if "kind" not in record:  # a state line: the entry itself came earlier
            return JournalEntry(seq, dt.datetime.min.replace(tzinfo=dt.UTC), "", "", None, state)
        kind = str(record["kind"])
        if kind not in _KINDS:
            raise ValueError(kind)
        at = dt.datetime.fromisoformat(str(record["at"]))
        cutoff = record.get("cutoff")
        purposes = record.get("purposes", [])
        if not isinstance(purposes, list):
            raise ValueError("purposes")
        return JournalEntry(
            seq,
            at,
            kind,
            str(record["ref"]),
            dt.datetime.fromisoformat(str(cutoff)) if cutoff else None,
            state,
            tuple(str(p) for p in purposes),
        )
    except (ValueError, KeyError, TypeError):
        raise StorageError("journal_unreadable", reason=f"line {number}") from None


def _with_state(entry: JournalEntry, state: str) -> JournalEntry:
    return JournalEntry(
        entry.seq, entry.at, entry.kind, entry.ref, entry.cutoff, state, entry.purposes
    )


__all__ = [
    "JOURNAL_SUFFIX",
    "KIND_CONSENT",
    "KIND_CUSTOMER",
    "KIND_RULE",
    "ErasureJournal",
    "JournalEntry",
    "JournalLines",
    "journal_path",
    "settle_journal",
]
