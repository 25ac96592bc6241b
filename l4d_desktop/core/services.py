"""The set of services one program instance works with, built over one database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.audit.maintenance import MaintenanceService
from l4d_desktop.core.audit.viewer import AuditViewerService
from l4d_desktop.core.changes import ChangeFeed
from l4d_desktop.core.clock import Clock, system_clock
from l4d_desktop.core.customers.consents import ConsentService
from l4d_desktop.core.customers.invoices import InvoiceService
from l4d_desktop.core.customers.merge import CustomerMergeService
from l4d_desktop.core.customers.objections import ObjectionService
from l4d_desktop.core.customers.profile import CustomerProfileService
from l4d_desktop.core.customers.removal import CustomerRemovalService
from l4d_desktop.core.customers.service import CustomerService
from l4d_desktop.core.customers.suppression import key_fits
from l4d_desktop.core.customers.web_events import WebEventService, recover_interrupted_event_imports
from l4d_desktop.core.demo.service import DemoDataService
from l4d_desktop.core.disclosure.answers import AccessAnswerService
from l4d_desktop.core.disclosure.assembly import SubjectDataService
from l4d_desktop.core.disclosure.portability import PortabilityService
from l4d_desktop.core.erasure.consent_purge import ConsentPurgeService
from l4d_desktop.core.erasure.service import ErasureService
from l4d_desktop.core.files.private import database_files, secure_files
from l4d_desktop.core.files.temp import TempFiles, temp_root_for
from l4d_desktop.core.imports.customers import CustomerImportService, recover_interrupted_imports
from l4d_desktop.core.letters.service import LetterService
from l4d_desktop.core.office_settings import OfficeSettingsService
from l4d_desktop.core.register.processing_service import ProcessingRegisterService
from l4d_desktop.core.register.processors import ProcessorService
from l4d_desktop.core.reports.service import ReportService
from l4d_desktop.core.requests.actions import RequestActionService
from l4d_desktop.core.requests.evidence import RequestEvidenceService
from l4d_desktop.core.requests.recipients import RecipientNoticeService
from l4d_desktop.core.requests.service import RequestService
from l4d_desktop.core.retention.service import RetentionService
from l4d_desktop.core.security.auth import AuthService, LockoutPolicy
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.security.users import UserService
from l4d_desktop.core.store.address import is_address
from l4d_desktop.core.store.backup import backup_database
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.erasure_journal import settle_journal
from l4d_desktop.core.store.migrate import open_database
from l4d_desktop.core.store.probe import refuse_foreign
from l4d_desktop.core.store.restore import recover_interrupted_restore
from l4d_desktop.core.store.settings import SettingsStore


@dataclass(frozen=True)
class Services:
    db: Database
    audit: AuditLog
    auth: AuthService
    users: UserService
    customers: CustomerService
    requests: RequestService
    maintenance: MaintenanceService
    consents: ConsentService
    objections: ObjectionService
    processors: ProcessorService
    processing_register: ProcessingRegisterService
    recipient_notices: RecipientNoticeService
    request_actions: RequestActionService
    request_evidence: RequestEvidenceService
    events: WebEventService
    invoices: InvoiceService
    profiles: CustomerProfileService
    subject_data: SubjectDataService
    portability: PortabilityService
    imports: CustomerImportService
    demo: DemoDataService
    erasure: ErasureService
    consent_purge: ConsentPurgeService
    clock: Clock
    audit_viewer: AuditViewerService
    letters: LetterService
    # What an access answer says beyond the register: searches, questions, delivery.
    access_answers: AccessAnswerService
    retention: RetentionService
    reports: ReportService
    office_settings: OfficeSettingsService
    customer_removal: CustomerRemovalService
    customer_merge: CustomerMergeService
    temp: TempFiles
    # What each committed unit of work changed (the same feed as db.changes): views listen here.
    changes: ChangeFeed
    # Names of the database files and folders found readable by others and made owner-only at
    # this start (the window says so); empty normally.
    permissions_fixed: tuple[str, ...] = ()


def open_services(
    db_path: Path | str,
    *,
    clock: Clock = system_clock,
    hasher: PasswordHasher | None = None,
    lockout: LockoutPolicy | None = None,
    local_folder: Path | None = None,
    password: str | None = None,
) -> Services:
    """Open the database, bring its schema up to date (backing it up first) and build services.

    `db_path` is a file or a server's address (postgresql://…); for a server, `local_folder`
    holds what this computer keeps of it and `password` is used when ~/.pgpass has none."""
    if is_address(str(db_path)):
        db = open_database(db_path, clock(), local_folder=local_folder, password=password)
        temp = TempFiles(temp_root_for(db.path))
        temp.sweep()
        fixed: list[str] = []
    else:
        resolved = Path(db_path).expanduser().resolve()
        # Before anything is changed: a file that is not ours is refused as it was found.
        refuse_foreign(resolved)
        # A restore killed half-way: its database back in place, or the old one set aside gone.
        recover_interrupted_restore(resolved)
        temp = TempFiles(temp_root_for(resolved))
        fixed = secure_files(database_files(resolved))
        if fixed:
            logging.getLogger(__name__).info("made owner-only at start: %s", ", ".join(fixed))
        temp.sweep()
        db = open_database(db_path, clock())
    hasher = hasher or PasswordHasher()
    audit = AuditLog(db, clock)
    recover_interrupted_imports(db, audit)
    recover_interrupted_event_imports(db, audit)
    db.adopt_local_files(lambda key: _key_fits(db, key))
    settle_journal(db)
    settings = SettingsStore()
    return Services(
        db=db,
        audit=audit,
        auth=AuthService(db, audit, clock, hasher, lockout),
        users=UserService(db, audit, clock, hasher),
        customers=CustomerService(db, audit, clock),
        requests=RequestService(db, audit, clock, settings),
        maintenance=MaintenanceService(db, audit, clock),
        consents=ConsentService(db, audit, clock, settings),
        objections=ObjectionService(db, audit, clock, settings),
        processors=ProcessorService(db, audit, clock),
        processing_register=ProcessingRegisterService(db, audit, clock, settings),
        recipient_notices=RecipientNoticeService(db, audit, clock),
        request_actions=RequestActionService(db, audit, clock, settings),
        request_evidence=RequestEvidenceService(db, audit, clock, settings),
        events=WebEventService(db, audit, clock),
        invoices=InvoiceService(db, audit, clock),
        profiles=CustomerProfileService(db, audit, clock, settings),
        subject_data=SubjectDataService(db, audit, clock, settings),
        portability=PortabilityService(db, audit, clock, settings),
        imports=CustomerImportService(db, audit, clock, settings),
        demo=DemoDataService(db, audit, clock),
        erasure=ErasureService(db, audit, clock, settings),
        consent_purge=ConsentPurgeService(db, audit, clock),
        clock=clock,
        audit_viewer=AuditViewerService(db, audit, clock),
        letters=LetterService(db, audit, clock, settings),
        access_answers=AccessAnswerService(db, audit, clock),
        retention=RetentionService(db, audit, clock, settings),
        reports=ReportService(db, audit, clock, settings),
        office_settings=OfficeSettingsService(db, audit, clock, settings),
        customer_removal=CustomerRemovalService(db, audit, clock),
        customer_merge=CustomerMergeService(db, audit, clock, settings),
        temp=temp,
        changes=db.changes,
        permissions_fixed=tuple(fixed),
    )


def _key_fits(db: Database, key: bytes) -> bool:
    with db.read() as session:
        return key_fits(session, key)


__all__ = ["Services", "backup_database", "open_services"]
