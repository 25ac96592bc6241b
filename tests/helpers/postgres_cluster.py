"""A throwaway PostgreSQL cluster for one test run: private socket folder, no TCP port, no fsync.

Started by the `--engine postgresql` run (tests/conftest.py) and stopped at its end; the
cluster's folder is removed with it, so nothing is left running or lying about.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.address import parse_address
from tests.helpers.database import server_databases

SUPERUSER = "postgres"
PASSWORD_USER = "l4d_password"  # the one role that must give a password
# Settings for speed: a test cluster's data may be lost at a crash, they are thrown away anyway.
_SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    " -c max_connections=200 -c shared_buffers=64MB"
)


_admin_connections: dict[Path, Any] = {}


@dataclass(frozen=True)
class Cluster:
    folder: Path
    socket_dir: Path
    bin_dir: Path

    def address(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def run(self, sql: str) -> None:
        """Run `sql` as the superuser on a connection kept for the run (cheaper than psql)."""
        conn = _admin_connections.get(self.folder)
        if conn is None or conn.closed:
            import psycopg

            conn = psycopg.connect(
                dbname="postgres", user=SUPERUSER, host=str(self.socket_dir), autocommit=True
            )
            _admin_connections[self.folder] = conn
        conn.execute(sql)

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run `sql` as the superuser through the socket; its output, unaligned."""
        done = subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-At",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-U",
                SUPERUSER,
                "-d",
                database,
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout


def find_bin_dir() -> Path | None:
    """The newest installed server's programs (Debian keeps them out of PATH)."""
    root = Path("/usr/lib/postgresql")
    versions = (
        sorted(
            (p for p in root.glob("*/bin") if (p / "initdb").exists()),
            key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        )
        if root.is_dir()
        else []
    )
    if versions:
        return versions[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user() -> list[str]:
    """initdb and the server refuse to run as root: CI runs as root, so they run as `postgres`."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", SUPERUSER, "--"]


@contextmanager
def running_cluster() -> Iterator[Cluster]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (scripts/system-packages.sh installs it)")
    # In memory where there is a tmpfs: a test database is made and dropped per test, and on
    # a disk each drop's unlinks and discards cost more than the test.
    shm = Path("/dev/shm")
    base = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="l4d-pg-", dir=base))
    prefix = _as_server_user()
    if prefix:
        owner = pwd.getpwnam(SUPERUSER)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    socket_dir = folder / "socket"
    data = folder / "data"
    try:
        subprocess.run(
            [
                *prefix,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            check=True,
            capture_output=True,
        )
        # Trust on the private socket, except for the role the password tests log in as.
        (data / "pg_hba.conf").write_text(
            f"local all {PASSWORD_USER} scram-sha-256\nlocal all all trust\n", encoding="utf-8"
        )
        subprocess.run([*prefix, "mkdir", "-m", "0700", str(socket_dir)], check=True)
        subprocess.run(
            [
                *prefix,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-w",
                "-l",
                str(folder / "log"),
                "-o",
                f"{_SERVER_OPTIONS} -c unix_socket_directories='{socket_dir}'",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        try:
            yield Cluster(folder, socket_dir, bin_dir)
        finally:
            admin = _admin_connections.pop(folder, None)
            if admin is not None:
                admin.close()
            subprocess.run(
                [
                    *prefix,
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


TEMPLATE = "l4d_template"
_numbers = itertools.count(1)


def migrated_server_template(cluster: Cluster, folder: Path, hasher: PasswordHasher) -> str:
    """A database at the newest schema (no users) that every test's database is made from."""
    cluster.psql(f"CREATE DATABASE {TEMPLATE}")
    services = open_services(cluster.address(TEMPLATE), hasher=hasher, local_folder=folder)
    try:
        revision = migrate.current_revision(services.db)
    finally:
        services.db.dispose()
    if revision != migrate.head_revision():
        raise RuntimeError(f"the template stopped at {revision}, not at the head")
    # As the SQLite template: the seeded legal bases confirmed (tests/helpers/database.py).
    cluster.psql("UPDATE processing_purposes SET basis_confirmed = true", TEMPLATE)
    return TEMPLATE


def new_server_database(cluster: Cluster, local_folder: Path) -> tuple[str, Path]:
    """A fresh copy of the template: its address and the path the store will name it by."""
    name = f"l4d_test_{next(_numbers)}"
    cluster.run(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
    address = cluster.address(name)
    path = local_folder / parse_address(address).local_name()
    server_databases[path] = address
    return address, path
