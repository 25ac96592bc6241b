"""The steps every request-service call shares: the open request at the version the dialog
loaded, the row's version raised, the audit entry, the record read back."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.requests.gate import load_request
from l4d_desktop.core.requests.records import RequestRecord, read_record
from l4d_desktop.core.requests.workflow import check_open, check_version
from l4d_desktop.core.security.access import Service, rights_of
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import DataSubjectRequest, User
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right


def audit_request(
    audit: AuditLog, session: Session, user_id: int, action: str, request_id: int, detail: str
) -> None:
    """One audit entry about a request, after the unit's changes so far (ids and codes only)."""
    session.flush()
    audit.append(
        session,
        actor_id=user_id,
        action=action,
        object_type="request",
        object_id=request_id,
        detail=detail,
    )


def check_handler(session: Session, handler_id: int | None) -> None:
    """An assigned handler is an active user who may handle requests."""
    if handler_id is None:
        return
    user = session.get(User, handler_id)
    if user is None or not user.active:
        raise ValidationError("handler", "not_found")
    if str(Right.REQUESTS_HANDLE) not in rights_of(session, user):
        raise ValidationError("handler", "not_a_handler")


class RequestDesk(Service):
    """The base of the request services: RequestService's parts and RequestActionService."""

    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def _open_request(
        self, session: Session, request_id: int, version: int | None
    ) -> DataSubjectRequest:
        req = load_request(session, request_id)
        check_version(req, version)
        check_open(req)
        return req

    def _move(self, session: Session, user_id: int, req: DataSubjectRequest, status: str) -> None:
        req.status = status
        self._touch(req)
        self._log(session, user_id, "request.status", req.id, status)

    def _touch(self, req: DataSubjectRequest) -> None:
        """Every change raises the row's version, a pause or an unchanged time included."""
        req.updated_at = self.clock()
        flag_modified(req, "updated_at")

    def _log(self, session: Session, user_id: int, action: str, request_id: int, code: str) -> None:
        audit_request(self.audit, session, user_id, action, request_id, code)

    def _read(self, session: Session, request_id: int) -> RequestRecord:
        session.flush()
        return read_record(session, request_id, office_today(self.clock()), self._soon(session))

    def _soon(self, session: Session) -> int:
        return self.settings.get_int(session, "due_soon_days")

    def _repeat_days(self, session: Session) -> int:
        return self.settings.get_int(session, "repeat_interval_days")


__all__ = ["RequestDesk", "audit_request", "check_handler"]
