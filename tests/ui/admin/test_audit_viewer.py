"""The audit viewer on a real database file: list, filters, paging, verification, checkpoint,
CSV export, and the log's codes shown in words."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.audit_table import ACTION_COLUMN, action_choices
from l4d_desktop.ui.admin.audit_viewer import AuditViewerDialog
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_customer as add
from tests.helpers.database import raw_db
from tests.helpers.gui import click, column, finish
from tests.helpers.users import READER_PASSWORD


def make_viewer(qtbot, services: Services, actor: Actor, page_size: int = 200) -> AuditViewerDialog:  # type: ignore[no-untyped-def]
    dialog = AuditViewerDialog(Session(services, actor), page_size=page_size)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ids(dialog: AuditViewerDialog) -> list[int]:
    return [int(x) for x in column(dialog.model, 0)]


def test_entries_are_listed_newest_first_and_paged(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    for i in range(12):
        add(services, admin, f"Asiakas {i}")
    total = services.audit_viewer.page(admin).total
    dialog = make_viewer(qtbot, services, admin, page_size=5)
    assert dialog.model.rowCount() == 5
    assert ids(dialog) == sorted(ids(dialog), reverse=True)
    assert f"of {total} entries" in dialog.count_label.text()
    while dialog.model.canFetchMore():
        dialog.model.fetchMore()
    shown = ids(dialog)
    assert len(shown) == total == len(set(shown))
    assert shown == sorted(shown, reverse=True)
    assert "Asiakas" not in " ".join(" ".join(column(dialog.model, c)) for c in range(7))


def test_filters_by_action_family_customer_and_user(
    english, qtbot, services: Services, admin: Actor, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    first = add(services, admin, "Maija Meikäläinen")
    second = add(services, handler, "Teppo Testaaja")
    dialog = make_viewer(qtbot, services, admin)

    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("customer."))
    click(qtbot, dialog.apply_button)
    assert set(column(dialog.model, 3)) == {"Add a customer"}
    assert dialog.model.rowCount() == 2

    dialog.action_combo.setCurrentIndex(0)
    dialog.customer_edit.setText(second.customer_number)  # the number staff know
    click(qtbot, dialog.apply_button)
    assert column(dialog.model, 4) == [f"customer {second.customer_number}"]
    assert column(dialog.model, 2) == ["kasittelija"]
    dialog.customer_edit.setText(str(second.id))  # an internal id is no customer number
    click(qtbot, dialog.apply_button)
    assert dialog.model.rowCount() == 0
    assert dialog.customer_label.text() == "Customer &number:"

    dialog.customer_edit.clear()
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData(handler.user_id))
    click(qtbot, dialog.apply_button)
    assert set(column(dialog.model, 2)) == {"kasittelija"}
    assert f"customer {first.customer_number}" not in column(dialog.model, 4)

    dialog.since_check.setChecked(True)  # today onward: the fake clock is in 2026
    click(qtbot, dialog.clear_button)
    assert not dialog.since_check.isChecked()
    assert dialog.model.rowCount() == services.audit_viewer.page(admin).total


def test_action_choices_put_each_family_before_its_codes() -> None:
    assert action_choices(["login", "customer.update", "customer.create"]) == [
        "customer.",
        "customer.create",
        "customer.update",
        "login",
    ]
    # In the order of what the filter shows: the families, and the codes within each.
    shown = {"customer.": "B", "customer.create": "Z", "customer.update": "Y", "login": "A"}
    assert action_choices(list(shown)[1:], shown.__getitem__) == [
        "login",
        "customer.",
        "customer.update",
        "customer.create",
    ]


def test_verify_names_the_first_broken_entry(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    add(services, admin, "Maija Meikäläinen")
    dialog = make_viewer(qtbot, services, admin)
    dialog.verify()
    finish(qtbot, dialog.job)
    assert "intact" in dialog.result_label.text()

    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE audit_log SET outcome = 'failed' WHERE id = 2")
    dialog.verify()
    finish(qtbot, dialog.job)
    text = dialog.result_label.text()
    assert "BROKEN at entry 2" in text
    assert "changed after it was written" in text
    assert column(dialog.model, 3)[0] == "Verify the audit log"  # the verification is logged


def test_checkpoint_written_then_truncation_detected(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    add(services, admin, "Maija Meikäläinen")
    dialog = make_viewer(qtbot, services, admin)
    path = tmp_path / "checkpoint.json"
    dialog.write_checkpoint(path)
    finish(qtbot, dialog.job)
    head = json.loads(path.read_text(encoding="utf-8"))["head_id"]
    assert f"last entry {head}" in dialog.result_label.text()

    dialog.verify(path)
    finish(qtbot, dialog.job)
    assert "intact" in dialog.result_label.text()

    with raw_db(services.db.path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id >= ?", (head,))
    dialog.verify(path)
    finish(qtbot, dialog.job)
    assert f"BROKEN at entry {head}" in dialog.result_label.text()
    assert "removed from the end" in dialog.result_label.text()


def test_bad_checkpoint_file_is_explained(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_viewer(qtbot, services, admin)
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    dialog.verify(bad)
    finish(qtbot, dialog.job)
    assert answers and answers[0][0] == "error"
    assert "checkpoint" in answers[0][1].lower()
    assert dialog.verify_button.isEnabled()


def test_export_writes_the_filtered_log(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    customer = add(services, admin, "Maija Meikäläinen")
    dialog = make_viewer(qtbot, services, admin)
    dialog.customer_edit.setText(customer.customer_number)
    click(qtbot, dialog.apply_button)
    path = tmp_path / "audit.csv"
    dialog.export(path)
    finish(qtbot, dialog.job)
    assert dialog.result_label.text().startswith("1 ")
    assert f"exported to {path}." in dialog.result_label.text()
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"] for r in rows] == ["customer.create"]
    assert "Maija" not in path.read_text(encoding="utf-8-sig")
    assert dialog.model.rowCount() == 1  # the filter stays; the export itself is not the customer's


def test_export_is_offered_only_with_the_export_right(
    english, qtbot, services: Services, admin: Actor, reader: Actor
) -> None:  # type: ignore[no-untyped-def]
    services.users.set_right(admin, reader.user_id, "audit.read", True)
    auditor = services.auth.login("lukija", READER_PASSWORD)
    dialog = make_viewer(qtbot, services, auditor)
    assert dialog.model.rowCount() > 0
    assert not dialog.export_button.isVisibleTo(dialog)
    other = make_viewer(qtbot, services, admin)
    assert other.export_button.isVisibleTo(other)


def test_the_date_filters_start_from_the_office_day(
    english, qtbot, services: Services, admin: Actor, clock
) -> None:  # type: ignore[no-untyped-def]
    # 22.30 UTC on the 24th is already the 25th in the office (Helsinki, UTC+2).
    clock.now = dt.datetime(2026, 11, 24, 22, 30, tzinfo=dt.UTC)
    dialog = make_viewer(qtbot, services, admin)
    assert dialog.since_edit.date().toPython() == dt.date(2026, 11, 25)
    assert dialog.until_edit.date().toPython() == dt.date(2026, 11, 25)


# -- the log's codes in words -------------------------------------------------------------------


def combo_items(dialog: AuditViewerDialog) -> list[tuple[str, str]]:
    combo = dialog.action_combo
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_an_entry_shows_its_action_in_words_and_keeps_the_code_as_tooltip(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    customer = add(services, admin, "Maija Meikäläinen")
    services.customers.view(admin, customer.id)
    dialog = make_viewer(qtbot, services, admin)
    assert column(dialog.model, 3)[:2] == ["View a customer's data", "Add a customer"]
    assert "customer.view" not in column(dialog.model, 3)
    index = dialog.model.index(0, ACTION_COLUMN)
    assert dialog.model.data(index, Qt.ItemDataRole.ToolTipRole) == "customer.view"
    assert dialog.model.data(dialog.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) is None
    assert column(dialog.model, 4)[0] == f"customer {customer.customer_number}"
    assert column(dialog.model, 5)[0] == "done"


def test_the_action_filter_lists_words_and_filters_by_code(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    customer = add(services, admin, "Maija Meikäläinen")
    services.customers.view(admin, customer.id)
    dialog = make_viewer(qtbot, services, admin)
    items = combo_items(dialog)
    texts = [text.strip() for text, _code in items]
    assert items[0] == ("All actions", "")
    assert "All customer actions" in texts
    assert "Add a customer" in texts
    assert "View a customer's data" in texts
    assert not {code for _t, code in items if code} & set(texts)  # no code shown as such
    # The family comes first; its own codes follow, indented.
    family = texts.index("All customer actions")
    assert texts.index("Add a customer") > family
    assert items[texts.index("Add a customer")][0].startswith(" ")

    dialog.action_combo.setCurrentIndex(texts.index("View a customer's data"))
    click(qtbot, dialog.apply_button)
    assert column(dialog.model, 3) == ["View a customer's data"]

    dialog.retranslate()  # a language change rebuilds the list and keeps the choice
    assert dialog.action_combo.currentData() == "customer.view"
    assert dialog.current_filter().action == "customer.view"


def test_an_unknown_code_shows_as_itself(english, qtbot, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    services.audit.append_separately(actor_id=admin.user_id, action="newthing.happen")
    services.audit.append_separately(actor_id=admin.user_id, action="bare", outcome="odd")
    dialog = make_viewer(qtbot, services, admin)
    assert column(dialog.model, 3)[:2] == ["bare", "newthing.happen"]
    assert column(dialog.model, 5)[0] == "odd"
    items = combo_items(dialog)
    assert ("newthing.*", "newthing.") in items
    assert ("bare", "bare") in items

    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("newthing."))
    click(qtbot, dialog.apply_button)
    assert column(dialog.model, 3) == ["newthing.happen"]
