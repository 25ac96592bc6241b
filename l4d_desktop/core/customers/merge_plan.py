"""What merging two records of one person would do, read before anything is changed: whose value
each field keeps, what of the duplicate joins the kept record, and what stands in the way."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.customers.consents import current_states, has_marketing_objection
from l4d_desktop.core.customers.records import CustomerRecord, record_of
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    ConsentEvent,
    ConsentPurge,
    Customer,
    DataSubjectRequest,
    Invoice,
    Objection,
    WebEvent,
)
from l4d_desktop.core.vocabulary import OPEN_STATUSES, RequestType

# The fields one of the two values is chosen for, in the form's order. Notes are joined
# instead, and the customer number is always the kept record's.
MERGED_FIELDS = (
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
    "source",
    "source_name",
)
KEPT = "kept"
DUPLICATE = "duplicate"

# What hangs on a customer and joins the kept record, by the name the faces show it under.
MOVED_KINDS = (
    "consents",
    "objections",
    "web_events",
    "invoices",
    "requests",
    "letters",
    "consent_purges",
)


@dataclass(frozen=True)
class FieldValues:
    """One field of both records and whose value the merge proposes to keep."""

    field: str
    kept: str
    duplicate: str
    proposed: str  # KEPT or DUPLICATE

    @property
    def differs(self) -> bool:
        return self.kept != self.duplicate


@dataclass(frozen=True)
class MergeRefusal:
    """Why the two cannot be merged: an error code and the customer number it concerns."""

    code: str
    customer_number: str


@dataclass(frozen=True)
class MergePlan:
    kept: CustomerRecord
    duplicate: CustomerRecord
    fields: tuple[FieldValues, ...]
    notes: str  # the kept record's notes after the merge: both joined
    moved: tuple[tuple[str, int], ...]  # kind → how many of the duplicate's join the kept
    # What the user should look at before confirming (codes): differing contact details,
    # consents in different states, an objection to direct marketing that ends consents.
    conflicts: tuple[str, ...]
    refusals: tuple[MergeRefusal, ...]  # any of these refuses the merge

    @property
    def allowed(self) -> bool:
        return not self.refusals

    def proposed_choices(self) -> dict[str, str]:
        return {f.field: f.proposed for f in self.fields}

    def values(self, choices: dict[str, str] | None = None) -> dict[str, str]:
        """The kept record's field values after the merge, per `choices` (field → KEPT or
        DUPLICATE; a field not named takes the proposal)."""
        chosen = {**self.proposed_choices(), **(choices or {})}
        for field, side in chosen.items():
            if field not in MERGED_FIELDS:
                raise ValidationError(field, "choice_invalid")
            if side not in (KEPT, DUPLICATE):
                raise ValidationError(field, "choice_invalid")
        return {
            f.field: f.duplicate if chosen[f.field] == DUPLICATE else f.kept for f in self.fields
        }


def customer_by_number(session: Session, number: str) -> Customer:
    customer = session.scalar(select(Customer).where(Customer.customer_number == number.strip()))
    if customer is None:
        raise NotFoundError("customer_number")
    return customer


def joined_notes(kept: str, duplicate: str) -> str:
    """Both records' notes, the kept one's first; the same text is not repeated."""
    if not duplicate.strip() or duplicate.strip() == kept.strip():
        return kept
    if not kept.strip():
        return duplicate
    return f"{kept}\n\n{duplicate}"


def refusals_of(session: Session, customer: Customer) -> list[MergeRefusal]:
    """A restricted person's data are only stored (Art. 18), and a person whose erasure is in
    progress is handled by that request: neither record is merged."""
    number = customer.customer_number or ""
    found: list[MergeRefusal] = []
    if customer.restricted:
        found.append(MergeRefusal("merge_restricted", number))
    erasing = select(func.count()).where(
        DataSubjectRequest.customer_id == customer.id,
        DataSubjectRequest.type == RequestType.ERASURE.value,
        DataSubjectRequest.status.in_([s.value for s in OPEN_STATUSES]),
    )
    if session.scalar(erasing):
        found.append(MergeRefusal("merge_erasure_open", number))
    return found


def moved_counts(session: Session, customer_id: int) -> tuple[tuple[str, int], ...]:
    requests = select(DataSubjectRequest.id).where(DataSubjectRequest.customer_id == customer_id)
    counted = {
        "consents": select(func.count()).where(ConsentEvent.customer_id == customer_id),
        "objections": select(func.count()).where(Objection.customer_id == customer_id),
        "web_events": select(func.count()).where(WebEvent.customer_id == customer_id),
        "invoices": select(func.count()).where(Invoice.customer_id == customer_id),
        "requests": select(func.count()).where(DataSubjectRequest.customer_id == customer_id),
        "letters": select(func.count()).where(ArchivedLetterRow.request_id.in_(requests)),
        "consent_purges": select(func.count()).where(ConsentPurge.customer_id == customer_id),
    }
    return tuple((kind, int(session.scalar(counted[kind]) or 0)) for kind in MOVED_KINDS)


def marketing_stopped(session: Session, customer: Customer) -> bool:
    """The person objected to direct marketing, or one of their contacts is on the list."""
    return has_marketing_objection(session, customer.id) or SuppressionList(session).contains(
        customer.email, customer.phone
    )


def _conflicts(session: Session, kept: Customer, duplicate: Customer) -> tuple[str, ...]:
    found: list[str] = []
    for field in ("email", "phone"):
        a, b = getattr(kept, field), getattr(duplicate, field)
        if a and b and a != b:
            found.append(f"{field}_differs")
    states = {s.purpose.id: s.given for s in current_states(session, kept.id) if s.since}
    for s in current_states(session, duplicate.id):
        if s.since and s.purpose.id in states and states[s.purpose.id] != s.given:
            found.append("consents_differ")
            break
    if marketing_stopped(session, kept) or marketing_stopped(session, duplicate):
        found.append("marketing_objection")
    return tuple(found)


def _proposed(kept: str, duplicate: str) -> str:
    """The kept record's value, unless it is empty and the duplicate's is not."""
    return DUPLICATE if not kept and duplicate else KEPT


def plan_of(session: Session, kept: Customer, duplicate: Customer) -> MergePlan:
    if kept.id == duplicate.id:
        raise BusinessRuleError("merge_same_customer")
    fields = tuple(
        FieldValues(
            name,
            str(getattr(kept, name)),
            str(getattr(duplicate, name)),
            _proposed(str(getattr(kept, name)), str(getattr(duplicate, name))),
        )
        for name in MERGED_FIELDS
    )
    return MergePlan(
        kept=record_of(kept),
        duplicate=record_of(duplicate),
        fields=fields,
        notes=joined_notes(kept.notes, duplicate.notes),
        moved=moved_counts(session, duplicate.id),
        conflicts=_conflicts(session, kept, duplicate),
        refusals=tuple(refusals_of(session, kept) + refusals_of(session, duplicate)),
    )


__all__ = [
    "DUPLICATE",
    "KEPT",
    "MERGED_FIELDS",
    "MOVED_KINDS",
    "FieldValues",
    "MergePlan",
    "MergeRefusal",
    "customer_by_number",
    "joined_notes",
    "marketing_stopped",
    "moved_counts",
    "plan_of",
    "refusals_of",
]
