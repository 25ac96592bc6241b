"""`make run` installs only what the program needs to run; `make test` adds the test tools and
`make dist` the packager (read from `make -n`, which prints the commands without running them)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TOOLS = ("pytest", "ruff", "mypy", "pyinstaller", "[dev", "[build")


def planned(target: str) -> list[str]:
    """The pip install lines `make TARGET` would run on a fresh checkout."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(
        ["make", "-n", "-B", target], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    return [line for line in out.splitlines() if "pip" in line and " install" in line]


def test_make_run_installs_no_development_tools() -> None:
    lines = planned("run")
    assert any(line.rstrip().endswith("install -e .") for line in lines)
    assert not [line for line in lines if any(tool in line for tool in TOOLS)]


def test_make_test_and_dist_add_their_own_tools() -> None:
    # The suite builds the double-click bundle (tests/frozen), so `make test` adds the packager.
    assert any("'.[dev]'" in line for line in planned("test"))
    assert any("'.[build]'" in line for line in planned("test"))
    assert any("'.[build]'" in line for line in planned("dist"))
