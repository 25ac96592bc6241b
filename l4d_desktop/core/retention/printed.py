"""The retention rules as a letter or the privacy notice prints them, in the document's language,
so that what is printed is what the program applies (LEGAL.md "Retention")."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from l4d_desktop.core.letters.document import Block, Heading, Paragraph, Table
from l4d_desktop.core.letters.words import Words, capital, catalogue
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


def retention_rows(session: Session, language: str) -> tuple[tuple[str, str, str], ...]:
    """(the kind of data, how long it is kept, the event it counts from) per rule, in the
    rules' order: the table the privacy notice and the access response print."""
    w = catalogue(language)
    return tuple(
        (
            w.term("retention_rule", r.code),
            period_text(w, r),
            w.term("retention_from", r.counts_from),
        )
        for r in load_rules(session)
    )


def retention_table(w: Words, rows: Sequence[tuple[str, str, str]]) -> list[Block]:
    """The rules as a document prints them: a heading, what they do, the table."""
    return [
        Heading(w("retention_rules.heading"), 2),
        Paragraph(w("retention_rules.intro")),
        Table(
            (
                w("retention_rules.kind"),
                w("retention_rules.period"),
                w("retention_rules.counts_from"),
            ),
            tuple((capital(kind), period, counted) for kind, period, counted in rows),
            widths=(3.2, 2.4, 4.4),
            empty=w("retention_rules.none"),
        ),
    ]


__all__ = ["period_text", "retention_lines", "retention_rows", "retention_table"]
