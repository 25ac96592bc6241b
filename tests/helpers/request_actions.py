"""The action pages of a request hosted in a tab widget, as the request window hosts them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.records import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.actions import build_action_pages


def host_pages(
    qtbot: Any, services: Services, actor: Actor, request: RequestDetail
) -> tuple[QTabWidget, dict[str, QWidget]]:
    """The tab widget (keep it while the pages are used) and its pages by object name."""
    host = QTabWidget()
    qtbot.addWidget(host)
    for title, page in build_action_pages(services, actor, request, host):
        host.addTab(page, title)
    host.resize(1100, 700)
    host.show()
    pages: dict[str, QWidget] = {}
    for i in range(host.count()):
        widget = host.widget(i)
        assert widget is not None
        pages[widget.objectName()] = widget
    return host, pages


def titles(host: QTabWidget) -> list[str]:
    return [host.tabText(i) for i in range(host.count())]
