"""Issue 13, point 1: the start-up sweep removes only what the program made, never follows a
link, and refuses a temporary folder that is a link or not the user's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from l4d_desktop.core.files.private import UnsafeTarget
from l4d_desktop.core.files.temp import MARKER, TempFiles, temp_root_for
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from tests.helpers.clock import FakeClock
from tests.helpers.files import mode

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX links and owners")
STRANGER = 65534  # nobody: the other local user


def _user_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _start(db_path: Path, clock: FakeClock, hasher: PasswordHasher) -> None:
    open_services(db_path, clock=clock, hasher=hasher).db.dispose()


def test_a_users_own_folder_named_like_the_temp_folder_is_left_alone(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    db_path = tmp_path / "customers"
    own = tmp_path / "customers.tmp"
    (own / "12345-deadbeef").mkdir(parents=True)  # even a name like the program's own
    (own / "12345-deadbeef" / "muistio.txt").write_bytes(b"tarjous")
    (own / "kuvat.txt").write_bytes(b"kuvia")
    own.chmod(0o755)
    _start(db_path, clock, fast_hasher)
    _start(db_path, clock, fast_hasher)
    assert _user_files(own) == {"muistio.txt": b"tarjous", "kuvat.txt": b"kuvia"}
    assert mode(own) == 0o755  # not even tightened: it is not ours
    with pytest.raises(UnsafeTarget):
        _ = TempFiles(own).folder  # and never used either


@posix_only
def test_a_link_planted_as_the_temp_folder_is_not_followed(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    victim = tmp_path / "victim"
    (victim / "999999-0badf00d").mkdir(parents=True)
    (victim / "999999-0badf00d" / "thesis.tex").write_bytes(b"chapter 1")
    (victim / MARKER).write_bytes(b"")  # the planter copies the marker too
    (victim / "notes.txt").write_bytes(b"notes")
    db_path = tmp_path / "db" / "l4d.sqlite3"
    db_path.parent.mkdir()
    link = temp_root_for(db_path)
    link.symlink_to(victim, target_is_directory=True)
    if os.geteuid() == 0:
        os.lchown(link, STRANGER, STRANGER)
    _start(db_path, clock, fast_hasher)
    assert _user_files(victim) == {"thesis.tex": b"chapter 1", MARKER: b"", "notes.txt": b"notes"}
    assert link.is_symlink()
    with pytest.raises(UnsafeTarget):
        _ = TempFiles(link).folder


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="needs root to chown")
def test_a_temp_folder_of_another_user_is_refused(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    db_path = tmp_path / "l4d.sqlite3"
    root = temp_root_for(db_path)
    stale = root / "999999-0badf00d"
    stale.mkdir(parents=True)
    (stale / "their.pdf").write_bytes(b"theirs")
    (root / MARKER).write_bytes(b"")
    for p in (root, stale, stale / "their.pdf", root / MARKER):
        os.chown(p, STRANGER, STRANGER)
    _start(db_path, clock, fast_hasher)
    assert (stale / "their.pdf").read_bytes() == b"theirs"
    with pytest.raises(UnsafeTarget):
        _ = TempFiles(root).folder


@posix_only
def test_links_inside_a_crashed_instances_folder_are_removed_not_followed(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_bytes(b"keep")
    db_path = tmp_path / "l4d.sqlite3"
    root = temp_root_for(db_path)
    # A crashed instance of ours left its folder; a link to the victim's folder was put in it.
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from l4d_desktop.core.files.temp import TempFiles\n"
        "t = TempFiles(Path(sys.argv[1]))\n"
        "(t.folder / 'link').symlink_to(sys.argv[2], target_is_directory=True)\n"
        "(t.folder / 'stray').symlink_to(Path(sys.argv[2]) / 'keep.txt')\n"
        "os._exit(1)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(root), str(victim)], check=False)
    # A link named like an instance folder, pointing at the victim: not a folder of ours.
    (root / "999999-0badf00d").symlink_to(victim, target_is_directory=True)
    _start(db_path, clock, fast_hasher)
    assert _user_files(victim) == {"keep.txt": b"keep"}
    assert sorted(p.name for p in root.iterdir()) == sorted(["999999-0badf00d", MARKER])


def test_the_program_s_own_leftovers_still_go(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    db_path = tmp_path / "l4d.sqlite3"
    root = temp_root_for(db_path)
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from l4d_desktop.core.files.temp import TempFiles\n"
        "TempFiles(Path(sys.argv[1])).new_file(suffix='.pdf').write_bytes(b'%PDF-')\n"
        "os._exit(1)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(root)], check=False)
    assert len(list(root.rglob("*.pdf"))) == 1
    _start(db_path, clock, fast_hasher)
    assert not root.exists()
