"""The command line's frame: --version, usage errors, the GUI branch, errors as one line."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from l4d_desktop import __version__
from l4d_desktop.cli import main
from l4d_desktop.core.customers.service import CustomerService
from tests.cli.conftest import Cli


def test_version_needs_no_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "--version"]) == 0
    assert capsys.readouterr().out == f"l4d {__version__}\n"
    assert not db_path.exists()


def test_a_usage_error_is_one_line_with_exit_2(cli: Cli) -> None:
    result = cli("customer", "add", "--email", "x@example.fi")
    assert result.code == 2
    assert "--name" in result.error_line


def test_a_command_other_than_init_needs_a_user(cli: Cli, admin: object) -> None:
    result = cli("customer", "list")
    assert result.code == 2
    assert "--user" in result.error_line


def test_a_missing_database_is_not_created_by_a_command(cli: Cli, db_path: Path) -> None:
    result = cli("--user", "x", "--password-stdin", "customer", "list", stdin="whatever\n")
    assert result.code == 1
    assert "no database" in result.error_line
    assert not db_path.exists()


def test_without_a_password_on_stdin_and_no_terminal_it_says_how(cli: Cli, admin: object) -> None:
    result = cli("--user", "paakayttaja", "customer", "list")
    assert result.code == 1
    assert "--password-stdin" in result.error_line


def test_an_empty_stdin_is_reported_not_taken_as_a_password(cli: Cli, admin: object) -> None:
    result = cli("--user", "paakayttaja", "--password-stdin", "customer", "list", stdin="")
    assert result.code == 1
    assert "line 1" in result.error_line


def test_no_command_opens_the_gui_on_the_chosen_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []

    def run_gui(db_path: Path) -> int:
        opened.append(db_path)
        return 0

    monkeypatch.setitem(sys.modules, "l4d_desktop.app", types.SimpleNamespace(run_gui=run_gui))
    monkeypatch.setenv("L4D_DB", str(tmp_path / "env.sqlite3"))
    assert main([]) == 0
    # The global options may still be given without a command.
    assert main(["--db", str(tmp_path / "given.sqlite3"), "--user", "x", "--password-stdin"]) == 0
    assert opened == [tmp_path / "env.sqlite3", tmp_path / "given.sqlite3"]


def test_an_unexpected_failure_is_one_line_without_personal_data(
    as_admin: Cli, admin: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("Äijä Öhman <aija@example.fi> could not be saved")

    monkeypatch.setattr(CustomerService, "create", explode)
    result = as_admin("customer", "add", "--name", "Äijä Öhman", "--email", "aija@example.fi")
    assert result.code == 1
    line = result.error_line
    assert "RuntimeError" in line
    assert "Äijä" not in result.err and "aija@" not in result.err


def test_the_command_line_never_loads_qt() -> None:
    code = (
        "import sys\n"
        "import l4d_desktop.cli.runner\n"
        "from l4d_desktop.cli import main\n"
        "assert main(['--version']) == 0\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')\n"
        "       or m.startswith(('l4d_desktop.ui', 'l4d_desktop.app'))]\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
