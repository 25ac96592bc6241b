"""The access letter's copy of the person's requests prints an extension's and a refusal's
reasons, and its recipients their roles, in the letter's language only: the English copy never
carries the Finnish words, and waits for the English ones (letter_text_missing) until written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.helpers.database import raw_db
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import open_request

EXTENSION_FI = "Tietoja on koottava kolmesta eri järjestelmästä ja arkistosta."
EXTENSION_EN = "The data must be gathered from three separate systems and an archive."
REFUSAL_FI = "Sama pyyntö saapui viidettä kertaa saman viikon aikana."
REFUSAL_EN = "The same request arrived for the fifth time within one week."


def test_the_copy_prints_the_reasons_of_the_letters_language(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    extended = open_request(services, admin, customer.id, "portability").record.id
    services.requests.extend(
        admin, extended, None, EXTENSION_FI, grounds=["complexity"], language="fi"
    )
    refused = open_request(services, admin, customer.id, "erasure").record.id
    services.requests.close(admin, refused, "refused", REFUSAL_FI, "other", language="fi")
    rid = open_request(services, admin, customer.id, "access").record.id
    fi = pdf_text(services.letters.render(admin, rid, "access", "fi").pdf)
    assert EXTENSION_FI in fi and REFUSAL_FI in fi
    # The English copy waits for each reason in English rather than leave it out: a copy
    # without them would not be the person's whole data (Art. 15(3)).
    with pytest.raises(BusinessRuleError) as waiting:
        services.letters.render(admin, rid, "access", "en")
    assert (waiting.value.params["request"], waiting.value.params["topic"]) == (
        extended,
        "extension",
    )
    services.request_evidence.put_text(admin, extended, "extension", "en", EXTENSION_EN)
    with pytest.raises(BusinessRuleError) as still:
        services.letters.render(admin, rid, "access", "en")
    assert (still.value.params["request"], still.value.params["topic"]) == (refused, "refusal")
    services.request_evidence.put_text(admin, refused, "refusal", "en", REFUSAL_EN)
    en = pdf_text(services.letters.render(admin, rid, "access", "en").pdf)
    assert EXTENSION_EN in en and REFUSAL_EN in en
    assert EXTENSION_FI not in en and REFUSAL_FI not in en
    fi = pdf_text(services.letters.render(admin, rid, "access", "fi").pdf)
    assert EXTENSION_FI in fi and EXTENSION_EN not in fi


def test_the_recipients_roles_are_the_letters_language(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    mail = services.processors.add(
        admin, ProcessorInput("Postitus Oy", "Tulostus ja postitus", "FI")
    )
    rid = open_request(services, admin, customer.id, "access").record.id
    assert "Tulostus ja postitus" in pdf_text(
        services.letters.render(admin, rid, "access", "fi").pdf
    )
    with pytest.raises(BusinessRuleError) as untold:
        services.letters.render(admin, rid, "access", "en")
    assert (untold.value.code, untold.value.params["processor"]) == (
        "processor_role_missing",
        "Postitus Oy",
    )
    english = replace(mail.as_input(), role_en="Printing and posting")
    services.processors.update(admin, mail.id, mail.version, english)
    en = pdf_text(services.letters.render(admin, rid, "access", "en").pdf)
    assert "Printing and posting" in en and "Tulostus ja postitus" not in en
    fi = pdf_text(services.letters.render(admin, rid, "access", "fi").pdf)
    assert "Tulostus ja postitus" in fi and "Printing and posting" not in fi


def test_a_reason_recorded_before_texts_had_languages_stays_the_home_letters(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    refused = open_request(services, admin, customer.id, "erasure").record.id
    services.requests.close(admin, refused, "refused", REFUSAL_FI, "other", language="fi")
    with raw_db(services.db.path) as conn:  # as a register from before texts per language
        conn.execute("DELETE FROM request_texts")
    rid = open_request(services, admin, customer.id, "access").record.id
    services.request_evidence.put_text(admin, refused, "refusal", "en", REFUSAL_EN)
    fi = pdf_text(services.letters.render(admin, rid, "access", "fi").pdf)
    en = pdf_text(services.letters.render(admin, rid, "access", "en").pdf)
    assert REFUSAL_FI in fi and REFUSAL_EN not in fi
    assert REFUSAL_EN in en and REFUSAL_FI not in en
