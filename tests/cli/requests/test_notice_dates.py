"""`request notify --on`: a recipient told before the restriction, rectification or erasure was
carried out is refused with a message naming the field, so that no letter says the recipients were told
of it before it happened; a notice on the day itself is printed in every letter language."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.core.erasure.erased_person import make_person
from tests.helpers.clock import TODAY, FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.requests import register_request

TOLD = {
    "fi": "Postitus Oy – postitus: ilmoitettu 24.11.2026",
    "en": "Postitus Oy – mail delivery: informed on 24 November 2026",
    "sv": "Postitus Oy – postutdelning: underrättad 24.11.2026",
}


def _out(result: object) -> str:
    assert result.code == 0, result.err
    return str(result.out).strip()


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_a_notice_before_the_restriction_is_refused_and_the_day_itself_printed(
    as_admin: Cli, admin: Actor, tmp_path: Path, language: str
) -> None:
    processor = _out(
        as_admin(
            "processor",
            "add",
            "--name",
            "Postitus Oy",
            "--role",
            "postitus",
            "--role-en",
            "mail delivery",
            "--role-sv",
            "postutdelning",
        )
    )
    customer = _out(as_admin("customer", "add", "--name", "Äijä Öhman", "--lang", language))
    rid = _out(
        as_admin(
            "request", "add", "--type", "restriction", "--channel", "email",
            "--received", "2026-11-20", "--customer", customer,
        )
    )  # fmt: skip
    _out(as_admin("request", "identify", rid, "--method", "email_on_file"))
    _out(as_admin("request", "restrict", rid, "--ground", "a"))  # today, 24.11.2026

    early = as_admin("request", "notify", rid, "--processor", processor, "--on", "2026-11-23")
    assert early.code == 1
    assert "notified_on" in early.error_line
    assert "before the rectification, erasure or restriction was carried out" in early.error_line
    _out(as_admin("request", "notify", rid, "--processor", processor, "--on", "2026-11-24"))

    target = tmp_path / f"restriction-{language}.pdf"
    _out(
        as_admin(
            "letter", "render", "--request", rid, "--kind", "restriction",
            "--lang", language, "--out", str(target),
        )
    )  # fmt: skip
    text = _pdf_text(target)
    assert TOLD[language] in text
    assert "23.11.2026" not in text and "23 November 2026" not in text


def test_a_notice_before_the_rectification_is_refused(services: Services, admin: Actor) -> None:
    customer = add_customer(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    mailer = services.processors.add(admin, ProcessorInput("Postitus Oy", "postitus", "FI"))
    rid = register_request(services, admin, customer.id, "rectification").id
    services.request_actions.rectify(
        admin, rid, customer.version, CustomerInput(name="Maija Meikäläinen", city="Espoo")
    )  # today, 24.11.2026
    with pytest.raises(ValidationError) as early:
        services.recipient_notices.mark_notified(admin, rid, mailer.id, dt.date(2026, 11, 23))
    assert (early.value.field, early.value.code) == ("notified_on", "notice_before_act")
    line = services.recipient_notices.mark_notified(admin, rid, mailer.id, dt.date(2026, 11, 24))
    assert line.notified_on == dt.date(2026, 11, 24)


def test_a_notice_before_the_erasure_ran_is_refused(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    [line] = services.recipient_notices.checklist(admin, p.erasure_id)
    # Told on the 24th, before the erasure: accepted (the erasure letter says it is to come).
    services.recipient_notices.mark_notified(admin, p.erasure_id, line.processor_id, TODAY)
    clock.advance(days=2)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)  # on 26.11.2026
    with pytest.raises(ValidationError) as early:
        services.recipient_notices.mark_notified(
            admin, p.erasure_id, line.processor_id, dt.date(2026, 11, 25)
        )
    assert (early.value.field, early.value.code) == ("notified_on", "notice_before_act")
    line = services.recipient_notices.mark_notified(
        admin, p.erasure_id, line.processor_id, dt.date(2026, 11, 26)
    )
    assert line.notified_on == dt.date(2026, 11, 26)
