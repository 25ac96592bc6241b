"""As-you-type customer search on a PostgreSQL server, as a ratio to the same SQL sent directly
with psycopg; and the server's answers against SQLite's for the same register.

The demo register (bench/demo_db.py, cached; a million customers by default) is put on a
throwaway local cluster (the test suite's: private socket, no TCP port, removed afterwards) by
bench/server_register.py. For every keystroke of realistic queries the service's first page
and count (as the Customers tab asks them) are timed against the two statements written by
hand: the same WHERE (search_text LIKE each folded term), ORDER BY and LIMIT. Both must give
the same rows, and the same as the service on the SQLite file; and every statement the service
sends to the customers table is checked to filter with exactly the direct SQL's patterns.

As in bench/search.py, the service keeps what a search matched while nothing is committed; so
that no query profits from an earlier round, a commit from another connection empties that
cache before each query is typed again, and the service is also timed with such a commit
before every keystroke (reported, not judged). Service and SQL alternate keystroke by
keystroke; each keystroke's time is its median over the rounds, the figures are the medians
over keystrokes.

    python bench/server_search.py --customers 1000000 --rounds 5 --target 2 --aim-ms 30
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import demo_db
from search import PAGE, ServiceSearch, _like_escape, sample_queries, typed
from server_register import server_register

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class DirectServerSql:
    """The Customers tab's two queries, written by hand for psycopg."""

    def __init__(self, address: str) -> None:
        import psycopg

        from l4d_desktop.core.store.address import parse_address

        url = parse_address(address).sqlalchemy_url()
        self.conn = psycopg.connect(
            dbname=url.database, user=url.username, host=url.query["host"], autocommit=True
        )
        # The session as the program's connections have it (core/store/postgres.py).
        self.conn.execute("SET plan_cache_mode = force_custom_plan")
        self.conn.execute("CREATE TABLE IF NOT EXISTS bench_tick (n integer)")

    def commit_something(self) -> None:
        """A commit as another user's save would be: the service's kept matches are dropped."""
        self.conn.execute("INSERT INTO bench_tick VALUES (1)")

    @staticmethod
    def patterns(text: str) -> list[str]:
        from l4d_desktop.core.customers.search import search_terms  # the words, as folded

        return [f"%{_like_escape(t)}%" for t in search_terms(text)]

    def keystroke(self, text: str) -> tuple[list[int], int]:
        params = self.patterns(text)
        where = " AND ".join("search_text LIKE %s ESCAPE '\\'" for _ in params)
        where = f" WHERE {where}" if params else ""
        rows = self.conn.execute(
            f"SELECT * FROM customers{where} ORDER BY sort_key, id LIMIT {PAGE}", params
        ).fetchall()
        (count,) = self.conn.execute(f"SELECT count(*) FROM customers{where}", params).fetchone()
        return [r[0] for r in rows], int(count)


def same_filter(server: ServiceSearch, direct: DirectServerSql, text: str) -> bool:
    """Whether every statement the service sends to the customers table for `text` (typed
    first) filters with exactly the direct SQL's LIKE patterns, or reads rows by their ids."""
    direct.commit_something()
    wanted = sorted(direct.patterns(text))
    filtered = 0
    for statement, params in server.statements_of(text):
        if "LIKE" not in statement:
            if "customers.id IN" not in statement:
                return False
            continue
        likes = sorted(str(v) for k, v in dict(params or {}).items() if k.startswith("search"))
        if statement.count("search_text LIKE") != len(wanted) or likes != wanted:
            return False
        filtered += 1
    return filtered > 0 or not wanted


def measure(
    rounds: int, keys: list[str], server: ServiceSearch, direct: DirectServerSql
) -> dict[str, list[float]]:
    """Per keystroke, its median over the rounds in ms: service, SQL, service with nothing kept."""
    firsts = {i for i, text in enumerate(keys) if len(text) == 1}
    times: dict[str, dict[int, list[float]]] = {"service": {}, "sql": {}, "cold": {}}
    for round_ in range(rounds):
        for i, text in enumerate(keys):
            if i in firsts:
                direct.commit_something()
            pair: list[tuple[str, Any]] = [("service", server.keystroke), ("sql", direct.keystroke)]
            if (round_ + i) % 2:
                pair.reverse()
            for name, fn in pair:
                t0 = time.perf_counter()
                fn(text)
                times[name].setdefault(i, []).append(time.perf_counter() - t0)
    for _ in range(rounds):
        for i, text in enumerate(keys):
            direct.commit_something()
            t0 = time.perf_counter()
            server.keystroke(text)
            times["cold"].setdefault(i, []).append(time.perf_counter() - t0)
    return {
        kind: [statistics.median(per[i]) * 1000 for i in range(len(keys))]
        for kind, per in times.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--target", type=float, default=2.0)
    parser.add_argument("--aim-ms", type=float, default=30.0)
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    args = parser.parse_args(argv)

    from tests.helpers.postgres_cluster import running_cluster

    cached = demo_db.cached_db(args.customers, args.cache_dir)
    with tempfile.TemporaryDirectory(prefix="l4d-bench-server-") as tmp, running_cluster() as pg:
        path = demo_db.working_copy(cached, Path(tmp))
        address = server_register(pg, cached, args.customers, "l4d_bench", Path(tmp))
        lite = ServiceSearch(path)
        server = ServiceSearch(address, local_folder=Path(tmp) / "ws")
        direct = DirectServerSql(address)
        try:
            queries = sample_queries(path)
            keys = [t for _, q in queries for t in typed(q)]
            for text in keys:  # warm-up, and the answers must agree everywhere
                if len(text) == 1:
                    direct.commit_something()
                ours, theirs, file = (
                    server.keystroke(text),
                    direct.keystroke(text),
                    lite.keystroke(text),
                )
                if not ours == theirs == file:
                    print(f"answers differ for {text!r}: {ours[1]} / {theirs[1]} / {file[1]}")
                    return 1
            honest = all(same_filter(server, direct, q) for _, q in queries)
            per_key = measure(args.rounds, keys, server, direct)
        finally:
            direct.conn.close()
            lite.close()
            server.close()
    service_ms, sql_ms, cold_ms = (
        statistics.median(per_key[kind]) for kind in ("service", "sql", "cold")
    )
    ratio = service_ms / sql_ms
    print(
        f"server search, {args.customers} customers, {len(keys)} keystrokes x {args.rounds} "
        f"rounds, medians: service {service_ms:.1f} ms, direct SQL {sql_ms:.1f} ms, "
        f"ratio {ratio:.2f}x (target {args.target}x, aim {args.aim_ms} ms); "
        "answers equal to SQLite's"
    )
    print(
        f"  the service with nothing kept between keys {cold_ms:.1f} ms "
        f"(ratio {cold_ms / sql_ms:.2f}x, not the target); slowest key: service "
        f"{max(per_key['service']):.1f} ms, SQL {max(per_key['sql']):.1f} ms"
    )
    print(f"  the service filters with exactly the direct SQL's patterns: {honest}")
    ok = ratio <= args.target and service_ms <= args.aim_ms and honest
    print(f"server search: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
