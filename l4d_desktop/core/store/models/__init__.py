"""SQLAlchemy models, one module per domain. The schema itself is created only by the Alembic
migrations; every model is importable from here."""

from l4d_desktop.core.store.models.answers import (
    RequestDelivery,
    RequestKeptInvoice,
    RequestQuestion,
    RequestSearch,
)
from l4d_desktop.core.store.models.base import NAMING_CONVENTION, Base, UTCDateTime
from l4d_desktop.core.store.models.customers import (
    ConsentEvent,
    ConsentPurpose,
    Customer,
    Import,
    Invoice,
    Objection,
    Suppression,
    WebEvent,
)
from l4d_desktop.core.store.models.program import AuditEntry, Counter, Setting
from l4d_desktop.core.store.models.register import (
    ProcessingPurposeRow,
    Processor,
    RegisterTextRow,
)
from l4d_desktop.core.store.models.request_evidence import (
    ExtensionNoticeRow,
    RequestFindingRow,
    RequestRestrictionRow,
    RequestTextRow,
)
from l4d_desktop.core.store.models.requests import (
    ArchivedLetterRow,
    ConsentPurge,
    DataSubjectRequest,
    RecipientNotice,
    RequestFieldChange,
    RequestPause,
)
from l4d_desktop.core.store.models.retention import RetentionRuleRow, RetentionRun
from l4d_desktop.core.store.models.security import LoginAttempt, User, UserRight

__all__ = [
    "NAMING_CONVENTION",
    "ArchivedLetterRow",
    "AuditEntry",
    "Base",
    "ConsentEvent",
    "ConsentPurge",
    "ConsentPurpose",
    "Counter",
    "Customer",
    "DataSubjectRequest",
    "ExtensionNoticeRow",
    "Import",
    "Invoice",
    "LoginAttempt",
    "Objection",
    "ProcessingPurposeRow",
    "Processor",
    "RecipientNotice",
    "RegisterTextRow",
    "RequestDelivery",
    "RequestFieldChange",
    "RequestFindingRow",
    "RequestKeptInvoice",
    "RequestPause",
    "RequestQuestion",
    "RequestRestrictionRow",
    "RequestSearch",
    "RequestTextRow",
    "RetentionRuleRow",
    "RetentionRun",
    "Setting",
    "Suppression",
    "UTCDateTime",
    "User",
    "UserRight",
    "WebEvent",
]
