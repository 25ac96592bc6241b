"""Requests as the workflow tests register them, with their audit trail and a refusal's field
and code."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import (
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput, RequestRecord
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows

D = dt.date  # the fake clock's today is Tue 24.11.2026 in Helsinki
NOV_2 = D(2026, 11, 2)


def _reg(
    services: Services,
    actor: Actor,
    rtype: str = "access",
    received: dt.date | str | None = NOV_2,
    customer_id: int | None = None,
    **extra: object,
) -> RequestRecord:
    return services.requests.register(
        actor,
        RequestInput(rtype, received, "email", customer_id, **extra),  # type: ignore[arg-type]
    )


def _code(info: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return info.value.field, info.value.code


def _request_audit(services: Services, request_id: int) -> list[tuple[str, str]]:
    return [
        (r["action"], r["detail"])
        for r in audit_rows(services.db.path)
        if r["object_type"] == "request" and r["object_id"] == request_id
    ]
