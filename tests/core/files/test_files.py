"""Owner-only files: the database and its side files, backups, logs and temporary files; what
is found wider is tightened at start and reported; temporary files are removed and swept."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from l4d_desktop.app_log import setup_logging
from l4d_desktop.core.files.private import database_files, secure_files, tighten
from l4d_desktop.core.files.temp import TempFiles, temp_root_for
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.files import mode

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def test_tighten_changes_only_what_others_can_reach(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_text("x")
    f.chmod(0o644)
    d = tmp_path / "d"
    d.mkdir(mode=0o755)
    d.chmod(0o755)
    assert tighten(f) and mode(f) == 0o600
    assert tighten(d) and mode(d) == 0o700
    assert not tighten(f) and not tighten(d)  # already owner-only: nothing to report
    assert not tighten(tmp_path / "missing")
    link = tmp_path / "link"
    link.symlink_to(f)
    f.chmod(0o644)
    assert not tighten(link) and mode(f) == 0o644  # a link is never followed


def test_wider_database_files_and_backups_are_fixed_at_start_and_reported(
    services: Services,
    db_path: Path,
    clock: FakeClock,
    fast_hasher: PasswordHasher,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert services.permissions_fixed == ()
    services.db.dispose()
    backup = db_path.with_name(db_path.name + ".before-0004-20261124T080000.bak")
    backup.write_bytes(b"")
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"")
    for p in (db_path, backup, wal):
        p.chmod(0o644)
    assert set(database_files(db_path)) >= {db_path, wal, backup}

    with caplog.at_level(logging.INFO):
        again = open_services(db_path, clock=clock, hasher=fast_hasher)
    again.db.dispose()
    assert set(again.permissions_fixed) == {db_path.name, wal.name, backup.name}
    assert all(mode(p) == 0o600 for p in (db_path, backup))  # the WAL goes at the close
    lines = [r.getMessage() for r in caplog.records if "owner-only" in r.getMessage()]
    assert len(lines) == 1 and db_path.name in lines[0]
    # File names only: the folder (which may carry the user's name) is not logged.
    assert str(db_path.parent) not in lines[0]
    third = open_services(db_path, clock=clock, hasher=fast_hasher)
    third.db.dispose()
    assert third.permissions_fixed == ()


def test_secure_files_skips_what_cannot_be_changed(tmp_path: Path) -> None:
    assert secure_files([tmp_path / "nothing-here"]) == []


# -- temporary files ---------------------------------------------------------------------------


def test_temporary_files_are_private_and_removed_on_cleanup(
    tmp_path: Path, wide_umask: None
) -> None:
    temp = TempFiles(tmp_path / "l4d.sqlite3.tmp")
    first = temp.new_file(suffix=".pdf")
    second = temp.new_file(suffix=".pdf")
    first.write_bytes(b"%PDF-")
    assert first != second and first.parent == second.parent == temp.folder
    assert mode(first) == mode(second) == 0o600
    assert mode(temp.folder) == mode(temp.root) == 0o700
    temp.cleanup()
    assert not first.exists() and not temp.root.exists()


def test_the_services_own_a_temp_area_next_to_the_database(services: Services) -> None:
    assert services.temp.root == temp_root_for(services.db.path)
    pdf = services.temp.new_file(suffix=".pdf")
    assert pdf.parent.parent == services.db.path.with_name("l4d.sqlite3.tmp")
    services.temp.cleanup()
    assert not services.temp.root.exists()


def test_leftovers_of_a_crashed_run_are_swept_at_the_next_start(
    db_path: Path, clock: FakeClock, fast_hasher: PasswordHasher, tmp_path: Path
) -> None:
    # A child process makes a temp file and dies without cleaning up (os._exit skips atexit).
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from l4d_desktop.core.files.temp import TempFiles\n"
        "t = TempFiles(Path(sys.argv[1]))\n"
        "t.new_file(suffix='.pdf').write_bytes(b'%PDF- crashed')\n"
        "os._exit(1)\n"
    )
    root = temp_root_for(db_path.parent.resolve() / db_path.name)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code, str(root)], check=False)
    leftovers = list(root.rglob("*.pdf"))
    assert len(leftovers) == 1

    # A live instance's folder is kept; the dead one's goes.
    live = TempFiles(root)
    kept = live.new_file(suffix=".pdf")
    svc = open_services(db_path, clock=clock, hasher=fast_hasher)
    svc.db.dispose()
    assert not leftovers[0].exists() and not leftovers[0].parent.exists()
    assert kept.exists()
    live.cleanup()
    assert not root.exists()


def test_temp_files_go_at_normal_exit(tmp_path: Path) -> None:
    root = tmp_path / "x.tmp"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from l4d_desktop.core.files.temp import TempFiles\n"
        "t = TempFiles(Path(sys.argv[1]))\n"
        "print(t.new_file(suffix='.pdf'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(root)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert out.endswith(".pdf") and not Path(out).exists()
    assert not root.exists()


# -- the application log -----------------------------------------------------------------------


def test_log_files_stay_owner_only_across_rollovers(tmp_path: Path, wide_umask: None) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "l4d.log").write_text("")
    (folder / "l4d.log").chmod(0o644)
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    path = setup_logging(folder)
    try:
        assert path is not None
        assert mode(folder) == 0o700 and mode(path) == 0o600
        handler = next(h for h in root.handlers if h not in before)
        handler.doRollover()  # type: ignore[attr-defined]
        logging.getLogger("test").warning("after the rollover")
        assert mode(path) == 0o600
        assert mode(path.with_name("l4d.log.1")) == 0o600
        assert "owner-only at start: logs, l4d.log" in path.with_name("l4d.log.1").read_text()
    finally:
        for h in root.handlers[:]:
            if h not in before:
                h.close()
                root.removeHandler(h)
        root.setLevel(level)
