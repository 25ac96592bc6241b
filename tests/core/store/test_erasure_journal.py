"""The erasure journal beside the database: owner-only, ids and times only, a line cut short by
a kill passed over, anything else unreadable refused, pending entries settled at start."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.store.erasure_journal import (
    KIND_CONSENT,
    KIND_CUSTOMER,
    KIND_RULE,
    ErasureJournal,
)

AT = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)


def test_entries_keep_their_latest_state_and_only_ids(tmp_path: Path, wide_umask: None) -> None:
    journal = ErasureJournal(tmp_path / "l4d.sqlite3")
    first = journal.begin(KIND_CUSTOMER, "17", AT)
    second = journal.begin(KIND_RULE, "web_events", AT, AT - dt.timedelta(days=426))
    journal.finish([first])
    assert [(e.kind, e.ref, e.state) for e in journal.entries()] == [
        ("customer", "17", "done"),
        ("rule", "web_events", "pending"),
    ]
    assert second > first
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    # Settled at start: a pending rule counts as done, a customer still there as never erased.
    journal.begin(KIND_CUSTOMER, "18", AT)
    assert journal.settle_pending(lambda customer_id: customer_id == 18) == 2
    assert [e.state for e in journal.entries()] == ["done", "done", "void"]
    keys = {k for line in journal.path.read_text().splitlines() for k in json.loads(line)}
    assert keys <= {"seq", "at", "kind", "ref", "cutoff", "state"}


def test_a_torn_last_line_is_passed_over_and_a_broken_one_refused(tmp_path: Path) -> None:
    journal = ErasureJournal(tmp_path / "l4d.sqlite3")
    journal.begin(KIND_CUSTOMER, "3", AT)
    with journal.path.open("a") as fh:
        fh.write('{"seq": 99, "kind": "cust')  # the process died while writing
    assert [e.ref for e in journal.entries()] == ["3"]
    with journal.path.open("a") as fh:
        fh.write('\n{"seq": 5, "state": "done"}\n')
    with pytest.raises(StorageError) as err:
        journal.entries()
    assert err.value.code == "journal_unreadable"


def test_a_link_in_its_place_is_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("")
    journal = ErasureJournal(tmp_path / "l4d.sqlite3")
    journal.path.symlink_to(elsewhere)
    with pytest.raises(StorageError) as err:
        journal.begin(KIND_CUSTOMER, "1", AT)
    assert err.value.code == "journal_unwritable"
    assert elsewhere.read_text() == ""


def test_a_consent_purge_keeps_its_purposes_and_a_pending_one_is_settled_done(
    tmp_path: Path,
) -> None:
    journal = ErasureJournal(tmp_path / "l4d.sqlite3")
    journal.begin(KIND_CONSENT, "17", AT, purposes=("ad_targeting", "analytics"))  # then killed
    line = json.loads(journal.path.read_text(encoding="utf-8").splitlines()[0])
    assert set(line) == {"seq", "at", "kind", "ref", "cutoff", "state", "purposes"}
    assert journal.settle_pending(lambda _customer_id: True) == 1  # purging again is harmless
    (entry,) = journal.entries()
    assert (entry.kind, entry.ref, entry.purposes, entry.state) == (
        "consent", "17", ("ad_targeting", "analytics"), "done",
    )  # fmt: skip
    journal.path.write_text(
        '{"at":"2026-11-24T08:00:00+00:00","cutoff":null,"kind":"consent","purposes":"analytics",'
        '"ref":"17","seq":5,"state":"done"}\n'
    )
    with pytest.raises(StorageError) as err:  # purposes that are not a list: not ours
        journal.entries()
    assert err.value.code == "journal_unreadable"
