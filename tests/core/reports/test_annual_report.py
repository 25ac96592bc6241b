"""The yearly accountability pack for a year of demo data and requests, read back: every section
is there, and its figures equal those computed again from the request register CSV beside it."""

from __future__ import annotations

import csv
import datetime as dt
import statistics
from collections import Counter
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied, ValidationError
from l4d_desktop.core.letters.words import catalogue
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.pdf import pdf_text

# (received, type, days until closed or None, outcome, basis, extended)
YEAR_OF_REQUESTS = [
    (dt.date(2026, 1, 12), "access", 9, "completed", None, False),
    (dt.date(2026, 2, 3), "erasure", 25, "withdrawn", None, False),
    (dt.date(2026, 3, 16), "access", 30, "completed", None, False),
    (dt.date(2026, 4, 6), "portability", 44, "completed", None, True),
    (dt.date(2026, 5, 11), "objection", 2, "completed", None, False),
    (dt.date(2026, 6, 1), "access", 12, "refused", "identity_not_established", False),
    (dt.date(2026, 8, 17), "rectification", 5, "completed", None, False),
    (dt.date(2026, 11, 20), "access", None, None, None, False),
]


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)


@pytest.fixture
def year_of_data(services: Services, admin: Actor, clock: FakeClock) -> None:
    services.demo.fill(admin, 30, seed=3)
    now = clock.now
    for received, rtype, days, outcome, basis, extended in YEAR_OF_REQUESTS:
        clock.now = at(received)
        r = services.requests.register(admin, RequestInput(rtype, received, "email", None))
        if extended:
            clock.now = at(received + dt.timedelta(days=20))
            services.requests.extend(
                admin,
                r.id,
                None,
                "Pyyntö koskee usean vuoden tietoja, jotka on koottava useasta järjestelmästä.",
                grounds=["complexity"],
            )
        if days is not None:
            clock.now = at(received + dt.timedelta(days=days))
            services.requests.close(
                admin, r.id, outcome, reason="Perustelut" if basis else "", basis=basis
            )
    clock.now = now


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_the_pack_read_back_has_every_section_and_the_csv_s_figures(
    services: Services, admin: Actor, year_of_data: None, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"vuosiraportti-2026-{language}.pdf"
    pack = services.reports.annual(admin, 2026, language, out)
    text = pdf_text(out.read_bytes())
    rows = read_csv(pack.csv)
    w = catalogue(language)

    for key in (
        "annual.records", "annual.rules", "annual.requests", "annual.by_type",
        "annual.by_outcome", "annual.refused", "annual.near", "annual.consents",
        "annual.purges", "annual.erasures", "annual.audit", "annual.users",
    ):  # fmt: skip
        assert w(key) in text, key

    # The figures again, from the CSV alone.
    assert len(rows) == len(YEAR_OF_REQUESTS)
    days = [int(r["days_to_answer"]) for r in rows if r["days_to_answer"]]
    assert days == [9, 25, 30, 44, 2, 12, 5]
    median, longest = statistics.median(days), max(days)
    share = round(100 * sum(d <= 30 for d in days) / len(days))
    extended = sum(r["extended"] == "true" for r in rows)
    types = Counter(r["type"] for r in rows)
    facts = {
        w("annual.requests_total"): str(len(rows)),
        w("annual.answered"): str(len(days)),
        w("annual.median_days"): str(int(median)),
        w("annual.longest_days"): str(longest),
        w("annual.within_30"): f"{share} %",
        w("annual.extended"): str(extended),
    }
    for label, value in facts.items():
        assert f"{label} {value}" in text, (label, value)
    assert f"{w.term('request_type', 'access')} {types['access']}" in text
    refused = Counter(r["refusal_basis"] for r in rows if r["status"] == "refused")
    assert refused == {"identity_not_established": 1}
    assert f"{w.term('refusal_basis_name', 'identity_not_established')} 1" in text
    # The portability request answered on day 44 was extended: neither late nor near.
    late = [r["id"] for r in rows if r["overdue"] == "true"]
    near = [r["id"] for r in rows if r["near_miss"] == "true"]
    assert f"{w('annual.overdue')} {', '.join(late) or w('annual.none')}" in text
    assert f"{w('annual.near_misses')} {', '.join(near) or w('annual.none')}" in text
    assert pack.figures.audit_head_hash in text.replace(" ", "")
    assert pack.figures.consents  # the demo year's consents, by purpose in words
    for c in pack.figures.consents:
        assert f"{c.name(language)} {c.given} {c.withdrawn}" in text


def test_a_year_to_come_is_refused_and_a_handler_cannot_make_the_pack(
    services: Services, admin: Actor, handler: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    with pytest.raises(ValidationError) as err:
        services.reports.annual(admin, 2031, "fi", out / "x.pdf")
    assert err.value.field == "year"
    with pytest.raises(PermissionDenied):
        services.reports.annual(handler, 2026, "fi", out / "x.pdf")
    assert not list(out.iterdir())
