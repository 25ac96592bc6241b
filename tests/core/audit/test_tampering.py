"""Tampering with a closed database file is found by `audit verify` while the anchor the
program keeps outside that file is intact: 220 random tampers of 19 kinds, every one found."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.anchor import Anchor, anchor_path
from l4d_desktop.core.audit.log import GENESIS_HASH, entry_hash
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import AUDIT_COLUMNS, audit_rows, copy_register, raw_db
from tests.helpers.users import ADMIN_PASSWORD

TAMPERS = 220
Row = dict[str, Any]


def _hashed(row: Row) -> Row:
    """The row with the hash an attacker who knows the scheme computes for it."""
    row = dict(row)
    row["hash"] = entry_hash(**{k: row[k] for k in AUDIT_COLUMNS if k != "hash"})
    return row


def _rechained(rows: list[Row], start: int = 0) -> list[Row]:
    """Ids renumbered from 1 and every hash from `start` on recomputed: a chain that holds."""
    out: list[Row] = []
    for i, row in enumerate(rows):
        row = dict(row, id=i + 1)
        if i >= start:
            row["prev_hash"] = out[-1]["hash"] if out else GENESIS_HASH
            row = _hashed(row)
        out.append(row)
    return out


def _forged(after: Row | None, n: int, rnd: random.Random) -> list[Row]:
    """`n` entries chained after `after` that the program never wrote."""
    rows: list[Row] = []
    prev = after
    for _ in range(n):
        row = {
            "id": (prev["id"] + 1) if prev else 1,
            "at": f"2026-11-24T09:{rnd.randrange(60):02d}:00.000000+00:00",
            "actor_id": rnd.choice([1, 2, 3, None]),
            "action": rnd.choice(["customer.view", "login", "customer.update"]),
            "object_type": "customer",
            "object_id": rnd.randrange(1, 50),
            "outcome": "ok",
            "detail": "forged",
            "prev_hash": prev["hash"] if prev else GENESIS_HASH,
        }
        prev = _hashed(row)
        rows.append(prev)
    return rows


def _other(value: object, choices: list[object]) -> object:
    return next(c for c in choices if c != value)


# Each kind takes the rows as they are and returns them as the attacker leaves them (or the SQL
# to run, for what rows alone cannot say). `k` is a random entry, never the first.
def edit_field(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    col = rnd.choice(["action", "outcome", "detail", "object_type"])
    rows[k][col] = _other(rows[k][col], ["ok", "denied", "customer.view", "x"])
    return rows


def edit_actor(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k]["actor_id"] = _other(rows[k]["actor_id"], [999, 1, None])
    return rows


def edit_time(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k]["at"] = "2020-01-01T00:00:00.000000+00:00"
    return rows


def edit_and_rehash_one(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k] = _hashed(dict(rows[k], outcome=_other(rows[k]["outcome"], ["ok", "denied"])))
    return rows


def rechain_after_edit(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k]["outcome"] = _other(rows[k]["outcome"], ["ok", "denied"])
    return _rechained(rows, k)


def rechain_everything_after_edit(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k]["actor_id"] = _other(rows[k]["actor_id"], [999, 1])
    return _rechained(rows, 0)


def delete_middle(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    del rows[k]
    return rows


def delete_middle_and_rechain(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    del rows[k]
    return _rechained(rows, k)


def truncate_tail(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    return rows[: rnd.randrange(1, len(rows))]


def truncate_and_refill(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    cut = rnd.randrange(1, len(rows))
    return rows[:cut] + _forged(rows[cut - 1], len(rows) - cut, rnd)


def append_forged(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    return rows + _forged(rows[-1], rnd.randrange(1, 4), rnd)


def delete_all(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    return []


def delete_all_and_forge(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    return _forged(None, rnd.randrange(1, len(rows) + 2), rnd)


def insert_middle(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    fake = _forged(rows[k - 1], 1, rnd)[0]
    return [*rows[:k], fake, *(dict(r, id=r["id"] + 1) for r in rows[k:])]


def insert_middle_and_rechain(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    fake = _forged(rows[k - 1], 1, rnd)[0]
    return _rechained([*rows[:k], fake, *rows[k:]], k)


def swap_contents(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    j = _other(k, [k - 1, k + 1] if k + 1 < len(rows) else [k - 1])
    assert isinstance(j, int)
    content = ("at", "actor_id", "action", "object_type", "object_id", "outcome", "detail")
    for col in content:
        rows[k][col], rows[j][col] = rows[j][col], rows[k][col]
    return rows


def malformed_value(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    col = rnd.choice(["at", "action", "detail", "prev_hash"])
    rows[k][col] = b"\x00\xff" + str(rnd.random()).encode()
    return rows


def fractional_id_field(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k]["object_id"] = 1.5
    return rows


def wrong_link(rows: list[Row], k: int, rnd: random.Random) -> list[Row]:
    rows[k]["prev_hash"] = "a" * 64
    return rows


KINDS: list[Callable[[list[Row], int, random.Random], list[Row]]] = [
    edit_field,
    edit_actor,
    edit_time,
    edit_and_rehash_one,
    rechain_after_edit,
    rechain_everything_after_edit,
    delete_middle,
    delete_middle_and_rechain,
    truncate_tail,
    truncate_and_refill,
    append_forged,
    delete_all,
    delete_all_and_forge,
    insert_middle,
    insert_middle_and_rechain,
    swap_contents,
    malformed_value,
    fractional_id_field,
    wrong_link,
]


def _write_log(path: Path, rows: list[Row]) -> None:
    cols = ", ".join(AUDIT_COLUMNS)
    marks = ", ".join("?" for _ in AUDIT_COLUMNS)
    with raw_db(path) as conn:
        conn.execute("BEGIN")
        conn.execute("DELETE FROM audit_log")
        conn.executemany(
            f"INSERT INTO audit_log ({cols}) VALUES ({marks})",
            [tuple(r[c] for c in AUDIT_COLUMNS) for r in rows],
        )
        conn.execute("COMMIT")


@pytest.fixture
def closed_register(
    services: Services, admin: Actor, handler: Actor, reader: Actor, tmp_path: Path
) -> bytes:
    """A register after a morning's work, closed as the program closes it: its bytes."""
    for i in range(6):
        c = add_customer(services, handler, f"Asiakas {i}")
        services.customers.view(reader, c.id)
    services.db.dispose()
    with raw_db(services.db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return services.db.path.read_bytes()


def test_every_random_tamper_is_found_while_the_anchor_is_intact(
    closed_register: bytes,
    services: Services,
    clock: FakeClock,
    fast_hasher: PasswordHasher,
    tmp_path: Path,
) -> None:
    original = audit_rows(services.db.path)
    anchor = Anchor(services.db.path).read()
    assert anchor is not None and anchor.head_id == original[-1]["id"]
    rnd = random.Random(13)
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for n in range(TAMPERS):
        kind = KINDS[n % len(KINDS)] if n < len(KINDS) else rnd.choice(KINDS)
        path = tmp_path / f"copy{n}" / "data" / "l4d.sqlite3"
        copy_register(closed_register, path)
        # The anchor the program left for this copy's path, as it left it for the original.
        target = anchor_path(path)
        assert target is not None
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(anchor.to_json(), encoding="utf-8")

        rows = kind([dict(r) for r in original], rnd.randrange(1, len(original) - 1), rnd)
        assert rows != original, kind.__name__
        _write_log(path, rows)

        # `audit verify` as the command line runs it: start, log in, verify.
        svc = open_services(path, clock=clock, hasher=fast_hasher)
        try:
            admin = svc.auth.login("paakayttaja", ADMIN_PASSWORD)
            result = svc.maintenance.verify_audit(admin)
        finally:
            svc.db.dispose()
        tried[kind.__name__] += 1
        if not result.ok:
            found[kind.__name__] += 1
            reasons[result.reason] += 1
            assert result.first_broken_id is not None
    missed = {k: tried[k] - found[k] for k in tried if found[k] < tried[k]}
    print(
        f"\ntampers found: {sum(found.values())}/{sum(tried.values())}, by reason {dict(reasons)}"
    )
    assert len(tried) == len(KINDS) and sum(tried.values()) == TAMPERS
    assert missed == {}


def test_a_tail_cut_while_the_program_runs_is_seen_before_the_next_append(
    services: Services, admin: Actor, handler: Actor
) -> None:
    add_customer(services, handler, "Asiakas")
    path = Anchor(services.db.path)
    before = path.read()
    assert before is not None and before.head_id == audit_rows(services.db.path)[-1]["id"]
    with raw_db(services.db.path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id > ?", (before.head_id - 2,))
    add_customer(services, handler, "Toinen")  # appends: the cut is seen first
    assert services.audit.problem is not None
    assert (services.audit.problem.first_broken_id, services.audit.problem.reason) == (
        before.head_id,
        "truncated",
    )
    # The anchor stays at the last good head, so the next start (and audit verify) says so too.
    assert path.read() == before
    result = services.maintenance.verify_audit(admin)
    assert (result.ok, result.reason) == (False, "truncated")
