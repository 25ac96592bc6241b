"""A refusal's reasons and assessment, and an objection decision's compelling grounds, printed in
the letter's language only: kept per language from the decision, and the letter in a language
without them refused until written."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.services import Services
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import open_request

REASON_FI = "Olet lähettänyt saman pyynnön kuusi kertaa viikon aikana."
ASSESS_FI = "Pyynnöt toistavat toisiaan eikä tiedoissasi ole tapahtunut muutoksia."
REASON_EN = "You have sent the same request six times within one week."
ASSESS_EN = "The requests repeat each other and your data have not changed since."


def _missing(
    services: Services, admin: Actor, rid: int, language: str, kind: str = "refusal"
) -> str:
    with pytest.raises(BusinessRuleError) as info:
        services.letters.render(admin, rid, kind, language)
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


def test_compelling_grounds_are_printed_in_the_letters_language_only(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    grounds_en = "Security monitoring of the service requires these log records."
    grounds_fi = "Palvelun tietoturvan valvonta edellyttää näitä lokitietoja."
    rid = open_request(services, admin, customer.id, "objection").record.id
    upheld = services.request_actions.record_objection(admin, rid, "analytics").objection.id
    kept = services.request_actions.record_objection(admin, rid, "other").objection.id
    with pytest.raises(ValidationError) as bad:
        services.objections.decide_objection(admin, kept, "compelling_grounds", grounds_en, "de")
    assert (bad.value.field, bad.value.code) == ("language", "language_invalid")
    # An upheld objection's words are not printed: no other language is asked for.
    services.objections.decide_objection(admin, upheld, "upheld", "Lopetimme analytiikan.")
    services.objections.decide_objection(admin, kept, "compelling_grounds", grounds_en, "en")
    en = pdf_text(services.letters.render(admin, rid, "objection", "en").pdf)
    assert grounds_en in en
    assert _missing(services, admin, rid, "fi", "objection") == "objection_decision.other"
    with pytest.raises(BusinessRuleError) as unrecorded:
        services.request_evidence.put_text(
            admin, rid, "objection_decision.analytics", "fi", grounds_fi
        )
    assert unrecorded.value.code == "text_topic_unrecorded"
    services.request_evidence.put_text(admin, rid, "objection_decision.other", "fi", grounds_fi)
    fi = pdf_text(services.letters.render(admin, rid, "objection", "fi").pdf)
    assert grounds_fi in fi and grounds_en not in fi
    assert grounds_fi not in pdf_text(services.letters.render(admin, rid, "objection", "en").pdf)
