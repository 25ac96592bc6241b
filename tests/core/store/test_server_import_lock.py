"""An import's liveness on a server is a lock of the database, seen by every workstation and
ended by the server when the importing process dies."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from l4d_desktop.core.services import Services
from l4d_desktop.core.store.import_lock import ImportLock
from l4d_desktop.core.store.postgres import ServerDatabase

ROOT = Path(__file__).resolve().parents[3]

_HOLD = """
import sys, time
from pathlib import Path
from l4d_desktop.core.store.address import parse_address
from l4d_desktop.core.store.import_lock import ImportLock
from l4d_desktop.core.store.postgres import ServerDatabase
db = ServerDatabase(parse_address(sys.argv[1]), Path(sys.argv[2]))
assert ImportLock(db, 7).acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_another_workstation_sees_the_lock_and_takes_it_once_released(
    server_services: Services, tmp_path: Path
) -> None:
    db = server_services.db
    assert isinstance(db, ServerDatabase)
    other = ServerDatabase(db.address, tmp_path / "other")
    try:
        mine = ImportLock(db, 7)
        assert mine.acquire()
        assert not ImportLock(other, 7).acquire()
        assert ImportLock(other, 8).acquire()  # another import's lock is its own
        mine.release()
        theirs = ImportLock(other, 7)
        assert theirs.acquire()
        theirs.release()
        assert not list(tmp_path.rglob("*.lock"))  # nothing beside any local file
    finally:
        other.dispose()


def test_a_killed_importer_leaves_its_lock_free(server_services: Services, tmp_path: Path) -> None:
    db = server_services.db
    assert isinstance(db, ServerDatabase)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db.address), str(tmp_path / "holder")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not ImportLock(db, 7).acquire()
    finally:
        holder.kill()
        holder.communicate()
    lock = ImportLock(db, 7)
    for _ in range(50):  # the server notices the closed connection at once, or nearly
        if lock.acquire():
            break
        time.sleep(0.1)
    else:
        raise AssertionError("the killed importer's lock was never freed")
    lock.release()
