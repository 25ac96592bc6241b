"""What the person behind an access or portability request is told is held about them (Art. 15
GDPR; EDPB Guidelines 01/2022): plain frozen records, oldest first, assembled by
disclosure/assembly.py. They never name a member of staff (CJEU C-579/21: the person learns when
and why their data were consulted, not by whom).

What is deliberately not here: the purposes, legal bases, categories of data and recipients,
and retention periods. They are the same for everyone in the register and are printed by the
letters from the processing register, not from this module. A restriction (Art. 18) never limits
what is assembled: it is the person's own data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.web_events import WebEventRecord
from l4d_desktop.core.disclosure.answer_records import AnswerRecords
from l4d_desktop.core.vocabulary import OPEN_STATUSES, RequestType

# Request types whose handling assembles the person's data. Others (e.g. an erasure's plan, a
# rectification's before-and-after) may be added here when their actions need the same copy.
SUBJECT_DATA_TYPES = frozenset({RequestType.ACCESS.value, RequestType.PORTABILITY.value})

# The audit action of a portability/access bundle written to files (see core.portability).
EXPORT_ACTION = "subject_data.export"

# Audit actions, on one customer, that consulted the person's data, and how the answer names
# each: when and why (the purpose code in the entry's detail), never by whom.
CONSULTATION_ACTIONS: dict[str, str] = {
    "customer.view": "view",
    EXPORT_ACTION: "export",
    # A letter printed, saved or bundled for one of the person's requests (core.letters).
    "letter.issue": "print",
}

_OPEN = frozenset(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class SubjectCustomer:
    """Every field of the customer record as held, with the register's own flags."""

    id: int
    customer_number: str
    name: str
    email: str
    phone: str  # E.164
    street: str
    postal_code: str
    city: str
    country: str
    company: str
    business_id: str  # y-tunnus
    language: str
    source: str  # DataSource code
    source_name: str
    notes: str
    # Notes may speak of other people (Art. 15(4)): while this is set, a letter holds the notes
    # back until a person has reviewed them.
    notes_third_party: bool
    restricted: bool
    restricted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def notes_need_review(self) -> bool:
        return bool(self.notes) and self.notes_third_party


@dataclass(frozen=True)
class SourceInfo:
    """Where the data came from (Art. 14(2)(f), 15(1)(g))."""

    code: str  # DataSource: customer | registry | third_party
    name: str  # the registry or third party, by name; empty when given by the person
    # False when the contact data came from a registry or a third party. Web events are always
    # observed from the person's own use of the site.
    collected_from_person: bool


@dataclass(frozen=True)
class ConsentLedgerEntry:
    """One consent given or withdrawn, as the ledger holds it (without who recorded it)."""

    id: int
    purpose_code: str
    purpose_fi: str
    purpose_en: str
    given: bool
    at: dt.datetime  # when the person gave or withdrew it
    method: str  # ConsentMethod
    notice_version: str
    recorded_at: dt.datetime
    request_id: int | None
    purpose_sv: str = ""  # empty while the purpose has no Swedish name
    # False when only the day is on record (a withdrawal in effect from a receipt without a time).
    time_known: bool = True

    def purpose(self, language: str) -> str:
        """The purpose's name in the language; its code where the name is not written."""
        names = {"fi": self.purpose_fi, "en": self.purpose_en, "sv": self.purpose_sv}
        return names.get(language, "") or self.purpose_code


@dataclass(frozen=True)
class ObjectionEntry:
    id: int
    purpose: str  # ObjectionPurpose
    received_on: dt.date
    reason: str
    # ObjectionOutcome (stopped | upheld | compelling_grounds), None while undecided.
    outcome: str | None
    outcome_reason: str
    decided_at: dt.datetime | None
    request_id: int | None


@dataclass(frozen=True)
class PauseEntry:
    started_at: dt.datetime
    ended_at: dt.datetime | None
    reason: str
    id: int = 0  # its reason's texts per language are the request's topic pause.<id>


@dataclass(frozen=True)
class FieldChangeEntry:
    """A field a rectification changed, and when (never the old value)."""

    field: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class RequestEntry:
    """One of the person's requests: type, dates, status and outcome, no staff names."""

    id: int
    type: str
    channel: str
    received_on: dt.date
    received_at: dt.datetime | None
    status: str
    statutory_due: dt.date
    promised_due: dt.date | None
    due: dt.date
    extended_due: dt.date | None
    extension_notice_on: dt.date | None
    extension_reason: str
    identity_method: str | None
    identified_at: dt.datetime | None
    closed_at: dt.datetime | None
    refusal_basis: str | None
    refusal_reason: str
    requester_name: str
    requester_contact: str
    requester_text: str
    repeat_of: int | None
    pauses: tuple[PauseEntry, ...]
    changed_fields: tuple[FieldChangeEntry, ...]

    @property
    def outcome(self) -> str | None:
        """completed | refused | withdrawn once closed; None while open."""
        return None if self.status in _OPEN else self.status


@dataclass(frozen=True)
class ConsultationEntry:
    """One time the person's data were consulted: when, how and why (a purpose code such as
    "customer_service" or "request:12"). Never who (CJEU C-579/21)."""

    at: dt.datetime
    kind: str  # "view" | "export" (CONSULTATION_ACTIONS)
    purpose: str


@dataclass(frozen=True)
class RecipientEntry:
    """A recipient of the register's data (a processor), by name (CJEU C-154/21)."""

    name: str
    role: str  # what it does for the controller
    country: str  # two-letter code
    # False: a transfer outside the EEA, whose safeguards the letter states (Art. 15(2)).
    in_eea: bool
    transfer: str = ""  # outside the EEA: its TransferMechanism code
    transfer_detail: str = ""
    role_en: str = ""  # the role in English, for English letters
    role_sv: str = ""  # and in Swedish, for Swedish letters


@dataclass(frozen=True)
class LetterSentEntry:
    """A letter that left for one of the person's requests: its versions in each language
    and its reprints on one day are one letter. Previews never left, so they are not here."""

    request_id: int
    sent_on: dt.date  # the office's day it first left
    kind: str  # LetterKind
    languages: tuple[str, ...]  # "fi", "sv", "en", in that order


@dataclass(frozen=True)
class SubjectData:
    """The content of an access response (and the source of a portability bundle).

    Lists are oldest first. Nothing here names a member of staff.
    """

    request_id: int
    request_type: str
    assembled_at: dt.datetime
    # Art. 15(1): confirmation that personal data about the person are processed.
    processed: bool
    customer: SubjectCustomer
    source: SourceInfo
    consents: tuple[ConsentLedgerEntry, ...]
    objections: tuple[ObjectionEntry, ...]
    web_events: tuple[WebEventRecord, ...]
    invoices: tuple[InvoiceRecord, ...]
    requests: tuple[RequestEntry, ...]
    consultations: tuple[ConsultationEntry, ...]
    # The active processors of the processors register, by name. Recipients that are not
    # processors (authorities where the law requires) and the safeguards of transfers are the
    # processing register's, printed by the letters.
    recipients: tuple[RecipientEntry, ...] = ()
    # Correspondence is personal data and part of the copy (LEGAL.md).
    letters_sent: tuple[LetterSentEntry, ...] = ()
    # Until when each invoice is kept under the Accounting Act, by invoice id.
    invoice_kept_until: tuple[tuple[int, dt.date], ...] = ()
    # What the handler recorded for this request: systems searched, questions, delivery.
    answer: AnswerRecords = field(default_factory=AnswerRecords)

    @property
    def letter_notes(self) -> str:
        """The notes a letter may print as they are: none while they await a third-party review."""
        return "" if self.customer.notes_third_party else self.customer.notes


__all__ = [
    "CONSULTATION_ACTIONS",
    "EXPORT_ACTION",
    "SUBJECT_DATA_TYPES",
    "ConsentLedgerEntry",
    "ConsultationEntry",
    "FieldChangeEntry",
    "LetterSentEntry",
    "ObjectionEntry",
    "PauseEntry",
    "RecipientEntry",
    "RequestEntry",
    "SourceInfo",
    "SubjectCustomer",
    "SubjectData",
]
