"""What an erasure plan, run and purge hand back: plain frozen records, codes instead of words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from l4d_desktop.core.store.scrub import ScrubOutcome
from l4d_desktop.core.vocabulary import KeepReason

SUBJECT_REF_PREFIX = "ERASED-"
# The free text of a request: what the requester wrote and said, and what staff wrote about it.
REQUEST_FREE_TEXT = (
    "requester_text",
    "requester_name",
    "requester_contact",
    "identity_note",
    "extension_reason",
    "refusal_reason",
    "assessment",
)
REQUEST_KEPT = ("type", "status", "received_on", "due", "closed_at", "refusal_basis")
# The confirmation letter must leave (printed or saved, and archived) before the erasure
# runs: afterwards neither the name nor the address it goes to is there any more.
LETTER_READY = False
LETTER_NOT_AVAILABLE = "erasure_letter_first"
# The latest erasure letter describes another plan (the data changed since it left).
LETTER_OUTDATED = "erasure_letter_outdated"
ERASURE_LETTER_KIND = "erasure"  # letters.kinds.LetterKind.ERASURE


class ErasureAction(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"  # the row stays, what identifies the person goes
    KEEP = "keep"


class ItemKind(StrEnum):
    CUSTOMER = "customer"
    CONSENT_EVENT = "consent_event"
    OBJECTION = "objection"
    SUPPRESSION = "suppression"
    WEB_EVENTS = "web_events"
    INVOICE = "invoice"
    REQUEST = "request"
    # A request linked to nobody whose requester named the person (erasure/matching.py); its
    # label says what named them: "email", "phone", "name", comma-separated.
    UNLINKED_REQUEST = "unlinked_request"
    REQUEST_PAUSE = "request_pause"
    FIELD_CHANGE = "field_change"
    RECIPIENT_NOTICE = "recipient_notice"
    LETTER = "letter"  # an archived letter: the PDF goes, hash, date, kind and language stay


class ErasureReason(StrEnum):
    """Why an item is treated as it is: a code the faces turn into words and law."""

    ERASURE = "erasure"  # Art. 17(1): erased at the person's request
    ACCOUNTING_ACT = KeepReason.ACCOUNTING_ACT.value  # Art. 17(3)(b), kirjanpitolaki 2:10
    RETENTION_ENDED = "retention_ended"  # a voucher whose keeping time is over: it goes too
    DIRECT_MARKETING_OBJECTION = "direct_marketing_objection"  # Art. 21(3): hashes only
    ACCOUNTABILITY = "accountability"  # Art. 5(2): the request's handling, without the person


@dataclass(frozen=True)
class PlanItem:
    """One line of the plan. `object_id` names the row where one row is meant; `label` is a
    code or number that tells the rows apart (invoice number, purpose, request type)."""

    kind: str
    action: str
    reason: str
    object_id: int | None = None
    count: int = 1
    label: str = ""
    kept_until: dt.date | None = None  # the last day it is kept
    purge_on: dt.date | None = None  # the day it may be purged
    fields_kept: tuple[str, ...] = ()
    fields_removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ErasurePlan:
    request_id: int
    customer_id: int
    customer_number: str
    customer_name: str  # for the handler to see whom the plan is about; never in the audit log
    made_on: dt.date
    items: tuple[PlanItem, ...]
    # Names the state of the data the plan was made from: run() refuses if it has changed.
    token: str
    letter_ready: bool = LETTER_READY
    letter_notice: str = LETTER_NOT_AVAILABLE
    # The day the letter says the data will be erased by, and how many days erased data may
    # still lie in backups (the automatic backups' keep period).
    erase_by: dt.date | None = None
    backup_days: int = 0

    def by_action(self, action: str) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.action == action)

    @property
    def kept(self) -> tuple[PlanItem, ...]:
        return self.by_action(ErasureAction.KEEP)

    def rows(self, kind: str, action: str | None = None) -> int:
        """How many rows of `kind` (and `action`) the plan covers."""
        return sum(
            i.count for i in self.items if i.kind == kind and (action is None or i.action == action)
        )


@dataclass(frozen=True)
class ErasureResult:
    request_id: int
    subject_ref: str
    erased_at: dt.datetime
    deleted: dict[str, int] = field(default_factory=dict)  # kind → rows deleted
    anonymised: dict[str, int] = field(default_factory=dict)  # kind → rows anonymised
    kept: tuple[PlanItem, ...] = ()
    scrub: ScrubOutcome | None = None
    letter_ready: bool = LETTER_READY
    # The day the letter promised; the run after it is still done, and shown as late.
    erase_by: dt.date | None = None


@dataclass(frozen=True)
class PurgeItem:
    """A voucher kept after its customer was erased (no name or address in the queue)."""

    invoice_id: int
    invoice_number: str
    invoice_date: dt.date
    amount_cents: int
    keep_reason: str
    kept_until: dt.date
    purge_on: dt.date
    due: bool  # its keeping time is over: purge_due() would delete it


@dataclass(frozen=True)
class PurgeResult:
    purged: tuple[int, ...]  # invoice ids
    scrub: ScrubOutcome | None


__all__ = [
    "ERASURE_LETTER_KIND",
    "LETTER_NOT_AVAILABLE",
    "LETTER_OUTDATED",
    "REQUEST_FREE_TEXT",
    "REQUEST_KEPT",
    "SUBJECT_REF_PREFIX",
    "ErasureAction",
    "ErasurePlan",
    "ErasureReason",
    "ErasureResult",
    "ItemKind",
    "PlanItem",
    "PurgeItem",
    "PurgeResult",
    "ScrubOutcome",
]
