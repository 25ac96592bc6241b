"""The suppression list against someone holding a copy of the database file: its digests are
keyed with a secret kept beside the database, so brute-forcing Finnish mobile numbers against a
stolen copy recovers nothing; a lost key refuses instead of forgetting an objection."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import time
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.suppression import KEY_CHECK, KEY_SUFFIX, SuppressionList
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db

# Finnish mobile numbers as the register stores them (E.164); the attacker tries a block of
# 200 000 around the erased person's, as a real attack would try all 10^7 of a prefix.
PHONE = "+358401234567"
EMAIL = "objector@kanaria.example"
CANDIDATES = range(401_100_000, 401_300_000)


def _object(services: Services, admin: Actor, phone: str = PHONE, email: str = EMAIL) -> None:
    c = add_customer(services, admin, "Kielto Henkilö", email=email, phone=phone)
    services.objections.record(admin, c.id, "direct_marketing", dt.date(2026, 11, 2), "")


def _unkeyed(salt: str, kind: str, value: str) -> str:
    """The digest as the list made it before the key (salt from the same database)."""
    return hashlib.sha256(f"{salt}\x1f{kind}\x1f{value}".encode()).hexdigest()


def _brute_force(copy: Path) -> tuple[list[str], int, float]:
    """Everything the file gives an attacker: the salt and the digests. Returns the numbers
    recovered, how many were tried and the seconds it took."""
    with raw_db(copy) as conn:
        salt = conn.execute("SELECT value FROM settings WHERE key = 'suppression_salt'").fetchone()[
            0
        ]
        listed = {d for (d,) in conn.execute("SELECT digest FROM suppressions WHERE kind='phone'")}
    started = time.perf_counter()
    found = [f"+358{n}" for n in CANDIDATES if _unkeyed(salt, "phone", f"+358{n}") in listed]
    return found, len(CANDIDATES), time.perf_counter() - started


def test_brute_forcing_phone_numbers_against_a_stolen_copy_recovers_none(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    _object(services, admin)
    services.db.checkpoint()
    key = services.db.path.with_name(services.db.path.name + KEY_SUFFIX)
    assert key.stat().st_mode & 0o777 == 0o600
    # The thief gets the database file (or a backup of it), not the key beside it.
    stolen = tmp_path / "stolen" / "l4d.sqlite3"
    stolen.parent.mkdir()
    shutil.copy(services.db.path, stolen)
    assert key.read_text().strip().encode() not in stolen.read_bytes()
    found, tried, seconds = _brute_force(stolen)
    assert (found, tried) == ([], 200_000)
    print(f"tried {tried} numbers in {seconds:.2f} s: recovered {len(found)}")
    # The number was in the block tried: with the key the register itself still matches it.
    with services.db.read() as session:
        assert SuppressionList(session).contains("", PHONE)
        assert SuppressionList(session).contains(EMAIL.upper(), "")
        assert not SuppressionList(session).contains("", "+358401234568")


def test_entries_of_the_unkeyed_form_are_keyed_at_the_next_start_and_still_match(
    services: Services, admin: Actor, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    path = services.db.path
    with raw_db(path) as conn:
        salt = conn.execute("SELECT value FROM settings WHERE key = 'suppression_salt'").fetchone()[
            0
        ]
        old = _unkeyed(salt, "phone", PHONE)
        conn.execute(
            "INSERT INTO suppressions (kind, digest, created_on) VALUES ('phone', ?, '2025-01-01')",
            (old,),
        )
    with services.db.read() as session:  # before the start, the older form still matches
        assert SuppressionList(session).contains("", PHONE)
    services.db.dispose()
    again = open_services(path, clock=clock, hasher=fast_hasher)
    try:
        with raw_db(path) as conn:
            digests = [d for (d,) in conn.execute("SELECT digest FROM suppressions")]
            check = conn.execute("SELECT value FROM settings WHERE key = ?", (KEY_CHECK,))
            assert check.fetchone() is not None
        assert old not in digests and len(digests) == 1
        with again.db.read() as session:
            assert SuppressionList(session).contains("", PHONE)
        c = again.customers.create(admin, _input("Uusi", phone=PHONE))
        with pytest.raises(L4DError) as info:
            again.consents.record(admin, c.id, "marketing_email", True, "web_form")
        assert info.value.code == "marketing_suppressed"
    finally:
        again.db.dispose()


def _input(name: str, **fields: str) -> object:
    from l4d_desktop.core.customers.fields import CustomerInput

    return CustomerInput(name=name, **fields)


def test_a_lost_key_refuses_rather_than_forgets_the_objection(
    services: Services, admin: Actor
) -> None:
    _object(services, admin)
    key = services.db.path.with_name(services.db.path.name + KEY_SUFFIX)
    key.unlink()
    c = add_customer(services, admin, "Toinen", email=EMAIL)
    with pytest.raises(L4DError) as info:
        services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    assert info.value.code == "suppression_key_missing"
    assert str(key) in str(info.value.params.get("file", ""))
    assert EMAIL not in str(info.value) and PHONE not in str(info.value)
    # A wrong key (another register's) is refused alike.
    key.write_text("00" * 32 + "\n")
    with pytest.raises(L4DError) as info:
        services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    assert info.value.code == "suppression_key_missing"


def test_with_an_empty_list_a_lost_key_is_simply_made_anew(
    services: Services, admin: Actor
) -> None:
    _object(services, admin)
    key = services.db.path.with_name(services.db.path.name + KEY_SUFFIX)
    with raw_db(services.db.path) as conn:
        conn.execute("DELETE FROM suppressions")
    first = key.read_text()
    key.unlink()
    _object(services, admin, phone="+358501112223", email="toinen@kanaria.example")
    assert key.read_text() != first and key.stat().st_mode & 0o777 == 0o600
    with services.db.read() as session:
        assert SuppressionList(session).contains("", "+358501112223")
