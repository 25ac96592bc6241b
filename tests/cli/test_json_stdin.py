"""`--json -`: personal data as a JSON object on stdin, never in the process's arguments."""

from __future__ import annotations

import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.users import ADMIN_PASSWORD

PERSON = {
    "name": "Aino Äijälä",
    "email": "aino@example.fi",
    "phone": "040 123 4567",
    "postal_code": "00100",
    "city": "Helsinki",
}


def test_customer_add_reads_the_person_from_stdin_after_the_password(
    as_admin: Cli, admin: Actor, services: Services
) -> None:
    argv = ("customer", "add", "--json", "-")
    result = as_admin(*argv, extra=json.dumps(PERSON))
    assert result.code == 0, result.err
    assert not any(value in " ".join(argv) for value in PERSON.values())
    (record,) = services.customers.export_selected(admin, [int(result.out)])
    assert (record.name, record.email, record.postal_code, record.city) == (
        "Aino Äijälä",
        "aino@example.fi",
        "00100",
        "Helsinki",
    )
    listing = as_admin("customer", "list", "--json", "-", extra='{"search": "äijälä"}')
    assert [c["name"] for c in json.loads(listing.out)] == ["Aino Äijälä"]


def test_every_command_taking_personal_data_accepts_json(
    as_admin: Cli, admin: Actor, services: Services
) -> None:
    customer = int(as_admin("customer", "add", "--json", "-", extra='{"name": "Eero Ek"}').out)
    request = as_admin(
        "request",
        "add",
        "--json",
        "-",
        extra=json.dumps(
            {
                "type": "access",
                "channel": "email",
                "received": "2024-05-02",
                "requester_name": "Eero Ek",
                "requester-contact": "eero@example.fi",
                "text": "Haluan nähdä tietoni.",
                "customer": customer,
            }
        ),
    )
    assert request.code == 0, request.err
    rid = request.out.strip()
    identify = as_admin(
        "request",
        "identify",
        rid,
        "--json",
        "-",
        extra='{"method": "phone_on_file", "note": "Soitin Eerolle 040 765 4321"}',
    )
    assert identify.code == 0, identify.err
    pause = as_admin("request", "pause", rid, "--json", "-", extra='{"reason": "Eero Ek lomalla"}')
    assert pause.code == 0, pause.err
    objection = as_admin(
        "objection",
        "add",
        "--json",
        "-",
        extra=json.dumps(
            {
                "customer": customer,
                "purpose": "direct_marketing",
                "received": "2024-05-03",
                "reason": "Eero ei halua postia",
            }
        ),
    )
    assert objection.code == 0, objection.err
    detail = services.requests.detail(admin, int(rid))
    assert (detail.requester_name, detail.requester_contact) == ("Eero Ek", "eero@example.fi")


def test_user_add_takes_the_initial_password_on_line_two_then_the_json(
    as_admin: Cli, services: Services, admin: Actor
) -> None:
    initial = "alkusalasana joka on riittävän pitkä"
    body = json.dumps({"full_name": "Kaisa Kettunen", "role": "handler"})
    result = as_admin("user", "add", "kaisa", "--json", "-", extra=f"{initial}\n{body}")
    assert result.code == 0, result.err
    user = services.users.get_user(admin, int(result.out))
    assert (user.username, user.full_name, user.role) == ("kaisa", "Kaisa Kettunen", "handler")
    assert services.auth.login("kaisa", initial).must_change_password


def test_init_reads_the_full_name_from_json(cli: Cli, services: Services) -> None:
    stdin = f"{ADMIN_PASSWORD}\n" + json.dumps({"admin": "paakayttaja", "full_name": "Jouni Ojala"})
    result = cli("init", "--password-stdin", "--json", "-", stdin=stdin)
    assert result.code == 0, result.err
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD).user_id == int(result.out)


def test_bad_json_is_a_usage_error_that_quotes_no_value(as_admin: Cli, admin: Actor) -> None:
    secret = "Salainen Henkilö"
    for body, code in (
        (f'{{"nimi": "{secret}"}}', 2),
        (f'["{secret}"]', 2),
        (f'{{"name": "{secret}"', 1),
        (f'{{"name": ["{secret}"]}}', 2),
        ('{"email": "a@example.fi"}', 2),  # --name is still required
    ):
        result = as_admin("customer", "add", "--json", "-", extra=body)
        assert result.code == code, (body, result.err)
        assert secret not in result.err
        assert result.error_line
    twice = as_admin("customer", "add", "--name", "A", "--json", "-", extra='{"name": "B"}')
    assert twice.code == 2 and "command line too" in twice.error_line


def test_a_required_option_is_still_demanded_without_json(as_admin: Cli, admin: Actor) -> None:
    result = as_admin("customer", "add", "--email", "a@example.fi")
    assert result.code == 2
    assert "the following arguments are required: --name" in result.error_line
