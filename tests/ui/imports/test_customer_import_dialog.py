"""The customer import dialog on a real SQLite file: the report comes before any write, the
import runs with progress, all-or-nothing refuses a file with errors, and a cancel half-way
leaves the customers table as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import BusinessRuleError, FileFormatError, PermissionDenied
from l4d_desktop.core.imports.customers import ImportCancelled, ImportPlan, ImportResult
from l4d_desktop.core.services import Services
from l4d_desktop.ui.imports.customer_dialog import CustomerImportDialog
from l4d_desktop.ui.language import LanguageSwitcher

WAIT_MS = 30_000

FILE = (
    "Nimi;Sähköposti;Puhelin;Postinumero;Markkinointilupa;Lempiväri\r\n"
    "Äijä Öhman;aija@esimerkki.fi;040 123 4567;02520;kyllä;sininen\r\n"
    "Väärä Rivi;ei-osoite;040 765 4321;123;ei;punainen\r\n"
    "Maija Uusi;MAIJA@example.fi;;;kyllä;\r\n"
    "Estetty Henkilö;estetty@esimerkki.fi;;;kyllä;\r\n"
)


def customers(services: Services) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(services.db.path)
    try:
        return conn.execute("SELECT * FROM customers ORDER BY id").fetchall()
    finally:
        conn.close()


def cell(dialog: CustomerImportDialog, table: str, row: int, column: int) -> str:
    model = dialog.problem_model if table == "problems" else dialog.duplicate_model
    return str(model.data(model.index(row, column)))


@pytest.fixture
def register(services: Services, admin: Actor) -> Services:
    """Maija is in the register; the person behind estetty@… objected and was erased."""
    services.customers.create(admin, CustomerInput(name="Maija M.", email="maija@example.fi"))
    gone = services.customers.create(
        admin, CustomerInput(name="Poistettu", email="estetty@esimerkki.fi")
    )
    services.objections.record(admin, gone.id, "direct_marketing", dt.date(2026, 11, 20))
    conn = sqlite3.connect(services.db.path)
    conn.execute("DELETE FROM customers WHERE id = ?", (gone.id,))
    conn.commit()
    conn.close()
    return services


def open_dialog(
    qtbot: QtBot, services: Services, actor: Actor, source: Path | bytes
) -> CustomerImportDialog:
    dialog = CustomerImportDialog(services.imports, actor, source)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=WAIT_MS):
        dialog.show()
    return dialog


def test_the_report_is_shown_before_anything_is_written(
    qtbot: QtBot, app_parts: Any, register: Services, admin: Actor, tmp_path: Path
) -> None:
    before = customers(register)
    path = tmp_path / "asiakkaat.csv"
    path.write_bytes(FILE.encode("cp1252"))
    dialog = open_dialog(qtbot, register, admin, path)
    assert isinstance(dialog.plan, ImportPlan)
    assert customers(register) == before
    assert dialog.file_label.text() == "File: asiakkaat.csv"
    summary = dialog.summary_label.text()
    assert "4 rows in the file." in summary
    assert "2 new customers will be imported." in summary
    assert "1 row names a customer already in the register." in summary
    assert "1 row has problems and will not be imported." in summary
    # Row / Field / Reason, in the interface's words.
    assert dialog.problem_table.isVisibleTo(dialog)
    assert [dialog.problem_model.headerData(c, _horizontal()) for c in range(3)] == [
        "Row",
        "Field",
        "Reason",
    ]
    assert dialog.problem_model.rowCount() == 2
    assert [cell(dialog, "problems", 0, c) for c in range(2)] == ["3", "Email"]
    assert cell(dialog, "problems", 1, 1) == "Postal code"
    assert "5 digits" in cell(dialog, "problems", 1, 2)
    # The duplicate and the choice for it, Skip by default.
    assert dialog.duplicate_box.isVisibleTo(dialog)
    assert cell(dialog, "duplicates", 0, 0) == "4"
    assert dialog.skip_radio.isChecked() and not dialog.update_radio.isChecked()
    # The suppressed row and the ignored column are noted.
    assert dialog.suppressed_label.isVisibleTo(dialog)
    assert "Row: 5" in dialog.suppressed_label.text()
    assert "Lempiväri" in dialog.ignored_label.text()
    assert dialog.all_valid_radio.isChecked()
    assert dialog.import_button.isEnabled()
    assert not dialog.close_button.isVisibleTo(dialog)


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_import_all_valid_rows(
    qtbot: QtBot, app_parts: Any, register: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, register, admin, FILE.encode("utf-8"))
    with qtbot.waitSignal(dialog.import_ended, timeout=WAIT_MS) as ended:
        dialog.import_button.click()
    result = ended.args[0]
    assert isinstance(result, ImportResult)
    assert (result.imported, result.skipped, result.rejected, result.suppressed) == (2, 1, 1, 1)
    names = {row[2] for row in customers(register)}
    assert {"Äijä Öhman", "Estetty Henkilö", "Maija M."} <= names
    assert "Maija Uusi" not in names
    assert "2 new customers imported." in dialog.summary_label.text()
    assert dialog.status_label.text() == "The import is complete."
    assert dialog.close_button.isVisibleTo(dialog)
    assert not dialog.import_button.isVisibleTo(dialog)
    assert dialog.progress_bar.isHidden()


def test_duplicates_can_be_updated(
    qtbot: QtBot, app_parts: Any, register: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, register, admin, FILE.encode("utf-8"))
    dialog.update_radio.setChecked(True)
    with qtbot.waitSignal(dialog.import_ended, timeout=WAIT_MS) as ended:
        dialog.import_button.click()
    assert ended.args[0].updated == 1
    assert "Maija Uusi" in {row[2] for row in customers(register)}


def test_all_or_nothing_refuses_a_file_with_errors(
    qtbot: QtBot, app_parts: Any, register: Services, admin: Actor
) -> None:
    before = customers(register)
    dialog = open_dialog(qtbot, register, admin, FILE.encode("utf-8"))
    dialog.all_or_nothing_radio.setChecked(True)
    with qtbot.waitSignal(dialog.import_ended, timeout=WAIT_MS) as ended:
        dialog.import_button.click()
    assert isinstance(ended.args[0], BusinessRuleError)
    assert customers(register) == before
    assert "Nothing was imported" in dialog.status_label.text()
    assert dialog.problem_table.isVisibleTo(dialog)  # the rows to fix stay in view


def test_cancel_half_way_leaves_the_customers_as_they_were(
    qtbot: QtBot,
    app_parts: Any,
    services: Services,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = ["Nimi;Sähköposti"] + [f"Asiakas {n};asiakas{n}@esimerkki.fi" for n in range(30)]
    services.imports.batch_size = 5
    before = customers(services)
    real_run = services.imports.run

    def run_held_after_each_batch(*args: Any, **kwargs: Any) -> ImportResult:
        # After a batch, the worker waits (up to 10 s) for the user: the test clicks Cancel
        # while rows are certainly in the table.
        shown, cancelled = kwargs["progress"], kwargs["cancelled"]

        def progress(done: int, total: int) -> None:
            shown(done, total)
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

        return real_run(*args, **{**kwargs, "progress": progress})

    monkeypatch.setattr(services.imports, "run", run_held_after_each_batch)
    dialog = open_dialog(qtbot, services, admin, ("\n".join(lines) + "\n").encode())
    with qtbot.waitSignal(dialog.import_ended, timeout=WAIT_MS) as ended:
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.progress_bar.value() == 5, timeout=WAIT_MS)
        assert dialog.progress_bar.maximum() == 30
        assert len(customers(services)) == len(before) + 5  # the first batch is in
        dialog.reject()  # Esc or the window's close button: the same as Cancel
        assert dialog.isVisible()
        assert not dialog.cancel_button.isEnabled()
    assert isinstance(ended.args[0], ImportCancelled)
    assert customers(services) == before
    assert dialog.status_label.text() == "The import was cancelled. Nothing was saved."
    assert dialog.close_button.isVisibleTo(dialog)


def test_a_file_that_cannot_be_read_says_why(
    qtbot: QtBot, app_parts: Any, services: Services, admin: Actor, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, services, admin, tmp_path / "ei-ole.csv")
    assert isinstance(dialog.error, FileFormatError)
    assert dialog.status_label.text().startswith("The file cannot be read")
    assert not dialog.import_button.isVisibleTo(dialog)
    empty = open_dialog(qtbot, services, admin, b"Sahkoposti\nx@esimerkki.fi\n")
    assert isinstance(empty.error, FileFormatError)


def test_a_reader_is_told_no(
    qtbot: QtBot, app_parts: Any, services: Services, reader: Actor
) -> None:
    dialog = open_dialog(qtbot, services, reader, FILE.encode())
    assert isinstance(dialog.error, PermissionDenied)
    assert dialog.plan is None


def test_the_dialog_relabels_itself_when_the_language_changes(
    qtbot: QtBot,
    app_parts: tuple[QApplication, QSettings, LanguageSwitcher],
    services: Services,
    admin: Actor,
) -> None:
    _, _, language = app_parts
    dialog = open_dialog(qtbot, services, admin, FILE.encode())
    calls: list[str] = []
    original = dialog.retranslate

    def counting() -> None:
        calls.append(dialog.windowTitle())
        original()

    dialog.retranslate = counting  # type: ignore[method-assign]
    language.apply("fi", remember=False)
    # Qt posts the LanguageChange events; the dialog re-labels itself when they arrive.
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT_MS)
    assert dialog.windowTitle()  # every label was set again, none lost
    assert dialog.problem_model.rowCount() == 2
