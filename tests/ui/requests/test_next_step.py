"""Each request window says the next step in words, and the words follow the request's state:
start the check, record it, then the work of the request's type; nothing once closed."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_maija
from tests.ui.requests.request_windows import open_window, register, wait_status

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@no_raise_on_offscreen
def test_the_next_step_follows_the_request(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    request_id = register(services, admin, "erasure", customer_id=maija.id)
    window = open_window(qtbot, services, admin, request_id)
    label = window.next_step
    assert label.isVisibleTo(window)
    assert label.text().startswith("Next: start the identity check.")

    services.requests.identify(admin, request_id, maija.id, "email_on_file")
    window.reload()
    wait_status(qtbot, window, "in_progress")
    assert label.text().startswith("Next: print the erasure letter, then run the erasure.")

    services.requests.close(admin, request_id, "withdrawn")
    window.reload()
    wait_status(qtbot, window, "withdrawn")
    assert label.text() == "Nothing left to do: the request is closed."


@no_raise_on_offscreen
@pytest.mark.parametrize(
    ("rtype", "words"),
    [
        ("access", "print the access letter and write the machine-readable copy"),
        ("rectification", "correct the data, notify the recipients"),
        ("objection", "record the objection"),
        ("other", "answer the request"),
    ],
)
def test_each_type_has_its_own_work(
    english, qtbot, services: Services, admin: Actor, rtype: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    request_id = register(services, admin, rtype, customer_id=maija.id)
    services.requests.identify(admin, request_id, maija.id, "email_on_file")
    window = open_window(qtbot, services, admin, request_id)
    assert words in window.next_step.text()
