"""Intake of a data subject request: the three dates from the moment of receipt, the
requester's own words, the customers they may be, and who may handle it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.fields import EARLIEST_BUSINESS_DATE, check_business_date
from l4d_desktop.core.customers.search import search_filter
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.customers.service import record_of as customer_record_of
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.requests.deadlines import Deadlines, deadlines_for
from l4d_desktop.core.requests.desk import RequestDesk, check_handler
from l4d_desktop.core.requests.records import RequestRecord
from l4d_desktop.core.requests.workflow import find_repeat, parse_date
from l4d_desktop.core.security.access import rights_of
from l4d_desktop.core.store.models import Customer, DataSubjectRequest, User
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Channel, RequestStatus, RequestType, Right

REQUESTER_TEXT_MAX = 20000
# The whole text plus this many of the addresses and numbers in it are looked up.
SUGGESTION_QUERIES_MAX = 25
SUGGESTION_LIMIT = 10
# A moment of receipt may run this far ahead of the machine's clock (clocks drift a little).
RECEIVED_AT_SKEW = dt.timedelta(minutes=5)
_EMAIL_LIKE = re.compile(r"[^\s,;<>()]+@[^\s,;<>()]+")
_PHONE_RUN = re.compile(r"\+?\d[\d\s()./-]{5,}\d")


@dataclass(frozen=True)
class RequestInput:
    """A request as told at intake. Give `received` (the date), or `received_at` (the aware
    moment of receipt; the date is then its office date), or both if they agree."""

    type: str
    received: dt.date | str | None
    channel: str
    customer_id: int | None = None  # None: not yet identified
    received_at: dt.datetime | str | None = None
    requester_text: str = ""  # the requester's own words
    requester_name: str = ""  # who they said they were
    requester_contact: str = ""  # the address, email or phone to answer to
    handler_id: int | None = None  # the staff member assigned to handle it


@dataclass(frozen=True)
class _Intake:
    """The request's own columns as intake cleaned them."""

    type: str
    channel: str
    received_on: dt.date
    received_at: dt.datetime | None
    requester_text: str
    requester_name: str
    requester_contact: str


def choice(value: str, allowed: type[RequestType] | type[Channel], field: str) -> str:
    try:
        return allowed(value).value
    except ValueError:
        raise ValidationError(field, "choice_invalid") from None


def _received_at(value: dt.datetime | str | None) -> dt.datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("received_at", "time_invalid") from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError("received_at", "time_invalid")
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01T00:00+02:00 has no UTC time on the calendar
        raise ValidationError(
            "received_at", "date_too_early", earliest=EARLIEST_BUSINESS_DATE.isoformat()
        ) from None


def _clean_intake(data: RequestInput, now: dt.datetime) -> _Intake:
    rtype = choice(data.type, RequestType, "type")
    channel = choice(data.channel, Channel, "channel")
    received_at = _received_at(data.received_at)
    if received_at is None:
        received = parse_date(data.received, "received")
    else:
        if received_at > now + RECEIVED_AT_SKEW:
            raise ValidationError("received_at", "date_in_future")
        received = office_today(received_at)
        if data.received not in (None, "") and parse_date(data.received, "received") != received:
            raise ValidationError("received", "received_mismatch")
    if received > office_today(now):
        raise ValidationError("received", "date_in_future")
    check_business_date("received", received)
    return _Intake(
        type=rtype,
        channel=channel,
        received_on=received,
        received_at=received_at,
        requester_text=clean_text(
            data.requester_text,
            "requester_text",
            max_length=REQUESTER_TEXT_MAX,
            multiline=True,
        ),
        requester_name=clean_text(data.requester_name, "requester_name", max_length=200),
        requester_contact=clean_text(data.requester_contact, "requester_contact", max_length=254),
    )


class RequestIntake(RequestDesk):
    """Intake's half of RequestService."""

    def register(self, actor: Actor, data: RequestInput) -> RequestRecord:
        """A new request, `received`; flagged as a possible repeat when the same customer made
        one of the same type within `repeat_interval_days` before it."""
        intake = _clean_intake(data, self.clock())
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.create") as (session, user):
            if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
                raise ValidationError("customer", "not_found")
            check_handler(session, data.handler_id)
            dates = deadlines_for(
                intake.type, intake.received_on, self.settings.get_int(session, "promised_days")
            )
            now = self.clock()
            req = DataSubjectRequest(
                **dataclasses.asdict(intake),  # the columns of the same names
                status=RequestStatus.RECEIVED.value,
                customer_id=data.customer_id,
                statutory_due=dates.statutory,
                promised_due=dates.promised,
                due=dates.due,
                received_by=user.id,
                handler_id=data.handler_id,
                created_at=now,
                updated_at=now,
            )
            session.add(req)
            session.flush()
            req.repeat_of = find_repeat(session, req, self._repeat_days(session))
            session.flush()
            self._log(session, user.id, "request.create", req.id, intake.type)
            return self._read(session, req.id)

    def preview(self, actor: Actor, request_type: str, received: dt.date) -> Deadlines:
        """The dates a request would get, for the intake form to show before saving."""
        rtype = choice(request_type, RequestType, "type")
        with self._unit(actor, Right.REQUESTS_VIEW, "request.preview", write=False) as (session, _):
            return deadlines_for(rtype, received, self.settings.get_int(session, "promised_days"))

    def suggest_customers(
        self, actor: Actor, text: str, limit: int = SUGGESTION_LIMIT
    ) -> list[CustomerRecord]:
        """Customers the requester may be, for intake: matches of the whole text (name, email,
        phone, customer number), then of each email address and phone number in it."""
        queries = [text]
        queries += _EMAIL_LIKE.findall(text or "")
        queries += [m.strip() for m in _PHONE_RUN.findall(text or "")]
        # A pasted mailing list must not become thousands of lookups per keystroke.
        queries = list(dict.fromkeys(queries))[:SUGGESTION_QUERIES_MAX]
        with self._unit(actor, Right.CUSTOMERS_VIEW, "request.suggest", write=False) as (
            session,
            _,
        ):
            found: dict[int, Customer] = {}
            for query in queries:
                cond = search_filter(query)
                if cond is None or len(found) >= limit:
                    continue
                stmt = select(Customer).where(cond).order_by(Customer.sort_key, Customer.id)
                for c in session.scalars(stmt.limit(limit)):
                    if len(found) < limit:
                        found.setdefault(c.id, c)
            return [customer_record_of(c) for c in found.values()]

    def handlers(self, actor: Actor) -> list[tuple[int, str]]:
        """Who a request can be assigned to: active users holding requests.handle, as
        (id, full name) by name. Staff names only, for the handler choices and filters."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.handlers", write=False) as (
            session,
            _,
        ):
            users = session.scalars(select(User).where(User.active.is_(True))).all()
            found = [
                (u.id, u.full_name)
                for u in users
                if str(Right.REQUESTS_HANDLE) in rights_of(session, u)
            ]
            return sorted(found, key=lambda item: (item[1].casefold(), item[0]))


__all__ = ["RequestInput", "RequestIntake", "choice"]
