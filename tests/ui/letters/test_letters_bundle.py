"""Save with data files… on the Letters page: the access answer and its machine-readable files
in one ZIP from one snapshot, the letter archived as bundled and listing the files' hashes;
offered only for the letters that go with the files; a file that cannot be written archives
nothing."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui import file_names
from tests.helpers.gui import WAIT_MS, click, finish
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import open_request
from tests.ui.letters.letter_pages import make_page


def test_the_access_answer_is_saved_with_its_files_as_one_bundle(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    tmp_path,
    monkeypatch,
    answers,
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    assert not page.bundle_button.isEnabled()  # a receipt goes without the files
    assert page.select_kind("access")
    assert page.bundle_button.isEnabled()
    assert page.bundle_button.text() == "Save wit&h data files…"
    target = tmp_path / "vastaus.zip"
    asked: list[str] = []

    def ask_save_file(_parent: object, purpose: str, _title: str, name: str, *_a, **_k) -> Path:  # type: ignore[no-untyped-def]
        asked.append(name)
        return target

    monkeypatch.setattr(file_names, "ask_save_file", ask_save_file)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        click(qtbot, page.bundle_button)
    finish(qtbot, page.issue_job)
    finish(qtbot, page.load_job)
    assert answers == []
    ref = f"L4D-{request.record.id:05d}"
    assert asked == [f"answer-{ref}-access-fi.zip"]
    [letter] = services.letters.archive(admin, request.record.id)
    assert (letter.kind, letter.how) == ("access", "bundle")
    with zipfile.ZipFile(target) as z:
        files = {n: z.read(n) for n in z.namelist()}
    [pdf_name] = [n for n in files if n.endswith(".pdf")]
    assert hashlib.sha256(files[pdf_name]).hexdigest() == letter.sha256
    printed = pdf_text(files[pdf_name]).replace(" ", "")
    for name, content in files.items():
        if name != pdf_name:
            assert hashlib.sha256(content).hexdigest() in printed, name
    assert page.status_label.text().startswith(f"Saved to {target}: Access response")


def test_a_bundle_that_cannot_be_written_archives_nothing(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    tmp_path,
    monkeypatch,
    answers,
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("access")
    page.save_bundle(tmp_path / "no-such-folder" / "vastaus.zip")
    finish(qtbot, page.issue_job)
    assert services.letters.archive(admin, request.record.id) == ()
    assert page.status_label.text() == "Nothing was archived."
    [(what, text)] = answers
    assert what == "error" and "could not be written" in text
