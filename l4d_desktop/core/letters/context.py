"""What every letter is written from: the controller, the authority, the request, the addressee
and the signer, plus the data a kind of letter needs. Built by the letter service inside one
transaction; the compose functions of the kinds only read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from l4d_desktop.core.disclosure.answer_records import AnswerRecords
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.erasure.consent_purge import ConsentPurgeRecord, PurgeLine
from l4d_desktop.core.erasure.records import ErasurePlan
from l4d_desktop.core.letters.document import EnvelopeWindow, Letterhead, Signature
from l4d_desktop.core.letters.evidence import LetterEvidence
from l4d_desktop.core.register.processing import ProcessingRegister
from l4d_desktop.core.requests.recipients import NoticeLine


@dataclass(frozen=True)
class Controller:
    """The controller's details in the letter's language (settings)."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str  # the country's name in the letter's language
    business_id: str
    phone: str
    email: str
    web: str
    contact_name: str  # the contact person for data protection
    contact_title: str
    contact_phone: str
    contact_email: str
    register_name: str

    @property
    def letterhead(self) -> Letterhead:
        return Letterhead(
            name=self.name,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            country=self.country,
            business_id=self.business_id,
            phone=self.phone,
            email=self.email,
            web=self.web,
        )


@dataclass(frozen=True)
class Authority:
    """The supervisory authority (Tietosuojavaltuutettu) in the letter's language."""

    name: str
    street: str  # visiting address
    postal: str  # postal address
    phone: str
    web: str


@dataclass(frozen=True)
class LetterRequest:
    """The request a letter answers, as a letter may speak of it (no staff names)."""

    id: int
    reference: str  # printed as the letter's reference, e.g. "L4D-00042"
    type: str  # RequestType
    channel: str
    received_on: dt.date
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
    refusal_basis: str | None  # RefusalBasis
    close_reason: str  # for a refusal: the reasons the letter states
    assessment: str  # the written assessment of a manifestly unfounded/excessive request
    requester_name: str
    erased_at: dt.datetime | None


@dataclass(frozen=True)
class BundleFile:
    """One file of the machine-readable copy, as the access letter lists it."""

    name: str
    sha256: str  # hex
    size: int  # bytes


@dataclass(frozen=True)
class LetterContext:
    kind: str  # LetterKind
    language: str  # "fi" | "en"
    today: dt.date  # the letter's date (the office's day)
    controller: Controller
    authority: Authority
    request: LetterRequest
    recipient: tuple[str, ...]  # address lines, the name first
    signature: Signature
    window: EnvelopeWindow
    # Everything held about the request's customer (None while no customer is linked, or
    # after an erasure): consents with history, objections, events, invoices, requests.
    subject: SubjectData | None = None
    # The erasure letter is rendered from the plan, before the erasure runs.
    erasure_plan: ErasurePlan | None = None
    # The processing register (access response).
    register: ProcessingRegister | None = None
    # The machine-readable copy's files (access and portability), only when the letter and the
    # files leave together from one snapshot (a bundle): otherwise the letter lists no hashes.
    bundle: tuple[BundleFile, ...] = ()
    # The Art. 19 checklist of a rectification, erasure or restriction request.
    notices: tuple[NoticeLine, ...] = ()
    # A withdrawal: what was erased because the consent ended, and what still relies on it alone.
    consent_purges: tuple[ConsentPurgeRecord, ...] = ()
    consent_purge_pending: tuple[PurgeLine, ...] = ()
    # What the handler recorded for an access answer: systems searched, the requester's
    # questions, the copy's delivery, kept invoices (the no-data letter too).
    answer: AnswerRecords = field(default_factory=AnswerRecords)
    # Mail abroad: the controller's country for the return line ("FINLAND"), else "".
    sender_country: str = ""
    # What the request's records state (extension, restriction, rectification), with the
    # handler's texts in the letter's language.
    evidence: LetterEvidence = field(default_factory=LetterEvidence)
    # The retention rules the program applies, as printed (access response): (kind of data,
    # period, the event it counts from), in the letter's language.
    retention: tuple[tuple[str, str, str], ...] = ()
