"""The access answer's records on the command line — systems searched, the requester's questions
and answers, the copy's delivery, a kept invoice — and the letters written from them: `no-data`
through `letter render`, the access letter in a bundle. Free text may come as JSON on stdin."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text


def unknown(services: Services, admin: Actor) -> int:
    return services.requests.register(
        admin,
        RequestInput(
            "access",
            dt.date(2026, 11, 20),
            "letter",
            None,
            requester_name="Pekka Pöllänen",
            requester_contact="Koulukatu 1, 90100 Oulu",
        ),
    ).id


def test_the_no_data_letter_is_scripted_from_the_searches(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    rid = str(unknown(services, admin))
    out = tmp_path / "ei-tietoja.pdf"
    render = ("letter", "render", "--request", rid, "--kind", "no-data", "--out", str(out))
    refused = as_admin(*render)
    assert refused.code != 0 and "searched" in refused.error_line and not out.exists()

    added = as_admin("request", "search", rid, "--system", "paper", "--found", "no")
    assert added.code == 0, added.err
    assert json.loads(added.out)["searches"][0]["system"] == "paper"
    words = {
        "system": "email",
        "found": "yes",
        "result": "pyyntösi kirje 20.11.2026",
        "on": "2026-11-23",
    }
    added = as_admin("request", "search", rid, "--json", "-", extra=json.dumps(words))
    assert added.code == 0, added.err
    assert [s["searched_on"] for s in json.loads(added.out)["searches"]] == [
        "2026-11-23",
        "2026-11-24",
    ]
    written = as_admin(*render)
    assert written.code == 0, written.err
    text = pdf_text(out.read_bytes())
    assert "Pekka Pöllänen" in text and "Paperiarkisto" in text
    assert "Löytyi: pyyntösi kirje 20.11.2026" in text


def test_bad_input_is_named_in_one_line(as_admin: Cli, services: Services, admin: Actor) -> None:
    rid = str(unknown(services, admin))
    found_without_words = as_admin("request", "search", rid, "--system", "email", "--found", "yes")
    assert found_without_words.error_line == "error: result: this field is required."
    future = as_admin(
        "request", "search", rid, "--system", "email", "--found", "no", "--on", "2026-12-24"
    )
    assert future.error_line == "error: searched_on: the date cannot be in the future."
    not_kept = as_admin("request", "kept-invoice", rid, "--number", "2024-0031")
    assert "invoice" in not_kept.error_line and "kept" in not_kept.error_line
    # Without a number: the kept invoices in the requester's name (none here).
    candidates = as_admin("request", "kept-invoice", rid)
    assert (candidates.code, json.loads(candidates.out)) == (0, [])


def test_questions_answers_and_delivery_shape_the_bundled_access_letter(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    c = add_customer(services, admin, "Tiina Tähtinen", email="tiina@example.fi", language="en")
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
    )
    services.requests.identify(admin, r.id, None, "email_on_file")
    rid = str(r.id)
    asked = as_admin(
        "request",
        "question",
        rid,
        "--json",
        "-",
        extra=json.dumps({"question": "Do you sell my data?"}),
    )
    assert asked.code == 0, asked.err
    question_id = json.loads(asked.out)["questions"][0]["id"]
    out = tmp_path / "answer.zip"
    bundle = ("letter", "bundle", "--request", rid, "--out", str(out))
    assert "no answer yet" in as_admin(*bundle).error_line and not out.exists()
    answered = as_admin(
        "request", "answer", rid, "--question-id", str(question_id), "--answer", "No, never."
    )
    assert answered.code == 0, answered.err
    delivered = as_admin("request", "delivery", rid, "--channel", "secure_link")
    assert json.loads(delivered.out)["delivery"] == {"channel": "secure_link", "detail": ""}
    written = as_admin(*bundle)
    assert written.code == 0, written.err
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    [letter] = [n for n in files if n.endswith(".pdf")]
    text = pdf_text(files[letter])
    assert "Question: Do you sell my data?" in text and "Answer: No, never." in text
    assert "through a protected download link that expires" in text and "SHA-256" in text
    shown = as_admin("request", "answer-records", rid)
    assert json.loads(shown.out)["questions"][0]["answer"] == "No, never."

    # The answer in Finnish, by --lang: the Finnish letter prints it, and only it; a Swedish
    # letter waits for its own words.
    finnish = as_admin(
        "request", "answer", rid, "--question-id", str(question_id),
        "--answer", "Emme koskaan.", "--lang", "fi",
    )  # fmt: skip
    assert finnish.code == 0, finnish.err
    render = ("letter", "render", "--request", rid, "--kind", "access", "--out")
    fi_pdf = tmp_path / "access-fi.pdf"
    rendered = as_admin(*render, str(fi_pdf), "--lang", "fi")
    assert rendered.code == 0, rendered.err
    text = pdf_text(fi_pdf.read_bytes())
    assert "Vastaus: Emme koskaan." in text and "No, never." not in text
    refused = as_admin(*render, str(tmp_path / "access-sv.pdf"), "--lang", "sv")
    assert "not yet written in Swedish: the answer to question" in refused.error_line
