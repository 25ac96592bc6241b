"""Run the command line in-process against the test's database, with its clock and fast hasher."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from tests.helpers.clock import FakeClock
from tests.helpers.users import ADMIN_PASSWORD


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """The one line an error prints; fails the test if there is more (or none)."""
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("error: ")
        assert "Traceback" not in self.err
        return lines[0]


Cli = Callable[..., Result]


@pytest.fixture
def cli(
    db_path: Path,
    db_target: str,
    clock: FakeClock,
    fast_hasher: PasswordHasher,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """`cli(*argv, stdin="…")` runs `l4d --db <test db> *argv` and returns code, stdout, stderr."""
    monkeypatch.setattr(
        "l4d_desktop.cli.runner.open_services",
        partial(open_services, clock=clock, hasher=fast_hasher, **_local(db_path, db_target)),
    )

    def run(*argv: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--db", db_target, *argv])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def _local(db_path: Path, db_target: str) -> dict[str, Path]:
    """On a server, the local folder the store keeps the test's own files in."""
    return {} if db_target == str(db_path) else {"local_folder": db_path.parent}


@pytest.fixture
def as_admin(cli: Cli) -> Cli:
    """`as_admin(*argv, extra="…")`: a command run by the pääkäyttäjä, password on stdin line 1."""

    def run(*argv: str, extra: str = "") -> Result:
        stdin = f"{ADMIN_PASSWORD}\n{extra}"
        return cli("--user", "paakayttaja", "--password-stdin", *argv, stdin=stdin)

    return run
