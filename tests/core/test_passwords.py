"""Password policy (NIST SP 800-63B-4): length 15–1024, no composition rules, common ones refused."""

from __future__ import annotations

import random
import string

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.passwords import check_policy
from l4d_desktop.core.services import Services
from tests.conftest import ADMIN_PASSWORD

STRONG_15 = "kuusi kettua ui"


def random_password(length: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters + string.digits + " ") for _ in range(length))


def refused(password: str, username: str = "") -> str:
    with pytest.raises(ValidationError) as info:
        check_policy(password, username)
    assert info.value.field == "password"
    return info.value.code


def test_14_characters_are_refused_and_15_accepted() -> None:
    assert len(STRONG_15) == 15
    assert refused(STRONG_15[:14]) == "password_too_short"
    assert check_policy(STRONG_15) == STRONG_15


@pytest.mark.parametrize("length", [64, 1024])
def test_long_passwords_are_accepted(length: int) -> None:
    pw = random_password(length)
    assert check_policy(pw) == pw


def test_1025_characters_are_refused() -> None:
    assert refused(random_password(1025)) == "password_too_long"


def test_length_is_counted_in_characters_not_bytes() -> None:
    # 15 characters, 30 bytes in UTF-8: long enough.
    assert check_policy("äöåäöå kuusi ui") == "äöåäöå kuusi ui"


@pytest.mark.parametrize(
    "common",
    ["passwordpassword", "123456789012345", "qwertyuiopasdfgh", "Salasana12345678"],
)
def test_common_passwords_are_refused(common: str) -> None:
    assert len(common) >= 15
    assert refused(common) == "password_common"


def test_no_composition_rules() -> None:
    # Lower-case letters and spaces only, no digit or symbol: fine when long and uncommon.
    assert check_policy("mustikka metsässä kasvaa") == "mustikka metsässä kasvaa"


def test_a_password_containing_the_username_is_refused() -> None:
    assert refused("kirsikka puussa kukkii keväällä", "kirsikka") == "password_contains_username"
    assert refused("KIRSIKKA puussa kukkii keväällä", "kirsikka") == "password_contains_username"
    # The rule does not fire for an unrelated username.
    assert check_policy("kirsikka puussa kukkii keväällä", "mustikka")


def test_the_policy_applies_when_an_admin_creates_a_user(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, "matti", "Matti M", "reader", "passwordpassword")
    assert (info.value.field, info.value.code) == ("password", "password_common")
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, "matti", "Matti M", "reader", "matti on paras myyjä")
    assert info.value.code == "password_contains_username"
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, "matti", "Matti M", "reader", STRONG_15[:14])
    assert info.value.code == "password_too_short"
    assert [u.username for u in services.users.list_users(admin)] == ["paakayttaja"]


def test_the_policy_applies_when_a_user_changes_a_password(
    services: Services, admin: Actor
) -> None:
    with pytest.raises(ValidationError) as info:
        services.auth.change_password(admin, ADMIN_PASSWORD, "123456789012345")
    assert (info.value.field, info.value.code) == ("new_password", "password_common")
    with pytest.raises(ValidationError) as info:
        services.auth.change_password(admin, ADMIN_PASSWORD, "paakayttaja on minun nimeni")
    assert info.value.code == "password_contains_username"
