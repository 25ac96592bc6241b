"""As-you-type customer search on 100 000 customers, as a ratio to the same SQL run directly.

Realistic queries are typed one key at a time: a surname letter by letter, an email address,
a phone number as people type it ("040 12"), a customer number. For every keystroke the
benchmark does what the Customers tab does — the first page, `CustomerService.search(actor,
text, 0, 200)`, and the count up to the tab's cap, `CustomerService.count(actor, text,
at_most=MATCH_SET_MAX)` ("more than 2 000 match") — against, on the same database file, the
statements the service itself sends to the customers table for that keystroke with nothing
kept (recorded once, after a commit), sent again as they were with the stdlib sqlite3 module:
the target ratio is against those. Shown beside it, not judged: the tab's two queries written
by hand (the same WHERE, ORDER BY and LIMIT, the count capped the same way; they must return
the same rows and count, keystroke by keystroke). Service and SQL alternate, keystroke by
keystroke, for several rounds after a warm-up; each keystroke's time is its median over the
rounds, and the figures are the medians over all keystrokes.

The service keeps what a search matched while nothing is committed, so that the next, narrower
keystroke looks among those rows only. So that no query profits from an earlier round, a
commit from another connection empties that cache before each query is typed again; and the
service is timed once more with such a commit before every keystroke, for what a keystroke
costs with nothing kept (reported beside the target, not judged). The query plans of the
statements the service sends for a first keystroke are checked to scan the covering index
ix_customers_search.

The demo register is built once and cached (bench/demo_db.py); the run works on a copy.

    make bench                                        # 100 000 customers, target 2x, aim 30 ms
    python bench/search.py --customers 100000 --rounds 7 --target 2 --aim-ms 30
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import demo_db

PAGE = 200
SERVICE_INDEX = "ix_customers_search"


def typed(text: str) -> list[str]:
    """What the search box holds after each key: "pää" → "p", "pä", "pää"."""
    return [text[: i + 1] for i in range(len(text))]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class DirectSql:
    """The Customers tab's two queries, written by hand for the stdlib sqlite3 module."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("CREATE TABLE IF NOT EXISTS bench_tick (n INTEGER)")

    def commit_something(self) -> None:
        """A commit as another user's save would be: the service's kept matches are dropped."""
        self.conn.execute("INSERT INTO bench_tick VALUES (1)")

    def where(self, text: str) -> tuple[str, list[str]]:
        from l4d_desktop.core.customers.search import search_terms  # the query's words, as folded

        terms = search_terms(text)
        if not terms:
            return "", []
        clause = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in terms)
        return f" WHERE {clause}", [f"%{_like_escape(t)}%" for t in terms]

    def keystroke(self, text: str) -> tuple[list[int], int]:
        where, params = self.where(text)
        rows = self.conn.execute(
            f"SELECT * FROM customers{where} ORDER BY sort_key, id LIMIT {PAGE}", params
        ).fetchall()
        (count,) = self.conn.execute(count_sql(where), params).fetchone()
        return [r[0] for r in rows], int(count)


def count_sql(where: str) -> str:
    """The tab's count by hand: a search is counted up to one past the tab's cap."""
    if not where:
        return "SELECT count(*) FROM customers"
    return f"SELECT count(*) FROM (SELECT 1 FROM customers{where} LIMIT {tab_cap() + 1}) AS hits"


def tab_cap() -> int:
    from l4d_desktop.core.customers.search import MATCH_SET_MAX  # the Customers tab's cap

    return MATCH_SET_MAX


def replay(conn: Any, sent: list[tuple[str, Any]]) -> None:
    """The statements the service sent for a keystroke, sent again as they were."""
    for statement, params in sent:
        conn.execute(statement, params).fetchall()


class ServiceSearch:
    """The Customers tab's two calls, through the services as the tab makes them."""

    def __init__(self, path: Path | str, **options: Any) -> None:
        from sqlalchemy import event

        from l4d_desktop.core.services import open_services

        self.services = open_services(path, **options)
        self.actor = self.services.auth.login(demo_db.USERNAME, demo_db.PASSWORD)
        self.statements: list[tuple[str, Any]] = []
        self.recording = False

        def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            if self.recording:
                self.statements.append((statement, params))

        event.listen(self.services.db.engine, "before_cursor_execute", record)

    def keystroke(self, text: str) -> tuple[list[int], int]:
        page = self.services.customers.search(self.actor, text, 0, PAGE)
        cap = tab_cap() if text.strip() else None  # as the Customers tab counts
        count = self.services.customers.count(self.actor, text, at_most=cap)
        return [c.id for c in page], count

    def statements_of(self, text: str) -> list[tuple[str, Any]]:
        self.statements, self.recording = [], True
        try:
            self.keystroke(text)
        finally:
            self.recording = False
        return [(s, p) for s, p in self.statements if "FROM customers" in s]

    def close(self) -> None:
        self.services.db.dispose()


def timed(fn: Callable[[str], tuple[list[int], int]], text: str) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn(text)
    return time.perf_counter() - started, result


def query_plans(service: ServiceSearch, direct: DirectSql, text: str) -> list[tuple[str, str]]:
    """(statement, plan) of each statement the service sends for `text` typed first."""
    direct.commit_something()
    out: list[tuple[str, str]] = []
    for statement, params in service.statements_of(text):
        plan = direct.conn.execute(f"EXPLAIN QUERY PLAN {statement}", params).fetchall()
        out.append((" ".join(statement.split()), "; ".join(str(row[-1]) for row in plan)))
    return out


def sample_queries(path: Path) -> list[tuple[str, str]]:
    """Typed queries, with values taken from the register itself (a customer in the middle)."""
    with sqlite3.connect(path) as conn:
        total = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        number, email = conn.execute(
            "SELECT customer_number, email FROM customers WHERE email != '' AND id >= ? "
            "ORDER BY id LIMIT 1",
            (total // 2,),
        ).fetchone()
    local = email.split("@")[0]
    return [
        ("surname, letter by letter", "pääkkönen"),
        ("surname with Ö, in capitals", "ÖHMAN"),
        ("first name and surname", "tiina mäk"),
        ("email address", local + "@"),
        ("phone as typed", "040 12"),
        ("customer number", number),
    ]


def _person_at(conn: sqlite3.Connection, fraction: float) -> tuple[str, ...]:
    """Name, email, phone, postal code and city of the customer `fraction` along the list."""
    where = "email != '' AND phone LIKE '+358%' AND city != '' AND postal_code != ''"
    (total,) = conn.execute(f"SELECT count(*) FROM customers WHERE {where}").fetchone()
    row: tuple[str, ...] = conn.execute(
        f"SELECT name, email, phone, postal_code, city FROM customers WHERE {where} "
        "ORDER BY sort_key, id LIMIT 1 OFFSET ?",
        (int(total * fraction),),
    ).fetchone()
    return row


def office_queries(path: Path) -> list[tuple[str, str, str]]:
    """(kind, label, text) of every kind of text the office types, with values taken from the
    register: the sample queries, and for people a third and most of the way along the list
    (a first name late in the alphabet sorts late: its matches are far along the order index)
    the first name and surname, the email whole and in part, the phone as a national number
    and as an international one, the postal code and the city."""
    kinds = ["name", "name", "first last", "email", "phone", "number"]
    out = [(k, label, q) for k, (label, q) in zip(kinds, sample_queries(path), strict=True)]
    with sqlite3.connect(path) as conn:
        early, late = _person_at(conn, 0.35), _person_at(conn, 0.85)
    name, email, phone, postal_code, city = late
    first, _, last = name.partition(" ")
    national = "0" + phone[4:]  # +358401665102 → 0401665102, typed "040 166 5102"
    out += [
        ("first last", "late first name and surname", f"{first} {last[:4]}"),
        ("email", "whole email, late in the list", email),
        ("email", "part of an email", early[1][: len(early[1]) // 2]),
        ("phone", "national phone as typed", f"{national[:3]} {national[3:6]} {national[6:]}"),
        ("phone", "international phone", f"+358 {phone[4:6]} {phone[6:9]} {phone[9:]}"),
        ("postal code", "postal code", postal_code),
        ("city", "city", city),
        ("city", "city of the earlier person", early[4]),
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7, help="measured rounds per keystroke")
    parser.add_argument("--target", type=float, default=2.0, help="largest acceptable ratio")
    parser.add_argument("--aim-ms", type=float, default=30.0, help="aimed-at absolute median")
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    parser.add_argument("--rebuild", action="store_true", help="build the demo register anew")
    args = parser.parse_args(argv)

    cached = demo_db.cached_db(args.customers, args.cache_dir, rebuild=args.rebuild)
    with tempfile.TemporaryDirectory(prefix="l4d-bench-search-") as tmp:
        path = demo_db.working_copy(cached, Path(tmp))
        service = ServiceSearch(path)
        direct = DirectSql(path)
        try:
            return run(args, path, service, direct)
        finally:
            direct.conn.close()
            service.close()


def run(args: argparse.Namespace, path: Path, service: ServiceSearch, direct: DirectSql) -> int:
    every = office_queries(path)
    queries = [(label, query) for _, label, query in every]
    keystrokes = [(label, text) for label, query in queries for text in typed(query)]
    first_keys = {i for i, (_, text) in enumerate(keystrokes) if len(text) == 1}
    # Warm-up: file cache, statement caches; and both sides must answer alike.
    for i, (_, text) in enumerate(keystrokes):
        if i in first_keys:
            direct.commit_something()
        ours, theirs = service.keystroke(text), direct.keystroke(text)
        if ours != theirs:
            print(f"service and SQL disagree for {text!r}: {ours[1]} vs {theirs[1]} matches")
            return 1
    sent = []  # each keystroke's statements with nothing kept (a commit just before)
    for _, text in keystrokes:
        direct.commit_something()
        sent.append(service.statements_of(text))
    times: dict[str, dict[int, list[float]]] = {"service": {}, "same": {}, "sql": {}, "cold": {}}
    for round_ in range(args.rounds):
        for i, (_, text) in enumerate(keystrokes):
            if i in first_keys:
                direct.commit_something()
            kinds: list[tuple[str, Callable[[Any], Any], Any]] = [
                ("service", service.keystroke, text),
                ("same", partial(replay, direct.conn), sent[i]),
                ("sql", direct.keystroke, text),
            ]
            if (round_ + i) % 2:
                kinds.reverse()
            for kind, fn, arg in kinds:
                started = time.perf_counter()
                fn(arg)
                times[kind].setdefault(i, []).append(time.perf_counter() - started)
    # The same keystrokes with nothing kept from the one before (a commit before each): what
    # a keystroke costs when it cannot look among the previous one's matches.
    for round_ in range(args.rounds):
        for i, (_, text) in enumerate(keystrokes):
            direct.commit_something()
            seconds, ours = timed(service.keystroke, text)
            if round_ == 0 and ours != direct.keystroke(text):
                print(f"service (nothing kept) and SQL disagree for {text!r}")
                return 1
            times["cold"].setdefault(i, []).append(seconds)
    per_key = {
        kind: [statistics.median(times[kind][i]) * 1000 for i in range(len(keystrokes))]
        for kind in times
    }

    print(
        f"as-you-type search on {args.customers} customers: first page ({PAGE}) + count per "
        f"keystroke, {len(keystrokes)} keystrokes x {args.rounds} rounds, medians:"
    )
    start = 0
    for label, query in queries:
        n = len(query)
        svc = statistics.median(per_key["service"][start : start + n])
        same = statistics.median(per_key["same"][start : start + n])
        worst = max(per_key["service"][start : start + n])
        shown = f'"{query}"'
        print(
            f"  {label:<30}{shown[:40]:<42} service {svc:6.1f} ms  its SQL {same:6.1f} ms  "
            f"(slowest key {worst:.1f} ms)"
        )
        start += n
    kind_of = [kind for kind, _, query in every for _ in query]
    for kind in dict.fromkeys(kind_of):
        at = [i for i, k in enumerate(kind_of) if k == kind]
        svc, cold = (statistics.median(per_key[k][i] for i in at) for k in ("service", "cold"))
        worst = max(per_key["service"][i] for i in at)
        print(f"  kind {kind:<12} {len(at):3} keys  service {svc:6.1f} ms  "
              f"(slowest {worst:6.1f} ms, nothing kept {cold:6.1f} ms)")  # fmt: skip
    svc_all = statistics.median(per_key["service"])
    same_all = statistics.median(per_key["same"])
    sql_all = statistics.median(per_key["sql"])
    cold_all = statistics.median(per_key["cold"])
    ratio = svc_all / same_all
    print(f"  {'CustomerService.search + capped count, typing':<50} {svc_all:8.1f} ms")
    print(f"  {'its statements (nothing kept) through sqlite3':<50} {same_all:8.1f} ms")
    print(
        f"  {'the tab queries written by hand':<50} {sql_all:8.1f} ms"
        f"  (ratio {svc_all / sql_all:.2f}x, not the target)"
    )
    print(
        f"  {'the service with nothing kept between keys':<50} {cold_all:8.1f} ms"
        f"  (ratio {cold_all / same_all:.2f}x its statements, not the target)"
    )

    slowest = sorted(range(len(keystrokes)), key=lambda i: -per_key["service"][i])[:5]
    print("  slowest keystrokes: " + ", ".join(
        f'"{keystrokes[i][1]}" {per_key["service"][i]:.1f} ms' for i in slowest))  # fmt: skip
    plan_ok = True
    for text in (queries[0][1][:1], queries[0][1]):
        plans = query_plans(service, direct, text)
        print(f'query plans of the statements the service sends for "{text}" typed first:')
        for statement, plan in plans:
            print(f"  {plan:<58} <- {statement[:100]}")
        searches = [p for s, p in plans if "search_text LIKE" in s]
        plan_ok = plan_ok and all(f"COVERING INDEX {SERVICE_INDEX}" in p for p in searches)
    print(f"every search of the index scans the covering index {SERVICE_INDEX}: {plan_ok}")

    ratio_ok = ratio <= args.target
    aim_ok = svc_all < args.aim_ms
    print(f"ratio service / its statements {ratio:.2f}x, target <= {args.target:.2f}x: "
          f"{'PASS' if ratio_ok else 'FAIL'}")  # fmt: skip
    print(f"absolute median {svc_all:.1f} ms, aim < {args.aim_ms:.0f} ms on this machine: "
          f"{'PASS' if aim_ok else 'FAIL'}")  # fmt: skip
    return 0 if ratio_ok and plan_ok and aim_ok else 1


if __name__ == "__main__":
    sys.exit(main())
