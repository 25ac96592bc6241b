"""What is left to do on a request, as the core says it for both faces: an extension is barred
for what takes effect at once (and the detail says why, in the service's own code), and a
refusal leaves its letter to print until that letter has left."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.next_step import needs_extension_thought, next_step
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_maija
from tests.helpers.requests import register_request


@pytest.mark.parametrize(
    ("rtype", "barred"),
    [
        ("access", ""),
        ("erasure", ""),
        ("other", ""),
        ("withdrawal", "extension_not_allowed"),
        ("objection", "extension_direct_marketing"),
    ],
)
def test_the_detail_says_why_no_extension_can_be_recorded(
    services: Services, admin: Actor, rtype: str, barred: str
) -> None:
    maija = add_maija(services, admin)
    rid = register_request(services, admin, maija.id, rtype).id
    detail = services.requests.detail(admin, rid)
    assert detail.extension_barred == barred
    assert not needs_extension_thought(detail.record, barred)
    if barred:
        # The same code the service refuses the extension with.
        with pytest.raises(BusinessRuleError) as refused:
            services.requests.extend(
                admin,
                rid,
                None,
                "Tiedot on koottava kolmesta järjestelmästä.",
                grounds=["complexity"],
            )
        assert refused.value.code == barred


def test_an_objection_to_other_processing_may_be_extended(services: Services, admin: Actor) -> None:
    maija = add_maija(services, admin)
    request = register_request(services, admin, maija.id, "objection")
    services.objections.record(
        admin, maija.id, "analytics", request.received, "Ei seurantaa.", request_id=request.id
    )
    assert services.requests.detail(admin, request.id).extension_barred == ""


def test_a_refusal_leaves_its_letter_until_it_has_left(services: Services, admin: Actor) -> None:
    maija = add_maija(services, admin)
    rid = register_request(services, admin, maija.id, "access").id
    services.requests.pause(admin, rid, "Odotetaan todistusta")
    assert next_step(services.requests.detail(admin, rid).record) == "waiting"
    refused = services.requests.close(admin, rid, "refused", "Perusteet.", "legal_obligation")
    assert not refused.paused  # the closing ended the wait
    assert next_step(refused) == "print_refusal"
    assert next_step(refused, letters_sent={"access"}) == "print_refusal"
    assert next_step(refused, letters_sent={"refusal"}) == "closed"
    withdrawn = services.requests.close(
        admin, register_request(services, admin, maija.id, "access").id, "withdrawn"
    )
    assert next_step(withdrawn) == "closed"
