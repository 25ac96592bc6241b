"""Backups of a register on a server: pg_dump's custom format, owner-only, verified by listing it
with pg_restore; and its restore into an empty database."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

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
    writer and verified by listing it before it replaces anything."""
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
