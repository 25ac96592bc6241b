"""Restore that never brings the erased back: the backup is checked, copied beside the target,
brought to the current schema, and every erasure and purge the journal holds from after the
backup's time is carried out again in it, before the copy replaces the database and before
anyone can log in to it. A journal that cannot be read or applied refuses the restore."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.audit.anchor import Anchor
from l4d_desktop.core.audit.chain import Link
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.erasure.consent_purge import replay_consent_purge
from l4d_desktop.core.erasure.retention import voucher_rule
from l4d_desktop.core.errors import L4DError, StorageError
from l4d_desktop.core.files.temp import TempFiles, temp_root_for
from l4d_desktop.core.retention.apply import apply_batch, erase_customer
from l4d_desktop.core.retention.selection import due_keys
from l4d_desktop.core.store.backup import verify_backup
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.erasure_journal import (
    KIND_CONSENT,
    KIND_CUSTOMER,
    KIND_RULE,
    ErasureJournal,
    JournalEntry,
)
from l4d_desktop.core.store.migrate import upgrade
from l4d_desktop.core.store.models import AuditEntry
from l4d_desktop.core.store.restore import (
    check_backup,
    discard_staging,
    drop_empty_side_files,
    existing_customers,
    stage_copy,
    swapping,
)
from l4d_desktop.core.store.scrub import scrub_wal
from l4d_desktop.core.store.settings import SettingsStore

# Rows per transaction while replaying a rule's purge.
REPLAY_BATCH = 500


@dataclass(frozen=True)
class RestoreReport:
    target: Path
    backup_time: dt.datetime | None
    erasures_replayed: int  # customers erased again
    purges_replayed: int  # retention cut-offs applied again
    rows_removed: int  # rows those purges (and the consent purges) removed
    consent_purges_replayed: int = 0  # purges after a withdrawn consent carried out again


@dataclass(frozen=True)
class RestorePreview:
    backup_time: dt.datetime | None
    erasures: int  # customers the journal has erased since the backup
    purges: int  # retention cut-offs applied since the backup
    consent_purges: int = 0  # purges after a withdrawn consent since the backup


def preview_restore(backup: Path, target: Path) -> RestorePreview:
    """What a restore of `backup` over `target` would replay; checks the backup and the journal
    as the restore itself does, changing nothing."""
    backup_time = check_backup(Path(backup).expanduser().absolute())
    target = Path(target).expanduser().absolute()
    entries = _settled(ErasureJournal(target).entries(), target)
    since = [e for e in entries if backup_time is None or e.at >= backup_time]
    customers = {e.ref for e in since if e.kind == KIND_CUSTOMER}
    rules = {e.ref for e in since if e.kind not in (KIND_CUSTOMER, KIND_CONSENT)}
    consents = [e for e in since if e.kind == KIND_CONSENT]
    return RestorePreview(backup_time, len(customers), len(rules), len(consents))


def restore_backup(
    backup: Path, target: Path, clock: Clock, actor_id: int | None = None
) -> RestoreReport:
    """Replace the database at `target` by `backup`, replaying the journal kept beside
    `target`. Nothing at `target` changes unless every step has succeeded."""
    backup = Path(backup).expanduser().absolute()
    target = Path(target).expanduser().absolute()
    if backup == target:
        raise StorageError("restore_invalid", reason="the backup is the database itself")
    backup_time = check_backup(backup)
    journal = ErasureJournal(target)
    entries = _settled(journal.entries(), target)  # unreadable: refused here, nothing touched
    since = [e for e in entries if backup_time is None or e.at >= backup_time]
    notes = TempFiles(temp_root_for(target))
    staging = stage_copy(backup, target)
    # Should this process be killed now, the next start removes the half-made copy.
    with contextlib.suppress(OSError):
        notes.note_partial(staging)
    try:
        db = Database(staging)
        # An older backup is brought to the current schema; the copy migrate makes of it first
        # would hold everyone the replay is about to erase, and the backup itself is that copy.
        before_upgrade = upgrade(db, clock())
        if before_upgrade is not None:
            discard_staging(before_upgrade)
        try:
            audit = AuditLog(db, clock)
            erased, purges, rows = _replay(db, audit, since, clock)
            consents, consent_rows = _replay_consent_purges(db, audit, since)
            rows += consent_rows
            with db.transaction() as session:
                audit.append(
                    session, actor_id=actor_id, action="db.restore",
                    detail=f"replayed:{erased}+{purges}+{consents}",
                )  # fmt: skip
            with db.read() as session:
                head = (
                    session.query(AuditEntry.id, AuditEntry.hash)
                    .order_by(AuditEntry.id.desc())
                    .first()
                )
            if not scrub_wal(db).ok:
                raise StorageError("restore_failed", reason="the copy could not be checkpointed")
        finally:
            db.dispose()
            Anchor(staging).forget()
        # Checked again as a whole before it replaces anything.
        if not verify_backup(staging) or not drop_empty_side_files(staging):
            raise StorageError("restore_failed", reason="the prepared copy failed its check")
        with swapping(staging, target, clock()):
            pass
    except L4DError:
        discard_staging(staging)
        raise
    except Exception as exc:
        discard_staging(staging)
        raise StorageError("restore_failed", reason=type(exc).__name__) from None
    finally:
        notes.cleanup()
    if head is not None:
        Anchor(target).reset_to(Link(head.id, head.hash))
    return RestoreReport(target, backup_time, erased, purges, rows, consents)


def replay_since(
    db: Database, audit: AuditLog, entries: list[JournalEntry], clock: Clock
) -> tuple[int, int, int, int]:
    """Carry out again in `db` the erasures, purges and consent purges of `entries`: the
    customers erased, the rules applied, the rows removed and the consent purges done."""
    erased, purges, rows = _replay(db, audit, entries, clock)
    consents, consent_rows = _replay_consent_purges(db, audit, entries)
    return erased, purges, rows + consent_rows, consents


def _settled(entries: list[JournalEntry], target: Path) -> list[JournalEntry]:
    """Done entries, and pending ones whose erasure did commit in the current database."""
    pending = [int(e.ref) for e in entries if e.state == "pending" and e.kind == KIND_CUSTOMER]
    still_there = existing_customers(target, pending)
    kept = []
    for e in entries:
        if e.state == "done" or (
            e.state == "pending" and (e.kind != KIND_CUSTOMER or int(e.ref) not in still_there)
        ):
            kept.append(e)
    return kept


def _replay(
    db: Database, audit: AuditLog, entries: list[JournalEntry], clock: Clock
) -> tuple[int, int, int]:
    """Erase again the customers, apply again the cut-offs; the recorded ones, not today's."""
    settings = SettingsStore()
    erased = purges = rows = 0
    now = clock()
    customers = sorted({int(e.ref) for e in entries if e.kind == KIND_CUSTOMER})
    for customer_id in customers:
        with db.transaction() as session:
            if erase_customer(session, customer_id, now, voucher_rule(session, settings)):
                audit.append(
                    session, actor_id=None, action="customer.erase", object_type="customer",
                    object_id=customer_id, detail="restore:replay",
                )  # fmt: skip
                erased += 1
    cutoffs: dict[str, dt.datetime] = {}
    for e in entries:
        if e.kind == KIND_RULE and e.cutoff is not None:
            cutoffs[e.ref] = max(e.cutoff, cutoffs.get(e.ref, e.cutoff))
    for code, cutoff in sorted(cutoffs.items()):
        purges += 1
        while True:
            with db.transaction() as session:
                keys = due_keys(session, code, cutoff, now, REPLAY_BATCH)
                if not keys:
                    break
                n = apply_batch(session, code, keys, now, voucher_rule(session, settings))
                rows += n
                audit.append(
                    session, actor_id=None, action="retention.purge",
                    object_type="retention_rule", detail=f"{code}:{n}:restore",
                )  # fmt: skip
    return erased, purges, rows


def _replay_consent_purges(
    db: Database, audit: AuditLog, entries: list[JournalEntry]
) -> tuple[int, int]:
    """Purge again what relied on a consent withdrawn after the backup, one transaction each,
    as recorded (up to the purge's time). Returns the purges and the rows they removed."""
    done = rows = 0
    for e in entries:
        if e.kind != KIND_CONSENT:
            continue
        with db.transaction() as session:
            n = replay_consent_purge(session, int(e.ref), e.purposes, e.at)
            audit.append(
                session, actor_id=None, action="consent.purge", object_type="customer",
                object_id=int(e.ref), detail=f"{','.join(e.purposes)}|restore:{n}",
            )  # fmt: skip
        done += 1
        rows += n
    return done, rows


__all__ = [
    "RestorePreview",
    "RestoreReport",
    "preview_restore",
    "replay_since",
    "restore_backup",
]
