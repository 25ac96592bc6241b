"""Hostile arguments on the command line: huge and negative ids, dates at the calendar's ends,
searches of 100 000 characters or 2 000 words, folders given as files, NUL and control
characters, very long names. Each ends in a one-line error or a result, never in a traceback
or an "unexpected failure"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.customers import add_customer, add_maija
from tests.ui.conftest import app_parts  # noqa: F401  (the window's tests need the app's parts)

HUGE = "99999999999999999999"
LONG_TEXT = "ä" * 100_000
MANY_WORDS = " ".join(f"sana{i}" for i in range(2000))
CONSENT = ("--purpose", "marketing_email", "--method", "web_form")


@pytest.fixture(autouse=True)
def register(services: Services, admin: Actor) -> Services:
    """Every test runs against a real register file, its pääkäyttäjä made."""
    return services


def unexpected(result: Result) -> bool:
    """A failure the program did not foresee: a stray exit code, a traceback, its last resort."""
    return (
        result.code not in (0, 1, 2)
        or "Traceback" in result.err
        or "unexpected" in result.err
        or len(result.err.splitlines()) > 1
    )


def corpus(cid: str, folder: Path) -> list[tuple[str, ...]]:
    dates = ("0001-01-01", "9999-12-31", "1899-12-31")
    times = ("0001-01-01T00:00:00+02:00", "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00Z")
    folder_s = str(folder)
    argv: list[tuple[str, ...]] = []
    for noun in ("customer", "request"):
        for bad in (HUGE, str(2**63), "-1", "0", "1e9", "٣" * 5000, "1\x00"):
            argv.append((noun, "show", bad))
    argv += [
        ("customer", "show", str(2**63 - 1)),
        ("request", "list", "--handler", HUGE),
        ("request", "add", "--type", "access", "--channel", "email", "--customer", HUGE),
        ("letter", "render", "--request", HUGE, "--kind", "acknowledgement", "--out", "x.pdf"),
        ("customer", "list", "--search", LONG_TEXT),
        ("customer", "list", "--search", MANY_WORDS),
        ("customer", "list", "--search", "040 " * 25_000),
        ("customer", "list", "--search", "%_\\" * 30_000),
        ("customer", "export", str(folder / "out.csv"), "--search", MANY_WORDS),
        ("customer", "import", folder_s),
        ("events", "import", folder_s),
        ("customer", "export", folder_s),
        ("letter", "calibration", "--out", folder_s),
        ("customer", "add", "--name", "Nul\x00Nimi"),
        ("customer", "add", "--name", "Esc\x1b[31mNimi"),
        ("customer", "add", "--name", "N" * 100_000),
        ("customer", "add", "--name", "Pitkä", "--email", "a" * 100_000 + "@example.fi"),
        ("customer", "add", "--name", "Pitkä", "--city", "\u202e" * 1000),
    ]
    for day in dates:
        argv += [
            ("invoice", "add", "--customer", cid, "--number", f"L{day[:4]}", "--date", day,
             "--amount", "1,00"),
            ("objection", "add", "--customer", cid, "--purpose", "direct_marketing",
             "--received", day),
            ("request", "add", "--type", "access", "--channel", "email", "--received", day),
        ]  # fmt: skip
    for time in times:
        argv += [
            ("consent", "give", "--customer", cid, *CONSENT, "--at", time),
            ("request", "add", "--type", "access", "--channel", "email", "--received-at", time),
        ]
    return argv


def test_no_hostile_argument_is_an_unexpected_failure(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    cid = str(add_maija(services, admin).id)
    cases = corpus(cid, tmp_path)
    failures = []
    for argv in cases:
        result = as_admin(*argv)
        if unexpected(result):
            failures.append((argv[:2], [a[:40] for a in argv[2:]], result.code, result.err[:200]))
    assert failures == []
    assert len(cases) >= 45


@pytest.mark.parametrize("noun", ["customer", "request"])
@pytest.mark.parametrize("bad", [HUGE, str(2**63), "-1", "0"])
def test_an_id_out_of_range_is_a_usage_error_naming_the_argument(
    as_admin: Cli, noun: str, bad: str
) -> None:
    result = as_admin(noun, "show", bad)
    assert result.code == 2
    line = result.error_line
    assert "argument ID" in line
    assert "not an id" in line


def test_the_largest_id_is_looked_up_and_not_found(as_admin: Cli) -> None:
    result = as_admin("customer", "show", str(2**63 - 1))
    assert result.code == 1
    assert "no such record" in result.error_line


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (("invoice", "add", "--number", "L1", "--amount", "1,00", "--date", "0001-01-01"),
         "invoice_date"),
        (("objection", "add", "--purpose", "direct_marketing", "--received", "1899-12-31"),
         "received_on"),
        (("consent", "give", *CONSENT, "--at", "0001-01-01T00:00:00+02:00"), "at"),
    ],
)  # fmt: skip
def test_a_business_date_before_1900_is_refused_naming_its_field(
    as_admin: Cli, services: Services, admin: Actor, argv: tuple[str, ...], field: str
) -> None:
    cid = str(add_maija(services, admin).id)
    result = as_admin(*argv[:2], "--customer", cid, *argv[2:])
    assert result.code == 1
    assert result.error_line == f"error: {field}: the date cannot be before 1900-01-01."


@pytest.mark.parametrize(
    "option", [("--received", "0001-01-01"), ("--received-at", "0001-01-01T00:00:00+02:00")]
)
def test_a_request_received_before_1900_is_refused(as_admin: Cli, option: tuple[str, str]) -> None:
    result = as_admin("request", "add", "--type", "access", "--channel", "email", *option)
    assert result.code == 1
    assert "the date cannot be before 1900-01-01" in result.error_line
    assert option[0].lstrip("-").replace("-", "_") in result.error_line


@pytest.mark.parametrize("date", ["9999-12-31"])
def test_a_business_date_far_ahead_is_refused_as_in_the_future(
    as_admin: Cli, services: Services, admin: Actor, date: str
) -> None:
    cid = str(add_maija(services, admin).id)
    result = as_admin(
        "invoice", "add", "--customer", cid, "--number", "L9", "--amount", "1,00", "--date", date
    )
    assert result.error_line == "error: invoice_date: the date cannot be in the future."


@pytest.mark.parametrize("query", [LONG_TEXT, MANY_WORDS, "maija " * 20_000])
def test_a_huge_search_searches_by_its_beginning(
    as_admin: Cli, services: Services, admin: Actor, query: str
) -> None:
    add_maija(services, admin)
    result = as_admin("customer", "list", "--search", query)
    assert result.code == 0, result.err
    names = [row["name"] for row in json.loads(result.out)]
    assert names == (["Maija Meikäläinen"] if query.startswith("maija") else [])


@pytest.mark.parametrize("noun", ["customer", "events"])
def test_a_folder_given_as_the_file_to_import_is_named(
    as_admin: Cli, tmp_path: Path, noun: str
) -> None:
    result = as_admin(noun, "import", str(tmp_path))
    assert result.code == 1
    line = result.error_line
    assert str(tmp_path) in line
    assert "directory" in line.lower() or "folder" in line.lower()


# -- the same texts pasted into the window ---------------------------------------------------------


def test_a_huge_text_in_the_customer_search_lists_without_an_error(
    english, qtbot, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from l4d_desktop.ui import feedback
    from tests.helpers.customer_windows import make_tab

    shown: list[str] = []
    monkeypatch.setattr(feedback, "show_error", lambda _p, _t, text: shown.append(text))
    add_maija(services, admin)
    tab = make_tab(qtbot, services, admin)
    for n, text in enumerate((LONG_TEXT, MANY_WORDS, "maija " * 20_000)):
        # A commit empties the matches kept from the last keystroke, so the query reaches SQLite.
        add_customer(services, admin, f"Virtanen {n}")
        tab.search_edit.setText(text)  # pasted: typing it a key at a time would take minutes
        qtbot.waitUntil(lambda: not tab._search_timer.isActive())
        expected = 1 if text.startswith("maija") else 0
        assert tab.model.rowCount() == expected
        assert tab.count_label.text().startswith(f"{expected} customer")
    assert shown == []


def test_a_huge_text_in_the_new_requests_customer_search_suggests_without_an_error(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    from l4d_desktop.ui.requests.intake_dialog import RequestDialog

    add_maija(services, admin)
    dialog = RequestDialog(services.requests, services.customers, admin)
    qtbot.addWidget(dialog)
    shown: list[object] = []
    monkeypatch_errors = dialog.errors.show
    dialog.errors.show = lambda exc: (shown.append(exc), monkeypatch_errors(exc))  # type: ignore[method-assign]
    for text in (LONG_TEXT, MANY_WORDS, "maija " * 20_000):
        dialog.customer_search_edit.setText(text)
        dialog._find_customers()
        found = [dialog.customer_combo.itemData(i) for i in range(dialog.customer_combo.count())]
        assert len(found) == (2 if text.startswith("maija") else 1)
    dialog.customer_search_edit.clear()
    dialog.requester_text_edit.setPlainText(
        " ".join(f"x{i}@example.fi 040 {i:07}" for i in range(3000))
    )
    dialog._find_customers()
    assert shown == []
