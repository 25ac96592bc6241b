"""Five workstations on one PostgreSQL register: each office action's 95th percentile under
load, beside the same actions done by one workstation alone in the same run.

The demo register (bench/demo_db.py, 100 000 customers by default) is put on a throwaway local
cluster (the test suite's: private socket, no TCP port, removed afterwards) by
bench/server_register.py. Each workstation is a process of its own with the program's services
on the server, logged in, doing a fixed sequence of mixed office actions drawn from its own
seed: view a customer (audited), edit one (loaded, then saved on that version), add one, search
(a name typed to the end: the first page and the count, as the Customers tab asks), record a
consent. Every action is timed from the call to its answer; an error is counted and fails the
run. First one workstation does its sequence alone (the baseline), then five start together.

    python bench/workstations.py --workstations 5 --actions 200 --limit-ms 150
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import demo_db
from server_register import server_register

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ACTIONS = ("view", "edit", "add", "search", "consent")
# How often each action comes, as in an office day: mostly looking people up.
WEIGHTS = (30, 15, 10, 35, 10)
SURNAMES = ("pääkkönen", "virtanen", "öhman", "mäkelä", "korhonen", "nguyễn", "lindqvist")
PURPOSES = ("marketing_email", "analytics")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def workstation(address: str, folder: str, seed: int, actions: int, customers: int) -> Any:
    """One workstation's run: {action: [seconds…]} and the errors' descriptions."""
    from l4d_desktop.core.customers.fields import CustomerInput
    from l4d_desktop.core.errors import ValidationError
    from l4d_desktop.core.services import open_services

    services = open_services(address, local_folder=Path(folder))
    times: dict[str, list[float]] = {a: [] for a in ACTIONS}
    errors: list[str] = []
    try:
        actor = services.auth.login(demo_db.USERNAME, demo_db.PASSWORD)
        rng = random.Random(seed)
        # Each workstation edits customers of its own, as office staff handle their own cases.
        mine = range(seed * 997 % customers + 1, customers + 1, 37)
        for n in range(actions):
            action = rng.choices(ACTIONS, WEIGHTS)[0]
            customer_id = rng.choice(mine)
            started = time.perf_counter()
            try:
                if action == "view":
                    services.customers.view(actor, customer_id)
                elif action == "edit":
                    record = services.customers.view(actor, customer_id)
                    data = CustomerInput(
                        name=record.name,
                        email=record.email,
                        phone=record.phone,
                        street=f"Työasemankatu {n + 1}",
                        postal_code=record.postal_code,
                        city=record.city,
                        company=record.company,
                        language=record.language,
                    )
                    services.customers.update(actor, customer_id, record.version, data)
                elif action == "add":
                    services.customers.create(
                        actor,
                        CustomerInput(
                            name=f"Työasema{seed} Asiakas{n}",
                            email=f"ws{seed}.n{n}@bench.example",
                            postal_code="00100",
                            city="Helsinki",
                        ),
                    )
                elif action == "search":
                    query = rng.choice(SURNAMES)
                    services.customers.search(actor, query, 0, 200)
                    services.customers.count(actor, query)
                else:  # given or withdrawn, whichever changes the person's consent
                    purpose, given = rng.choice(PURPOSES), rng.random() < 0.5
                    try:
                        services.consents.record(actor, customer_id, purpose, given, "web_form")
                    except ValidationError as exc:
                        if exc.code != "consent_unchanged":
                            raise
                        services.consents.record(actor, customer_id, purpose, not given, "web_form")
            except Exception as exc:  # counted and shown; the run then fails
                errors.append(f"{action}: {type(exc).__name__} {getattr(exc, 'code', '')}")
                continue
            times[action].append(time.perf_counter() - started)
    finally:
        services.db.dispose()
    return times, errors


def run_together(
    count: int, address: str, folder: Path, actions: int, customers: int, first_seed: int
) -> tuple[dict[str, list[float]], list[str], float]:
    """`count` workstations at once: every action's times, the errors, the wall time."""
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    with context.Pool(count) as pool:
        results = pool.starmap(
            workstation,
            [
                (address, str(folder / f"ws{first_seed + i}"), first_seed + i, actions, customers)
                for i in range(count)
            ],
        )
    wall = time.perf_counter() - started
    times: dict[str, list[float]] = {a: [] for a in ACTIONS}
    errors: list[str] = []
    for one_times, one_errors in results:
        for action, values in one_times.items():
            times[action] += values
        errors += one_errors
    return times, errors, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--workstations", type=int, default=5)
    parser.add_argument("--actions", type=int, default=200, help="actions per workstation")
    parser.add_argument("--limit-ms", type=float, default=150.0, help="largest 95th percentile")
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    args = parser.parse_args(argv)

    from tests.helpers.postgres_cluster import running_cluster

    cached = demo_db.cached_db(args.customers, args.cache_dir)
    with tempfile.TemporaryDirectory(prefix="l4d-bench-ws-") as tmp, running_cluster() as pg:
        folder = Path(tmp)
        address = server_register(pg, cached, args.customers, "l4d_bench", folder)
        alone, alone_errors, _ = run_together(1, address, folder, args.actions, args.customers, 0)
        load, errors, wall = run_together(
            args.workstations, address, folder, args.actions, args.customers, 1
        )
    errors += alone_errors
    done = sum(len(v) for v in load.values())
    print(
        f"{args.workstations} workstations x {args.actions} mixed actions on a server register "
        f"of {args.customers} customers: {done} actions in {wall:.1f} s, {len(errors)} errors"
    )
    print(f"  {'action':<10}{'n':>6}{'alone p95':>12}{'median':>10}{'p95':>10}{'x alone':>9}")
    ok = not errors
    for action in ACTIONS:
        if not load[action]:
            continue
        p95 = percentile(load[action], 0.95) * 1000
        alone_p95 = percentile(alone[action], 0.95) * 1000 if alone[action] else float("nan")
        median = statistics.median(load[action]) * 1000
        print(
            f"  {action:<10}{len(load[action]):>6}{alone_p95:>10.1f}ms{median:>8.1f}ms"
            f"{p95:>8.1f}ms{p95 / alone_p95:>8.2f}x"
        )
        ok = ok and p95 < args.limit_ms
    for line in sorted(set(errors)):
        print(f"  ERROR {line} ({errors.count(line)}x)")
    print(
        f"every action's 95th percentile under {args.limit_ms:.0f} ms, no errors: "
        f"{'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
