"""Issue 13, points 2 and 4 on the command line: outputs never follow a link nor replace a
special file, an existing file is replaced only with --force, and --db never touches a file
that is not ours."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from tests.cli.conftest import Cli

STRANGER = 65534  # nobody: the other local user who plants links

# Every command that writes a file the user names, as argv with {out} for the file.
WRITERS = {
    "backup": ("backup", "{out}"),
    "customer export": ("customer", "export", "{out}"),
    "request export": ("request", "export", "{out}"),
    "audit export": ("audit", "export", "{out}"),
    "audit checkpoint": ("audit", "checkpoint", "{out}"),
    "register notice": ("register", "notice", "--lang", "fi", "--out", "{out}"),
    "letter calibration": ("letter", "calibration", "--out", "{out}"),
}


def _argv(name: str, out: Path, *extra: str) -> list[str]:
    return [a.format(out=out) for a in WRITERS[name]] + list(extra)


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_planted_link_is_never_followed(
    as_admin: Cli, admin: Actor, tmp_path: Path, name: str, force: bool
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"the victim's own file")
    link = tmp_path / "out" / "tiedosto"
    link.parent.mkdir()
    link.symlink_to(victim)
    if os.geteuid() == 0:
        os.lchown(link, STRANGER, STRANGER)
    result = as_admin(*_argv(name, link, *(["--force"] if force else [])))
    assert result.code == 1
    assert "not a regular file" in result.error_line
    assert victim.read_bytes() == b"the victim's own file"
    assert link.is_symlink() and [p.name for p in link.parent.iterdir()] == ["tiedosto"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_device_is_never_replaced(as_admin: Cli, admin: Actor, name: str) -> None:
    full = Path("/dev/full")
    before = full.lstat()
    result = as_admin(*_argv(name, full, "--force"))
    assert result.code == 1 and "not a regular file" in result.error_line
    after = full.lstat()
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_an_existing_file_is_replaced_only_with_force(
    as_admin: Cli, admin: Actor, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "vanha"
    out.write_bytes(b"older")
    refused = as_admin(*_argv(name, out))
    assert refused.code == 1
    assert refused.error_line.endswith("exists; give --force to replace it; nothing was written")
    assert out.read_bytes() == b"older"
    done = as_admin(*_argv(name, out, "--force"))
    assert done.code == 0, done.err
    assert out.read_bytes() != b"older"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("vanha")] == ["vanha"]


def _another_programs_database(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('karjalanpiirakka')")
    conn.commit()
    conn.close()
    path.chmod(0o644)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_db_never_touches_another_programs_file(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "recipes.db"
    digest = _another_programs_database(other)
    result = cli(
        "--db", str(other), "--user", "x", "--password-stdin", "customer", "list", stdin="x\n"
    )
    assert result.code == 1
    assert "not an L4D database; it was left unchanged" in result.error_line
    assert hashlib.sha256(other.read_bytes()).hexdigest() == digest
    assert stat.S_IMODE(other.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("recipes")] == ["recipes.db"]


def test_db_address_is_refused_with_a_clear_message(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    result = cli("--db", "postgresql://l4d:salasana@palvelin/l4d", "customer", "list")
    assert result.code == 1
    assert "the address must not hold a password" in result.error_line
    assert "salasana" not in result.err
    assert sorted(tmp_path.iterdir()) == before
