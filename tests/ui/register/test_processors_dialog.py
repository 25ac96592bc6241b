"""The recipients register dialog on a real database file: add, edit, deactivate, validation."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.register.processors_dialog import ProcessorEditDialog, ProcessorsDialog
from l4d_desktop.ui.session import Session
from tests.helpers.gui import cells, click, click_save


def make_dialog(qtbot, services: Services, actor: Actor) -> ProcessorsDialog:  # type: ignore[no-untyped-def]
    dialog = ProcessorsDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_pääkäyttäjä_adds_and_edits_a_recipient(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.model.rowCount() == 0
    click(qtbot, dialog.add_button)
    edit = dialog.dialog
    assert isinstance(edit, ProcessorEditDialog)
    edit.name_edit.setText("Postitus Oy")
    edit.role_edit.setText("Email delivery")
    edit.role_en_edit.setText("Email delivery (English)")
    edit.country_edit.setText("XX")
    click_save(qtbot, edit.buttons)
    assert edit.isVisible()  # the country code is not known
    assert "country code" in edit.errors._fields["country"][1].text()
    edit.country_edit.setText("se")
    edit.contact_edit.setText("tietosuoja@postitus.example")
    click_save(qtbot, edit.buttons)
    assert not edit.isVisible()
    assert cells(dialog.model, 0) == [
        "Postitus Oy",
        "Email delivery",
        "Sweden",  # the country by name, stored as its code
        "",  # inside the EEA: no transfer
        "tietosuoja@postitus.example",
        "active",
    ]

    dialog.table.selectRow(0)
    click(qtbot, dialog.edit_button)
    edit = dialog.dialog
    assert edit is not None and edit.name_edit.text() == "Postitus Oy"
    assert edit.role_en_edit.text() == "Email delivery (English)"  # kept when editing
    edit.country_edit.setText("US")
    click_save(qtbot, edit.buttons)
    assert edit.isVisible()  # outside the EEA only with its transfer mechanism
    assert (
        edit.errors._fields["transfer"][1]
        .text()
        .startswith(
            "Transfer outside the EEA: a processor outside the EEA needs its transfer mechanism"
        )
    )
    edit.transfer_combo.setCurrentIndex(edit.transfer_combo.findData("scc"))
    click_save(qtbot, edit.buttons)
    assert "module" in edit.errors._fields["transfer_detail"][1].text()
    edit.transfer_detail_edit.setText("Module 2 (controller to processor)")
    click_save(qtbot, edit.buttons)
    assert not edit.isVisible()
    assert cells(dialog.model, 0)[2:4] == [
        "United States (outside the EEA)",
        "Standard contractual clauses (Art. 46)",
    ]
    [record] = services.processors.list_processors(admin)
    assert (record.name, record.country, record.version) == ("Postitus Oy", "US", 2)
    assert record.role_en == "Email delivery (English)"
    assert (record.transfer, record.transfer_detail) == (
        "scc",
        "Module 2 (controller to processor)",
    )

    dialog.table.selectRow(0)
    click(qtbot, dialog.active_button)
    assert services.processors.list_processors(admin) == []
    assert dialog.inactive_check.isChecked()
    assert cells(dialog.model, 0)[5] == "no longer a recipient"
    assert dialog.active_button.text() == "&Reactivate"


def test_a_handler_sees_the_register_read_only(
    english, qtbot, services: Services, admin: Actor, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    services.processors.add(admin, ProcessorInput("Kirjanpito Ky", "Accounting"))
    dialog = make_dialog(qtbot, services, handler)
    assert dialog.model.rowCount() == 1
    assert dialog.add_button.isHidden() and dialog.edit_button.isHidden()
    assert dialog.active_button.isHidden()
