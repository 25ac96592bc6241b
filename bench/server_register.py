"""A benchmark register on the throwaway PostgreSQL cluster: the cached demo register moved
there with the program's own `db copy`, and a larger one's further customers streamed in.

`db copy` writes row by row through the program's models, some 2 000 customers with their
history a second: right for moving an office's register, slow for a million benchmark rows. A
register built from the demo template (bench/large_register.py) is therefore copied as the
template with `db copy`, and its further customers (rows only, no history) follow with
PostgreSQL's COPY; the server's indexes on them are built once at the end, the id sequence and
the customer-number counter continue after them, and the tables are analysed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path
from typing import Any

import demo_db
import large_register

BATCH = 20_000


def server_register(pg: Any, path: Path, customers: int, database: str, folder: Path) -> str:
    """The register of the SQLite file `path` (a cached demo register of `customers`) as the
    database `database` of the cluster `pg`; returns its address."""
    from l4d_desktop.core.store.migrate import open_database
    from l4d_desktop.core.store.postgres import ServerDatabase
    from l4d_desktop.core.store.server_copy import copy_register

    started = time.perf_counter()
    pg.run(f"CREATE DATABASE {database}")
    address: str = pg.address(database)
    large = customers > large_register.TEMPLATE
    # Copies: opening a register (and even reading one) may leave files beside it, and the
    # cached files stay as they were built.
    template = demo_db.cached_db(large_register.TEMPLATE, path.parent) if large else path
    source_path = demo_db.working_copy(template, folder / "source")
    now = dt.datetime.now(dt.UTC)
    source = open_database(source_path, now)
    target = open_database(address, now, local_folder=folder)
    assert isinstance(target, ServerDatabase)
    try:
        copy_register(source, target)
    finally:
        source.dispose()
        target.dispose()
    if large:
        full = demo_db.working_copy(path, folder / "source-full")
        _stream_customers(address, full, large_register.TEMPLATE)
        full.unlink()
    source_path.unlink()
    _analyse(address)
    print(
        f"  {customers} customers on the server in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return address


def connect(address: str) -> Any:
    import psycopg

    from l4d_desktop.core.store.address import parse_address

    url = parse_address(address).sqlalchemy_url()
    return psycopg.connect(
        dbname=url.database, user=url.username, host=url.query["host"], autocommit=True
    )


def _stream_customers(address: str, path: Path, after_id: int) -> None:
    """The customers of `path` past `after_id`, by COPY; the indexes built afterwards."""
    lite = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    conn = connect(address)
    try:
        columns = [r[1] for r in lite.execute("PRAGMA table_info(customers)")]
        booleans = {"restricted", "notes_third_party"}
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'customers'"
            " AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        ).fetchall()
        conn.execute("SET maintenance_work_mem = '256MB'")
        with conn.transaction():
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            rows = lite.execute(
                f"SELECT {', '.join(columns)} FROM customers WHERE id > ? ORDER BY id", (after_id,)
            )
            flags = [i for i, c in enumerate(columns) if c in booleans]
            with conn.cursor().copy(f"COPY customers ({', '.join(columns)}) FROM STDIN") as copy:
                while batch := rows.fetchmany(BATCH):
                    for row in batch:
                        values = list(row)
                        for i in flags:
                            values[i] = bool(values[i])
                        copy.write_row(values)
            for _, sql in indexes:
                conn.execute(sql)
            conn.execute(
                "SELECT setval(pg_get_serial_sequence('customers', 'id'),"
                " (SELECT max(id) FROM customers))"
            )
            (counter,) = lite.execute(
                "SELECT value FROM counters WHERE name = 'customer_number'"
            ).fetchone()
            conn.execute(
                "UPDATE counters SET value = %s WHERE name = 'customer_number'", (counter,)
            )
    finally:
        conn.close()
        lite.close()


def _analyse(address: str) -> None:
    conn = connect(address)
    try:
        conn.execute("VACUUM ANALYZE")
    finally:
        conn.close()
