"""A customer's country is shown by its name in the window's language, wherever it is shown —
the customer window, the request window's Data held page, the merge dialog — in Finnish,
Swedish and English, while the register keeps the ISO code; typing in the Swedish window finds
a country by its Swedish name."""

from __future__ import annotations

import re

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.merge_dialog import CustomerMergeDialog
from l4d_desktop.ui.requests.pages.subject_data import SubjectDataPage
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer
from tests.helpers.gui import WAIT_MS
from tests.ui.requests.request_windows import open_window as open_request_window
from tests.ui.requests.request_windows import register

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")
# Finland and Sweden as each window language names them.
NAMES = {
    "fi": {"FI": "Suomi", "SE": "Ruotsi"},
    "sv": {"FI": "Finland", "SE": "Sverige"},
    "en": {"FI": "Finland", "SE": "Sweden"},
}
LANGUAGES = list(NAMES)


@pytest.fixture
def people(services: Services, admin: Actor) -> dict[str, CustomerRecord]:
    """Two customers of one name, one living in Finland, one in Sweden."""
    return {
        code: add_customer(
            services, admin, "Aino Kivi", email=f"aino@example.{code.lower()}", country=code
        )
        for code in ("FI", "SE")
    }


def speak(english, language: str) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(language, remember=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_customer_window_names_the_country(
    english, qtbot, services: Services, admin: Actor, people, language: str
) -> None:  # type: ignore[no-untyped-def]
    speak(english, language)
    tab = make_tab(qtbot, services, admin)
    for code, person in people.items():
        window = open_window(qtbot, tab, person.id)
        field = window.basic_page.form.country_edit
        assert field.currentText() == f"{NAMES[language][code]} ({code})"
        assert field.text() == code  # what the register keeps
        window.close()


@no_raise_on_offscreen
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_data_held_page_names_the_country(
    english, qtbot, services: Services, admin: Actor, people, language: str
) -> None:  # type: ignore[no-untyped-def]
    speak(english, language)
    for code, person in people.items():
        request_id = register(services, admin, "access", customer_id=person.id)
        services.requests.identify(admin, request_id, person.id, "email_on_file")
        window = open_request_window(qtbot, services, admin, request_id)
        page = window.findChild(SubjectDataPage)
        assert page is not None
        qtbot.waitUntil(lambda p=page: p.data is not None and not p.loading, timeout=WAIT_MS)
        shown = page.held_view.toPlainText()
        assert NAMES[language][code] in shown
        assert re.search(rf"\b{code}\b", shown) is None, shown  # never the bare code


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_merge_dialog_names_the_countries(
    english, qtbot, services: Services, admin: Actor, people, language: str
) -> None:  # type: ignore[no-untyped-def]
    speak(english, language)
    kept, duplicate = people["FI"], people["SE"]
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    tab = make_tab(qtbot, services, admin)
    dialog = CustomerMergeDialog(services, admin, plan, tab)
    qtbot.addWidget(dialog)
    shown = {
        side: dialog.findChild(object, f"merge_{side}_country").text()  # type: ignore[union-attr]
        for side in ("kept", "duplicate")
    }
    assert shown == {
        "kept": f"{NAMES[language]['FI']} (FI)",
        "duplicate": f"{NAMES[language]['SE']} (SE)",
    }


# The completer's popup is raised and grabs the keyboard, which the offscreen platform cannot.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_typing_in_the_swedish_window_finds_the_swedish_name(
    english, qtbot, services: Services, admin: Actor, people
) -> None:  # type: ignore[no-untyped-def]
    speak(english, "sv")
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, people["FI"].id)
    window.show()
    qtbot.waitExposed(window)
    field = window.basic_page.form.country_edit
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "sverig")
    model = field.completer().completionModel()
    found = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert found == ["Sverige (SE)"]
    field.setEditText("Sverige")  # typed whole, not chosen from the list
    assert field.text() == "SE"
