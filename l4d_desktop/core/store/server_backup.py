"""Backups of a register on a server: pg_dump's custom format, owner-only, verified by listing it
with pg_restore; and its restore into an empty database, closed to everyone else meanwhile."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import replacing
from l4d_desktop.core.store.address import ServerAddress
from l4d_desktop.core.store.postgres import ServerDatabase

DUMP_TIMEOUT_S = 3600
# A dump that lists these holds the register (the schema and its history).
_MUST_LIST = ("TABLE DATA public audit_log", "TABLE DATA public customers")


def client_program(name: str) -> str:
    """pg_dump or pg_restore: on PATH, else the newest of Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    root = Path("/usr/lib/postgresql")
    candidates = sorted(
        (p / "bin" / name for p in root.glob("*") if (p / "bin" / name).exists()),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not candidates:
        raise StorageError("backup_failed", reason=f"{name} is not installed")
    return str(candidates[-1])


def _environment(address: ServerAddress, password: str | None) -> dict[str, str]:
    """Where to connect, given to libpq in its environment: a command line is visible to every
    user of the computer, a process's environment only to its owner."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(PGHOST=address.host, PGUSER=address.user, PGDATABASE=address.database)
    if address.port:
        env["PGPORT"] = str(address.port)
    for key, value in address.options:
        if key in ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout"):
            env["PG" + key.upper()] = value
    if password is not None:
        env["PGPASSWORD"] = password
    return env


def _run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            argv, env=env, capture_output=True, text=True, timeout=DUMP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError("backup_failed", reason=type(exc).__name__) from None


def listed_entries(path: Path) -> list[str]:
    """What pg_restore --list reads from a dump: one line per entry; StorageError if it cannot."""
    done = _run([client_program("pg_restore"), "--list", str(path)], dict(os.environ))
    if done.returncode != 0:
        raise StorageError("backup_failed", reason="the dump cannot be read by pg_restore")
    return [line for line in done.stdout.splitlines() if line and not line.startswith(";")]


def backup_server(db: ServerDatabase, dest: Path, *, replace: bool = True) -> Path:
    """A custom-format dump of the register at `dest`, written owner-only through the one file
    writer and verified by listing it before it replaces anything. The register's database
    only: its keep (the suppression key, the erasure journal) is a database of its own and
    never in the dump, as the key file is never in a file register's backup."""
    dest = Path(os.path.abspath(Path(dest).expanduser()))
    env = _environment(db.address, db.password)
    try:
        with replacing(dest, make_folders=True, replace=replace) as partial:
            done = _run(
                [
                    client_program("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--file",
                    str(partial),
                ],
                env,
            )
            if done.returncode != 0:
                # pg_dump's words may quote the address; the server is named instead.
                raise StorageError("backup_failed", reason=f"pg_dump failed on {db.server}")
            listed = "\n".join(listed_entries(partial))
            if not all(entry in listed for entry in _MUST_LIST):
                raise StorageError("backup_failed", reason="the dump lacks the register's tables")
    except OSError as exc:
        raise StorageError("backup_failed", reason=exc.strerror or type(exc).__name__) from None
    return dest


def restore_server(dump: Path, address: ServerAddress, password: str | None = None) -> None:
    """Restore a dump into the empty database at `address` (made beforehand by the server's
    administrator), in one transaction: a failure leaves it empty."""
    listed_entries(dump)
    done = _run(
        [
            client_program("pg_restore"),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--dbname",
            address.database,
            str(dump),
        ],
        _environment(address, password),
    )
    if done.returncode != 0:
        raise StorageError("backup_failed", reason=f"pg_restore failed on {address.server}")


def check_dump(dump: Path) -> None:
    """Refuse anything but a custom-format dump of this program's register."""
    if dump.is_symlink() or not dump.is_file():
        raise StorageError("restore_invalid", reason="not a regular file")
    try:
        listed = "\n".join(listed_entries(dump))
    except StorageError:
        raise StorageError("restore_invalid", reason="not a dump pg_restore can read") from None
    if not all(entry in listed for entry in _MUST_LIST):
        raise StorageError("restore_invalid", reason="not a dump of this program's register")


def dump_time(dump: Path) -> dt.datetime | None:
    """The backup's time: its audit log's last entry (the moment after which nothing is in
    it), read from the dump's audit rows streamed through a pipe; None for an empty log."""
    argv = [client_program("pg_restore"), "--data-only", "--table=audit_log", "--file=-", str(dump)]
    latest = ""
    try:
        with subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        ) as reader:
            assert reader.stdout is not None
            columns: list[str] | None = None
            for line in reader.stdout:
                if columns is None:
                    if line.startswith("COPY ") and "audit_log (" in line:
                        columns = [
                            c.strip() for c in line.split("(", 1)[1].split(")")[0].split(",")
                        ]
                    continue
                if line.startswith("\\."):
                    break
                at = line.rstrip("\n").split("\t")[columns.index("at")]
                latest = max(latest, at)
            reader.stdout.read()
    except (OSError, ValueError, IndexError):
        raise StorageError(
            "restore_invalid", reason="the dump's audit log cannot be read"
        ) from None
    if reader.returncode != 0:
        raise StorageError("restore_invalid", reason="the dump's audit log cannot be read")
    return dt.datetime.fromisoformat(latest) if latest else None


def other_sessions(db: ServerDatabase) -> int:
    """Connections to the database other than this program's own."""
    with db.engine.connect() as conn:
        n = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
        ).scalar()
        conn.rollback()
    return int(n or 0)


@dataclass
class Closure:
    """Set `keep` once the database holds something no workstation may see yet."""

    keep: bool = False


@contextmanager
def closed_to_others(db: ServerDatabase) -> Iterator[Closure]:
    """No one but the restoring administrator may connect to the database while the block
    runs (CONNECT taken from PUBLIC and every role given it). Given back when the block
    succeeds or fails before `keep` was set; kept away when it fails after, so that no
    workstation logs in to a half-made copy."""
    database = db.address.database.replace('"', '""')
    with db.autocommit() as conn:
        grantees = [
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC'"
                    " ELSE quote_ident(r.rolname) END"
                    " FROM pg_database d,"
                    " aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a"
                    " LEFT JOIN pg_roles r ON r.oid = a.grantee"
                    " WHERE d.datname = current_database() AND a.privilege_type = 'CONNECT'"
                    " AND (a.grantee = 0 OR r.rolname <> current_user)"
                )
            )
        ]
        for grantee in grantees:
            conn.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{database}" FROM {grantee}')
    closure = Closure()
    try:
        yield closure
    except BaseException:
        if not closure.keep:
            _grant_connect(db, database, grantees)
        raise
    _grant_connect(db, database, grantees)


def _grant_connect(db: ServerDatabase, database: str, grantees: list[str]) -> None:
    with db.autocommit() as conn:
        for grantee in grantees:
            conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {grantee}')
