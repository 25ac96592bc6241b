"""The pages of a request window that carry out what the request asks, one set per type.

`build_action_pages` is what the request window calls: (tab title, page) pairs, each page with a
`changed` signal it emits after it changed something (the window then reloads and rebuilds them).
Every page is read-only for a user without the right; the services enforce the rights as well.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import RequestType
from l4d_desktop.ui.labels import hint_label
from l4d_desktop.ui.recipients_page import RecipientsPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestActionPages", text)


class PendingPage(QWidget):
    """A page whose work is not available in this version yet."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pending_action_page")
        label = hint_label("pending_action_label")
        label.setText(text)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)


def build_action_pages(
    services: Services, actor: Actor, request: RequestDetail, parent: QWidget
) -> list[tuple[str, QWidget]]:
    """The pages for the request's type, titles translated, in the order they are shown."""
    kind = request.record.type
    pages: list[tuple[str, QWidget]] = []
    if request.record.customer_id is None and request.erased_at is None:
        page = PendingPage(
            _tr("The person is not identified yet: identify the customer first."), parent
        )
        return [(_tr("&Actions"), page)]
    if kind in (
        RequestType.RECTIFICATION.value,
        RequestType.ERASURE.value,
        RequestType.RESTRICTION.value,
    ):
        pages.append(
            (_tr("Reci&pients (Art. 19)"), RecipientsPage(services, actor, request, parent))
        )
    return pages


__all__ = ["build_action_pages"]
