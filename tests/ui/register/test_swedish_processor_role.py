"""A processor's role in Swedish written in the recipients register's edit dialog: saved, read
back, kept when editing, refused by field name, and what lets the Swedish notice be issued."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.register.processors_dialog import ProcessorEditDialog, ProcessorsDialog
from l4d_desktop.ui.session import Session
from tests.helpers.gui import click, click_save
from tests.helpers.pdf import pdf_text


def make_dialog(qtbot, services: Services, actor: Actor) -> ProcessorsDialog:  # type: ignore[no-untyped-def]
    dialog = ProcessorsDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_swedish_role_is_written_in_the_window_and_the_swedish_notice_prints_it(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    services.processors.add(admin, ProcessorInput("Postitus Oy", "Kirjeiden postitus", "FI"))
    with pytest.raises(BusinessRuleError):  # no Swedish role yet: the Swedish notice waits
        services.processing_register.notice_pdf(admin, "sv")
    dialog = make_dialog(qtbot, services, admin)
    dialog.table.selectRow(0)
    click(qtbot, dialog.edit_button)
    edit = dialog.dialog
    assert isinstance(edit, ProcessorEditDialog)
    assert edit.labels["role_sv"].text() == "Role in S&wedish:"
    assert edit.role_sv_edit.placeholderText() == "what Swedish letters say it does"

    edit.role_sv_edit.setText("x" * 201)
    click_save(qtbot, edit.buttons)
    assert edit.isVisible()
    assert edit.errors._fields["role_sv"][1].text() == "Role in Swedish: at most 200 characters."
    edit.role_sv_edit.setText("Postutdelning")
    click_save(qtbot, edit.buttons)
    assert not edit.isVisible()
    [saved] = services.processors.list_processors(admin)
    assert (saved.role, saved.role_sv) == ("Kirjeiden postitus", "Postutdelning")
    text = pdf_text(services.processing_register.notice_pdf(admin, "sv"))
    assert "Postutdelning" in text and "Kirjeiden postitus" not in text

    dialog.table.selectRow(0)
    click(qtbot, dialog.edit_button)
    again = dialog.dialog
    assert again is not None and again.role_sv_edit.text() == "Postutdelning"


def test_the_edit_dialog_in_swedish(
    app_parts, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("sv", remember=False)
    dialog = make_dialog(qtbot, services, admin)
    click(qtbot, dialog.add_button)
    edit = dialog.dialog
    assert isinstance(edit, ProcessorEditDialog)
    assert edit.labels["role_sv"].text() == "Roll på s&venska:"
    assert edit.role_sv_edit.placeholderText() == "vad svenska brev säger att den gör"
