"""The Customers tab's lists in the three forms the save dialog offers (issue 17, points 1–2 in
the window): CSV, CSV for Finnish Excel and an Excel workbook, read back as an office would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui import spreadsheet_files
from l4d_desktop.ui.customers.tab import CustomersTab
from tests.helpers.customer_windows import make_tab
from tests.helpers.customers import add_customer as add
from tests.helpers.gui import click, finish


@pytest.fixture
def tab(english, qtbot, services: Services, admin: Actor) -> CustomersTab:  # type: ignore[no-untyped-def]
    add(services, admin, "Maija Meikäläinen", email="maija@example.fi", phone="040 123 4567",
        postal_code="00560", city="Helsinki")  # fmt: skip
    add(services, admin, "=HYPERLINK(1) Aino", email="aino@example.fi", phone="+46 8 123 456 78",
        country="SE", postal_code="11122")  # fmt: skip
    return make_tab(qtbot, services, admin)


def dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path, kind: int) -> list[str]:
    """The save dialog answers `path` with the `kind`-th filter chosen; returns the filters it
    offered."""
    offered: list[str] = []

    def get_save_file_name(_parent, _title, _start, filters, _selected):  # type: ignore[no-untyped-def]
        offered.extend(filters.split(";;"))
        return str(path), offered[kind]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return offered


def test_the_export_offers_three_forms_and_writes_a_workbook_with_text_cells(
    tab: CustomersTab, qtbot, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    offered = dialog_answers(monkeypatch, tmp_path / "asiakkaat", kind=2)  # no suffix typed
    click(qtbot, tab.export_button)
    finish(qtbot, tab.job)
    assert offered == [
        "CSV files (*.csv)",
        "CSV for Finnish Excel, semicolons (*.csv)",
        "Excel workbooks (*.xlsx)",
    ]
    target = tmp_path / "asiakkaat.xlsx"
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Customer number", "Name", "Email", "Phone")
    by_name = {r[1]: r for r in rows[1:]}
    maija = by_name["Maija Meikäläinen"]
    assert maija[5] == "00560"  # the leading zero kept: a text cell
    assert maija[3] == "+358401234567"
    assert "=HYPERLINK(1) Aino" in by_name  # stored as text, never a formula
    for cell in next(sheet.iter_cols(min_col=6, max_col=6, min_row=2)):
        assert cell.data_type == "s"
    assert (target.stat().st_mode & 0o077) == 0
    assert answers[-1][0] == "info" and str(target) in answers[-1][1]


def test_csv_for_finnish_excel_is_semicolons_with_phones_as_dialled(
    tab: CustomersTab, qtbot, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "asiakkaat.csv"
    dialog_answers(monkeypatch, target, kind=1)
    click(qtbot, tab.export_button)
    finish(qtbot, tab.job)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:4] == ["Customer number", "Name", "Email", "Phone"]
    phones = {r[1]: r[3] for r in rows[1:]}
    assert phones["Maija Meikäläinen"] == "040 1234567"  # as dialled in Finland, no apostrophe
    assert phones["'=HYPERLINK(1) Aino"] == "08-123 456 78"  # as dialled in her Sweden


def test_the_marketing_list_as_a_workbook(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, answers, tmp_path: Path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    [maija] = [c for c in services.customers.export(admin, "Maija")]
    services.consents.record(admin, maija.id, "marketing_email", True, "web_form")
    monkeypatch.setattr(
        tab, "_save_target",
        lambda *_a: spreadsheet_files.SpreadsheetTarget(tmp_path / "lista.xlsx", "xlsx"),
    )  # fmt: skip
    click(qtbot, tab.marketing_button)
    dialog = tab.marketing_dialog
    assert dialog is not None
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("marketing_email"))
    dialog.accept()
    finish(qtbot, tab.job)
    rows = list(openpyxl.load_workbook(tmp_path / "lista.xlsx").active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["Maija Meikäläinen"]
    assert "Company" not in rows[0]


def test_the_form_follows_the_name_typed(tmp_path: Path) -> None:
    target_for = spreadsheet_files.target_for
    assert target_for(tmp_path / "a.xlsx", "excel-fi").file_format == "xlsx"
    assert target_for(tmp_path / "a.csv", "xlsx").file_format == "excel"
    assert target_for(tmp_path / "a.csv", "excel-fi").file_format == "excel-fi"
    assert target_for(tmp_path / "a.csv").file_format == "excel"
