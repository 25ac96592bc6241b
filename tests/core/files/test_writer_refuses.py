"""Issue 13, point 2: the writer never follows a link, never replaces a special file or a folder,
and replaces an existing file only when asked to."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.core.files.private import UnsafeTarget, ensure_private_dir, write_private
from tests.helpers.files import mode

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX links, nodes and modes")
STRANGER = 65534  # nobody: the other local user who plants links


def _planted_link(link: Path, target: Path) -> None:
    link.symlink_to(target)
    if os.geteuid() == 0:
        os.lchown(link, STRANGER, STRANGER)


@posix_only
@pytest.mark.parametrize("replace", [False, True])
def test_a_link_at_the_final_name_is_refused_and_its_target_kept(
    tmp_path: Path, replace: bool
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"the victim's own file")
    link = tmp_path / "vienti.csv"
    _planted_link(link, victim)
    with pytest.raises(UnsafeTarget) as caught:
        write_private(link, b"Maija Meikalainen", replace=replace)
    assert str(link) == caught.value.filename
    assert victim.read_bytes() == b"the victim's own file"
    assert link.is_symlink() and os.readlink(link) == str(victim)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["victim.txt", "vienti.csv"]


@posix_only
def test_a_dangling_link_is_not_followed_to_create_a_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.csv"
    link = tmp_path / "out.csv"
    _planted_link(link, elsewhere)
    with pytest.raises(UnsafeTarget):
        write_csv_file(link, ["nimi"], [["Maija"]], replace=True)
    assert not elsewhere.exists()


@posix_only
def test_a_fifo_a_folder_and_a_device_are_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, folder, Path("/dev/null")):
        with pytest.raises(UnsafeTarget):
            write_private(target, b"x", replace=True)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir()
    assert stat.S_ISCHR(Path("/dev/null").lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]


@posix_only
def test_dev_full_keeps_its_device_node(tmp_path: Path) -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    before = full.lstat()
    with pytest.raises(UnsafeTarget):
        write_private(full, b"x", replace=True)
    after = full.lstat()
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "seloste.pdf"
    target.write_bytes(b"old")
    with pytest.raises(UnsafeTarget):
        write_private(target, b"new", replace=False)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["seloste.pdf"]  # no temporary copy left
    write_private(target, b"new", replace=True)
    assert target.read_bytes() == b"new"


def test_a_new_file_is_written_without_replace(tmp_path: Path) -> None:
    target = tmp_path / "uusi.pdf"
    write_private(target, b"%PDF", replace=False)
    assert target.read_bytes() == b"%PDF"
    assert [p.name for p in tmp_path.iterdir()] == ["uusi.pdf"]


@posix_only
@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_folders_made_are_0700_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        ensure_private_dir(tmp_path / "a" / "b")
        write_private(tmp_path / "c" / "d" / "f.pdf", b"x", make_folders=True)
    finally:
        os.umask(old)
    for folder in ("a", "a/b", "c", "c/d"):
        assert mode(tmp_path / folder) == 0o700
    assert mode(tmp_path / "c" / "d" / "f.pdf") == 0o600
