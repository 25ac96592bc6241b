"""Issue 13, point 3: a backup killed half-way leaves nothing behind after the next start, and
two backups to one destination at once both finish."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from l4d_desktop.core.files.temp import temp_root_for
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from l4d_desktop.core.store.backup import backup_database, verify_backup
from tests.helpers.clock import FakeClock

_CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from l4d_desktop.core.store.database import Database\n"
    "from l4d_desktop.core.store.backup import backup_database\n"
    "backup_database(Database(Path(sys.argv[1])), Path(sys.argv[2]))\n"
)


def _big_register(db_path: Path, clock: FakeClock, hasher: PasswordHasher) -> None:
    open_services(db_path, clock=clock, hasher=hasher).db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE ballast (b BLOB)")
    conn.executemany("INSERT INTO ballast VALUES (?)", [(os.urandom(64 * 1024),)] * 1200)
    conn.commit()
    conn.close()


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_killed_backup_leaves_no_partial_copy_after_the_next_start(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    db_path = tmp_path / "l4d.sqlite3"
    _big_register(db_path, clock, fast_hasher)
    dest_dir = tmp_path / "backups"
    dest_dir.mkdir()
    dest = dest_dir / "varmuuskopio.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    killed_mid_copy = 0
    for _attempt in range(5):
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(db_path), str(dest)], env=env)
        deadline = time.monotonic() + 30
        root = temp_root_for(db_path)
        while time.monotonic() < deadline and child.poll() is None:
            noted = root.is_dir() and any(root.rglob("partial-*"))
            if noted and _partials(dest_dir):
                child.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        child.wait()
        if child.returncode == -signal.SIGKILL and _partials(dest_dir):
            killed_mid_copy += 1
            break
        dest.unlink(missing_ok=True)
    assert killed_mid_copy == 1, "the backup never ran long enough to be killed half-way"
    assert not dest.exists()
    open_services(db_path, clock=clock, hasher=fast_hasher).db.dispose()  # the next start
    assert list(dest_dir.iterdir()) == []
    assert not temp_root_for(db_path).exists()


def test_two_backups_to_one_destination_at_once_both_finish(
    services_db_path: Path | None = None, *, tmp_path: Path, clock: FakeClock,
    fast_hasher: PasswordHasher,
) -> None:  # fmt: skip
    db_path = tmp_path / "l4d.sqlite3"
    services = open_services(db_path, clock=clock, hasher=fast_hasher)
    dest = tmp_path / "out" / "b.sqlite3"
    errors: list[BaseException] = []

    def run() -> None:
        try:
            backup_database(services.db, dest)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    services.db.dispose()
    assert errors == []
    assert verify_backup(dest)
    assert [p.name for p in dest.parent.iterdir()] == ["b.sqlite3"]
