"""Erasure on a PostgreSQL server: after the run (one transaction, then VACUUM FULL of the
personal tables and a CHECKPOINT) the server's table and index files hold no byte of the person."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from l4d_desktop.core.services import Services
from tests.core.erasure.erased_person import (
    EMAIL,
    RECTIFIED_NAME,
    found_in,
    identifiers,
    make_person,
)
from tests.helpers.postgres_cluster import Cluster
from tests.helpers.users import ADMIN_PASSWORD


def _table_files(services: Services, cluster: Cluster) -> bytes:
    """Every file of every table, index and TOAST table of the database, as it lies on disk."""
    with services.db.engine.connect() as conn:
        conn.exec_driver_sql("CHECKPOINT")
        paths = [
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT pg_relation_filepath(oid) FROM pg_class"
                    " WHERE relkind IN ('r', 'i', 't') AND pg_relation_filepath(oid) IS NOT NULL"
                )
            )
        ]
        conn.rollback()
    data = cluster.folder / "data"
    blob = bytearray()
    for relative in paths:
        for segment in sorted(data.glob(relative + "*")):
            if segment.name == Path(relative).name or segment.name.startswith(
                Path(relative).name + "."
            ):
                blob += segment.read_bytes()
    return bytes(blob)


def test_an_erased_person_leaves_no_byte_in_the_servers_table_files(
    server_services: Services, any_cluster: Cluster
) -> None:
    services = server_services
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    p = make_person(services, admin, invoices=0)
    before = found_in(_table_files(services, any_cluster), identifiers())
    assert {EMAIL, RECTIFIED_NAME} <= set(before)

    plan = services.erasure.plan(admin, p.erasure_id)
    result = services.erasure.run(admin, p.erasure_id, plan.token)

    assert result.scrub is not None and result.scrub.ok, result.scrub
    assert found_in(_table_files(services, any_cluster), identifiers()) == []
    assert services.customers.search(admin, "zyxw") == []
    assert services.audit.verify().ok
    # Nothing of SQLite was made beside the local name the server's register goes by.
    assert not services.db.path.exists()
