"""The yearly accountability pack as one call: the PDF and the request register CSV beside it,
written owner-only, audited; for the pääkäyttäjä."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.core.files.private import write_private
from l4d_desktop.core.register.processing import load_register
from l4d_desktop.core.reports.annual_figures import (
    REGISTER_COLUMNS,
    AnnualFigures,
    annual_figures,
)
from l4d_desktop.core.retention.service import load_rules
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right

FIRST_YEAR = 2018  # the GDPR applies from 25.5.2018


@dataclass(frozen=True)
class AnnualPack:
    pdf: Path
    csv: Path
    figures: AnnualFigures


def register_csv_path(pdf: Path) -> Path:
    """The request register beside the PDF: `vuosiraportti-2026.pdf` → `…-2026-requests.csv`."""
    return pdf.with_name(f"{pdf.stem}-requests.csv")


class ReportService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def figures(self, actor: Actor, year: int) -> AnnualFigures:
        """The year's figures (the statistics view shows them too); needs requests.view."""
        today = self._check_year(year)
        with self._unit(actor, Right.REQUESTS_VIEW, "report.figures", write=False) as (s, _):
            return annual_figures(s, year, today)

    def annual(
        self, actor: Actor, year: int, language: str, out: Path, *, replace: bool = False
    ) -> AnnualPack:
        """Write the pack for `year` in `language` to `out` and the CSV beside it."""
        from l4d_desktop.core.letters.render.pdf import render_notice
        from l4d_desktop.core.letters.words import LANGUAGES
        from l4d_desktop.core.letters.words.parties import controller_of
        from l4d_desktop.core.reports.annual_document import compose_annual

        today = self._check_year(year)
        if language not in LANGUAGES:
            raise ValidationError("language", "language_invalid")
        csv_path = register_csv_path(out)
        with self._unit(actor, (Right.USERS_ADMIN, Right.AUDIT_READ), "report.annual") as (
            session,
            user,
        ):
            figures = annual_figures(session, year, today)
            controller = controller_of(session, self.settings, language)
            notice = compose_annual(
                figures,
                load_register(session),
                load_rules(session),
                language=language,
                controller=controller.name,
                letterhead=controller.letterhead,
                csv_name=csv_path.name,
                today=today,
            )
            pdf = render_notice(notice)
            write_csv_file(
                csv_path, REGISTER_COLUMNS, (r.cells() for r in figures.requests), replace=replace
            )
            write_private(out, pdf, replace=replace)
            self.audit.append(
                session, actor_id=user.id, action="report.annual", detail=f"{year}:{language}"
            )
        return AnnualPack(out, csv_path, figures)

    def _check_year(self, year: int) -> dt.date:
        today = office_today(self.clock())
        if not FIRST_YEAR <= year <= today.year:
            raise ValidationError("year", "report_year_invalid", first=FIRST_YEAR)
        return today


__all__ = ["AnnualPack", "ReportService", "register_csv_path"]
