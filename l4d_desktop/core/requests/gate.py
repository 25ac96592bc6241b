"""Which request an action may be taken on: the right type, still open, linked to its person."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session

from l4d_desktop.core.errors import BusinessRuleError, NotFoundError
from l4d_desktop.core.store.models import Customer, DataSubjectRequest
from l4d_desktop.core.vocabulary import OPEN_STATUSES


def load_request(session: Session, request_id: int) -> DataSubjectRequest:
    request = session.get(DataSubjectRequest, request_id)
    if request is None:
        raise NotFoundError("request")
    return request


def check_type(request: DataSubjectRequest, types: Collection[str]) -> None:
    if request.type not in types:
        raise BusinessRuleError("request_type_mismatch", type=request.type)


def request_for_action(
    session: Session, request_id: int, types: Collection[str]
) -> tuple[DataSubjectRequest, Customer]:
    """The open request of one of `types` and its customer, or the error that says why not.

    An action changes the person's data only for a requester matched to them with the identity
    check recorded (Art. 12(6))."""
    request = load_request(session, request_id)
    check_type(request, types)
    if request.status not in {s.value for s in OPEN_STATUSES}:
        raise BusinessRuleError("request_closed")
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    if customer is None or request.identified_at is None:
        raise BusinessRuleError("request_not_identified")
    return request, customer
