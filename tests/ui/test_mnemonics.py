"""No two controls a window shows at one time share a mnemonic letter (Alt+letter would reach
only one), and no two entries of one menu: the main window on each tab with its menus, the
customer window on each tab, and the dialogs of the customers, requests and users, in Finnish
and in English; and every request window (each type, in each state it can be in) on each of its
pages, its buttons shown disabled included, with its workflow dialogs, in Finnish, English and
Swedish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QVBoxLayout, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import RequestType
from l4d_desktop.ui.admin.office_settings_dialog import OfficeSettingsDialog
from l4d_desktop.ui.admin.user_dialogs import EditUserDialog, NewUserDialog
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.customers.invoice_dialog import InvoiceDialog
from l4d_desktop.ui.customers.objection_dialog import ObjectionDialog
from l4d_desktop.ui.requests.close_dialog import CloseDialog
from l4d_desktop.ui.requests.identify_dialog import IdentifyDialog
from l4d_desktop.ui.requests.intake_dialog import RequestDialog
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.requests.workflow_dialogs import ExtendDialog, PauseDialog, ResumeDialog
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.account_dialogs import FirstRunDialog, LoginDialog
from l4d_desktop.ui.shell.main_window import MainWindow
from l4d_desktop.ui.shell.password_dialog import ChangePasswordDialog
from tests.helpers.customer_windows import open_window
from tests.helpers.customers import add_customer, add_maija
from tests.helpers.gui import WAIT_MS
from tests.helpers.mnemonics import clashes, menu_clashes, mnemonic
from tests.helpers.requests import register_request

# The dialog classes each walk below opens (tests/ui/keyboard walks the others).
WINDOW_DIALOGS: frozenset[type[QDialog]] = frozenset(
    {
        CustomerDialog,
        RequestDialog,
        InvoiceDialog,
        ObjectionDialog,
        NewUserDialog,
        EditUserDialog,
        LoginDialog,
        FirstRunDialog,
        ChangePasswordDialog,
        OfficeSettingsDialog,
    }
)
WORKFLOW_DIALOGS: frozenset[type[QDialog]] = frozenset(
    {IdentifyDialog, PauseDialog, ResumeDialog, ExtendDialog, CloseDialog}
)
OPENS = WINDOW_DIALOGS | WORKFLOW_DIALOGS

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_the_mnemonic_is_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("&Save") == "s"
    assert mnemonic("Kä&sittelijä:") == "s"
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("No letter") is None


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_disabled_button_counts_unless_nothing_enables_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    layout = QVBoxLayout(window)
    skip = QPushButton("&Skip", enabled=False)
    for button in (QPushButton("&Save"), skip, QPushButton("&Cancel")):
        layout.addWidget(button)
    shown(qtbot, window)
    assert clashes(window) == {}
    assert clashes(window, disabled=True) == {"s": ["&Save", "&Skip"]}
    assert clashes(window, disabled=True, stays_disabled=[skip]) == {}


@no_raise_on_offscreen
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_window_offers_each_letter_once(
    english, qtbot, services: Services, admin: Actor, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    maija = add_maija(services, admin)
    found: dict[str, dict[str, list[str]]] = {}

    def check(name: str, window: QWidget) -> None:
        # A button shown disabled counts: choosing a row or typing enables it.
        if problems := clashes(window, disabled=True):
            found[name] = problems

    main = MainWindow(services, admin, english[2], QSettings())
    shown(qtbot, main)
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        check(f"main window, tab {main.tabs.tabText(index)}", main)
    for menu in main.menuBar().findChildren(QMenu):
        if problems := menu_clashes(menu):
            found[f"menu {menu.title()}"] = problems

    assert main.customers_tab is not None and main.requests_tab is not None
    customer = open_window(qtbot, main.customers_tab, maija.id)
    for index in range(customer.tabs.count()):
        customer.tabs.setCurrentIndex(index)
        check(f"customer window, tab {customer.tabs.tabText(index)}", customer)

    dialogs: list[tuple[str, QDialog | None]] = []
    main.customers_tab.new_customer()
    dialogs.append(("new customer", main.customers_tab.dialog))
    main.requests_tab.new_request()
    dialogs.append(("new request", main.requests_tab.dialog))
    customer.invoices_page.add_invoice()
    dialogs.append(("new invoice", customer.invoices_page.dialog))
    customer.objections_page.record()
    dialogs.append(("new objection", customer.objections_page.dialog))
    dialogs += [
        ("new user", NewUserDialog(services.users, admin)),
        ("edit user", EditUserDialog(services.users, admin, services.users.list_users(admin)[0])),
        ("login", LoginDialog(services.auth, english[2])),
        ("first start", FirstRunDialog(services.auth, english[2])),
        ("password", ChangePasswordDialog(services.auth, admin, forced=False)),
        ("office settings", OfficeSettingsDialog(main.session)),
    ]
    for name, dialog in dialogs:
        assert dialog is not None, name
        shown(qtbot, dialog)
        check(name, dialog)
        dialog.hide()
    assert {type(d) for _name, d in dialogs} == WINDOW_DIALOGS
    assert found == {}


# The types whose page shows more buttons later: lifting a restriction once it is announced
# (with its reason in another language), the reasons in another language for compelling grounds,
# erasing the web events that relied only on the consents withdrawn.
LATER_BUTTONS = {
    RequestType.RESTRICTION.value: "lifting announced",
    RequestType.OBJECTION.value: "kept on compelling grounds",
    RequestType.WITHDRAWAL.value: "web events offered",
}


def request_states(services: Services, admin: Actor, customer_id: int, rtype: str):  # type: ignore[no-untyped-def]
    """(state, request id): each state that changes what a request window offers. The ones
    received have waited for the requester once: the wait's reason then has its button."""

    def waited_once(request_id: int) -> int:
        services.requests.pause(admin, request_id, "odotetaan vastausta")
        services.requests.resume(admin, request_id)
        return request_id

    unlinked = register_request(services, admin, None, rtype, identified=False)
    yield "linked to nobody", waited_once(unlinked.id)
    received = register_request(services, admin, customer_id, rtype, identified=False)
    yield "received", waited_once(received.id)
    yield "identified", register_request(services, admin, customer_id, rtype).id
    checked = register_request(services, admin, customer_id, rtype, identified=False)
    services.requests.start_identity_check(admin, checked.id)
    yield "identity check", checked.id
    # Paused before the identity is recorded: starting the check or the work still comes.
    paused = register_request(services, admin, customer_id, rtype, identified=False)
    services.requests.pause(admin, paused.id, "odotetaan vastausta")
    yield "paused", paused.id
    refused = register_request(services, admin, customer_id, rtype)
    services.requests.close(
        admin, refused.id, "refused", "perusteeton", "manifestly_unfounded", "arvio", language="fi"
    )
    yield "refused", refused.id
    if rtype not in LATER_BUTTONS:
        return
    # A person of its own: a restriction in force would change the other windows' pages.
    email = f"{rtype}@example.fi"
    person = add_customer(services, admin, "Aino Kivi", email=email).id
    later = register_request(services, admin, person, rtype).id
    if rtype == RequestType.RESTRICTION.value:
        services.request_evidence.restrict(admin, later, "a")
        lift_on, reason = dt.date(2026, 12, 1), "Tarkistimme tietosi, ne ovat oikein."
        services.request_evidence.announce_lift(admin, later, lift_on, "person_asked", reason)
    elif rtype == RequestType.OBJECTION.value:
        objection = services.request_actions.record_objection(admin, later, "analytics").objection
        services.objections.decide_objection(
            admin, objection.id, "compelling_grounds", "Laskutuksen valvonta vaatii nämä tiedot."
        )
    else:
        services.consents.record(admin, person, "analytics", True, "web_form")
        services.events.import_file(
            admin, f"email,time\n{email},2026-11-01T10:00:00Z\n".encode(), "e.csv"
        )
        services.request_actions.withdraw_consents(admin, later, ("analytics",))
    yield LATER_BUTTONS[rtype], later


def stays_disabled(window: RequestWindow) -> list[QWidget]:
    """The workflow bar's steps that no step of this window can enable again (the walk takes
    each state a request window shows in turn): all of a closed request's steps, and starting
    the identity check or the work once the identity is recorded (nothing the window does
    undoes that). The other steps of an open request count even when disabled, for the
    window's own steps enable them: starting the work enables starting the check again while
    the identity is not recorded, and the other way round."""
    r, bar = window.record, window.workflow
    assert r is not None
    if not r.is_open:
        return list(bar.buttons())
    if r.identified_at is not None:
        return [bar.start_check_button, bar.start_work_button]
    return []


@no_raise_on_offscreen
@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
def test_every_request_window_offers_each_letter_once(
    english, qtbot, services: Services, admin: Actor, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    maija = add_maija(services, admin)
    found: dict[str, dict[str, list[str]]] = {}
    walked = 0
    opened: set[type[QDialog]] = set()
    for rtype in (t.value for t in RequestType):
        for state, request_id in request_states(services, admin, maija.id, rtype):
            # As the main window opens it: with the button that opens the customer.
            window = RequestWindow(
                Session(services, admin), request_id, open_customer=lambda *_a: None
            )
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(
                lambda w=window: w.loaded and not w.loading and not w.letters_page.loading,
                timeout=WAIT_MS,
            )
            # On each tab every control shown counts, a button shown disabled too: choosing a
            # row, typing or the request's state enables it ("Decide…" a pending objection,
            # "Save with data files…" an access letter); of the workflow bar's steps, those the
            # window's own steps can still enable (see stays_disabled).
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                walked += 1
                problems = clashes(window, disabled=True, stays_disabled=stays_disabled(window))
                if problems:
                    found[f"{rtype}, {state}, tab {window.tabs.tabText(index)}"] = problems
            for step in ("identify", "pause", "resume", "extend", "close_request"):
                dialog = getattr(window, step)()
                if dialog is not None:
                    opened.add(type(dialog))
                    if problems := clashes(dialog, disabled=True):
                        found[f"{rtype}, {state}, dialog {step}"] = problems
                    dialog.reject()
            window.hide()
    assert walked > 100
    assert opened == WORKFLOW_DIALOGS
    assert found == {}
