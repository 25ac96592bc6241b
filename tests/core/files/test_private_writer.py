"""The one file writer: owner-only, whole or not at all, in folders it makes owner-only."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.core.files.private import replacing, write_private
from tests.helpers.files import mode

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@posix_only
def test_a_new_file_and_the_folders_made_for_it_are_owner_only(
    tmp_path: Path, wide_umask: None
) -> None:
    existing = tmp_path / "asiakirjat"
    existing.mkdir(mode=0o755)
    target = existing / "kirjeet" / "2026" / "tietopyynto.pdf"
    write_private(target, b"%PDF-1.7 Maija", make_folders=True)
    assert target.read_bytes() == b"%PDF-1.7 Maija"
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert mode(target.parent.parent) == 0o700
    assert mode(existing) == 0o755  # a folder that was there already is left as it was


@posix_only
def test_an_older_file_readable_by_others_is_replaced_owner_only(
    tmp_path: Path, wide_umask: None
) -> None:
    target = tmp_path / "tietosuojaseloste.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_private(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600


def test_a_failure_leaves_the_old_file_and_no_stray_copy(tmp_path: Path) -> None:
    target = tmp_path / "asiakkaat.csv"
    target.write_bytes(b"the old export")

    def rows() -> list[list[object]]:
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_csv_file(target, ["name"], (row for row in rows()))
    assert target.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["asiakkaat.csv"]


def test_nothing_is_left_when_a_first_write_fails(tmp_path: Path) -> None:
    target = tmp_path / "uusi" / "varmuuskopio.sqlite3"
    with pytest.raises(RuntimeError), replacing(target, make_folders=True) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_two_writers_of_one_file_never_mix(tmp_path: Path) -> None:
    target = tmp_path / "checkpoint.json"
    contents = [bytes([65 + n]) * 200_000 for n in range(4)]
    writers = [threading.Thread(target=write_private, args=(target, c)) for c in contents]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    assert target.read_bytes() in contents
    assert [p.name for p in tmp_path.iterdir()] == ["checkpoint.json"]


def test_a_missing_folder_is_an_error_unless_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "kirjoitusvirhe" / "asiakkaat.csv"
    with pytest.raises(FileNotFoundError):
        write_private(target, b"x")
    assert not target.parent.exists()
