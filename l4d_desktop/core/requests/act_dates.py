"""The day a request's rectification, erasure or restriction was first carried out, so that no
recipient is recorded as told of it before it happened (Art. 19)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
    RequestFieldChange,
    RequestRestrictionRow,
)
from l4d_desktop.core.vocabulary import RequestType


def act_day(session: Session, request: DataSubjectRequest) -> dt.date | None:
    """The office's day of the request's first change, erasure or restriction; None while it
    has not been carried out."""
    moment: dt.datetime | None
    if request.type == RequestType.RECTIFICATION.value:
        moment = session.scalar(
            select(func.min(RequestFieldChange.changed_at)).where(
                RequestFieldChange.request_id == request.id
            )
        )
    elif request.type == RequestType.RESTRICTION.value:
        moment = session.scalar(
            select(func.min(RequestRestrictionRow.restricted_at)).where(
                RequestRestrictionRow.request_id == request.id
            )
        )
    elif request.type == RequestType.ERASURE.value:
        moment = request.erased_at
    else:
        return None
    return office_today(moment) if moment is not None else None


__all__ = ["act_day"]
