"""A processor's Swedish role in the letters: a Swedish access answer names each recipient by
its Swedish role (never the Finnish one) and waits, naming the processor, while it has none
(the Art. 19 paragraph: tests/cli/requests/test_notice_dates.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_swedish_access_answer_names_the_recipients_in_swedish(
    services: Services, admin: Actor
) -> None:
    mail = services.processors.add(
        admin, ProcessorInput("Postitus Oy", "Kirjeiden tulostus ja postitus", "FI")
    )
    person = add_customer(services, admin, "Åsa Lindqvist", email="asa@exempel.fi", language="sv")
    received = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", person.id)
    )
    services.requests.identify(admin, received.id, person.id, "email_on_file")
    with pytest.raises(BusinessRuleError) as untold:
        services.letters.render(admin, received.id, "access", "sv")
    assert (untold.value.code, untold.value.params["processor"]) == (
        "processor_role_missing",
        "Postitus Oy",
    )
    swedish = replace(mail.as_input(), role_sv="Utskrift och postning av brev")
    services.processors.update(admin, mail.id, mail.version, swedish)
    sv = flat(pdf_text(services.letters.render(admin, received.id, "access", "sv").pdf))
    assert "Postitus Oy" in sv and "Utskrift och postning av brev" in sv
    assert "Kirjeiden tulostus ja postitus" not in sv
    fi = flat(pdf_text(services.letters.render(admin, received.id, "access", "fi").pdf))
    assert "Kirjeiden tulostus ja postitus" in fi and "Utskrift och postning" not in fi
