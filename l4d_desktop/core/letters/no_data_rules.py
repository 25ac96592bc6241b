"""When the "we hold no data about you" letter may leave: an access request whose requester is
matched to no customer, after the handler recorded which systems were searched."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from l4d_desktop.core.disclosure.answer_records import has_searches
from l4d_desktop.core.store.models import DataSubjectRequest


def no_data_unavailable(request: DataSubjectRequest) -> str:
    """Why the no-data letter cannot be written for the request now ("" when it can)."""
    if request.type != "access":
        return "letter_kind_unavailable"
    if request.customer_id is not None:
        # The person's data are held: the access letter answers, with the copy.
        return "letter_no_data_has_customer"
    session = object_session(request)
    if session is None or not has_searches(session, request.id):
        return "letter_needs_searches"
    return ""
