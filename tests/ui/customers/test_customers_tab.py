"""The Customers tab on a real database file: key-set paging in Finnish order, exports of the
search or the selection, marketing lists, and the web event import with its report."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.imports.customer_csv import read_customer_file
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.tab import CustomersTab
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.spreadsheet_files import SpreadsheetTarget
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer as add
from tests.helpers.customers import event_lines, write_lines
from tests.helpers.gui import cells, click, column, finish

# 270 people: the first page (200) ends inside the Ä names, so the second page has to continue
# in Finnish order (å, ä, ö after z) from the last row shown.
GROUPS = (("Aalto", 60), ("Zetterberg", 60), ("Åberg", 50), ("Ähtäri", 50), ("Öhman", 50))


@pytest.fixture
def tab(english, qtbot, services: Services, admin: Actor) -> CustomersTab:  # type: ignore[no-untyped-def]
    return make_tab(qtbot, services, admin)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so that Excel reads UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# -- the list ------------------------------------------------------------------------------------


def test_pages_follow_on_by_key_in_finnish_order(
    english, qtbot, services: Services, admin: Actor, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Created in reverse so that neither id nor insertion order gives the right answer.
    for surname, count in reversed(GROUPS):
        for n in range(count):
            add(services, admin, f"{surname} {n:03}")
    calls: list[tuple[int, str | None]] = []
    search = services.customers.search

    def spy(actor, query="", offset=0, limit=200, after=None, order=None):  # type: ignore[no-untyped-def]
        calls.append((offset, None if after is None else after.name))
        return search(actor, query, offset, limit, after, order)

    monkeypatch.setattr(services.customers, "search", spy)
    tab = make_tab(qtbot, services, admin)
    model = tab.model
    assert model.rowCount() == 200
    assert tab.count_label.text().startswith("270 customer")
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 270
    assert not model.canFetchMore(QModelIndex())
    # The second page was asked for after the 200th row, never by an offset.
    assert calls == [(0, None), (0, column(model, 1)[199])]

    surnames = [name.split()[0] for name in column(model, 1)]
    expected = [surname for surname, count in GROUPS for _ in range(count)]
    assert surnames == expected
    assert column(model, 1)[199] == "Ähtäri 029"
    assert len(set(column(model, 0))) == 270, "no row twice, none skipped"


def test_search_as_you_type_pages_by_key_too(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    for n in range(230):
        add(services, admin, f"Pääkkönen {n:03}")
    add(services, admin, "Virtanen Ville")
    tab.search_edit.setText("pääkkö")
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    assert tab.model.rowCount() == 200
    tab.model.fetchMore(QModelIndex())
    assert tab.model.rowCount() == 230
    assert all(name.startswith("Pääkkönen") for name in column(tab.model, 1))
    assert tab.count_label.text().startswith("230 customer")


# -- exports -------------------------------------------------------------------------------------


def test_an_export_of_the_selection_writes_a_csv_that_reads_back(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    add(services, admin, "=HYPERLINK(1) Aino", email="aino@example.fi", business_id="2989855-5")
    add(services, admin, "Bertta Böök", phone="040 765 4321", city="Kirkkonummi")
    add(services, admin, "Cecilia Cederholm")
    tab.refresh()
    selection = tab.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(tab.model.index(0, 0), flags)
    selection.select(tab.model.index(1, 0), flags)
    assert len(tab.selected_records()) == 2

    target = tmp_path / "valitut.csv"
    monkeypatch.setattr(tab, "_save_target", lambda *_a: SpreadsheetTarget(target, "excel"))
    click(qtbot, tab.export_button)
    assert answers[0][0] == "ask"
    assert "2 selected" in answers[0][1] and "restricted" in answers[0][1]
    finish(qtbot, tab.job)
    assert answers[-1][0] == "info" and str(target) in answers[-1][1]

    rows = read_csv(target)
    assert rows[0][:3] == ["Customer number", "Name", "Email"]
    assert [r[1] for r in rows[1:]] == ["'=HYPERLINK(1) Aino", "Bertta Böök"]
    # The customer import reads the file back as it was.
    back = read_customer_file(target.read_bytes())
    assert not back.problems
    assert [r.values["name"] for r in back.rows] == ["=HYPERLINK(1) Aino", "Bertta Böök"]
    assert back.rows[0].values["business_id"] == "2989855-5"
    assert back.rows[1].values["phone"] == "+358407654321"


def test_an_export_of_the_search_and_a_cancelled_export(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Aino Aalto", "Eino Aalto", "Maija Meikäläinen"):
        add(services, admin, name)
    tab.search_edit.setText("aalto")
    tab.refresh()
    target = tmp_path / "haku.csv"
    finish(qtbot, tab.export_to(target))
    assert [r[1] for r in read_csv(target)[1:]] == ["Aino Aalto", "Eino Aalto"]

    monkeypatch.setattr(BackgroundJob, "cancelled", lambda _self: True)
    cancelled = tmp_path / "kesken.csv"
    finish(qtbot, tab.export_to(cancelled))
    assert not cancelled.exists()
    assert answers[-1] == ("info", "The export was cancelled; the unfinished file was removed.")


def test_the_marketing_list_holds_only_people_who_may_be_contacted(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    yes = add(services, admin, "Aino Lupa", email="aino@example.fi")
    objected = add(services, admin, "Eino Kielto", email="eino@example.fi")
    restricted = add(services, admin, "Raili Rajoitettu", email="raili@example.fi")
    add(services, admin, "Niko Eiluvaa", email="niko@example.fi")
    for c in (yes, objected, restricted):
        services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    services.objections.record(admin, objected.id, "direct_marketing", dt.date(2026, 11, 20))
    services.customers.set_restriction(admin, restricted.id, True)

    target = tmp_path / "markkinointi.csv"
    monkeypatch.setattr(tab, "_save_target", lambda *_a: SpreadsheetTarget(target, "excel"))
    click(qtbot, tab.marketing_button)
    dialog = tab.marketing_dialog
    assert dialog is not None
    assert dialog.purpose_combo.itemData(0) == "marketing_email"
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("marketing_email"))
    dialog.accept()
    finish(qtbot, tab.job)
    rows = read_csv(target)
    assert [r[1:3] for r in rows[1:]] == [["Aino Lupa", "aino@example.fi"]]
    assert "Company" not in rows[0]
    assert answers[-1][0] == "info"


def test_a_user_without_the_export_right_gets_no_export(
    english, qtbot, services: Services, admin: Actor, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.users import make_user

    add(services, admin, "Aino Aalto")
    clerk = make_user(services, admin, "tallentaja", "handler", "omenapuu kukkii keväällä aina")
    services.users.set_right(admin, clerk.user_id, "data.export", False)
    clerk = services.auth.login("tallentaja", "omenapuu kukkii keväällä aina")
    tab = make_tab(qtbot, services, clerk)
    tab.show()
    assert not tab.export_button.isVisible() and not tab.marketing_button.isVisible()
    assert tab.new_button.isVisible()
    # The service refuses even if the export were started some other way.
    target = tmp_path / "ei.csv"
    finish(qtbot, tab.export_to(target))
    assert answers[-1][0] == "error" and "right" in answers[-1][1]
    assert not target.exists(), "a refused export leaves no file behind"


# -- imports -------------------------------------------------------------------------------------


def test_importing_web_events_reports_unmatched_and_bad_rows(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    maija = add(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    window = open_window(qtbot, tab, maija.id)
    assert window.technical_page.total == 0
    lines = event_lines("maija@example.fi", 3)
    lines += event_lines("tuntematon@example.com", 1)
    lines.append('{"email": "maija@example.fi", "time": "eilen", "page": "/"}')
    path = write_lines(tmp_path / "sivusto.jsonl", lines)

    finish(qtbot, tab.import_events_from(path))
    report = tab.report
    assert report is not None and report.isVisible()
    summary = report.summary_label.text()
    assert "sivusto.jsonl" in summary
    assert "3 event" in summary
    assert report.unmatched_model.rowCount() == 1
    assert cells(report.unmatched_model, 0) == [
        "4",
        "Email: no customer in the register has this value.",
    ]
    assert report.problem_model.rowCount() == 1
    row, reason = cells(report.problem_model, 0)
    assert row == "5"
    assert reason.startswith("Time: not a valid time")
    assert services.events.count(admin, maija.id) == 3
    assert window.technical_page.total == 3, "an open window shows the new events"
    report.close()


def test_a_cancelled_event_import_saves_nothing(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    maija = add(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    path = write_lines(tmp_path / "sivusto.jsonl", event_lines("maija@example.fi", 20))
    monkeypatch.setattr(BackgroundJob, "cancelled", lambda _self: True)
    finish(qtbot, tab.import_events_from(path))
    assert answers[-1] == ("info", "The import was cancelled; nothing was saved.")
    assert services.events.count(admin, maija.id) == 0
    assert tab.report is None


def test_an_unreadable_event_file_is_explained(
    tab: CustomersTab, qtbot, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    finish(qtbot, tab.import_events_from(tmp_path / "puuttuu.csv"))
    assert answers[-1][0] == "error" and answers[-1][1].startswith("The file cannot be read")
    empty = tmp_path / "tyhja.csv"
    empty.write_bytes(b"")
    finish(qtbot, tab.import_events_from(empty))
    assert answers[-1] == ("error", "The file is empty.")


def test_import_customers_opens_the_import_dialog_on_the_chosen_file(
    tab: CustomersTab, qtbot, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("l4d_desktop.ui.imports.customer_dialog")
    path = tmp_path / "asiakkaat.csv"
    path.write_text("Nimi;Sähköposti\nAino Aalto;aino@example.fi\n", encoding="utf-8")
    tab.import_customers_from(path)
    assert tab.import_dialog is not None
    qtbot.addWidget(tab.import_dialog)
    assert tab.import_dialog.isVisible()
    tab.import_dialog.close()


def test_an_edit_in_a_window_updates_its_row_without_losing_the_place_in_the_list(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    for n in range(230):
        add(services, admin, f"Laine {n:03}")
    tab.refresh()
    tab.model.fetchMore(QModelIndex())
    assert tab.model.rowCount() == 230
    deep = tab.model.record(220)
    window = open_window(qtbot, tab, deep.id)
    window.basic_page.form.city_edit.setText("Inkoo")
    click(qtbot, window.basic_page.save_button)
    assert tab.model.rowCount() == 230, "still scrolled as far as before"
    assert tab.model.record(220).city == "Inkoo"

    # A new name moves the row; the list is read again in order.
    window.basic_page.form.name_edit.setText("Aalto Aino")
    click(qtbot, window.basic_page.save_button)
    assert tab.model.rowCount() == 200
    assert tab.model.record(0).name == "Aalto Aino"
