"""Handing a keep what a workstation or a register file kept before: the key file and the journal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from l4d_desktop.core.store.keep.files import (
    FileJournalLines,
    journal_path,
    key_path,
    read_key_file,
)
from l4d_desktop.core.store.keep.server import Keep


def give_journal_lines(keep: Keep, lines: list[bytes]) -> int:
    """Add to `keep` the lines of every entry it does not hold yet (by number), in their order;
    returns how many lines were added. A line that cannot be read is left to the file (the
    journal's own reading names it)."""
    have = {seq for seq, _ in keep.records()}
    missing: list[tuple[int, str]] = []
    for raw in lines:
        try:
            seq = int(json.loads(raw)["seq"])
            record = raw.decode("utf-8")
        except (ValueError, KeyError, TypeError):
            continue
        if seq not in have:
            missing.append((seq, record))
    keep.append_many(missing)
    return len(missing)


def give_key_file(keep: Keep, path: Path, key_fits: Callable[[bytes], bool]) -> bool:
    """Give `keep` the key in the file at `path` when the keep has none and the key is the one
    the register's entries were keyed with; whether it was given."""
    key = read_key_file(path)
    if key is None or not key_fits(key) or keep.read_key() is not None:
        return False
    return keep.give_key(key) == key


def give_files_beside(keep: Keep, local: Path, key_fits: Callable[[bytes], bool]) -> None:
    """The key file and the journal named after `local` (a register file, or a workstation's
    local name of a server register) handed to `keep`."""
    give_key_file(keep, key_path(local), key_fits)
    journal = journal_path(local)
    if journal.is_file() and not journal.is_symlink():
        give_journal_lines(keep, FileJournalLines(journal).lines())
