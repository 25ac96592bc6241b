"""Erasure on a PostgreSQL server of one customer with 10 000 web events and 50 invoices, the
vacuum and checkpoint included, as a ratio to a plain delete of the same rows and VACUUM FULL
of the same tables sent directly.

The base is the cached demo register (bench/demo_db.py, 10 000 customers by default) put on a
throwaway local cluster (the test suite's: private socket, no TCP port, removed afterwards) by
bench/server_register.py, with the person of bench/erasure.py added through the services (10
000 web events imported, 50 invoices, consents, an objection, an open erasure request and its
confirmation letter). Every measurement works on a fresh database made from it (CREATE DATABASE
… TEMPLATE), with its own keep made from the base's (the suppression list's key, the erasure
journal) and its own copy of what the computer keeps of it (the audit chain's anchor).

Timed through the service: `ErasureService.run(actor, request_id, token)`: the checks, the plan
made again and compared, one transaction, then VACUUM (FULL, ANALYZE) of every table that can
hold personal data and a CHECKPOINT, its result checked. After every run the server's table and
index files are scanned, as bench/erasure.py scans the file, for the person's email, folded
name (the search text) and IP address: a run that left any of them fails the benchmark
whatever its time.

The baseline, on another fresh database: psycopg deletes the same rows (consent events,
objections, web events, the customer) and cuts the same links (invoices' and requests'
customer_id) in one transaction, commits, then VACUUM FULL of those six tables and a
CHECKPOINT: the least that removes those rows' bytes from the table files. Kinds alternate.

    python bench/server_erasure.py --runs 5 --target 3 --limit-s 2
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import demo_db
from erasure import EMAIL, EVENTS, INVOICES, IP, NAME, add_person, timed_erasure
from server_register import connect, server_register

TOUCHED = ("consent_events", "objections", "web_events", "invoices", "requests", "customers")


def _hasher() -> Any:
    from l4d_desktop.core.security.passwords import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


def _local_files(address: str, folder: Path, into: Path, new_address: str) -> None:
    """What this computer keeps of the base database, as the fresh database's own."""
    from l4d_desktop.core.store.address import parse_address

    old, new = parse_address(address).local_name(), parse_address(new_address).local_name()
    into.mkdir(parents=True)
    for item in folder.iterdir():
        if item.is_file() and item.name.startswith(old):
            shutil.copy2(item, into / (new + item.name[len(old) :]))


def table_files(pg: Any, conn: Any) -> bytes:
    """Every file of every table, index and TOAST table of the connection's database."""
    conn.execute("CHECKPOINT")
    paths = [
        str(r[0])
        for r in conn.execute(
            "SELECT pg_relation_filepath(oid) FROM pg_class"
            " WHERE relkind IN ('r', 'i', 't') AND pg_relation_filepath(oid) IS NOT NULL"
        )
    ]
    blob = bytearray()
    for relative in paths:
        name = Path(relative).name
        for segment in sorted((pg.folder / "data").glob(relative + "*")):
            if segment.name == name or segment.name.startswith(name + "."):
                blob += segment.read_bytes()
    return bytes(blob)


def leftovers(pg: Any, address: str) -> list[str]:
    conn = connect(address)
    try:
        blob = table_files(pg, conn)
    finally:
        conn.close()
    return [t for t in (EMAIL, NAME.casefold(), IP) if t.encode() in blob]


def service_run(address: str, folder: Path, request_id: int) -> tuple[float, float, bool]:
    """(plan seconds, run seconds incl. vacuum and checkpoint, scrub ok)."""
    from l4d_desktop.core.services import open_services

    services = open_services(address, local_folder=folder, hasher=_hasher())
    try:
        return timed_erasure(services, request_id)
    finally:
        services.db.dispose()


def baseline_run(address: str, customer_id: int) -> float:
    conn = connect(address)
    try:
        t0 = time.perf_counter()
        with conn.transaction():
            for table in ("consent_events", "objections", "web_events"):
                conn.execute(f"DELETE FROM {table} WHERE customer_id = %s", (customer_id,))
            for table in ("invoices", "requests"):
                conn.execute(
                    f"UPDATE {table} SET customer_id = NULL WHERE customer_id = %s", (customer_id,)
                )
            conn.execute("DELETE FROM customers WHERE id = %s", (customer_id,))
        for table in TOUCHED:
            conn.execute(f"VACUUM (FULL) {table}")
        conn.execute("CHECKPOINT")
        elapsed = time.perf_counter() - t0
        (left,) = conn.execute(
            "SELECT count(*) FROM web_events WHERE customer_id = %s", (customer_id,)
        ).fetchone()
        assert left == 0
    finally:
        conn.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000, help="demo register size")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each kind")
    parser.add_argument("--target", type=float, default=3.0, help="largest acceptable ratio")
    parser.add_argument("--limit-s", type=float, default=2.0, help="largest acceptable time")
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    args = parser.parse_args(argv)

    from l4d_desktop.core.services import open_services
    from tests.helpers.postgres_cluster import running_cluster

    cached = demo_db.cached_db(args.customers, args.cache_dir)
    runs: list[float] = []
    plans: list[float] = []
    base_runs: list[float] = []
    dirty: list[str] = []
    with tempfile.TemporaryDirectory(prefix="l4d-bench-erasure-") as tmp, running_cluster() as pg:
        work = Path(tmp)
        base_folder = work / "base"
        base = server_register(pg, cached, args.customers, "l4d_base", base_folder)
        services = open_services(base, local_folder=base_folder, hasher=_hasher())
        try:
            actor = services.auth.login(demo_db.USERNAME, demo_db.PASSWORD)
            customer_id, request_id = add_person(services, actor)
        finally:
            services.db.dispose()

        def fresh(name: str) -> tuple[str, Path]:
            pg.run(f"CREATE DATABASE {name} TEMPLATE l4d_base")
            # Its keep (the suppression list's key, the erasure journal) as the base's own.
            pg.run(f"CREATE DATABASE {name}_keep TEMPLATE l4d_base_keep")
            address: str = pg.address(name)
            folder = work / name
            _local_files(base, base_folder, folder, address)
            return address, folder

        def drop(name: str) -> None:
            pg.run(f"DROP DATABASE {name} WITH (FORCE)")
            pg.run(f"DROP DATABASE {name}_keep WITH (FORCE)")

        # Warm-up of each kind (not counted), then the kinds alternate.
        address, folder = fresh("warm_s")
        service_run(address, folder, request_id)
        drop("warm_s")
        address, _ = fresh("warm_b")
        baseline_run(address, customer_id)
        drop("warm_b")
        for n in range(args.runs):
            for kind in ("service", "baseline") if n % 2 == 0 else ("baseline", "service"):
                name = f"{kind}_{n}"
                address, folder = fresh(name)
                if kind == "baseline":
                    base_runs.append(baseline_run(address, customer_id))
                else:
                    plan_s, run_s, ok = service_run(address, folder, request_id)
                    plans.append(plan_s)
                    runs.append(run_s)
                    if not ok:
                        dirty.append(f"run {n}: the vacuum and checkpoint did not complete")
                    dirty += [
                        f"run {n}: {t!r} left in the table files" for t in leftovers(pg, address)
                    ]
                drop(name)

    median = statistics.median
    ratio = median(runs) / median(base_runs)
    print(
        f"server erasure of a customer with {EVENTS} web events and {INVOICES} invoices in a "
        f"register of {args.customers} customers, {args.runs} runs each, medians (fresh "
        "databases):"
    )
    print(f"  {'psycopg delete + VACUUM FULL of 6 tables':<46}{median(base_runs) * 1000:8.1f} ms")
    print(
        f"  {'ErasureService.run incl. vacuum, checkpoint':<46}{median(runs) * 1000:8.1f} ms"
        f"  ratio {ratio:.2f}x"
    )
    print(f"  {'  ErasureService.plan (shown before)':<46}{median(plans) * 1000:8.1f} ms")
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
