"""The scrub after an erasure on a server: VACUUM FULL of the tables that hold personal data,
then a CHECKPOINT, so that the table and index files keep no bytes of the person.

A plain DELETE or UPDATE on PostgreSQL leaves the old row versions in the pages, and plain
VACUUM only marks their space free; VACUUM FULL writes each table and its indexes anew and
removes the old files. What it cannot reach (WAL segments until they are recycled, WAL
archives, base backups) is stated in the README's administrator's section.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from l4d_desktop.core.store.postgres import ServerDatabase

# Every table a person's data can be written to (and so left behind in).
PERSONAL_TABLES = (
    "customers",
    "consent_events",
    "objections",
    "suppressions",
    "web_events",
    "invoices",
    "imports",
    "requests",
    "request_pauses",
    "request_field_changes",
    "recipient_notices",
    "letters",
)


def vacuum_personal_tables(db: ServerDatabase) -> bool:
    """True when every table was rewritten and checkpointed; False when this role may not
    (only the tables' owner may VACUUM FULL: the erasure then stays pending until an
    administrator runs `l4d maintenance scrub` with the owner's address)."""
    try:
        with db.autocommit() as conn:
            present = [
                str(r[0])
                for r in conn.execute(
                    text(
                        "SELECT c.relname FROM pg_class c"
                        " WHERE c.relkind = 'r' AND c.relname = ANY(:names)"
                        " AND pg_table_is_visible(c.oid)"
                        " AND pg_has_role(current_user, c.relowner, 'USAGE')"
                    ),
                    {"names": list(PERSONAL_TABLES)},
                )
            ]
            if len(present) != len(PERSONAL_TABLES):
                return False
            for table in PERSONAL_TABLES:
                conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {table}")
            conn.exec_driver_sql("CHECKPOINT")
    except DBAPIError:
        return False
    return True
