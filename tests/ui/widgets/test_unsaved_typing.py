"""Nothing typed is lost: Esc or closing with unsaved typing asks Save / Discard / Cancel (New
customer, a record dialog, the customer window), Ctrl+S saves, and Enter in a dialog's search
field searches without saving the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.customers.invoice_dialog import InvoiceDialog
from l4d_desktop.ui.feedback import Unsaved
from l4d_desktop.ui.requests.intake_dialog import RequestDialog
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer, add_maija
from tests.helpers.gui import field_errors
from tests.ui.conftest import UnsavedReplies

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def replies(unsaved_replies: UnsavedReplies) -> UnsavedReplies:
    return unsaved_replies


def new_customer(qtbot, services: Services, admin: Actor) -> CustomerDialog:  # type: ignore[no-untyped-def]
    dialog = CustomerDialog(services.customers, admin)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def names(services: Services, admin: Actor) -> list[str]:
    return [c.name for c in services.customers.search(admin)]


def test_esc_in_new_customer_asks_and_cancel_keeps_the_typing(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_customer(qtbot, services, admin)
    dialog.name_edit.setText("Aino Aalto")
    replies.append(Unsaved.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not replies, "asked"
    assert dialog.isVisible() and dialog.name_edit.text() == "Aino Aalto"

    replies.append(Unsaved.SAVE)
    dialog.reject()  # the window's close button and Cancel alike
    assert not dialog.isVisible()
    assert names(services, admin) == ["Aino Aalto"]


def test_discard_closes_without_saving_and_nothing_typed_closes_unasked(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_customer(qtbot, services, admin)
    dialog.name_edit.setText("Aino Aalto")
    replies.append(Unsaved.DISCARD)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and names(services, admin) == []

    untouched = new_customer(qtbot, services, admin)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()
    assert replies.asked == 1, "only the dialog with typing asked"


def test_save_with_an_error_keeps_the_dialog_open_with_the_error_shown(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_customer(qtbot, services, admin)
    dialog.name_edit.setText("Aino Aalto")
    dialog.email_edit.setText("not an address")
    replies.append(Unsaved.SAVE)
    dialog.reject()
    assert dialog.isVisible(), "nothing saved, nothing lost"
    assert field_errors(dialog)
    assert names(services, admin) == []


def test_ctrl_s_saves_a_dialog(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_customer(qtbot, services, admin)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.name_edit.setFocus()
    dialog.name_edit.setText("Aino Aalto")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert names(services, admin) == ["Aino Aalto"]


@no_raise_on_offscreen
def test_a_record_dialog_asks_too(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    window = open_window(qtbot, make_tab(qtbot, services, admin), maija.id)
    window.invoices_page.add_invoice()
    dialog = window.invoices_page.dialog
    assert isinstance(dialog, InvoiceDialog)
    qtbot.waitExposed(dialog)
    dialog.number_edit.setText("LASKU-1")
    replies.append(Unsaved.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not replies


def test_enter_in_a_dialogs_search_field_searches_and_never_saves(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    add_customer(services, admin, "Aino Aalto")
    dialog = RequestDialog(services.requests, services.customers, admin)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.customer_search_edit.setFocus()
    qtbot.keyClicks(dialog.customer_search_edit, "aalto")
    qtbot.keyClick(dialog.customer_search_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter did not save the request"
    assert services.requests.count(admin) == 0
    texts = [dialog.customer_combo.itemText(i) for i in range(dialog.customer_combo.count())]
    assert any("Aino Aalto" in t for t in texts), "Enter searched at once"


@no_raise_on_offscreen
def test_the_customer_window_asks_save_discard_cancel_and_esc_closes_it(
    english, qtbot, services: Services, admin: Actor, replies: UnsavedReplies
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, maija.id)
    window.basic_page.form.city_edit.setText("Espoo")
    replies.append(Unsaved.CANCEL)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.basic_page.form.city_edit.text() == "Espoo"
    replies.append(Unsaved.SAVE)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.customers.view(admin, maija.id).city == "Espoo"

    again = open_window(qtbot, tab, maija.id)
    again.basic_page.form.city_edit.setText("Vantaa")
    replies.append(Unsaved.DISCARD)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert services.customers.view(admin, maija.id).city == "Espoo"
