"""The rules as documents print them: the period the program applies, in the document's language,
in the privacy notice and the access response alike."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.letters.words import capital
from l4d_desktop.core.retention.printed import retention_lines, retention_rows
from l4d_desktop.core.services import Services
from tests.core.letters.test_access_answer_records import access_request
from tests.helpers.customers import add_maija
from tests.helpers.pdf import pdf_text


def test_a_changed_period_is_the_one_printed(services: Services, admin: Actor) -> None:
    with services.db.read() as s:
        assert retention_lines(s, "fi")[0] == ("verkkosivuston tekniset tiedot", "14 kk")
    services.retention.set_rule(
        admin, "web_events", period_months=12, confirmed=True, auto_run=False, version=0
    )
    with services.db.read() as s:
        lines = dict(retention_lines(s, "en"))
    assert lines["technical data from the web site"] == "12 months"
    assert lines["kept invoices"] == "as the Accounting Act requires"


def _period_lines(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (kind, period) for kind, period in ROWS[language] if f"{capital(kind)} {period}" not in text
    ]


ROWS = {
    "fi": [
        ("verkkosivuston tekniset tiedot", "11 kk"),
        ("perutut suostumukset", "36 kk"),
        ("säilytetyt laskut", "kirjanpitolain mukaan"),
    ],
    "en": [
        ("technical data from the web site", "11 months"),
        ("withdrawn consents", "36 months"),
        ("kept invoices", "as the Accounting Act requires"),
    ],
}


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_notice_and_the_access_letter_print_the_periods_the_program_applies(
    services: Services, admin: Actor, language: str
) -> None:
    services.retention.set_rule(
        admin, "web_events", period_months=11, confirmed=True, auto_run=False, version=0
    )
    with services.db.read() as s:
        expected = retention_rows(s, language)
    assert len(expected) == len(services.retention.rules(admin)) >= 5

    notice = squeezed(pdf_text(services.processing_register.notice_pdf(admin, language)))
    person = add_maija(services, admin)
    rid = access_request(services, admin, person.id)
    letter = services.letters.render(admin, rid, "access", language)
    access = squeezed(pdf_text(letter.pdf))
    for text in (notice, access):
        for kind, period, counts_from in expected:
            assert squeezed(f"{capital(kind)} {period} {counts_from}") in text, (kind, period)
        assert _period_lines(text, language) == []


def squeezed(text: str) -> str:
    return " ".join(text.split())
