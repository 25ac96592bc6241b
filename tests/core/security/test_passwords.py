"""Password policy (NIST SP 800-63B-4): length 15–1024, no composition rules, common ones refused."""

from __future__ import annotations

import random
import string

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.security.passwords import MAX_LENGTH, MIN_LENGTH, check_policy, strength_hint
from l4d_desktop.core.services import Services
from tests.helpers.users import ADMIN_PASSWORD

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


@pytest.mark.parametrize("length", [15, 64, 256, 1024])
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


def test_the_policy_counts_after_nfkc_and_never_truncates() -> None:
    # U+FB01 (one character) becomes "fi" (two): 14 typed characters, 15 after NFKC.
    typed = "\ufb01lmit kuusi ui"
    assert len(typed) == 14
    assert check_policy(typed) == "filmit kuusi ui" and len(check_policy(typed)) == 15
    # The whole password is kept: two long ones differing only in the last character stay apart.
    base = random_password(1023)
    assert check_policy(base + "a") != check_policy(base + "b")
    assert len(check_policy(base + "a")) == 1024


# -- the hint while typing -------------------------------------------------------------------------


def test_the_hint_gives_the_policy_s_reason_code_without_raising() -> None:
    empty = strength_hint("")
    assert (empty.acceptable, empty.reason, empty.score, empty.length) == (
        False,
        "password_too_short",
        0,
        0,
    )
    assert (empty.min_length, empty.max_length) == (MIN_LENGTH, MAX_LENGTH) == (15, 1024)
    assert strength_hint(STRONG_15[:14]).reason == "password_too_short"
    assert strength_hint("passwordpassword").reason == "password_common"
    assert strength_hint(random_password(1025)).reason == "password_too_long"
    named = strength_hint("kirsikka puussa kukkii keväällä", "Kirsikka")
    assert (named.acceptable, named.reason) == (False, "password_contains_username")
    good = strength_hint("mustikka metsässä kasvaa", "matti")
    assert good.acceptable and good.reason is None and good.score >= 3
    assert good.length == len("mustikka metsässä kasvaa")


@pytest.mark.parametrize(
    ("password", "username"),
    [
        ("", ""),
        ("lyhyt", ""),
        (STRONG_15, ""),
        ("passwordpassword", ""),
        ("kirsikka puussa kukkii keväällä", "kirsikka"),
        ("mustikka metsässä kasvaa", "matti"),
        (random_password(1025), ""),
    ],
)
def test_the_hint_agrees_with_the_policy(password: str, username: str) -> None:
    hint = strength_hint(password, username)
    try:
        check_policy(password, username)
    except ValidationError as exc:
        assert (hint.acceptable, hint.reason) == (False, exc.code)
        assert hint.score <= 2
    else:
        assert (hint.acceptable, hint.reason) == (True, None)


# -- Finnish words count as weak, like English ones (finnish_words, passed to zxcvbn) ---------


@pytest.mark.parametrize(
    "weak",
    [
        "Salasana12345678!",
        "Kesäkuu2025Kesäkuu",
        "Kesakuu2025Kesakuu",
        "Password12345678!",
        "Lean 4D Lean 4D 2025!",
        "Lean4DLean4D2025!",
        "L4D Desktop 2025 !!",
        "Maanantai2025Maanantai",
        "Perjantai12345678",
        "Joulukuu24122024!",
        "Helmikuu2024Helmikuu",
        "Sunnuntai2025Sunnuntai",
        "Pirjo2025Pirjo2025!",
        "Juhannus2025Juhannus",
    ],
)
def test_finnish_words_and_our_names_are_refused_like_english_ones(weak: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_policy(weak)
    assert info.value.code == "password_common"
    hint = strength_hint(weak)
    assert not hint.acceptable and hint.reason == "password_common" and hint.score <= 2


@pytest.mark.parametrize(
    "passphrase",
    [
        "kesäkuun lumi sataa hiljaa",
        "punainen tupa ja perunamaa",
        "kirjasto aukeaa aamulla yhdeksältä",
        "correct horse battery staple",
    ],
)
def test_passphrases_of_finnish_words_are_still_accepted(passphrase: str) -> None:
    assert check_policy(passphrase) == passphrase


def test_the_word_list_names_its_sources_and_holds_the_words_the_issue_names() -> None:
    from l4d_desktop.core.security import finnish_words

    assert "DVV" in (finnish_words.__doc__ or "")
    words = finnish_words.ranked_words()
    for word in ("salasana", "kesäkuu", "kesakuu", "lean4d", "l4d", "maanantai", "matti", "anne"):
        assert word in words
    assert words.index("salasana") < words.index("matti")  # rank: the likeliest first
