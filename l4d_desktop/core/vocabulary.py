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
    FI = "fi"
    EN = "en"


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
