"""The Requests tab's Export…: the register as its filters show it, for spreadsheets, in the
user's language (issue 17, point 1 for the request register in the window)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QFileDialog

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_customer
from tests.helpers.gui import click, finish
from tests.helpers.requests import register_request


def make_tab(qtbot, services: Services, actor: Actor) -> RequestsTab:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, actor))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def answer_save_dialog(monkeypatch, path: Path, kind: int) -> None:  # type: ignore[no-untyped-def]
    def get_save_file_name(_parent, _title, _start, filters, _selected):  # type: ignore[no-untyped-def]
        return str(path), filters.split(";;")[kind]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)


def test_the_register_as_a_workbook_in_the_users_language(
    english, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    maija = add_customer(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    first = register_request(services, admin, maija.id, "access")
    register_request(services, admin, None, "erasure", identified=False)
    tab = make_tab(qtbot, services, admin)
    assert tab.export_button.isVisible() and tab.export_button.text() == "E&xport…"
    answer_save_dialog(monkeypatch, tmp_path / "rekisteri.xlsx", kind=2)
    click(qtbot, tab.export_button)
    finish(qtbot, tab.register_job)
    assert answers[-1] == (
        "info",
        f"2 requests were written to {tmp_path / 'rekisteri.xlsx'}.",
    )
    sheet = openpyxl.load_workbook(tmp_path / "rekisteri.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Request", "Type", "Status", "Customer number", "Customer")
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id[first.id][1] == "Access (Art. 15)"
    assert by_id[first.id][3] == "10001" and by_id[first.id][4] == "Maija Meikäläinen"
    assert sheet.cell(row=2, column=7).is_date  # Received
    assert (tmp_path / "rekisteri.xlsx").stat().st_mode & 0o077 == 0


def test_the_filters_choose_the_rows_and_finnish_excel_gets_semicolons(
    app_parts, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("fi", remember=False)
    register_request(services, admin, None, "access", identified=False)
    register_request(services, admin, None, "erasure", identified=False)
    tab = make_tab(qtbot, services, admin)
    tab.type_combo.setCurrentIndex(tab.type_combo.findData("erasure"))
    target = tmp_path / "poistot.csv"
    answer_save_dialog(monkeypatch, target, kind=1)
    click(qtbot, tab.export_button)
    finish(qtbot, tab.register_job)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["Pyyntö", "Tyyppi", "Tila"]
    assert len(rows) == 2 and rows[1][1].startswith("Poisto")


def test_a_cancelled_export_leaves_no_file_and_no_right_no_button(
    english, qtbot, services: Services, admin: Actor, reader: Actor, answers, tmp_path: Path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    register_request(services, admin, None, "access", identified=False)
    tab = make_tab(qtbot, services, admin)
    cancelled = BackgroundJob.cancelled
    monkeypatch.setattr(BackgroundJob, "cancelled", lambda _self: True)
    target = tmp_path / "kesken.xlsx"
    finish(qtbot, tab.export_register_to(target))
    assert not target.exists()
    assert answers[-1] == ("info", "The export was cancelled; the unfinished file was removed.")
    # A reader has no data.export: no button, and the service refuses all the same.
    as_reader = make_tab(qtbot, services, reader)
    assert not as_reader.export_button.isVisible()
    refused = tmp_path / "ei.csv"
    monkeypatch.setattr(BackgroundJob, "cancelled", cancelled)
    finish(qtbot, as_reader.export_register_to(refused))
    assert answers[-1][0] == "error" and "right" in answers[-1][1]
    assert not refused.exists()
