"""Restore on a server that never brings the erased back: the dump goes into an empty database
closed to every workstation, every erasure and purge journalled after the backup's time is
carried out again and the tables rewritten, and only then may the workstations connect."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import select

from l4d_desktop.core.audit.anchor import Anchor
from l4d_desktop.core.audit.chain import Link
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.suppression import KEY_SUFFIX
from l4d_desktop.core.errors import L4DError, StorageError
from l4d_desktop.core.files.private import write_private
from l4d_desktop.core.retention.restore import RestorePreview, RestoreReport, replay_since
from l4d_desktop.core.store.address import ServerAddress
from l4d_desktop.core.store.erasure_journal import (
    JOURNAL_SUFFIX,
    KIND_CONSENT,
    KIND_CUSTOMER,
    ErasureJournal,
    JournalEntry,
)
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


def _journal_entries(local_folder: Path, register: ServerAddress) -> list[JournalEntry]:
    """The register's journal kept on this computer. A pending entry is replayed as well: the
    database it was written for may be gone, and erasing again someone whose erasure did not
    commit loses no one's privacy (the office is told how many were replayed)."""
    journal = ErasureJournal(local_folder / register.local_name())
    return [e for e in journal.entries() if e.state in ("done", "pending")]


def _since(entries: list[JournalEntry], backup_time: dt.datetime | None) -> list[JournalEntry]:
    return [e for e in entries if backup_time is None or e.at >= backup_time]


def preview_server_restore(
    dump: Path, local_folder: Path, register: ServerAddress
) -> RestorePreview:
    """What a restore of `dump` would replay from `register`'s journal; changes nothing."""
    dump = Path(dump).expanduser().absolute()
    check_dump(dump)
    backup_time = dump_time(dump)
    since = _since(_journal_entries(local_folder, register), backup_time)
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
    """Restore `dump` into the empty database at `address`, replaying the journal this
    computer keeps of `journal_of` (default: the register at `address` itself, as when a lost
    database is made anew under its name). Refused before anything is written when the dump,
    the journal or the database is not as it must be."""
    dump = Path(dump).expanduser().absolute()
    check_dump(dump)
    register = journal_of or address
    entries = _journal_entries(local_folder, register)  # unreadable: refused here
    db = ServerDatabase(address, local_folder, password=password)
    try:
        with closed_to_others(db) as closure:
            if not db.is_empty():
                raise StorageError("restore_target_not_empty", path=address.server)
            if n := other_sessions(db):
                raise StorageError("restore_target_in_use", path=address.server, count=n)
            restore_server(dump, address, password)  # one transaction: left empty on failure
            closure.keep = True
            if register != address:
                # The suppression list's key goes with the register's hashed entries.
                _carry(local_folder, register, address, KEY_SUFFIX)
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
        db.dispose()
    if head is not None:
        Anchor(db.path).reset_to(head)
    if register != address:
        _carry(local_folder, register, address, JOURNAL_SUFFIX)
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


def _carry(
    local_folder: Path, register: ServerAddress, address: ServerAddress, suffix: str
) -> None:
    """Give the restored database a copy of a file this computer keeps beside the register's
    local name (its erasure journal, so that a later restore into yet another database still
    forgets whoever was erased before; its suppression key), unless it has one already."""
    own = local_folder / register.local_name()
    source = own.with_name(own.name + suffix)
    new = local_folder / address.local_name()
    target = new.with_name(new.name + suffix)
    if source.is_file() and not source.is_symlink() and not os.path.lexists(target):
        write_private(target, source.read_bytes())
