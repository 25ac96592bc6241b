"""The permission matrix's operations on the records behind the evidence letters: restriction
with its ground, lift notice and lifting, a rectification's findings and the letters' texts.
Each runs the steps it needs as the same user, so a refusal comes from the first of them."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.restrictions import RestrictionRecord
from l4d_desktop.core.services import Services
from tests.core.security.permission_world import ActionWorld, Operation, World

STATEMENT = "Tarkistimme tiedot sopimuksesta ja ne ovat oikein."
LIFT_ON = dt.date(2026, 11, 25)  # the day after the world's today, a Wednesday


def _aw(w: World) -> ActionWorld:
    assert w.actions is not None
    return w.actions


def _announced(s: Services, a: Actor, w: World) -> RestrictionRecord:
    rid = _aw(w).restriction
    s.request_evidence.restrict(a, rid, "a")
    return s.request_evidence.announce_lift(a, rid, LIFT_ON, "accuracy_verified", STATEMENT)


def _lift_before_the_day(s: Services, a: Actor, w: World) -> None:
    """Told, but the day has not come: the rights pass and the rule refuses."""
    _announced(s, a, w)
    s.letters.issue(a, _aw(w).restriction, "restriction-lifted", "fi", "save")
    with pytest.raises(BusinessRuleError) as early:
        s.request_evidence.lift(a, _aw(w).restriction)
    assert early.value.code == "restriction_lift_early"


def _text_in_english(s: Services, a: Actor, w: World) -> object:
    rid = _aw(w).rectification
    s.request_evidence.record_already_correct(a, rid, STATEMENT, "fi")
    return s.request_evidence.put_text(
        a, rid, "already_correct", "en", "We checked the data against the contract."
    )


# operation name → (the right it needs, the call)
EVIDENCE_OPERATIONS: dict[str, tuple[str, Operation]] = {
    "request_evidence.restrict": (
        "requests.handle",
        lambda s, a, w: s.request_evidence.restrict(a, _aw(w).restriction, "a"),
    ),
    "request_evidence.announce_lift": ("requests.handle", _announced),
    "request_evidence.lift": ("requests.handle", _lift_before_the_day),
    "request_evidence.restriction": (
        "requests.view",
        lambda s, a, w: s.request_evidence.restriction(a, _aw(w).restriction),
    ),
    "request_evidence.record_already_correct": (
        "requests.handle",
        lambda s, a, w: s.request_evidence.record_already_correct(
            a, _aw(w).rectification, STATEMENT
        ),
    ),
    "request_evidence.decline_change": (
        "requests.handle",
        lambda s, a, w: s.request_evidence.decline_change(
            a, _aw(w).rectification, "legal_obligation", STATEMENT
        ),
    ),
    "request_evidence.findings": (
        "requests.view",
        lambda s, a, w: s.request_evidence.findings(a, _aw(w).rectification),
    ),
    "request_evidence.put_text": ("requests.handle", _text_in_english),
    "request_evidence.texts": (
        "requests.view",
        lambda s, a, w: s.request_evidence.texts(a, _aw(w).rectification),
    ),
}
