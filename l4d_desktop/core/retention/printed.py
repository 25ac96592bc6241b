"""The retention rules as a letter or the privacy notice prints them, in the document's language,
so that what is printed is what the program applies (LEGAL.md "Retention")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from l4d_desktop.core.letters.words import Words, catalogue
from l4d_desktop.core.retention.rules import RetentionRule
from l4d_desktop.core.retention.runs import load_rules


def period_text(w: Words, rule: RetentionRule) -> str:
    """ "14 kk" / "14 months", or the Accounting Act's rule for kept vouchers."""
    if not rule.period_editable:
        return w("annual.accounting_act")
    return w("annual.months", months=rule.period_months)


def retention_lines(session: Session, language: str) -> list[tuple[str, str]]:
    """(the kind of data, how long it is kept) per rule, in the rules' order."""
    w = catalogue(language)
    return [(w.term("retention_rule", r.code), period_text(w, r)) for r in load_rules(session)]


__all__ = ["period_text", "retention_lines"]
