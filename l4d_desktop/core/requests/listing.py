"""Reading the request register: one request, its detail and timeline, the list by due date
with its filters, the counts for the tab and the export for a file outside the program."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import TypedDict, Unpack

from sqlalchemy import ColumnElement, func, select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.requests.desk import RequestDesk
from l4d_desktop.core.requests.extension import extension_barred
from l4d_desktop.core.requests.gate import load_request
from l4d_desktop.core.requests.intake import choice
from l4d_desktop.core.requests.records import (
    CLOSED_STATUS_VALUES,
    OPEN_STATUS_VALUES,
    RequestDetail,
    RequestRecord,
    RequestSummary,
    detail_of,
    is_open_clause,
    listing,
    record_of_row,
)
from l4d_desktop.core.requests.search import RequestOrder, ordered, text_filter
from l4d_desktop.core.requests.timeline import TimelineEntry, timeline_of
from l4d_desktop.core.store.models import Customer, DataSubjectRequest
from l4d_desktop.core.vocabulary import RequestType, Right

OPEN_FILTER = "open"


def _status_filter(status: str | None) -> ColumnElement[bool] | None:
    if not status:
        return None
    if status == OPEN_FILTER:
        return is_open_clause()
    if status not in OPEN_STATUS_VALUES | CLOSED_STATUS_VALUES:
        raise ValidationError("status", "choice_invalid")
    return DataSubjectRequest.status == status


class RequestFilters(TypedDict, total=False):
    """The list's filters beside "open only" and one customer: each may be left out or None."""

    status: str | None  # a status code or OPEN_FILTER
    type: str | None  # a RequestType
    handler_id: int | None  # the assigned handler
    search: str | None  # words of the person's name, customer number or reference


def _conditions(
    open_only: bool,
    customer_id: int | None,
    status: str | None = None,
    type: str | None = None,
    handler_id: int | None = None,
    search: str | None = None,
) -> list[ColumnElement[bool]]:
    """The list's filters as SQL conditions (an unknown status or type is a ValidationError)."""
    conditions: list[ColumnElement[bool]] = []
    if open_only:
        conditions.append(is_open_clause())
    if (cond := _status_filter(status)) is not None:
        conditions.append(cond)
    if type:
        conditions.append(DataSubjectRequest.type == choice(type, RequestType, "type"))
    if customer_id is not None:
        conditions.append(DataSubjectRequest.customer_id == customer_id)
    if handler_id is not None:
        conditions.append(DataSubjectRequest.handler_id == handler_id)
    if (found := text_filter(search)) is not None:
        conditions.append(found)
    return conditions


class RequestListing(RequestDesk):
    """The reading half of RequestService."""

    def get(self, actor: Actor, request_id: int) -> RequestRecord:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            load_request(session, request_id)
            return self._read(session, request_id)

    def detail(self, actor: Actor, request_id: int) -> RequestDetail:
        """Everything held on one request, the requester's words included; the view is audited."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view") as (session, user):
            req = load_request(session, request_id)
            self._log(session, user.id, "request.view", req.id, "")
            detail = detail_of(session, req, office_today(self.clock()), self._soon(session))
            return replace(detail, extension_barred=extension_barred(session, req))

    def list_requests(
        self,
        actor: Actor,
        offset: int = 0,
        limit: int = 200,
        open_only: bool = False,
        customer_id: int | None = None,
        order: RequestOrder | None = None,
        **filters: Unpack[RequestFilters],
    ) -> list[RequestRecord]:
        """Requests by due date, the most urgent first, or in `order`. `status` may be a status
        code or "open"; `type` a request type; `handler_id` the assigned handler; `search` words
        of the person's name, customer number or reference; `customer_id` one customer's."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            today, soon = office_today(self.clock()), self._soon(session)
            stmt = listing().where(*_conditions(open_only, customer_id, **filters))
            if order is not None:
                stmt = ordered(stmt, order)
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
            return [record_of_row(row, today, soon) for row in rows]

    def export(
        self,
        actor: Actor,
        open_only: bool = False,
        **filters: Unpack[RequestFilters],
    ) -> Iterator[RequestRecord]:
        """The request register for a file outside the program: needs `data.export` as well as
        `requests.view`, is audited, and reads one consistent snapshot."""
        self._require(actor, Right.REQUESTS_VIEW, "request.export")
        self._require(actor, Right.DATA_EXPORT, "request.export")
        stmt = listing().where(*_conditions(open_only, None, **filters))
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="request.export",
            object_type="request",
            detail="open" if open_only or filters.get("status") == OPEN_FILTER else "all",
        )
        with self.db.read() as session:
            today, soon = office_today(self.clock()), self._soon(session)
            for row in session.execute(stmt.execution_options(yield_per=500)):
                yield record_of_row(row, today, soon)

    def count(
        self, actor: Actor, open_only: bool = False, **filters: Unpack[RequestFilters]
    ) -> int:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            stmt = (
                select(func.count())
                .select_from(DataSubjectRequest)
                .outerjoin(Customer, Customer.id == DataSubjectRequest.customer_id)
                .where(*_conditions(open_only, None, **filters))
            )
            return int(session.scalar(stmt) or 0)

    def summary(self, actor: Actor) -> RequestSummary:
        """Open requests, those due within `due_soon_days` (today included) and overdue ones."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            today, soon = office_today(self.clock()), self._soon(session)
            due = DataSubjectRequest.due
            row = session.execute(
                select(
                    func.count(),
                    func.count().filter(due >= today, due <= today + dt.timedelta(days=soon)),
                    func.count().filter(due < today),
                ).where(is_open_clause())
            ).one()
            return RequestSummary(
                open=int(row[0]), due_soon=int(row[1]), overdue=int(row[2]), due_soon_days=soon
            )

    def timeline(
        self, actor: Actor, request_id: int, include_views: bool = False
    ) -> tuple[TimelineEntry, ...]:
        """The request's history from the audit log, oldest first, with pause reasons."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.timeline", write=False) as (
            session,
            _,
        ):
            load_request(session, request_id)
            return timeline_of(session, request_id, include_views)


__all__ = ["OPEN_FILTER", "RequestFilters", "RequestListing"]
