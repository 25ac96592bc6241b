"""Consents per purpose as an append-only ledger; the current state is the latest entry."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.fields import check_business_date
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ConsentEvent, ConsentPurpose, Customer, Objection, User
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import ConsentMethod, ObjectionPurpose, Right

_PURPOSE_CODE = re.compile(r"[a-z][a-z0-9_]{1,39}")


@dataclass(frozen=True)
class PurposeRecord:
    id: int
    code: str
    name_fi: str
    name_en: str
    direct_marketing: bool
    builtin: bool
    active: bool
    name_sv: str = ""  # empty until written: a Swedish letter then names the purpose's code

    def name(self, language: str) -> str:
        if language == "sv":
            return self.name_sv or self.code
        return self.name_fi if language == "fi" else self.name_en


@dataclass(frozen=True)
class ConsentEntry:
    """One line of the ledger, with the names a reader needs instead of raw ids."""

    id: int
    purpose_code: str
    purpose_fi: str
    purpose_en: str
    given: bool
    at: dt.datetime
    method: str
    notice_version: str
    recorded_by: str  # the staff member's full name
    recorded_at: dt.datetime
    request_id: int | None
    purpose_sv: str = ""  # empty while the purpose has no Swedish name


@dataclass(frozen=True)
class ConsentState:
    """Where one purpose stands now: given, withdrawn, or never asked (given is None)."""

    purpose: PurposeRecord
    given: bool | None
    since: dt.datetime | None
    method: str
    notice_version: str


def _purpose(p: ConsentPurpose) -> PurposeRecord:
    return PurposeRecord(
        id=p.id,
        code=p.code,
        name_fi=p.name_fi,
        name_en=p.name_en,
        direct_marketing=p.direct_marketing,
        builtin=p.builtin,
        active=p.active,
        name_sv=p.name_sv,
    )


def ledger(session: Session, customer_id: int) -> list[ConsentEntry]:
    """The customer's consent history, newest first."""
    rows = session.execute(
        select(ConsentEvent, ConsentPurpose, User.full_name)
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .join(User, User.id == ConsentEvent.recorded_by)
        .where(ConsentEvent.customer_id == customer_id)
        .order_by(ConsentEvent.at.desc(), ConsentEvent.id.desc())
    ).all()
    return [
        ConsentEntry(
            id=e.id,
            purpose_code=p.code,
            purpose_fi=p.name_fi,
            purpose_en=p.name_en,
            given=e.given,
            at=e.at,
            method=e.method,
            notice_version=e.notice_version,
            recorded_by=name,
            recorded_at=e.recorded_at,
            request_id=e.request_id,
            purpose_sv=p.name_sv,
        )
        for e, p, name in rows
    ]


def current_states(session: Session, customer_id: int) -> list[ConsentState]:
    """Every active purpose (and any inactive one the person has an entry for), latest state."""
    latest: dict[int, ConsentEvent] = {}
    for entry in session.scalars(
        select(ConsentEvent)
        .where(ConsentEvent.customer_id == customer_id)
        .order_by(ConsentEvent.at, ConsentEvent.id)
    ):
        latest[entry.purpose_id] = entry
    out: list[ConsentState] = []
    for p in session.scalars(select(ConsentPurpose).order_by(ConsentPurpose.id)):
        event = latest.get(p.id)
        if not p.active and event is None:
            continue
        out.append(
            ConsentState(
                purpose=_purpose(p),
                given=None if event is None else event.given,
                since=None if event is None else event.at,
                method="" if event is None else event.method,
                notice_version="" if event is None else event.notice_version,
            )
        )
    return out


def append_event(
    session: Session,
    *,
    customer_id: int,
    purpose_id: int,
    given: bool,
    at: dt.datetime,
    method: str,
    notice_version: str,
    recorded_by: int,
    recorded_at: dt.datetime,
    request_id: int | None = None,
) -> ConsentEvent:
    event = ConsentEvent(
        customer_id=customer_id,
        purpose_id=purpose_id,
        given=given,
        at=at,
        method=method,
        notice_version=notice_version,
        recorded_by=recorded_by,
        recorded_at=recorded_at,
        request_id=request_id,
    )
    session.add(event)
    return event


def has_marketing_objection(session: Session, customer_id: int) -> bool:
    stmt = select(Objection.id).where(
        Objection.customer_id == customer_id,
        Objection.purpose == ObjectionPurpose.DIRECT_MARKETING.value,
    )
    return session.scalar(stmt.limit(1)) is not None


class ConsentService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def purposes(self, actor: Actor, include_inactive: bool = False) -> list[PurposeRecord]:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "consent.purposes", write=False) as (
            session,
            _,
        ):
            stmt = select(ConsentPurpose).order_by(ConsentPurpose.id)
            if not include_inactive:
                stmt = stmt.where(ConsentPurpose.active.is_(True))
            return [_purpose(p) for p in session.scalars(stmt)]

    def add_purpose(
        self,
        actor: Actor,
        code: str,
        name_fi: str,
        name_en: str,
        direct_marketing: bool,
        name_sv: str = "",
    ) -> PurposeRecord:
        """A purpose of the pääkäyttäjä's own, beside the built-in ones of the privacy notice;
        without a Swedish name, Swedish letters that name it wait for one."""
        code = code.strip()
        if not _PURPOSE_CODE.fullmatch(code):
            raise ValidationError("code", "purpose_code_invalid")
        fi = clean_text(name_fi, "name_fi", max_length=200, required=True)
        en = clean_text(name_en, "name_en", max_length=200, required=True)
        sv = clean_text(name_sv, "name_sv", max_length=200)
        with self._unit(actor, Right.USERS_ADMIN, "consent.add_purpose") as (session, user):
            if session.scalar(select(ConsentPurpose.id).where(ConsentPurpose.code == code)):
                raise ValidationError("code", "purpose_exists")
            purpose = ConsentPurpose(
                code=code,
                name_fi=fi,
                name_en=en,
                name_sv=sv,
                direct_marketing=direct_marketing,
                builtin=False,
                active=True,
                created_at=self.clock(),
            )
            session.add(purpose)
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="consent.add_purpose",
                object_type="consent_purpose",
                object_id=purpose.id,
            )
            return _purpose(purpose)

    def edit_purpose(
        self,
        actor: Actor,
        code: str,
        name_fi: str,
        name_en: str,
        name_sv: str,
        expected: PurposeRecord | None = None,
    ) -> PurposeRecord:
        """A purpose's names in the three languages, a built-in one's too; its code and the
        rest never change (the ledger and the letters refer to it). With `expected`, the
        purpose as the caller read it: refused if its names changed meanwhile."""
        fi = clean_text(name_fi, "name_fi", max_length=200, required=True)
        en = clean_text(name_en, "name_en", max_length=200, required=True)
        sv = clean_text(name_sv, "name_sv", max_length=200)
        with self._unit(actor, Right.USERS_ADMIN, "consent.edit_purpose") as (session, user):
            purpose = session.scalar(select(ConsentPurpose).where(ConsentPurpose.code == code))
            if purpose is None:
                raise ValidationError("code", "purpose_unknown")
            seen = expected or _purpose(purpose)
            # Compare and set in one statement: of two edits made from the same names (in
            # two windows, on two workstations), the second finds them changed.
            written = session.execute(
                update(ConsentPurpose)
                .where(
                    ConsentPurpose.id == purpose.id,
                    ConsentPurpose.name_fi == seen.name_fi,
                    ConsentPurpose.name_en == seen.name_en,
                    ConsentPurpose.name_sv == seen.name_sv,
                )
                .values(name_fi=fi, name_en=en, name_sv=sv)
                .execution_options(synchronize_session=False)
            )
            if getattr(written, "rowcount", 0) != 1:
                raise ConflictError()
            session.refresh(purpose)
            self.audit.append(
                session,
                actor_id=user.id,
                action="consent.edit_purpose",
                object_type="consent_purpose",
                object_id=purpose.id,
                detail=purpose.code,
            )
            return _purpose(purpose)

    def record(
        self,
        actor: Actor,
        customer_id: int,
        purpose_code: str,
        given: bool,
        method: str,
        at: dt.datetime | None = None,
        request_id: int | None = None,
    ) -> ConsentEntry:
        """Append a consent given or withdrawn. `at` is when the person did it (default now)."""
        try:
            method = ConsentMethod(method).value
        except ValueError:
            raise ValidationError("method", "choice_invalid") from None
        now = self.clock()
        when = at or now
        if when.tzinfo is None:
            raise ValidationError("at", "time_invalid")
        if when > now:
            raise ValidationError("at", "date_in_future")
        check_business_date("at", when.date())
        with self._unit(actor, Right.CUSTOMERS_EDIT, "consent.record") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            purpose = session.scalar(
                select(ConsentPurpose).where(ConsentPurpose.code == purpose_code)
            )
            if purpose is None or (given and not purpose.active):
                raise ValidationError("purpose", "purpose_unknown")
            if given and purpose.direct_marketing:
                # An objection to direct marketing is absolute; a consent cannot undo it here.
                suppressed = SuppressionList(session).contains(customer.email, customer.phone)
                if suppressed or has_marketing_objection(session, customer.id):
                    raise BusinessRuleError("marketing_suppressed")
            current = next(
                (s for s in current_states(session, customer.id) if s.purpose.id == purpose.id),
                None,
            )
            if current is not None and current.given is given:
                raise ValidationError("given", "consent_unchanged")
            event = append_event(
                session,
                customer_id=customer.id,
                purpose_id=purpose.id,
                given=given,
                at=when,
                method=method,
                notice_version=self.settings.get(session, "notice_version"),
                recorded_by=user.id,
                recorded_at=now,
                request_id=request_id,
            )
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="consent.give" if given else "consent.withdraw",
                object_type="customer",
                object_id=customer.id,
                detail=purpose.code,
            )
            return next(e for e in ledger(session, customer.id) if e.id == event.id)

    def history(self, actor: Actor, customer_id: int) -> list[ConsentEntry]:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "consent.history", write=False) as (
            session,
            _,
        ):
            return ledger(session, customer_id)

    def current(self, actor: Actor, customer_id: int) -> list[ConsentState]:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "consent.current", write=False) as (
            session,
            _,
        ):
            return current_states(session, customer_id)
