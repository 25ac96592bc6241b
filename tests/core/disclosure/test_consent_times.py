"""A consent withdrawn by a request received with a date only prints that date alone in the
access copy: the start of the day stands in for a time that is not on record, and the letter
must not claim one. A withdrawal at a known time keeps its time. Read back from the PDFs."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text

# The withdrawal's day as the consents table prints it, and the midnight it must not print.
DAY = {"fi": "18.11.2026", "en": "18 November 2026", "sv": "18.11.2026"}
MIDNIGHT = {"fi": "klo 0.00", "en": ", 00:00", "sv": "kl. 0.00"}
# A withdrawal whose moment the handler named: 9.30 UTC is 11.30 at the office.
TIMED = {
    "fi": "19.11.2026 klo 11.30",
    "en": "19 November 2026, 11:30",
    "sv": "19.11.2026 kl. 11.30",
}


def _access_copy(services: Services, admin: Actor, language: str, timed: bool) -> str:
    c = add_customer(services, admin, "Ilkka Äyräpää", email="ilkka@example.fi")
    given = dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC)
    services.consents.record(admin, c.id, "marketing_email", True, "web_form", given)
    withdrawal = services.requests.register(
        admin, RequestInput("withdrawal", dt.date(2026, 11, 18), "letter", c.id)
    )
    services.requests.identify(admin, withdrawal.id, c.id, "email_on_file")
    at = dt.datetime(2026, 11, 19, 9, 30, tzinfo=dt.UTC) if timed else None
    services.request_actions.withdraw_consents(admin, withdrawal.id, ["marketing_email"], at)
    access = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
    )
    services.requests.identify(admin, access.id, c.id, "email_on_file")
    return pdf_text(services.letters.issue(admin, access.id, "access", language, "save")[1])


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_a_withdrawal_received_with_a_date_only_prints_the_date_alone(
    services: Services, admin: Actor, language: str
) -> None:
    text = _access_copy(services, admin, language, timed=False)
    assert DAY[language] in text
    assert MIDNIGHT[language] not in text


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_a_withdrawal_at_a_named_moment_keeps_its_time(
    services: Services, admin: Actor, language: str
) -> None:
    assert TIMED[language] in _access_copy(services, admin, language, timed=True)
