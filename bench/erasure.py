"""Erasure of one customer with 10 000 web events and 50 invoices, as a ratio to a plain SQL
delete of the same rows.

The register is the cached demo register (bench/demo_db.py, 10 000 customers by default) with
one more customer added through the services: 10 000 web events imported from a CSV file, 50
invoices, consents, an objection to direct marketing and an open erasure request linked to
them. That file is the base; every measurement works on a fresh copy of it.

Timed through the service: `ErasureService.run(actor, request_id, token)` — the checks, the
plan made again and compared, one transaction that deletes the customer, consents, objections
and web events, keeps the invoices with their keeping time, anonymises the requests, writes the
suppression hashes and the audit entries, and after the commit `PRAGMA wal_checkpoint(TRUNCATE)`
with its result checked. (The plan shown before, `plan()`, is timed and reported on its own.)
After every run the copy's bytes are scanned for the person's email, name and IP address: a
run that left any of them behind fails the benchmark whatever its time.

The baseline, on another fresh copy: the stdlib sqlite3 module deletes the same rows (consent
events, objections, web events, the customer) and cuts the same links (invoices' and requests'
customer_id) in one transaction with plain SQL under the program's own connection settings
(core/db.py CONNECTION_PRAGMAS: enforced foreign keys, secure_delete, full sync), and commits;
no checkpoint. The kinds alternate and the medians are compared.

    make bench                                        # with the other benchmarks
    python bench/erasure.py --runs 7 --target 3 --limit-s 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import demo_db

if TYPE_CHECKING:
    from l4d_desktop.core.services import Services

# The suppression key's file name beside the database (core/customers/suppression.py).
KEY_SUFFIX = ".suppression-key"
EVENTS = 10_000
INVOICES = 50
NAME = "Zyxwä Kanarialintu-Benchmark"
EMAIL = "zyxwa.kanarialintu@bench.example"
IP = "198.51.100.77"


def build_base(cached: Path, target: Path) -> tuple[int, int]:
    """The demo register plus the person; returns (customer id, erasure request id)."""
    from l4d_desktop.core.security.passwords import PasswordHasher
    from l4d_desktop.core.services import open_services

    shutil.copyfile(cached, target)
    target.chmod(0o600)
    hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    services = open_services(target, hasher=hasher)
    try:
        actor = services.auth.login(demo_db.USERNAME, demo_db.PASSWORD)
        customer_id, request_id = add_person(services, actor)
        services.db.checkpoint()
        return customer_id, request_id
    finally:
        services.db.dispose()
        for suffix in ("-wal", "-shm"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                side.unlink()


def add_person(services: Any, actor: Any) -> tuple[int, int]:
    """The person with their history and an open erasure request, through the services;
    returns (customer id, erasure request id)."""
    from l4d_desktop.core.customers.fields import CustomerInput
    from l4d_desktop.core.requests.service import RequestInput

    c = services.customers.create(
        actor,
        CustomerInput(
            name=NAME,
            email=EMAIL,
            phone="040 765 4321",
            street="Kanariankuja 7 B",
            postal_code="00990",
            city="Helsinki",
        ),
    )
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    rows = ["email,time,ip,referrer,page,user_agent"]
    for n in range(EVENTS):
        at = (start + dt.timedelta(minutes=37 * n)).isoformat().replace("+00:00", "Z")
        rows.append(
            f"{EMAIL},{at},{IP},https://www.example.fi/haku?q={n},/tuotteet/{n % 97},"
            "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"
        )
    report = services.events.import_file(actor, ("\n".join(rows) + "\n").encode(), "e.csv")
    assert report.imported == EVENTS, report
    for n in range(INVOICES):
        day = dt.date(2021, 1, 1) + dt.timedelta(days=30 * n)
        services.invoices.add(actor, c.id, f"BENCH-{n}", day, f"{100 + n},50", paid=True)
    services.consents.record(actor, c.id, "marketing_email", True, "web_form")
    services.consents.record(actor, c.id, "analytics", True, "web_form")
    services.objections.record(actor, c.id, "direct_marketing", dt.date(2026, 1, 5))
    request = services.requests.register(
        actor, RequestInput("erasure", dt.date(2026, 1, 7), "email", c.id)
    )
    # The confirmation letter leaves before the erasure runs (not part of the timing).
    services.letters.issue(actor, request.id, "erasure", "fi", "save")
    return c.id, request.id


def fresh_copy(base: Path, folder: Path) -> Path:
    """The base register and, beside it, the key of its suppression list (the list cannot be
    added to without it)."""
    folder.mkdir(parents=True)
    path = folder / "l4d.sqlite3"
    shutil.copyfile(base, path)
    path.chmod(0o600)
    key = base.with_name(base.name + KEY_SUFFIX)
    if key.exists():
        shutil.copyfile(key, path.with_name(path.name + KEY_SUFFIX))
    return path


def leftovers(path: Path) -> list[str]:
    wal = path.with_name(path.name + "-wal")
    blob = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return [t for t in (EMAIL, NAME.casefold(), IP) if t.encode() in blob]


def timed_erasure(services: Services, request_id: int) -> tuple[float, float, bool]:
    """(plan seconds, run seconds incl. the scrub, scrub ok) of the demo request's erasure, as
    the pääkäyttäjä runs it; the same on either engine."""
    actor = services.auth.login(demo_db.USERNAME, demo_db.PASSWORD)
    t0 = time.perf_counter()
    plan = services.erasure.plan(actor, request_id)
    t1 = time.perf_counter()
    result = services.erasure.run(actor, request_id, plan.token)
    t2 = time.perf_counter()
    assert result.deleted["web_events"] == EVENTS, result.deleted
    assert len([k for k in result.kept if k.kind == "invoice"]) == INVOICES
    return t1 - t0, t2 - t1, result.scrub is not None and result.scrub.ok


def service_run(path: Path, request_id: int) -> tuple[float, float, bool]:
    """(plan seconds, run seconds incl. checkpoint, checkpoint ok) on one fresh copy."""
    from l4d_desktop.core.security.passwords import PasswordHasher
    from l4d_desktop.core.services import open_services

    hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    services = open_services(path, hasher=hasher)
    try:
        return timed_erasure(services, request_id)
    finally:
        services.db.dispose()


def baseline_run(path: Path, customer_id: int) -> float:
    from l4d_desktop.core.store.database import CONNECTION_PRAGMAS

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # The connection settings every connection of the program has (enforced references,
        # overwritten deletions, full sync): the same database, not a laxer one.
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in ("consent_events", "objections", "web_events"):
            conn.execute(f"DELETE FROM {table} WHERE customer_id = ?", (customer_id,))
        conn.execute("UPDATE invoices SET customer_id = NULL WHERE customer_id = ?", (customer_id,))
        conn.execute("UPDATE requests SET customer_id = NULL WHERE customer_id = ?", (customer_id,))
        conn.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - t0
        gone = conn.execute(
            "SELECT count(*) FROM web_events WHERE customer_id = ?", (customer_id,)
        ).fetchone()
        assert gone == (0,)
    finally:
        conn.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000, help="demo register size")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each kind")
    parser.add_argument("--target", type=float, default=3.0, help="largest acceptable ratio")
    parser.add_argument("--limit-s", type=float, default=1.0, help="largest acceptable time")
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    args = parser.parse_args(argv)

    cached = demo_db.cached_db(args.customers, args.cache_dir)
    with tempfile.TemporaryDirectory(prefix="l4d-erasure-bench-") as tmp:
        work = Path(tmp)
        base = work / "base.sqlite3"
        customer_id, request_id = build_base(cached, base)
        size_mb = base.stat().st_size / 1e6
        plans: list[float] = []
        runs: list[float] = []
        base_runs: list[float] = []
        dirty: list[str] = []
        # Warm-up of each kind (not counted), then the kinds alternate.
        service_run(fresh_copy(base, work / "warm-s"), request_id)
        baseline_run(fresh_copy(base, work / "warm-b"), customer_id)
        for n in range(args.runs):
            for kind in ("service", "baseline") if n % 2 == 0 else ("baseline", "service"):
                path = fresh_copy(base, work / f"{kind}-{n}")
                if kind == "baseline":
                    base_runs.append(baseline_run(path, customer_id))
                else:
                    plan_s, run_s, ok = service_run(path, request_id)
                    plans.append(plan_s)
                    runs.append(run_s)
                    if not ok:
                        dirty.append(f"run {n}: the checkpoint did not complete")
                    dirty += [f"run {n}: {t!r} left in the file" for t in leftovers(path)]
                shutil.rmtree(path.parent)

    median = statistics.median
    ratio = median(runs) / median(base_runs)
    print(
        f"erasure of a customer with {EVENTS} web events and {INVOICES} invoices in a register "
        f"of {args.customers} customers ({size_mb:.0f} MB), {args.runs} runs each, medians "
        "(fresh copies):"
    )
    print(f"  {'plain sqlite3 delete of the same rows':<44}{median(base_runs) * 1000:8.1f} ms")
    print(
        f"  {'ErasureService.run incl. checkpoint':<44}{median(runs) * 1000:8.1f} ms"
        f"  ratio {ratio:.2f}x"
    )
    print(f"  {'  ErasureService.plan (shown before)':<44}{median(plans) * 1000:8.1f} ms")
    print(f"  run: {', '.join(f'{t * 1000:.0f}' for t in runs)} ms")
    print(f"  baseline: {', '.join(f'{t * 1000:.0f}' for t in base_runs)} ms")
    for line in dirty:
        print(f"  NOT ERASED: {line}")
    verdict = ratio <= args.target and median(runs) < args.limit_s and not dirty
    print(
        f"target < {args.limit_s:.2f} s and <= {args.target:.2f}x, nothing left behind: "
        f"{'PASS' if verdict else 'FAIL'}"
    )
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
