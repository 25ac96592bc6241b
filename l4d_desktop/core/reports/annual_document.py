"""The yearly accountability pack as a printed document, in Finnish, Swedish or English: every
section the pääkäyttäjä shows the Tietosuojavaltuutettu, from the figures in annual_figures.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from l4d_desktop.core.letters.compose.notice import bases_text
from l4d_desktop.core.letters.document import (
    Block,
    Facts,
    Heading,
    Letterhead,
    Notice,
    Paragraph,
    Table,
)
from l4d_desktop.core.letters.words import Words, catalogue
from l4d_desktop.core.register.processing import ProcessingRegister
from l4d_desktop.core.register.translations import require_translated
from l4d_desktop.core.reports.annual_figures import AnnualFigures
from l4d_desktop.core.retention.printed import period_text
from l4d_desktop.core.retention.rules import RetentionRule


def compose_annual(
    figures: AnnualFigures,
    register: ProcessingRegister,
    rules: Sequence[RetentionRule],
    *,
    language: str,
    controller: str,
    letterhead: Letterhead,
    csv_name: str,
    today: dt.date,
) -> Notice:
    # The records print each purpose's own words: in Swedish, once every one has them.
    require_translated(register, language, register.purposes, ())
    w = catalogue(language)
    year = figures.year
    body: list[Block] = [
        Paragraph(w("annual.intro", controller=controller, year=year, csv=csv_name)),
        *_records(w, register, rules, language),
        *_requests(w, figures),
        *_near(w, figures),
        *_consents(w, figures),
        *_purges(w, figures),
        *_erasures(w, figures),
        *_audit(w, figures),
        *_users(w, figures),
    ]
    return Notice(language, w("annual.title", year=year), today, tuple(body), letterhead)


def _records(
    w: Words, register: ProcessingRegister, rules: Sequence[RetentionRule], language: str
) -> list[Block]:
    rows = tuple(
        (
            p.name(language),
            bases_text(p, language),
            p.categories(language),
            p.retention(language),
        )
        for p in register.purposes
    )
    header = (w("annual.purpose"), w("annual.bases"), w("annual.categories"), w("annual.retention"))
    rule_rows = tuple(
        (
            w.term("retention_rule", r.code),
            period_text(w, r),
            w("annual.yes") if r.confirmed else w("annual.no"),
        )
        for r in rules
    )
    return [
        Heading(w("annual.records")),
        Table(header, rows, (2, 2, 3, 3), w("annual.none")),
        Heading(w("annual.rules"), 2),
        Table((w("annual.rule"), w("annual.period"), w("annual.confirmed")), rule_rows),
    ]


def _days(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _requests(w: Words, f: AnnualFigures) -> list[Block]:
    s = f.stats
    share = "–" if s.within_30_share is None else f"{round(s.within_30_share * 100)} %"
    return [
        Heading(w("annual.requests")),
        Facts(
            (
                (w("annual.requests_total"), str(s.total)),
                (w("annual.answered"), str(s.answered)),
                (w("annual.median_days"), _days(s.median_days)),
                (w("annual.longest_days"), _days(s.longest_days)),
                (w("annual.within_30"), share),
                (w("annual.extended"), str(s.extended)),
                (w("annual.repeats"), str(s.repeats)),
            )
        ),
        Heading(w("annual.by_type"), 2),
        Table(
            (w("annual.type"), w("annual.count")),
            tuple((w.term("request_type", t), str(n)) for t, n in s.by_type),
            empty=w("annual.none"),
        ),
        Heading(w("annual.by_outcome"), 2),
        Table(
            (w("annual.outcome"), w("annual.count")),
            tuple((w(f"annual.outcome.{o}"), str(n)) for o, n in s.by_outcome),
            empty=w("annual.none"),
        ),
        Heading(w("annual.refused"), 2),
        Table(
            (w("annual.basis"), w("annual.count")),
            tuple((w.term("refusal_basis_name", b), str(n)) for b, n in s.refused_by_basis),
            empty=w("annual.none"),
        ),
    ]


def _near(w: Words, f: AnnualFigures) -> list[Block]:
    def ids(values: tuple[int, ...]) -> str:
        return ", ".join(str(i) for i in values) or w("annual.none")

    return [
        Heading(w("annual.near")),
        Facts(
            (
                (w("annual.overdue"), ids(f.stats.overdue)),
                (w("annual.near_misses"), ids(f.stats.near_misses)),
            )
        ),
    ]


def _consents(w: Words, f: AnnualFigures) -> list[Block]:
    return [
        Heading(w("annual.consents")),
        Table(
            (w("annual.purpose"), w("annual.given"), w("annual.withdrawn")),
            tuple((c.name(w.language), str(c.given), str(c.withdrawn)) for c in f.consents),
            empty=w("annual.none"),
        ),
    ]


def _purges(w: Words, f: AnnualFigures) -> list[Block]:
    return [
        Heading(w("annual.purges")),
        Table(
            (w("annual.rule"), w("annual.runs"), w("annual.items")),
            tuple((w.term("retention_rule", r), str(n), str(i)) for r, n, i in f.purges),
            empty=w("annual.none"),
        ),
    ]


def _erasures(w: Words, f: AnnualFigures) -> list[Block]:
    def how(code: str) -> str:
        key = f"annual.erasure.{code}"
        return w(key) if key in w else code

    return [
        Heading(w("annual.erasures")),
        Table(
            (w("annual.type"), w("annual.count")),
            tuple((how(code), str(n)) for code, n in f.erasures),
            empty=w("annual.none"),
        ),
    ]


def _audit(w: Words, f: AnnualFigures) -> list[Block]:
    return [
        Heading(w("annual.audit")),
        Facts(
            (
                (w("annual.audit_head"), str(f.audit_head_id)),
                (w("annual.audit_hash"), f.audit_head_hash),
                (w("annual.audit_entries", year=f.year), str(f.audit_entries_in_year)),
            )
        ),
    ]


def _users(w: Words, f: AnnualFigures) -> list[Block]:
    return [
        Heading(w("annual.users")),
        Table(
            (w("annual.user"), w("annual.role"), w("annual.active"), w("annual.rights")),
            tuple(
                (
                    f"{u.full_name} ({u.username})",
                    w(f"annual.role.{u.role}") if f"annual.role.{u.role}" in w else u.role,
                    w("annual.yes") if u.active else w("annual.no"),
                    ", ".join(u.rights),
                )
                for u in f.users
            ),
            (3, 1, 1, 4),
        ),
    ]


__all__ = ["compose_annual"]
