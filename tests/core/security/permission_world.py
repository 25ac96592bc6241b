"""What the permission matrix runs its operations against: a customer, requests of each kind, a
user to administer, and a snapshot of every domain table to prove a refusal changed nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.register.processing import Purpose
from l4d_desktop.core.register.processors import ProcessorRecord
from l4d_desktop.core.requests.service import RequestRecord
from l4d_desktop.core.security.users import UserInfo
from l4d_desktop.core.services import Services
from tests.helpers.database import raw_db

# -- the permission matrix -----------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    customer: CustomerRecord
    request: RequestRecord
    target: UserInfo
    tmp: Path
    invoice: InvoiceRecord
    actions: ActionWorld | None = None
    erasure_request: int = 0
    # An identified access request, an archived letter and a purpose of the register.
    identified_access: int = 0
    letter_id: int = 0
    purpose: Purpose | None = None
    # Two records of one person, nothing done with either: to merge, or to remove as a mistake.
    twins: tuple[CustomerRecord, CustomerRecord] | None = None


@dataclass(frozen=True)
class ActionWorld:
    """Identified requests of each action's type, a processor and an undecided objection."""

    rectification: int
    restriction: int
    objection: int
    withdrawal: int
    processor: ProcessorRecord
    objection_id: int


Operation = Callable[[Services, Actor, World], Any]

DOMAIN_TABLES = (
    "customers",
    "requests",
    "users",
    "user_rights",
    "login_attempts",
    "settings",
    "consent_purposes",
    "consent_events",
    "objections",
    "suppressions",
    "web_events",
    "invoices",
    "imports",
    "processors",
    "recipient_notices",
    "request_field_changes",
    "letters",
    "processing_purposes",
    "processing_register_texts",
)


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every domain table, to prove that a refused call changed nothing."""
    with raw_db(path) as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in DOMAIN_TABLES
        }
