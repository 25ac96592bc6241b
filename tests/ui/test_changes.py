"""The change bus: announcements reach views in the GUI thread, several at once make one refresh."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from l4d_desktop.core.changes import Change, ChangeFeed
from l4d_desktop.ui.changes import ChangeBus


def test_announcements_arriving_together_make_one_refresh_of_the_views_that_show_them(
    qapp: QApplication, qtbot
) -> None:  # type: ignore[no-untyped-def]
    feed = ChangeFeed()
    bus = ChangeBus(feed)
    customers_view, users_view = QWidget(), QWidget()
    qtbot.addWidget(customers_view)
    qtbot.addWidget(users_view)
    refreshed: list[str] = []
    bus.listen(customers_view, {Change.CUSTOMERS}, lambda: refreshed.append("customers"))
    bus.listen(users_view, {Change.USERS}, lambda: refreshed.append("users"))

    feed.announce({Change.CUSTOMERS, Change.AUDIT})
    feed.announce({Change.CUSTOMERS})
    assert refreshed == []  # after the event being handled, not in the middle of it
    qtbot.waitUntil(lambda: refreshed == ["customers"])
    qapp.processEvents()
    assert refreshed == ["customers"]


def test_an_announcement_from_a_worker_thread_is_delivered_in_the_gui_thread(
    qapp: QApplication, qtbot
) -> None:  # type: ignore[no-untyped-def]
    feed = ChangeFeed()
    bus = ChangeBus(feed)
    view = QWidget()
    qtbot.addWidget(view)
    gui = threading.get_ident()
    threads: list[bool] = []
    bus.listen(view, {Change.REQUESTS}, lambda: threads.append(threading.get_ident() == gui))

    worker = threading.Thread(target=lambda: feed.announce({Change.REQUESTS}))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: threads == [True])


def test_a_deleted_view_and_a_deleted_bus_are_told_nothing(
    qapp: QApplication, qtbot, caplog
) -> None:  # type: ignore[no-untyped-def]
    feed = ChangeFeed()
    bus = ChangeBus(feed)
    view = QWidget()
    refreshed: list[str] = []
    bus.listen(view, {Change.CUSTOMERS}, lambda: refreshed.append("view"))
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    feed.announce({Change.CUSTOMERS})
    qapp.processEvents()
    bus.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    feed.announce({Change.CUSTOMERS})  # nobody left to tell: no error
    qapp.processEvents()
    assert refreshed == []
    assert not [r for r in caplog.records if "listener failed" in r.getMessage()]
