"""Which purposes of the processing register apply to one person's data (EDPB 01/2022: the
access answer names the purposes and bases that apply to this person, not the whole register).

The seeded purposes are decided from what is held about the person; a purpose the pääkäyttäjä
added later, whose use the program cannot tell, is always listed (saying too much is better
than leaving out one that applies)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.register.processing import Purpose

_MARKETING_CONSENTS = frozenset({"marketing_email", "marketing_sms"})
_STOPPED = frozenset({"stopped", "upheld"})


def consents_in_force(data: SubjectData) -> frozenset[str]:
    """The consent purposes whose latest ledger entry gives the consent."""
    latest: dict[str, bool] = {}
    for e in data.consents:
        latest[e.purpose_code] = e.given
    return frozenset(code for code, given in latest.items() if given)


def _objected(data: SubjectData, purpose: str) -> bool:
    return any(o.purpose == purpose and o.outcome in _STOPPED for o in data.objections)


def _marketing(data: SubjectData) -> bool:
    """Consented marketing, or the existing-customer exception (917/2014 § 200(2)) for a buyer
    who has not objected to direct marketing."""
    if consents_in_force(data) & _MARKETING_CONSENTS:
        return True
    return bool(data.invoices) and not _objected(data, "direct_marketing")


def _ad_targeting(data: SubjectData) -> bool:
    return "ad_targeting" in consents_in_force(data) or any(e.banner for e in data.web_events)


# A seeded purpose's code → whether it applies to the person's data.
RULES: dict[str, Callable[[SubjectData], bool]] = {
    # Everyone in the register is a customer or a prospect whose contact data are kept.
    "customer_relationship": lambda d: True,
    "services": lambda d: bool(d.web_events or d.invoices),
    "billing": lambda d: bool(d.invoices),
    "ad_targeting": _ad_targeting,
    "analytics": lambda d: bool(d.web_events),
    "marketing": _marketing,
    # Requests and objections are kept to show how they were handled; invoices by law.
    "statutory_duties": lambda d: bool(d.requests or d.invoices or d.objections),
    # No open claim is ever recorded against a person in this register.
    "rights_protection": lambda d: False,
}


def _unknown(_data: SubjectData) -> bool:
    return True


def applying_purposes(purposes: Iterable[Purpose], data: SubjectData) -> tuple[Purpose, ...]:
    """The purposes, in their printed order, that apply to the person's data."""
    return tuple(p for p in purposes if RULES.get(p.code, _unknown)(data))
