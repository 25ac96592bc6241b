"""As-you-type search keeps what a search matched while nothing is committed, and looks among
those rows for the next, narrower keystroke: the pages and counts must be exactly what the
database answers, and any commit — ours, another connection's, another process's — must be
seen at once."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers import service as customers
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.search import RecentMatches, narrows, search_terms
from l4d_desktop.core.services import Services
from tests.helpers.database import raw_db

PAGE = 7


def typed(text: str) -> list[str]:
    return [text[: i + 1] for i in range(len(text))]


def expected(path: Path, query: str, limit: int = PAGE) -> tuple[list[int], int]:
    """The first page and the count straight from SQLite, as the search is defined."""
    terms = search_terms(query)
    escaped = [t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in terms]
    where = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in terms) or "1"
    params = [f"%{t}%" for t in escaped]
    with raw_db(path) as conn:
        ids = conn.execute(
            f"SELECT id FROM customers WHERE {where} ORDER BY sort_key, id LIMIT {limit}", params
        ).fetchall()
        (count,) = conn.execute(f"SELECT count(*) FROM customers WHERE {where}", params).fetchone()
    return [i for (i,) in ids], count


def keystroke(services: Services, actor: Actor, query: str) -> tuple[list[int], int]:
    page = services.customers.search(actor, query, 0, PAGE)
    return [c.id for c in page], services.customers.count(actor, query)


@pytest.fixture
def demo(services: Services, admin: Actor) -> Services:
    services.demo.fill(admin, 400, seed=5)
    return services


@pytest.mark.parametrize(
    "query",
    [
        "pääkkönen",
        "HÄMÄLÄINEN",
        unicodedata.normalize("NFD", "mäkelä"),
        "tiina mäk",
        "anna ok",
        "040 12",
        "10 0",
        "@example.org",
        "_",
        "100%",
    ],
)
@pytest.mark.parametrize("kept", [2000, 5], ids=["all-kept", "few-kept"])
def test_every_keystroke_answers_as_the_database_does(
    demo: Services, admin: Actor, query: str, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With few kept, most searches have too many matches to keep and are counted in two parts.
    monkeypatch.setattr(customers, "MATCH_SET_MAX", kept)
    path = demo.db.path
    for text in typed(query):
        assert keystroke(demo, admin, text) == expected(path, text), text
    # Backspace: wider again, and then the same letters once more.
    for text in reversed(typed(query)):
        assert keystroke(demo, admin, text) == expected(path, text), text
    for text in typed(query):
        assert keystroke(demo, admin, text) == expected(path, text), text


def test_a_save_of_our_own_is_seen_at_once(demo: Services, admin: Actor) -> None:
    path = demo.db.path
    for text in typed("pääk"):
        keystroke(demo, admin, text)
    before = expected(path, "pääk")
    created = demo.customers.create(admin, CustomerInput(name="Aapo Pääkkö"))
    ids, count = keystroke(demo, admin, "pääk")
    assert count == before[1] + 1
    assert (ids, count) == expected(path, "pääk")
    assert created.id in {c.id for c in demo.customers.search(admin, "pääkkö", 0, 1000)}
    # An edit takes the person out of the narrower search, and the count follows.
    demo.customers.update(admin, created.id, created.version, CustomerInput(name="Aapo Aalto"))
    assert keystroke(demo, admin, "pääkk") == expected(path, "pääkk")
    assert created.id not in {c.id for c in demo.customers.search(admin, "pääkk", 0, 1000)}


def test_a_commit_by_another_connection_is_seen_at_once(demo: Services, admin: Actor) -> None:
    path = demo.db.path
    for text in typed("mäke"):
        keystroke(demo, admin, text)
    with raw_db(path) as conn:
        victim = conn.execute(
            "SELECT id FROM customers WHERE search_text LIKE '%mäke%' ORDER BY sort_key LIMIT 1"
        ).fetchone()[0]
        conn.execute("UPDATE customers SET search_text = 'siirretty' WHERE id = ?", (victim,))
    assert keystroke(demo, admin, "mäke") == expected(path, "mäke")
    assert keystroke(demo, admin, "mäkel") == expected(path, "mäkel")
    assert victim not in keystroke(demo, admin, "mäkel")[0]


def test_a_commit_by_another_process_is_seen_at_once(demo: Services, admin: Actor) -> None:
    path = demo.db.path
    for text in typed("virta"):
        keystroke(demo, admin, text)
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        'c.execute("DELETE FROM consent_events"); '
        "c.execute(\"UPDATE customers SET search_text = search_text || ' virtasuo'\"); c.commit()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert keystroke(demo, admin, "virtas") == expected(path, "virtas")
    assert keystroke(demo, admin, "virtas")[1] == 400


def test_upper_case_ascii_in_the_index_matches_as_like_does(demo: Services, admin: Actor) -> None:
    """The register stores the search text case-folded; a row that is not (written by some
    other tool) is still matched as LIKE matches it, kept rows or not."""
    path = demo.db.path
    with raw_db(path) as conn:
        conn.execute("UPDATE customers SET search_text = 'ZORRO ÄÄLIÖ' WHERE id = 7")
    for text in typed("zorro ääliö"):
        assert keystroke(demo, admin, text) == expected(path, text), text
    assert keystroke(demo, admin, "zorro")[1] == 1
    assert keystroke(demo, admin, "ääliö")[1] == 0  # LIKE does not fold Ä


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_no_handle_on_the_file_outlives_dispose(demo: Services, admin: Actor) -> None:
    def handles() -> int:
        fds = Path("/proc/self/fd")
        target = str(demo.db.path)
        count = 0
        for fd in fds.iterdir():
            try:
                count += os.readlink(fd) == target
            except OSError:
                continue
        return count

    keystroke(demo, admin, "pää")
    assert handles() >= 2  # the pool's connection and the version watcher
    demo.db.dispose()
    assert handles() == 0


def test_the_version_watcher_never_creates_a_database(services: Services, tmp_path: Path) -> None:
    services.db.dispose()
    services.db.path.rename(tmp_path / "moved.sqlite3")
    watcher = RecentMatches(services.db)
    assert watcher.version() is None
    assert not services.db.path.exists()


def test_narrows() -> None:
    assert narrows(("pääk",), ("pää",))
    assert narrows(("tiina", "m"), ("tiina",))
    assert narrows(("x",), ())
    assert not narrows(("pää",), ("pääk",))
    assert not narrows(("tiina",), ("tiina", "m"))
