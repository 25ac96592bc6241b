"""A refusal's reasons and assessment printed in the refusal letter's language only: kept per
language from the closing, and the letter in a language without them refused until written."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import Services
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import open_request

REASON_FI = "Olet lähettänyt saman pyynnön kuusi kertaa viikon aikana."
ASSESS_FI = "Pyynnöt toistavat toisiaan eikä tiedoissasi ole tapahtunut muutoksia."
REASON_EN = "You have sent the same request six times within one week."
ASSESS_EN = "The requests repeat each other and your data have not changed since."


def _missing(services: Services, admin: Actor, rid: int, language: str) -> str:
    with pytest.raises(BusinessRuleError) as info:
        services.letters.render(admin, rid, "refusal", language)
    assert (info.value.code, info.value.params["language"]) == ("letter_text_missing", language)
    return str(info.value.params["topic"])


def test_refusal_reasons_are_printed_in_the_letters_language_only(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    rid = open_request(services, admin, customer.id, "access").record.id
    with pytest.raises(BusinessRuleError) as early:  # nothing refused yet: no text to translate
        services.request_evidence.put_text(admin, rid, "refusal", "en", REASON_EN)
    assert early.value.code == "text_topic_unrecorded"
    services.requests.close(
        admin, rid, "refused", REASON_FI, "manifestly_unfounded", ASSESS_FI, language="fi"
    )
    fi = pdf_text(services.letters.render(admin, rid, "refusal", "fi").pdf)
    assert REASON_FI in fi and ASSESS_FI in fi
    assert _missing(services, admin, rid, "en") == "refusal"
    services.request_evidence.put_text(admin, rid, "refusal", "en", REASON_EN)
    assert _missing(services, admin, rid, "en") == "refusal_assessment"
    services.request_evidence.put_text(admin, rid, "refusal_assessment", "en", ASSESS_EN)
    en = pdf_text(services.letters.render(admin, rid, "refusal", "en").pdf)
    assert REASON_EN in en and ASSESS_EN in en
    assert REASON_FI not in en and ASSESS_FI not in en
    fi = pdf_text(services.letters.render(admin, rid, "refusal", "fi").pdf)
    assert REASON_EN not in fi and ASSESS_EN not in fi


def test_an_english_refusal_needs_the_finnish_reasons_for_a_finnish_letter(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    rid = open_request(services, admin, customer.id, "erasure").record.id
    services.requests.close(admin, rid, "refused", REASON_EN, "other", language="en")
    en = pdf_text(services.letters.render(admin, rid, "refusal", "en").pdf)
    assert REASON_EN in en
    assert _missing(services, admin, rid, "fi") == "refusal"
    with pytest.raises(BusinessRuleError) as info:  # no assessment was written: none to add
        services.request_evidence.put_text(admin, rid, "refusal_assessment", "fi", ASSESS_FI)
    assert info.value.code == "text_topic_unrecorded"
