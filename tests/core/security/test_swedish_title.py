"""An account's title in Swedish: set when the account is made, changed with the others (and
kept when an edit leaves it out), checked as the other titles are, audited as every edit is."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied, ValidationError
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows

INITIAL = "ensimmäinen salasana vaihdetaan"


def test_a_new_account_keeps_its_three_titles(services: Services, admin: Actor) -> None:
    info = services.users.create_user(
        admin,
        "liisa",
        "Liisa Laine",
        "handler",
        INITIAL,
        title="asiakaspalvelupäällikkö",
        title_en="Customer Service Manager",
        title_sv="kundtjänstchef",
    )
    assert (info.title, info.title_en, info.title_sv) == (
        "asiakaspalvelupäällikkö",
        "Customer Service Manager",
        "kundtjänstchef",
    )
    assert services.users.get_user(admin, info.id).title_sv == "kundtjänstchef"
    plain = services.users.create_user(admin, "pekka", "Pekka Puu", "reader", INITIAL + " 2")
    assert plain.title_sv == ""


def test_an_edit_writes_the_swedish_title_or_leaves_it_as_it_was(
    services: Services, admin: Actor
) -> None:
    info = services.users.create_user(admin, "liisa", "Liisa Laine", "handler", INITIAL)
    before = len(audit_rows(services.db.path))
    written = services.users.update_user(
        admin,
        info.id,
        info.version,
        full_name="Liisa Laine",
        title="",
        role="handler",
        title_sv="  kundtjänstchef ",
    )
    assert written.title_sv == "kundtjänstchef"
    assert written.version == info.version + 1
    entries = audit_rows(services.db.path)[before:]
    assert [(e["action"], e["object_id"], e["outcome"]) for e in entries] == [
        ("user.update", info.id, "ok")
    ]
    assert "kundtjänstchef" not in str(entries)  # the audit names the change, not the words
    # An edit that does not name it (an older caller, the command line without the option).
    kept = services.users.update_user(
        admin, info.id, written.version, full_name="Liisa Laine", title="", role="reader"
    )
    assert (kept.title_sv, kept.role) == ("kundtjänstchef", "reader")
    cleared = services.users.update_user(
        admin,
        info.id,
        kept.version,
        full_name="Liisa Laine",
        title="",
        role="reader",
        title_sv="",
    )
    assert cleared.title_sv == ""


@pytest.mark.parametrize(
    ("title_sv", "code"), [("x" * 201, "too_long"), ("kund\x00tjänst", "control_chars")]
)
def test_a_bad_swedish_title_is_refused_naming_the_field(
    services: Services, admin: Actor, title_sv: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.users.create_user(
            admin, "liisa", "Liisa Laine", "handler", INITIAL, title_sv=title_sv
        )
    assert refused.value.field == "title_sv"
    assert refused.value.code == code
    assert [u.username for u in services.users.list_users(admin)] == ["paakayttaja"]


def test_only_the_paakayttaja_sets_a_title(
    services: Services, admin: Actor, handler: Actor
) -> None:
    me = services.users.get_user(admin, handler.user_id)
    with pytest.raises(PermissionDenied):
        services.users.update_user(
            handler,
            me.id,
            me.version,
            full_name=me.full_name,
            title=me.title,
            role=me.role,
            title_sv="handläggare",
        )
    assert services.users.get_user(admin, handler.user_id).title_sv == ""
