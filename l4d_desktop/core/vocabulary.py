"""Fixed identifiers: rights, roles, request types, channels, statuses. They are a contract."""

from __future__ import annotations

from enum import StrEnum


class Right(StrEnum):
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMERS_EDIT = "customers.edit"
    CUSTOMERS_ERASE = "customers.erase"
    REQUESTS_VIEW = "requests.view"
    REQUESTS_HANDLE = "requests.handle"
    DATA_EXPORT = "data.export"
    USERS_ADMIN = "users.admin"
    AUDIT_READ = "audit.read"


class Role(StrEnum):
    ADMIN = "admin"  # pääkäyttäjä
    HANDLER = "handler"  # käsittelijä
    READER = "reader"  # lukija


ROLE_RIGHTS: dict[Role, frozenset[Right]] = {
    Role.ADMIN: frozenset(Right),
    Role.HANDLER: frozenset(
        {
            Right.CUSTOMERS_VIEW,
            Right.CUSTOMERS_EDIT,
            Right.REQUESTS_VIEW,
            Right.REQUESTS_HANDLE,
            Right.DATA_EXPORT,
        }
    ),
    Role.READER: frozenset({Right.CUSTOMERS_VIEW, Right.REQUESTS_VIEW}),
}


class RequestType(StrEnum):
    ACCESS = "access"  # Art. 15
    PORTABILITY = "portability"  # Art. 20
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    OBJECTION = "objection"  # Art. 21
    WITHDRAWAL = "withdrawal"  # Art. 7(3)
    OTHER = "other"


# The notice promises "at most 30 days" for these two only.
PROMISED_TYPES = frozenset({RequestType.ACCESS.value, RequestType.PORTABILITY.value})


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    IN_PERSON = "in-person"


class RequestStatus(StrEnum):
    RECEIVED = "received"
    IDENTITY_CHECK = "identity_check"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


OPEN_STATUSES = frozenset(
    {RequestStatus.RECEIVED, RequestStatus.IDENTITY_CHECK, RequestStatus.IN_PROGRESS}
)


class Language(StrEnum):
    """A customer's letter language: Finland's two official languages and English."""

    FI = "fi"
    EN = "en"
    SV = "sv"


class DataSource(StrEnum):
    """Where a customer's data came from, as the privacy notice names the sources."""

    CUSTOMER = "customer"  # given by the customer
    REGISTRY = "registry"  # from an authority's registry, with consent (named)
    THIRD_PARTY = "third_party"  # from a third party, with consent (named)


class ConsentMethod(StrEnum):
    """How a consent was given or withdrawn."""

    WEB_FORM = "web_form"
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    IN_PERSON = "in_person"
    IMPORT = "import"
    OBJECTION = "objection"  # withdrawn because the person objected to direct marketing
    OTHER = "other"


class ObjectionPurpose(StrEnum):
    """Processing a person may object to (Art. 21). Direct marketing includes ad targeting and
    is absolute: it stops at once and for good."""

    DIRECT_MARKETING = "direct_marketing"
    ANALYTICS = "analytics"
    SERVICE_DEVELOPMENT = "service_development"
    CUSTOMER_RELATIONSHIP = "customer_relationship"
    OTHER = "other"


class DuplicatePolicy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"


class IdentityMethod(StrEnum):
    """How a requester was matched to the data already held (Art. 12(6), EDPB 01/2022): the
    lightest check that removes reasonable doubt. An ID document is seen, never stored."""

    EMAIL_ON_FILE = "email_on_file"  # the request came from the address on file
    PHONE_ON_FILE = "phone_on_file"  # a call from the number on file, or a call back to it
    CUSTOMER_NUMBER = "customer_number"  # told the customer number with other data held
    RECENT_INVOICE = "recent_invoice"  # told details of a recent invoice
    KNOWN_IN_PERSON = "known_in_person"  # known to the staff member in person
    ID_DOCUMENT_SEEN = "id_document_seen"  # ID document seen, not stored
    OTHER = "other"  # described in the note


class RefusalBasis(StrEnum):
    """Why a request is refused (Art. 12(2), 12(5), 12(6), 17(3))."""

    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"  # needs a written assessment
    EXCESSIVE = "excessive"  # e.g. repeated at unreasonable intervals; needs an assessment
    IDENTITY_NOT_ESTABLISHED = "identity_not_established"
    LEGAL_OBLIGATION = "legal_obligation"  # e.g. the Accounting Act keeps the data
    LEGAL_CLAIMS = "legal_claims"  # establishing, exercising or defending legal claims
    OTHER = "other"


# A refusal on these grounds is for the controller to prove: a written assessment is required.
ASSESSED_REFUSALS = frozenset({RefusalBasis.MANIFESTLY_UNFOUNDED, RefusalBasis.EXCESSIVE})


class ObjectionOutcome(StrEnum):
    STOPPED = "stopped"  # direct marketing: stops at once, no balancing
    UPHELD = "upheld"  # other processing stops
    COMPELLING_GROUNDS = "compelling_grounds"  # goes on: compelling legitimate grounds recorded


class NoticeStatus(StrEnum):
    """An Art. 19 recipient's line on a request's checklist."""

    PENDING = "pending"
    NOTIFIED = "notified"
    DISPROPORTIONATE = "disproportionate"  # impossible or disproportionate: reason recorded


class KeepReason(StrEnum):
    """Why an item outlives an erasure (Art. 17(3))."""

    ACCOUNTING_ACT = "accounting_act"  # kirjanpitolaki 1336/1997 2:10: vouchers 6 years


# Request types whose handling opens the Art. 19 checklist of recipients.
RECIPIENT_NOTICE_TYPES = frozenset(
    {RequestType.RECTIFICATION.value, RequestType.ERASURE.value, RequestType.RESTRICTION.value}
)
