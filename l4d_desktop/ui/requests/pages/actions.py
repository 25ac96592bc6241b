"""Which pages of a request window carry out what the request asks, one set per type.

`build_action_pages` is what the request window calls: (tab title, page) pairs, each page a
`RequestPage` with a `changed` signal it emits after it changed something (the window then
reloads and rebuilds them). Every page is read-only for a user without the right; the services
enforce the rights as well.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.records import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import RequestStatus, RequestType
from l4d_desktop.ui.requests.pages.answer_records import AnswerRecordsPage
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.pages.erasure import ErasurePage
from l4d_desktop.ui.requests.pages.objection import ObjectionRequestPage
from l4d_desktop.ui.requests.pages.recipients import RecipientsPage
from l4d_desktop.ui.requests.pages.rectification import RectificationPage
from l4d_desktop.ui.requests.pages.refusal import RefusalPage
from l4d_desktop.ui.requests.pages.restriction import RestrictionPage
from l4d_desktop.ui.requests.pages.subject_data import SubjectDataPage
from l4d_desktop.ui.requests.pages.withdrawal import WithdrawalPage
from l4d_desktop.ui.widgets.layouts import column

CONTEXT = "RequestActionPages"
RECIPIENTS = (QT_TRANSLATE_NOOP("RequestActionPages", "Reci&pients (Art. 19)"), RecipientsPage)
DATA_HELD = (QT_TRANSLATE_NOOP("RequestActionPages", "&Data held"), SubjectDataPage)
REFUSAL = (QT_TRANSLATE_NOOP("RequestActionPages", "Re&fusal"), RefusalPage)
# Recorded for a requester matched to no customer too: the no-data answer needs the searches.
ANSWER = (QT_TRANSLATE_NOOP("RequestActionPages", "Searched a&nd asked"), AnswerRecordsPage)

# The pages of each type, in the order shown: (tab title in the CONTEXT, page class).
PAGES: dict[str, tuple[tuple[str, type[RequestPage]], ...]] = {
    RequestType.ERASURE.value: (
        (QT_TRANSLATE_NOOP("RequestActionPages", "&Erasure"), ErasurePage),
        RECIPIENTS,
    ),
    RequestType.ACCESS.value: (DATA_HELD, ANSWER),
    RequestType.PORTABILITY.value: (DATA_HELD,),
    RequestType.RECTIFICATION.value: (
        (QT_TRANSLATE_NOOP("RequestActionPages", "R&ectification"), RectificationPage),
        RECIPIENTS,
    ),
    RequestType.RESTRICTION.value: (
        (QT_TRANSLATE_NOOP("RequestActionPages", "Restrictio&n"), RestrictionPage),
        RECIPIENTS,
    ),
    RequestType.OBJECTION.value: (
        (QT_TRANSLATE_NOOP("RequestActionPages", "Ob&jections"), ObjectionRequestPage),
    ),
    RequestType.WITHDRAWAL.value: (
        (QT_TRANSLATE_NOOP("RequestActionPages", "With&drawal"), WithdrawalPage),
    ),
}


class NoticePage(RequestPage):
    """The page of a request whose person is not identified yet: it says so."""

    object_name = "action_notice_page"

    intro = QT_TRANSLATE_NOOP(
        "RequestActionPages",
        "The person is not identified yet: link the request to the customer first.",
    )

    def build(self) -> None:
        self.label = self.intro_label
        column(self, self.label, stretch=1)

    def retranslate(self) -> None:
        # Words of the pages' common context, not of this class.
        self.label.setText(QCoreApplication.translate("RequestActionPages", self.intro))


def build_action_pages(
    services: Services, actor: Actor, request: RequestDetail, parent: QWidget
) -> list[tuple[str, RequestPage]]:
    """The pages for the request's type, titles translated, in the order they are shown."""
    kind = request.record.type
    pages = PAGES.get(kind, ())
    # An erasure's page says itself what waits for the identification.
    if request.record.customer_id is None and kind != RequestType.ERASURE.value:
        if not pages:
            return []
        notice = (QT_TRANSLATE_NOOP("RequestActionPages", "&Actions"), NoticePage)
        pages = (notice, *(p for p in pages if p is ANSWER))
    if request.record.status == RequestStatus.REFUSED.value:
        pages = (*pages, REFUSAL)
    return [
        (QCoreApplication.translate(CONTEXT, title), page(services, actor, request, parent))
        for title, page in pages
    ]


def page_layout_key(request: RequestDetail) -> tuple[object, ...]:
    """What decides which pages a request has and what they allow: while it stays the same, the
    window refreshes its pages in place instead of building them again."""
    r = request.record
    return (r.type, r.customer_id, r.is_open, request.erased_at)
