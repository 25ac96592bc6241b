"""The letter settings are checked as customer data are (postal code, y-tunnus check digit,
email, phone, web address), each refusal naming the setting, and printed as saved."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.services import Services


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"controller_postal_code": "2520"}, "controller_postal_code", "postal_code_fi"),
        ({"controller_postal_code": "02520 A"}, "controller_postal_code", "postal_code_fi"),
        ({"controller_business_id": "2989855-4"}, "controller_business_id", "business_id_invalid"),
        ({"controller_email": "jouni@@lean4d.fi"}, "controller_email", "email_invalid"),
        ({"privacy_contact_email": "jouni"}, "privacy_contact_email", "email_invalid"),
        ({"controller_phone": "+358 40"}, "controller_phone", "phone_invalid"),
        ({"authority_phone": "puhelin"}, "authority_phone", "phone_invalid"),
        ({"controller_country": "XX"}, "controller_country", "country_invalid"),
        ({"authority_web": "tietosuoja fi"}, "authority_web", "web_invalid"),
    ],
)
def test_a_wrong_value_is_refused_by_its_setting_and_nothing_is_saved(
    services: Services, admin: Actor, values: dict[str, str], field: str, code: str
) -> None:
    before = services.letters.settings_values(admin)
    with pytest.raises(ValidationError) as refused:
        services.letters.update_settings(admin, {"controller_city": "Masala", **values})
    assert (refused.value.field, refused.value.code) == (field, code)
    assert services.letters.settings_values(admin) == before


def test_good_values_are_saved_and_a_foreign_controller_keeps_its_own_postal_code(
    services: Services, admin: Actor
) -> None:
    services.letters.update_settings(
        admin,
        {
            "controller_business_id": "2989855-5",
            "controller_email": "Jouni@Lean4D.fi",
            "controller_phone": "09 123 4567",
            "controller_web": "https://www.lean4d.fi/tietosuoja",
        },
    )
    saved = services.letters.settings_values(admin)
    assert saved["controller_phone"] == "09 123 4567"  # printed as typed, once checked
    assert saved["controller_web"] == "https://www.lean4d.fi/tietosuoja"
    services.letters.update_settings(
        admin, {"controller_country": "se", "controller_postal_code": "114 55"}
    )
    saved = services.letters.settings_values(admin)
    assert (saved["controller_country"], saved["controller_postal_code"]) == ("SE", "114 55")
