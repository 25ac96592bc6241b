"""As-you-type customer search on a PostgreSQL server, as a ratio to the same SQL sent directly
with psycopg; and the server's answers against SQLite's for the same register.

The demo register (bench/demo_db.py, cached) is copied onto a throwaway local cluster (the
test suite's: private socket, no TCP port, removed afterwards) with the program's own
`db copy`. For every keystroke of realistic queries, the service's first page and count (as
the Customers tab asks them) are timed against the same two statements written by hand; both
must give the same rows, and the same as the service on the SQLite file. The figures are the
medians over keystrokes of each keystroke's median over the rounds.

    python bench/server_search.py --customers 1000000 --rounds 5 --target 2 --aim-ms 30
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import demo_db
from search import PAGE, ServiceSearch, _like_escape, sample_queries, typed

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

    def keystroke(self, text: str) -> tuple[list[int], int]:
        from l4d_desktop.core.customers.search import search_terms

        terms = search_terms(text)
        where = " AND ".join("search_text LIKE %s ESCAPE '\\'" for _ in terms)
        where = f" WHERE {where}" if terms else ""
        params = [f"%{_like_escape(t)}%" for t in terms]
        rows = self.conn.execute(
            f"SELECT * FROM customers{where} ORDER BY sort_key, id LIMIT {PAGE}", params
        ).fetchall()
        (count,) = self.conn.execute(f"SELECT count(*) FROM customers{where}", params).fetchone()
        return [r[0] for r in rows], int(count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--target", type=float, default=2.0)
    parser.add_argument("--aim-ms", type=float, default=30.0)
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    args = parser.parse_args(argv)

    from l4d_desktop.core.store.migrate import open_database
    from l4d_desktop.core.store.postgres import ServerDatabase
    from l4d_desktop.core.store.server_copy import copy_register
    from tests.helpers.postgres_cluster import running_cluster

    cached = demo_db.cached_db(args.customers, args.cache_dir)
    with tempfile.TemporaryDirectory(prefix="l4d-bench-server-") as tmp, running_cluster() as pg:
        path = demo_db.working_copy(cached, Path(tmp))
        pg.run("CREATE DATABASE l4d_bench")
        address = pg.address("l4d_bench")
        now = dt.datetime.now(dt.UTC)
        source, target = (
            open_database(path, now),
            open_database(address, now, local_folder=Path(tmp)),
        )
        assert isinstance(target, ServerDatabase)
        started = time.perf_counter()
        copy_register(source, target)
        with target.autocommit() as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        print(
            f"copied {args.customers} customers to the server in {time.perf_counter() - started:.1f} s"
        )
        source.dispose()
        target.dispose()
        lite = ServiceSearch(path)
        server = ServiceSearch(address, local_folder=Path(tmp) / "ws")
        direct = DirectServerSql(address)
        try:
            keys = [t for _, q in sample_queries(path) for t in typed(q)]
            for text in keys:  # warm-up, and the answers must agree everywhere
                ours, theirs, file = (
                    server.keystroke(text),
                    direct.keystroke(text),
                    lite.keystroke(text),
                )
                if not ours == theirs == file:
                    print(f"answers differ for {text!r}: {ours[1]} / {theirs[1]} / {file[1]}")
                    return 1
            times: dict[str, list[list[float]]] = {"service": [], "sql": []}
            for text in keys:
                per: dict[str, list[float]] = {"service": [], "sql": []}
                for _ in range(args.rounds):
                    for name, fn in (("service", server.keystroke), ("sql", direct.keystroke)):
                        t0 = time.perf_counter()
                        fn(text)
                        per[name].append(time.perf_counter() - t0)
                for name in per:
                    times[name].append(per[name])
        finally:
            direct.conn.close()
            lite.close()
            server.close()
    service_ms = statistics.median(statistics.median(t) for t in times["service"]) * 1000
    sql_ms = statistics.median(statistics.median(t) for t in times["sql"]) * 1000
    ratio = service_ms / sql_ms
    print(
        f"server search, {args.customers} customers, {len(keys)} keystrokes: service "
        f"{service_ms:.1f} ms, direct SQL {sql_ms:.1f} ms, ratio {ratio:.2f}x "
        f"(target {args.target}x, aim {args.aim_ms} ms); answers equal to SQLite's"
    )
    return 0 if ratio <= args.target and service_ms <= args.aim_ms else 1


if __name__ == "__main__":
    sys.exit(main())
