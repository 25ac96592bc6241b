"""`request data ID DIR [--zip]`: writes the bundle, prints its paths, errors in one line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.disclosure.portability import JSON_FILE, README_FILE
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.conftest import HANDLER_PASSWORD, FakeClock
from tests.core.disclosure.test_subject_data import build_scenario


def test_request_data_writes_a_folder_and_prints_every_file(
    as_admin: Cli, services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    scenario = build_scenario(services, admin, clock)
    result = as_admin("request", "data", str(scenario.portability), str(tmp_path))
    assert result.code == 0, result.err
    paths = [Path(line) for line in result.out.splitlines()]
    folder = tmp_path / f"henkilotiedot-personal-data-{scenario.portability}-2026-11-25"
    assert {p.parent for p in paths} == {folder}
    assert {p.name for p in paths} == {p.name for p in folder.iterdir()}
    assert README_FILE in {p.name for p in paths}
    doc = json.loads((folder / JSON_FILE).read_text(encoding="utf-8"))
    assert doc["customer"]["name"] == "Maija Meikäläinen"


def test_request_data_zip_prints_one_path(
    cli: Cli, services: Services, admin: Actor, handler: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    scenario = build_scenario(services, admin, clock)
    result = cli(
        "--user", "kasittelija", "--password-stdin",
        "request", "data", str(scenario.access), str(tmp_path), "--zip",
        stdin=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path == tmp_path / f"henkilotiedot-personal-data-{scenario.access}-2026-11-25.zip"
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read(JSON_FILE))["request"]["type"] == "access"


def test_request_data_errors_are_one_line(
    as_admin: Cli, services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    scenario = build_scenario(services, admin, clock)
    wrong_type = as_admin("request", "data", str(scenario.other), str(tmp_path))
    assert wrong_type.code == 1
    assert "only access and portability" in wrong_type.error_line
    missing = as_admin("request", "data", str(scenario.access), str(tmp_path / "ei-ole"))
    assert missing.code == 1
    assert "not a folder" in missing.error_line
    assert as_admin("request", "data", str(scenario.access), str(tmp_path)).code == 0
    again = as_admin("request", "data", str(scenario.access), str(tmp_path))
    assert again.code == 1
    assert "already exists" in again.error_line
    usage = as_admin("request", "data", "x", str(tmp_path))
    assert usage.code == 2
