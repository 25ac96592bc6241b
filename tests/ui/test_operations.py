"""Work in a worker thread: results, failures and progress arrive in the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from l4d_desktop.core.errors import L4DError
from l4d_desktop.ui.operations import BackgroundJob, failure_text


def test_the_result_and_the_progress_are_delivered_in_the_gui_thread(
    qapp: QApplication, qtbot
) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def work(job: BackgroundJob) -> int:
        job.report(1, 2)
        return threading.get_ident()

    job = BackgroundJob(work)
    job.connect(
        lambda worker: seen.append(("done", worker != gui, threading.get_ident() == gui)),
        lambda exc: seen.append(("failed", exc, False)),
        lambda done, total: seen.append(("progress", (done, total), threading.get_ident() == gui)),
    )
    job.start()
    qtbot.waitUntil(lambda: not job.running)
    assert seen == [("progress", (1, 2), True), ("done", True, True)]


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (L4DError("file_empty"), "The file is empty."),
        (KeyError("secret@example.fi"), "unexpected error (KeyError)"),
    ],
)
def test_a_failure_is_delivered_and_explained_without_its_message(
    qapp: QApplication, qtbot, error: Exception, text: str
) -> None:  # type: ignore[no-untyped-def]
    failures: list[BaseException] = []

    def work(_job: BackgroundJob) -> None:
        raise error

    job = BackgroundJob(work)
    job.connect(lambda _r: None, failures.append)
    job.start()
    qtbot.waitUntil(lambda: not job.running)
    assert failures == [error]
    assert text in failure_text(error)
    assert "secret" not in failure_text(error)


def test_cancel_is_seen_by_the_work(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    results: list[bool] = []

    def work(job: BackgroundJob) -> bool:
        started.set()
        while not job.cancelled():
            threading.Event().wait(0.01)
        return True

    job = BackgroundJob(work)
    job.connect(results.append, lambda _e: None)
    job.start()
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: not job.running)
    assert results == [True]
