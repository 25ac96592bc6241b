"""Merge… in the Customers tab: two selected records side by side, a value chosen per differing
field, confirmed, merged off the GUI thread; refusals and a record changed meanwhile shown in
words; only the pääkäyttäjä sees the button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.merge_dialog import CustomerMergeDialog
from l4d_desktop.ui.customers.tab import CustomersTab
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer
from tests.helpers.gui import WAIT_MS, click
from tests.helpers.mnemonics import clashes, mnemonic
from tests.helpers.requests import register_request

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def twins(services: Services, admin: Actor) -> tuple[CustomerRecord, CustomerRecord]:
    older = add_customer(services, admin, "Aino Kivi", email="aino@example.fi", city="Helsinki")
    newer = add_customer(
        services, admin, "Aino Kivi", email="aino.k@example.fi", phone="0401234567"
    )
    return older, newer


def _select_both(tab: CustomersTab) -> None:
    model = tab.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(tab.model.rowCount()):
        model.select(tab.model.index(row, 0), flags)


def _radio(dialog: CustomerMergeDialog, name: str) -> QRadioButton:
    button = dialog.findChild(QRadioButton, name)
    assert button is not None, name
    return button


def _choose(qtbot, radio: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """A click on the round button itself (the widget may be wider than its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def _open_dialog(qtbot, tab: CustomersTab) -> CustomerMergeDialog:  # type: ignore[no-untyped-def]
    _select_both(tab)
    assert tab.merge_button.isEnabled()
    click(qtbot, tab.merge_button)
    dialog = tab.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def test_two_selected_records_are_merged_with_the_values_chosen(
    english, qtbot, services: Services, admin: Actor, twins, answers
) -> None:  # type: ignore[no-untyped-def]
    older, newer = twins
    tab = make_tab(qtbot, services, admin)
    assert tab.merge_button.isVisibleTo(tab) and not tab.merge_button.isEnabled()
    dialog = _open_dialog(qtbot, tab)
    assert dialog.plan.kept.id == older.id  # the older record is kept unless told otherwise
    assert _radio(dialog, "merge_kept_email").isChecked()
    assert _radio(dialog, "merge_duplicate_phone").isChecked()  # the empty side is filled
    assert _radio(dialog, "merge_duplicate_email").text() == "aino.k@example.fi"
    assert "Web events" not in dialog.moved_label.text()
    assert "email addresses differ" in dialog.conflicts_label.text()
    assert not dialog.refusals_label.isVisibleTo(dialog)

    _choose(qtbot, _radio(dialog, "merge_duplicate_email"))
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    assert answers[0][0] == "ask" and newer.customer_number in answers[0][1]
    assert answers[-1] == (
        "info",
        f"Customer {newer.customer_number} was merged into customer {older.customer_number}.",
    )
    left = services.customers.search(admin)
    assert [(c.id, c.email, c.phone, c.city) for c in left] == [
        (older.id, "aino.k@example.fi", "+358401234567", "Helsinki")
    ]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)


def test_the_other_record_can_be_kept(
    english, qtbot, services: Services, admin: Actor, twins, answers
) -> None:  # type: ignore[no-untyped-def]
    older, newer = twins
    dialog = _open_dialog(qtbot, make_tab(qtbot, services, admin))
    click(qtbot, dialog.swap_button)
    assert (dialog.plan.kept.id, dialog.plan.duplicate.id) == (newer.id, older.id)
    head = dialog.findChild(QLabel, "merge_head_kept")
    assert head is not None and f"Kept: no. {newer.customer_number}" in head.text()
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert [c.customer_number for c in services.customers.search(admin)] == [newer.customer_number]


def test_a_refused_merge_says_why_and_cannot_be_confirmed(
    english, qtbot, services: Services, admin: Actor, twins, answers
) -> None:  # type: ignore[no-untyped-def]
    _older, newer = twins
    register_request(services, admin, newer.id, "erasure")
    dialog = _open_dialog(qtbot, make_tab(qtbot, services, admin))
    assert dialog.refusals_label.isVisibleTo(dialog)
    assert f"Customer {newer.customer_number} has an erasure request in progress" in (
        dialog.refusals_label.text()
    )
    assert not dialog.merge_button.isEnabled()


def test_a_record_changed_while_the_dialog_is_open_refuses_the_merge(
    english, qtbot, services: Services, admin: Actor, twins, answers
) -> None:  # type: ignore[no-untyped-def]
    _older, newer = twins
    dialog = _open_dialog(qtbot, make_tab(qtbot, services, admin))
    services.customers.update(admin, newer.id, newer.version, CustomerInput(name="Aino Kivi-Koski"))
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: answers[-1][0] == "error", timeout=WAIT_MS)
    assert "changed by another user" in answers[-1][1]
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    assert len(services.customers.search(admin)) == 2


def test_only_the_administrator_sees_merge(
    english, qtbot, services: Services, admin: Actor, handler: Actor, twins
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, handler)
    assert not tab.merge_button.isVisibleTo(tab)


@no_raise_on_offscreen
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_dialog_offers_each_letter_once(
    english, qtbot, services: Services, admin: Actor, twins, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    dialog = _open_dialog(qtbot, make_tab(qtbot, services, admin))
    assert clashes(dialog) == {}
    assert {mnemonic(dialog.merge_button.text()), mnemonic(dialog.swap_button.text())} == (
        {"y", "s"} if lang == "fi" else {"m", "k"}
    )
    window = open_window(qtbot, make_tab(qtbot, services, admin), twins[0].id)
    window.merge_with_duplicate(window.basic_page.record)
    assert window.merge_partner is not None
    qtbot.waitUntil(window.merge_partner.isVisible, timeout=WAIT_MS)
    assert clashes(window.merge_partner) == {}


@no_raise_on_offscreen
def test_a_duplicate_is_merged_from_the_customer_window(
    english, qtbot, services: Services, admin: Actor, twins, answers
) -> None:  # type: ignore[no-untyped-def]
    older, newer = twins
    window = open_window(qtbot, make_tab(qtbot, services, admin), older.id)
    assert window.basic_page.merge_button.isVisibleTo(window)
    click(qtbot, window.basic_page.merge_button)
    partner = window.merge_partner
    assert partner is not None
    qtbot.waitUntil(partner.isVisible, timeout=WAIT_MS)
    assert older.customer_number in partner.intro_label.text()
    partner.number_edit.setText("99999")
    click(qtbot, partner.ok_button)
    assert "no such record" in partner.error_label.text() and partner.isVisible()
    partner.number_edit.setText(newer.customer_number)
    click(qtbot, partner.ok_button)
    dialog = window.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert (dialog.plan.kept.id, dialog.plan.duplicate.id) == (older.id, newer.id)
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert window.isVisible()  # the kept record's window stays
    assert [c.id for c in services.customers.search(admin)] == [older.id]


@no_raise_on_offscreen
def test_the_window_of_a_record_merged_away_closes(
    english, qtbot, services: Services, admin: Actor, twins, answers
) -> None:  # type: ignore[no-untyped-def]
    older, newer = twins
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, older.id)
    window.merge_with_duplicate(window.basic_page.record)
    assert window.merge_partner is not None
    window.merge_partner.number_edit.setText(newer.customer_number)
    click(qtbot, window.merge_partner.ok_button)
    dialog = window.merge_dialog
    assert dialog is not None
    click(qtbot, dialog.swap_button)  # the other record is kept: this one goes
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: older.id not in tab.windows, timeout=WAIT_MS)  # closed
    assert [c.id for c in services.customers.search(admin)] == [newer.id]
