"""Setting up a register on a server: an owner role that migrates, an application role that
cannot change the schema and may only add to and read the audit log, and the register's keep."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.store.address import ServerAddress
from l4d_desktop.core.store.keep.server import KeepMissing, keep_name
from l4d_desktop.core.store.migrate import upgrade_server
from l4d_desktop.core.store.postgres import ServerDatabase

AUDIT_TABLE = "audit_log"
SCHEMA_TABLE = "alembic_version"


@dataclass(frozen=True)
class ServerRoles:
    """The two roles of one register, named after its database unless told otherwise."""

    owner: str
    application: str

    @classmethod
    def for_database(cls, database: str) -> ServerRoles:
        return cls(owner=f"{database}_owner", application=f"{database}_app")


def _quoted(name: str) -> str:
    # Role names come from a checked address (letters, digits, _ . -), quoted all the same.
    return '"' + name.replace('"', '""') + '"'


def setup_server(
    db: ServerDatabase, roles: ServerRoles, application_password: str | None = None
) -> ServerRoles:
    """Create (or bring up to date) the roles, the schema at head owned by the owner role, and
    the application role's rights. Run again after an upgrade of the program: it migrates and
    grants the new tables. `db` is opened as an administrator (a superuser, or the database's
    owner with CREATEROLE and CREATEDB). The keep (`<DB>_keep`, core/store/keep/server.py) is
    made too, owned by the owner role, the application role only reading and adding to it."""
    owner, app = _quoted(roles.owner), _quoted(roles.application)
    keep_name(db.address.database)  # a name too long for the keep is refused before anything
    try:
        with db.engine.connect() as conn:
            conn.begin()
            for role, login in ((roles.owner, False), (roles.application, True)):
                exists = conn.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}
                ).first()
                if exists is None:
                    conn.exec_driver_sql(
                        f"CREATE ROLE {_quoted(role)} {'LOGIN' if login else 'NOLOGIN'}"
                    )
            if application_password is not None:
                # Sent as a literal the server hashes (SCRAM); never logged by this program.
                quoted = application_password.replace("'", "''")
                conn.exec_driver_sql(f"ALTER ROLE {app} PASSWORD '{quoted}'")
            conn.exec_driver_sql(f"GRANT {owner} TO CURRENT_USER")
            conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}")
            conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {app}")
            conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT pg_checkpoint TO {app}")
            # The search index's operator class (trusted, but creating it needs the database's
            # CREATE right, which the owner role is not given).
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            conn.commit()
        upgrade_server(db, role=roles.owner)
        with db.engine.connect() as conn:
            conn.begin()
            conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
            conn.exec_driver_sql(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}"
            )
            conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}")
            # History is the server's to keep: no workstation may rewrite or remove it.
            conn.exec_driver_sql(f"REVOKE UPDATE, DELETE, TRUNCATE ON {AUDIT_TABLE} FROM {app}")
            conn.exec_driver_sql(
                f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {SCHEMA_TABLE} FROM {app}"
            )
            conn.commit()
    except DBAPIError as exc:
        raise StorageError(
            "db_unavailable", path=db.server, reason=_setup_reason(exc)
        ) from None
    try:
        db.keep.create(owner=roles.owner, application=roles.application)
    except KeepMissing as exc:
        raise StorageError("keep_not_created", path=exc.params["path"]) from None
    return roles


def _setup_reason(exc: DBAPIError) -> str:
    said = str(exc.orig).lower()
    if "permission denied" in said or "must be" in said:
        return "the administrator given has not the rights to create roles and the schema"
    return "setting up the server failed"


def application_address(admin: ServerAddress, roles: ServerRoles) -> ServerAddress:
    """The address the workstations use: the same server and database, the application role."""
    return admin.with_user(roles.application)
