"""The retention rules: per category of data, how long it is kept, from which event, and what
happens then; the defaults are the periods the privacy notice and the processing register print
(LEGAL.md "Retention"), each to be confirmed by the pääkäyttäjä."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class RuleCode(StrEnum):
    WEB_EVENTS = "web_events"
    WITHDRAWN_CONSENTS = "withdrawn_consents"
    INACTIVE_CUSTOMERS = "inactive_customers"
    CLOSED_REQUESTS = "closed_requests"
    KEPT_INVOICES = "kept_invoices"
    LOGIN_ATTEMPTS = "login_attempts"


class CountsFrom(StrEnum):
    """The event a period counts from."""

    EVENT_TIME = "event_time"  # the web event's own time
    WITHDRAWAL = "withdrawal"  # the consent's withdrawal
    LAST_CONTACT = "last_contact"  # last invoice, consent, request, letter or edit
    CLOSURE = "closure"  # the request's closure
    ACCOUNTING_ACT = "accounting_act"  # kirjanpitolaki 2:10 (settings voucher_keep_years)
    LAST_FAILURE = "last_failure"  # the last failed login under the typed name


class Outcome(StrEnum):
    """What a rule does with what has fallen due."""

    DELETE = "delete"
    MINIMISE = "minimise"  # a closed request keeps type, dates, outcome and a pseudonymous ref
    ERASE = "erase"  # an inactive customer: erasure, except invoices under the Accounting Act


@dataclass(frozen=True)
class RuleDefault:
    code: RuleCode
    period_months: int
    counts_from: CountsFrom
    outcome: Outcome
    # The processing register's purpose whose retention text states the period.
    register_purpose: str
    # False: the period is the Accounting Act's (settings), not the rule's own.
    period_editable: bool = True


DEFAULT_RULES: tuple[RuleDefault, ...] = (
    # The notice: "Tekniset tiedot enintään 14 kuukautta niiden keräämisestä."
    RuleDefault(RuleCode.WEB_EVENTS, 14, CountsFrom.EVENT_TIME, Outcome.DELETE, "analytics"),
    # Proof of lawful earlier processing for as long as a claim can be made (Act on the
    # Limitation of Debts 728/2003: three years).
    RuleDefault(
        RuleCode.WITHDRAWN_CONSENTS, 36, CountsFrom.WITHDRAWAL, Outcome.DELETE, "marketing"
    ),
    # The register: "viimeistään kolmen vuoden kuluttua viimeisestä asiointikerrasta".
    RuleDefault(
        RuleCode.INACTIVE_CUSTOMERS,
        36,
        CountsFrom.LAST_CONTACT,
        Outcome.ERASE,
        "customer_relationship",
    ),
    # The register's statutory duties: for as long as a claim can be made (three years).
    RuleDefault(
        RuleCode.CLOSED_REQUESTS, 36, CountsFrom.CLOSURE, Outcome.MINIMISE, "statutory_duties"
    ),
    RuleDefault(
        RuleCode.KEPT_INVOICES,
        0,
        CountsFrom.ACCOUNTING_ACT,
        Outcome.DELETE,
        "statutory_duties",
        period_editable=False,
    ),
    # Security records: a year of failed logins is enough to see an attack's pattern.
    RuleDefault(RuleCode.LOGIN_ATTEMPTS, 12, CountsFrom.LAST_FAILURE, Outcome.DELETE, "services"),
)
DEFAULTS_BY_CODE: dict[str, RuleDefault] = {r.code.value: r for r in DEFAULT_RULES}

# A period longer than this is a typing error, not a decision (the Accounting Act's longest
# keeping time is ten years).
MAX_PERIOD_MONTHS = 240


@dataclass(frozen=True)
class RetentionRule:
    """A rule as it applies now: the default, or what the pääkäyttäjä set."""

    code: str
    period_months: int
    counts_from: str
    outcome: str
    register_purpose: str
    period_editable: bool
    confirmed: bool
    auto_run: bool
    version: int  # 0: never saved (the default)


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """`moment` moved back by whole calendar months (31.3. − 1 month = 28./29.2.)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


__all__ = [
    "DEFAULTS_BY_CODE",
    "DEFAULT_RULES",
    "MAX_PERIOD_MONTHS",
    "CountsFrom",
    "Outcome",
    "RetentionRule",
    "RuleCode",
    "RuleDefault",
    "months_before",
]
