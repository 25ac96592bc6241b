"""A letters page for one request, shown and loaded as the letters tests use it."""

from __future__ import annotations

from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.ui.letters.page import LettersPage
from l4d_desktop.ui.session import Session
from tests.helpers.gui import finish


def make_page(qtbot: Any, services: Services, actor: Actor, request: RequestDetail) -> LettersPage:
    page = LettersPage(Session(services, actor), request.record.id, request.record.type)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    finish(qtbot, page.load_job)
    return page
