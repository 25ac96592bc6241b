"""Rights: the roles' bundles, per-user grants and revokes, and the rule that one active user
always keeps `users.admin`."""

from __future__ import annotations

from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.security.access import effective_rights
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import ROLE_RIGHTS, Right, Role
from tests.core.security.permission_world import snapshot
from tests.helpers.database import audit_rows
from tests.helpers.users import HANDLER_PASSWORD, make_user

ALL_RIGHTS = {
    "customers.view",
    "customers.edit",
    "customers.erase",
    "requests.view",
    "requests.handle",
    "data.export",
    "users.admin",
    "audit.read",
}


def test_roles_are_exactly_the_bundles_product_md_names() -> None:
    assert {str(r) for r in Right} == ALL_RIGHTS
    assert {str(r) for r in ROLE_RIGHTS[Role.ADMIN]} == ALL_RIGHTS
    assert {str(r) for r in ROLE_RIGHTS[Role.HANDLER]} == {
        "customers.view",
        "customers.edit",
        "requests.view",
        "requests.handle",
        "data.export",
    }
    assert {str(r) for r in ROLE_RIGHTS[Role.READER]} == {"customers.view", "requests.view"}


def test_effective_rights_are_role_plus_grants_minus_revokes() -> None:
    assert effective_rights("reader", [("customers.edit", True), ("requests.view", False)]) == {
        "customers.view",
        "customers.edit",
    }
    # Unknown rights in the table and unknown roles grant nothing.
    assert effective_rights("reader", [("everything", True)]) == {
        "customers.view",
        "requests.view",
    }
    assert effective_rights("superuser", []) == frozenset()


# -- per-user grants and revokes -----------------------------------------------------------------


def test_a_grant_gives_a_reader_the_right_and_inherit_takes_it_back(
    services: Services, admin: Actor, reader: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.customers.create(reader, CustomerInput(name="Ei Saa"))
    info = services.users.set_right(admin, reader.user_id, "customers.edit", True)
    assert "customers.edit" in info.rights
    # The reader's Actor was made before the grant: the service checks the database, not it.
    assert "customers.edit" not in reader.rights
    services.customers.create(reader, CustomerInput(name="Nyt Saa"))

    services.users.set_right(admin, reader.user_id, "customers.edit", None)
    with pytest.raises(PermissionDenied):
        services.customers.create(reader, CustomerInput(name="Ei Enää"))
    assert services.customers.count(admin) == 1


def test_a_revoke_takes_a_role_right_away(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    services.users.set_right(admin, handler.user_id, "customers.view", False)
    with pytest.raises(PermissionDenied):
        services.customers.search(handler, "")
    with pytest.raises(PermissionDenied):
        services.customers.view(handler, customer.id)
    # The handler's other rights are untouched.
    services.customers.create(handler, CustomerInput(name="Toinen Asiakas"))
    services.requests.list_requests(handler)
    # A fresh login reports the effective rights.
    fresh = services.auth.login("kasittelija", HANDLER_PASSWORD)
    assert "customers.view" not in fresh.rights and "customers.edit" in fresh.rights


def test_an_unknown_right_is_refused(services: Services, admin: Actor, reader: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.users.set_right(admin, reader.user_id, "kaikki.oikeudet", True)
    assert (info.value.field, info.value.code) == ("right", "choice_invalid")


# -- the last administrator ----------------------------------------------------------------------


def admin_state(services: Services) -> tuple[Any, ...]:
    path = services.db.path
    return (snapshot(path), len(audit_rows(path)))


@pytest.mark.parametrize(
    "attempt",
    ["deactivate", "demote", "revoke"],
)
def test_the_last_admin_cannot_be_removed(
    services: Services, admin: Actor, handler: Actor, reader: Actor, attempt: str
) -> None:
    before = admin_state(services)
    version = services.users.get_user(admin, admin.user_id).version
    with pytest.raises(BusinessRuleError) as info:
        if attempt == "deactivate":
            services.users.set_active(admin, admin.user_id, False)
        elif attempt == "demote":
            services.users.update_user(
                admin, admin.user_id, version, full_name="Jouni Ojala", title="", role="handler"
            )
        else:
            services.users.set_right(admin, admin.user_id, "users.admin", False)
    assert info.value.code == "last_admin"
    # Nothing half-written: no row, no right, no audit entry changed.
    assert admin_state(services) == before
    me = services.users.get_user(admin, admin.user_id)
    assert (me.active, me.role, me.version) == (True, "admin", version)
    assert "users.admin" in me.rights


def test_an_inactive_admin_does_not_count(services: Services, admin: Actor) -> None:
    other = make_user(services, admin, "varayllapito", "admin", "varapääkäyttäjän oma salasana")
    services.users.set_active(admin, other.user_id, False)
    with pytest.raises(BusinessRuleError) as info:
        services.users.set_active(admin, admin.user_id, False)
    assert info.value.code == "last_admin"


def test_with_a_second_holder_the_first_may_step_down(
    services: Services, admin: Actor, handler: Actor
) -> None:
    # users.admin granted to a handler makes them a holder too.
    services.users.set_right(admin, handler.user_id, "users.admin", True)
    services.users.set_right(admin, admin.user_id, "users.admin", False)
    with pytest.raises(PermissionDenied):
        services.users.list_users(admin)
    # Now the handler is the last holder.
    with pytest.raises(BusinessRuleError):
        services.users.set_right(handler, handler.user_id, "users.admin", None)
    with pytest.raises(BusinessRuleError):
        services.users.set_active(handler, handler.user_id, False)
    services.users.set_right(handler, admin.user_id, "users.admin", None)
    assert "users.admin" in services.users.get_user(admin, admin.user_id).rights
