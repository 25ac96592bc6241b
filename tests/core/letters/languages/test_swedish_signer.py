"""A Swedish letter signed by a handler: with the account's Swedish title once it is written,
as the request's handler ("handläggare") while it is empty, and never with the Finnish or
English title; read back from the PDF rendered on a real database."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.letters.words import catalogue
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import register_request
from tests.helpers.users import HANDLER_PASSWORD, make_user


def closing(services: Services, handler: Actor, request_id: int) -> str:
    text = pdf_text(services.letters.render(handler, request_id, "receipt", "sv").pdf)
    flat = " ".join(text.replace("\u00a0", " ").split())
    return flat[flat.index(catalogue("sv")("letter.closing")) :]


def test_a_swedish_letter_signs_with_the_swedish_title(services: Services, admin: Actor) -> None:
    person = add_customer(services, admin, "Åsa Lindqvist", city="Kyrkslätt", language="sv")
    handler = make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)
    rid = register_request(services, admin, person.id, "access").id
    account = services.users.get_user(admin, handler.user_id)
    titled = services.users.update_user(
        admin,
        account.id,
        account.version,
        full_name="Kasittelija",
        title="asiakaspalvelupäällikkö",
        title_en="Customer Service Manager",
        role="handler",
    )
    # Finnish and English titles only: the Swedish letter names the role in Swedish.
    role = catalogue("sv")("letter.signer_role")
    assert role.lower().startswith("handläggare")
    unsigned = closing(services, handler, rid)
    assert f"Kasittelija {role} Lean 4D Oy" in unsigned
    assert "asiakaspalvelupäällikkö" not in unsigned and "Manager" not in unsigned
    services.users.update_user(
        admin,
        account.id,
        titled.version,
        full_name="Kasittelija",
        title="asiakaspalvelupäällikkö",
        title_en="Customer Service Manager",
        role="handler",
        title_sv="kundtjänstchef",
    )
    signed = closing(services, handler, rid)
    assert "Kasittelija kundtjänstchef Lean 4D Oy" in signed
    assert role not in signed and "asiakaspalvelupäällikkö" not in signed
    # The Finnish letter still signs in Finnish.
    fi = pdf_text(services.letters.render(handler, rid, "receipt", "fi").pdf)
    assert "asiakaspalvelupäällikkö" in fi and "kundtjänstchef" not in fi
