"""What a request window shows follows a pause, its end, an extension and a refusal, for every
type of request, whether the step is taken in the window's own dialogs or on another
workstation (the change bus brings it): the steps the services allow and no other, the next
step in words, the extension advice where an extension can still be recorded, and the pages'
own buttons; the window is never reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import RequestType
from l4d_desktop.ui.changes import ChangeBus
from l4d_desktop.ui.requests.close_dialog import CloseDialog
from l4d_desktop.ui.requests.pages.refusal import RefusalPage
from l4d_desktop.ui.requests.pages.subject_data import SubjectDataPage
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.requests.workflow_dialogs import ExtendDialog, PauseDialog, ResumeDialog
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_maija
from tests.helpers.gui import WAIT_MS, click
from tests.ui.requests.request_windows import (
    register,
    save_and_wait,
    settle,
    value,
    wait_status,
)

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")
# Received 28.10.: the statutory date 28.11. is four days after the fake clock's day (due soon),
# and an extension noticed today is still in time.
RECEIVED = dt.datetime(2026, 10, 28, 9, 0, tzinfo=OFFICE_ZONE)
ADVICE = (
    "If it cannot be answered in time, record an extension with its reasons before the "
    "statutory date."
)
WAITING = "Odotetaan henkilöllisyystodistusta"
STEPS = ("start_check", "identify", "start_work", "pause", "resume", "extend", "close_request")
# What a closed request's pages still offer: the services take a refusal's reasons and a pause's
# reason in another letter language after the closing (a later letter prints them).
AFTER_CLOSING = {"refusal_text_button", "pause_language_button"}
# These take effect at once: no extension is offered for them (LEGAL.md, "Extension").
NOT_EXTENSIBLE = {RequestType.WITHDRAWAL.value}


@pytest.fixture
def bus(services: Services) -> Iterator[ChangeBus]:
    changes = ChangeBus(services.changes)
    yield changes
    changes.close()


@dataclass(frozen=True)
class Shown:
    """What the window offers and says, read off its widgets."""

    enabled: frozenset[str]
    visible: frozenset[str]
    next_step: str
    urgency_shown: bool
    page_buttons: frozenset[str]  # the action pages' buttons shown and enabled


def shown(window: RequestWindow) -> Shown:
    def button(step: str) -> QPushButton:
        found: QPushButton = getattr(window.workflow, f"{step}_button")
        return found

    pages = {
        b.objectName()
        for page in window.action_pages
        for b in page.findChildren(QPushButton)
        if not b.isHidden() and b.isEnabled()
    }
    return Shown(
        enabled=frozenset(s for s in STEPS if button(s).isEnabled()),
        visible=frozenset(s for s in STEPS if not button(s).isHidden()),
        next_step=window.next_step.text(),
        urgency_shown=not window.urgency_label.isHidden(),
        page_buttons=frozenset(pages),
    )


def changed(qtbot: Any, window: RequestWindow, step: Callable[[], object]) -> None:
    """Take a step and wait until the open window has read the request again."""
    assert window.record is not None
    before = window.record.version
    step()
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and window.record.version != before
            and not window.loading
            and not any(getattr(p, "loading", False) for p in window.action_pages)
        ),
        timeout=WAIT_MS,
    )


class InWindow:
    """The steps taken through the window's own dialogs."""

    def __init__(self, qtbot: Any, window: RequestWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def pause(self) -> None:
        click(self.qtbot, self.window.pause_button)
        dialog = self.window.dialog
        assert isinstance(dialog, PauseDialog)
        dialog.reason_edit.setPlainText(WAITING)
        save_and_wait(self.qtbot, self.window, dialog)

    def resume(self) -> None:
        click(self.qtbot, self.window.resume_button)
        dialog = self.window.dialog
        assert isinstance(dialog, ResumeDialog)
        dialog.reason_edit.setPlainText("Todistus saatu.")
        save_and_wait(self.qtbot, self.window, dialog)

    def extend(self) -> None:
        click(self.qtbot, self.window.extend_button)
        dialog = self.window.dialog
        assert isinstance(dialog, ExtendDialog)
        dialog.complexity_check.setChecked(True)
        dialog.reason_edit.setPlainText("Tiedot on koottava kolmesta eri järjestelmästä.")
        save_and_wait(self.qtbot, self.window, dialog)

    def refuse(self) -> None:
        click(self.qtbot, self.window.close_request_button)
        dialog = self.window.dialog
        assert isinstance(dialog, CloseDialog)
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("refused"))
        dialog.reason_edit.setPlainText("Kirjanpitolaki velvoittaa säilyttämään tositteet.")
        dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("legal_obligation"))
        save_and_wait(self.qtbot, self.window, dialog)


class Elsewhere:
    """The same steps taken on another workstation: the window hears of them on the bus."""

    def __init__(self, qtbot: Any, window: RequestWindow, services: Services, actor: Actor) -> None:
        self.qtbot, self.window = qtbot, window
        self.requests, self.actor = services.requests, actor
        self.rid = window.request_id

    def pause(self) -> None:
        changed(self.qtbot, self.window, lambda: self.requests.pause(self.actor, self.rid, WAITING))

    def resume(self) -> None:
        changed(self.qtbot, self.window, lambda: self.requests.resume(self.actor, self.rid, "ok"))

    def extend(self) -> None:
        reason = "Tiedot on koottava kolmesta eri järjestelmästä."
        changed(
            self.qtbot,
            self.window,
            lambda: self.requests.extend(
                self.actor, self.rid, None, reason, grounds=["complexity"]
            ),
        )

    def refuse(self) -> None:
        changed(
            self.qtbot,
            self.window,
            lambda: self.requests.close(
                self.actor, self.rid, "refused", "Kirjanpitolaki.", "legal_obligation"
            ),
        )


@no_raise_on_offscreen
@pytest.mark.parametrize("how", ["window", "elsewhere"])
@pytest.mark.parametrize("rtype", [t.value for t in RequestType])
def test_a_pause_an_extension_and_a_refusal_show_as_the_services_allow(
    english, qtbot, services: Services, admin: Actor, bus: ChangeBus, answers, rtype: str, how: str
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    rid = register(services, admin, rtype, customer_id=maija.id, received_at=RECEIVED)
    services.requests.identify(admin, rid, maija.id, "email_on_file")
    if rtype == RequestType.OBJECTION.value:
        # An objection to other processing than direct marketing: its assessment may wait.
        services.objections.record(
            admin, maija.id, "analytics", RECEIVED.date(), "En halua seurantaa.", request_id=rid
        )
    window = RequestWindow(Session(services, admin, bus), rid)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    steps = (
        InWindow(qtbot, window) if how == "window" else Elsewhere(qtbot, window, services, admin)
    )
    extensible = rtype not in NOT_EXTENSIBLE
    work = {"identify", "pause", "close_request"} | ({"extend"} if extensible else set())

    # Identified: the work of its type is next; the check is recorded, no start is offered.
    identified = shown(window)
    assert identified.enabled == work
    assert "resume" not in identified.visible and "pause" in identified.visible
    assert (
        identified.next_step.startswith("Next: ") and "identity check" not in identified.next_step
    )
    assert (ADVICE in identified.next_step) is extensible  # due in four days
    assert identified.urgency_shown

    # Paused: Resume instead of Pause; the next step says what it waits for. No date moves, so
    # the extension stays open and advised; the pages offer what they offered.
    steps.pause()
    paused = shown(window)
    assert window.status_label.text() == "In progress, waiting for the requester"
    assert paused.enabled == work - {"pause"} | {"resume"}
    assert "pause" not in paused.visible and "resume" in paused.visible
    assert paused.next_step.startswith(f"Waiting for the requester: {WAITING}. Resume the request")
    assert (ADVICE in paused.next_step) is extensible
    assert paused.urgency_shown
    # …and an access answer's page offers the reason in another language (the copy prints it).
    assert paused.page_buttons - {"pause_language_button"} == identified.page_buttons

    steps.resume()
    resumed = shown(window)
    assert resumed.enabled == work and resumed.visible == identified.visible
    assert resumed.next_step == identified.next_step
    assert resumed.page_buttons == paused.page_buttons

    # Extended: once only, and no more advice to extend; the work is still next.
    if extensible:
        steps.extend()
        extended = shown(window)
        assert window.record is not None and window.record.extended_due is not None
        assert extended.enabled == work - {"extend"}
        assert extended.next_step == identified.next_step.removesuffix(" " + ADVICE)
        assert ADVICE not in extended.next_step
        assert extended.urgency_shown and window.record.urgency == "ok"
        assert extended.page_buttons == resumed.page_buttons
    else:
        barred = "takes effect at once; its time limit cannot be extended."
        assert window.extend_button.toolTip().endswith(barred)
        assert value(window, "extension").startswith("Not extended. A request of type")
        assert value(window, "extension").endswith(barred)

    # Refused: no step, no days to count, no advice; the refusal letter is what is left, and
    # the pages offer only what the services take after a closing.
    steps.refuse()
    wait_status(qtbot, window, "refused")
    refused = shown(window)
    assert refused.enabled == frozenset()
    assert "resume" not in refused.visible
    assert refused.next_step == (
        "The request is closed as refused: print the refusal letter (its reasons and the "
        "person's remedies) on the Letters page."
    )
    assert not refused.urgency_shown
    assert refused.page_buttons <= AFTER_CLOSING
    assert "refusal_text_button" in refused.page_buttons
    assert any(isinstance(p, RefusalPage) for p in window.action_pages)
    assert window.extend_button.toolTip() == ""
    # The Overview asks for no extension letter any more, nor offers an extension.
    extension = value(window, "extension")
    if extensible:
        assert extension.startswith("Due on ") and "send it by" not in extension
    else:
        assert extension == "Not extended."

    # The refusal letter leaves (from another workstation): nothing is left to do.
    entries = len(window.timeline)
    services.letters.issue(admin, rid, "refusal", "fi", "print")
    qtbot.waitUntil(lambda: len(window.timeline) > entries, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT_MS)
    assert window.next_step.text() == "Nothing left to do: the request is closed."
    assert answers == []


@no_raise_on_offscreen
def test_an_objection_is_extensible_once_an_assessed_part_is_recorded(
    english, qtbot, services: Services, admin: Actor, bus: ChangeBus, answers
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    rid = register(services, admin, "objection", customer_id=maija.id, received_at=RECEIVED)
    services.requests.identify(admin, rid, maija.id, "email_on_file")
    window = RequestWindow(Session(services, admin, bus), rid)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    # Direct marketing stops at once: nothing to extend, nor to advise, until another part.
    assert not window.extend_button.isEnabled()
    assert "only the assessment of an objection to other processing" in (
        window.extend_button.toolTip()
    )
    assert ADVICE not in window.next_step.text()

    services.objections.record(
        admin, maija.id, "analytics", RECEIVED.date(), "En halua seurantaa.", request_id=rid
    )
    qtbot.waitUntil(window.extend_button.isEnabled, timeout=WAIT_MS)
    assert window.extend_button.toolTip() == ""
    assert window.next_step.text().endswith(ADVICE)
    assert answers == []


@no_raise_on_offscreen
def test_the_copy_is_offered_once_the_person_is_identified(
    english, qtbot, services: Services, admin: Actor, bus: ChangeBus, answers
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    rid = register(services, admin, "access", customer_id=maija.id, received_at=RECEIVED)
    window = RequestWindow(Session(services, admin, bus), rid)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    [page] = [p for p in window.action_pages if isinstance(p, SubjectDataPage)]
    # The service writes no copy before the identity check is recorded.
    assert not page.write_button.isHidden() and not page.write_button.isEnabled()

    services.requests.identify(admin, rid, maija.id, "email_on_file")
    qtbot.waitUntil(lambda: window.status_label.text() == "In progress", timeout=WAIT_MS)
    assert page in window.action_pages  # shown in place
    qtbot.waitUntil(page.write_button.isEnabled, timeout=WAIT_MS)
    assert answers == []
