"""Restore on a server that never brings the erased back: the dump goes into an empty database
closed to every workstation, every erasure and purge journalled after the backup's time is
carried out again and the tables rewritten, and only then may the workstations connect."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from l4d_desktop.core.audit.anchor import Anchor
from l4d_desktop.core.audit.chain import Link
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import L4DError, StorageError
from l4d_desktop.core.retention.restore import RestorePreview, RestoreReport, replay_since
from l4d_desktop.core.store.address import ServerAddress
from l4d_desktop.core.store.erasure_journal import (
    KIND_CONSENT,
    KIND_CUSTOMER,
    ErasureJournal,
    JournalEntry,
)
from l4d_desktop.core.store.keep.adoption import give_journal_lines
from l4d_desktop.core.store.keep.files import FileJournalLines, journal_path
from l4d_desktop.core.store.keep.server import Keep, KeepJournalLines
from l4d_desktop.core.store.migrate import upgrade_server
from l4d_desktop.core.store.models import AuditEntry
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_backup import (
    check_dump,
    closed_to_others,
    dump_time,
    other_sessions,
    restore_server,
)
from l4d_desktop.core.store.server_scrub import vacuum_personal_tables


def _journal_entries(
    keep: Keep, local_folder: Path, register: ServerAddress
) -> list[JournalEntry]:
    """The register's journal, kept in its keep (with whatever this computer still keeps of it
    from before the keep). A pending entry is replayed as well: the database it was written
    for may be gone, and erasing again someone whose erasure did not commit loses no one's
    privacy (the office is told how many were replayed)."""
    lines = KeepJournalLines(keep).lines()
    legacy = journal_path(local_folder / register.local_name())
    if legacy.is_file() and not legacy.is_symlink():
        lines = lines + FileJournalLines(legacy).lines()
    return [e for e in ErasureJournal(_Lines(lines)).entries() if e.state in ("done", "pending")]


class _Lines:
    """Lines already read, for reading them as a journal."""

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines

    def lines(self) -> list[bytes]:
        return self._lines

    def append(self, seq: int, line: bytes) -> None:
        raise StorageError("journal_unwritable", reason="read only")


def _since(entries: list[JournalEntry], backup_time: dt.datetime | None) -> list[JournalEntry]:
    return [e for e in entries if backup_time is None or e.at >= backup_time]


def preview_server_restore(
    dump: Path, local_folder: Path, register: ServerAddress, *, password: str | None = None
) -> RestorePreview:
    """What a restore of `dump` would replay from `register`'s journal; changes nothing."""
    dump = Path(dump).expanduser().absolute()
    check_dump(dump)
    backup_time = dump_time(dump)
    keep = Keep(register, password)
    try:
        since = _since(_journal_entries(keep, local_folder, register), backup_time)
    finally:
        keep.dispose()
    customers = {e.ref for e in since if e.kind == KIND_CUSTOMER}
    rules = {e.ref for e in since if e.kind not in (KIND_CUSTOMER, KIND_CONSENT)}
    consents = [e for e in since if e.kind == KIND_CONSENT]
    return RestorePreview(backup_time, len(customers), len(rules), len(consents))


def restore_to_server(
    dump: Path,
    address: ServerAddress,
    clock: Clock,
    local_folder: Path,
    *,
    password: str | None = None,
    journal_of: ServerAddress | None = None,
) -> RestoreReport:
    """Restore `dump` into the empty database at `address`, replaying the journal in the keep
    of `journal_of` (default: the register at `address` itself, as when a lost database is
    made anew under its name: its keep outlives it). Refused before anything is written when
    the dump, the journal, the database or the target's keep is not as it must be."""
    dump = Path(dump).expanduser().absolute()
    check_dump(dump)
    register = journal_of or address
    db = ServerDatabase(address, local_folder, password=password)
    source = Keep(register, password)
    try:
        entries = _journal_entries(source, local_folder, register)  # unreadable: refused here
        carry = not source.same_as(db.keep)
        if carry:
            db.keep.create()  # or `keep_missing`: run `l4d db setup` on the target first
        with closed_to_others(db) as closure:
            if not db.is_empty():
                raise StorageError("restore_target_not_empty", path=address.server)
            if n := other_sessions(db):
                raise StorageError("restore_target_in_use", path=address.server, count=n)
            restore_server(dump, address, password)  # one transaction: left empty on failure
            closure.keep = True
            if carry:
                # The suppression list's key goes with the register's hashed entries, and the
                # journal, so that a later restore into yet another database still forgets
                # whoever was erased before.
                _carry(source, db.keep)
            try:
                report, head = _replay_in(db, entries, clock)
            except L4DError as exc:
                raise StorageError(
                    "restore_unfinished", path=address.server, reason=exc.code
                ) from None
            except Exception as exc:
                raise StorageError(
                    "restore_unfinished", path=address.server, reason=type(exc).__name__
                ) from None
    finally:
        source.dispose()
        db.dispose()
    if head is not None:
        Anchor(db.path).reset_to(head)
    return report


def _replay_in(
    db: ServerDatabase, entries: list[JournalEntry], clock: Clock
) -> tuple[RestoreReport, Link | None]:
    """In the restored database: the schema brought to head, the journal replayed, the
    restore audited, the tables that held personal data rewritten."""
    upgrade_server(db)
    with db.read() as session:
        last = session.scalar(select(AuditEntry.at).order_by(AuditEntry.id.desc()).limit(1))
    backup_time = dt.datetime.fromisoformat(last) if last else None
    since = _since(entries, backup_time)
    # The anchor this computer kept is of the database the dump replaces: the restored chain
    # starts from its own head.
    Anchor(db.path).forget()
    audit = AuditLog(db, clock)
    erased, purges, rows, consents = replay_since(db, audit, since, clock)
    with db.transaction() as session:
        audit.append(
            session, actor_id=None, action="db.restore",
            detail=f"replayed:{erased}+{purges}+{consents}",
        )  # fmt: skip
    with db.read() as session:
        head = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    if (erased or purges or consents) and not vacuum_personal_tables(db):
        raise StorageError("restore_failed", reason="the tables could not be rewritten")
    report = RestoreReport(
        Path(str(db.address.server)), backup_time, erased, purges, rows, consents
    )
    return report, (Link(head.id, head.hash) if head is not None else None)


def _carry(source: Keep, target: Keep) -> None:
    """Give the restored register's keep the key and journal of the register it is restored
    from (what it holds already stays: the key is never replaced)."""
    key = source.read_key()
    if key is not None:
        target.give_key(key)
    give_journal_lines(target, KeepJournalLines(source).lines())
