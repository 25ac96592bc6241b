"""The access response (Art. 15) and the portability cover letter (Art. 20): every point of
LEGAL.md's "complete access response" on the Letter in both languages and in the rendered PDF,
and the bundle: the hashes the letter prints are those of the files in the ZIP, the files parse,
and the same data give the same bytes."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from dataclasses import replace

import pytest

from l4d_desktop.core.disclosure.portability import JSON_FILE, README_FILE, TABLES
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.bundle import bundle_entries, bundle_zip, file_list, hash_lines
from l4d_desktop.core.letters.compose import access as access_letter
from l4d_desktop.core.letters.compose import access_copy
from l4d_desktop.core.letters.compose import portability as portability_letter
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Bullets, Facts
from l4d_desktop.core.letters.render.pdf import render_letter
from tests.core.letters.access_contexts import (
    AGENTS,
    AUTHORITY_EN,
    AUTHORITY_FI,
    EVENTS,
    HANDLER,
    NAME,
    PROCESSOR_EEA,
    PROCESSOR_US,
    TEXTS,
    make_context,
    make_register,
    make_subject,
)
from tests.core.letters.access_reading import (
    headings,
    pdf_pages,
    squeezed,
    table_with,
    tables,
    texts,
)

# --- the letter's content -------------------------------------------------------------------------

SECTIONS = {
    "fi": [
        "1 Vahvistus",
        "2 Jäljennös tiedoistasi",
        "3 Miten ja miksi tietojasi käsitellään",
        "4 Milloin ja miksi tietojasi on käsitelty",
        "5 Tietosi koneellisesti luettavassa muodossa",
    ],
    "en": [
        "1 Confirmation",
        "2 A copy of your data",
        "3 How and why we process your data",
        "4 When and why your data were consulted",
        "5 Your data in machine-readable form",
    ],
}


PARTS = {
    "fi": [
        "Yhteys- ja asiakastiedot",
        "Suostumukset",
        "Käsittelyn vastustaminen",
        "Tekniset tiedot käynneistäsi",
        "Laskut",
        "Pyyntösi",
        "Muistiinpanot",
        "Käyttötarkoitukset, oikeusperusteet ja säilytysajat",
        "Sinusta käsiteltävät tiedot",
        "Tietojen vastaanottajat",
        "Mistä tiedot on saatu",
        "Automaattinen päätöksenteko ja profilointi",
        "Oikeutesi",
        "Oikeussuojakeinot",
    ],
    "en": [
        "Contact and customer details",
        "Consents",
        "Objections",
        "Technical data of your visits",
        "Invoices",
        "Your requests",
        "Notes",
        "Purposes, legal bases and retention",
        "The data we process about you",
        "Recipients of the data",
        "Where the data came from",
        "Automated decision-making and profiling",
        "Your rights",
        "Your remedies",
    ],
}


UNCONFIRMED = {"fi": "vahvistamatta", "en": "to be confirmed"}
TRANSFER = {  # the mechanism of the recipient outside the EEA, and how to get a copy
    "fi": ("vakiotietosuojalausekkeet (46 artiklan 2 kohdan c", "Saat jäljennöksen lausekkeista"),
    "en": ("standard data protection clauses adopted", "You can obtain a copy of the clauses"),
}


AUTHORITY = {"fi": AUTHORITY_FI, "en": AUTHORITY_EN}


WEB_HEADER = {"fi": "Sivu, linkki, mainos", "en": "Page, link, banner"}


@pytest.fixture(scope="module")
def subject() -> SubjectData:
    return make_subject()


@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_section_of_a_complete_access_response_is_there(
    language: str, subject: SubjectData
) -> None:
    ctx = make_context(language, subject)
    letter = access_letter.COMPOSERS["access"](ctx)
    assert letter.kind == "access" and letter.language == language
    assert letter.reference == "L4D-00042" and letter.recipient[0] == NAME
    assert headings(letter, 1) == SECTIONS[language]
    assert set(PARTS[language]) <= set(headings(letter, 2))
    body = texts(letter.body)

    # 1 confirmation, 2 the copy: every field of the customer record, as held.
    assert "Lean 4D Oy asiakasrekisteri" in body
    facts = next(b for b in letter.body if isinstance(b, Facts))
    values = dict(facts.rows)
    assert NAME in values.values() and "sarka@example.fi" in values.values()
    assert "+358 40 1234567" in values.values()  # the E.164 number grouped for reading
    assert "2026-0007" in values.values() and "1234567-8" in values.values()
    assert any("Messukeskus Helsinki Oy" in v for v in values.values())

    # Consents with their history: given, withdrawn, how and the notice's version.
    consents = tables(letter)[0]
    assert len(consents.rows) == 3
    assert consents.rows[0][0] == (
        "Sähköpostimarkkinointi" if language == "fi" else "Email marketing"
    )
    assert [r[1] for r in consents.rows] == (
        ["annettu", "annettu", "peruttu"] if language == "fi" else ["given", "given", "withdrawn"]
    )
    assert all(r[4] == "2024-05" for r in consents.rows)
    assert ("Verkkoanalytiikka" if language == "fi" else "Web analytics") in body.split(
        "Voimassa olevat suostumuksesi" if language == "fi" else "Your consents in force"
    )[1].splitlines()[0]

    # Web events: all of them, compact, one row each; browser strings printed once, in full.
    events = table_with(letter, *access_copy.web_event_header(language))
    assert len(events.rows) == EVENTS
    assert events.rows[0][2] == "198.51.100.0"
    assert "/yhteystiedot" in events.rows[0][1] and "syysale-2025" in events.rows[0][1]
    key = table_with(letter, "Tunnus" if language == "fi" else "Code")
    assert {r[1] for r in key.rows} == set(AGENTS)
    assert {r[4] for r in events.rows} == {r[0] for r in key.rows}

    # Invoices with amounts in the letter's language; requests; notes as plain text.
    invoices = table_with(letter, "Laskun numero" if language == "fi" else "Invoice number")
    assert [r[0] for r in invoices.rows] == ["L4D-2025-001", "L4D-2025-002", "L4D-2025-003"]
    assert invoices.rows[0][2] == ("1\u00a0249,51\u00a0€" if language == "fi" else "€1,249.51")
    requests = table_with(letter, "Pyyntö" if language == "fi" else "Request")
    assert len(requests.rows) == 2
    assert "Sähköpostiosoitteeni on vaihtunut." in requests.rows[0][4]
    assert "<b>ei markupia</b>" in body

    # 3: purposes with their bases as the register says; never an unfinished assessment.
    purposes = table_with(
        letter,
        *(("Käyttötarkoitus", "Oikeusperuste") if language == "fi" else ("Purpose", "Legal basis")),
    )
    assert len(purposes.rows) == 3
    assert not any(UNCONFIRMED[language] in row[1] for row in purposes.rows)
    assert "2 vuotta" in body or "2 years" in body  # retention per purpose
    for key_ in ("data_categories", "recipients", "retention", "automated_decisions"):
        assert TEXTS[key_][0 if language == "fi" else 1] in body
    # The transfer per recipient, with how to obtain a copy; no general "such as" text.
    assert TEXTS["transfers"][0 if language == "fi" else 1] not in body
    assert f"{PROCESSOR_US} ({'Yhdysvallat' if language == 'fi' else 'United States'})" in body
    assert all(words in body for words in TRANSFER[language])
    assert "Module 2 (C2P)" in body and "jouni@lean4d.fi" in body
    recipients = table_with(letter, "Vastaanottaja" if language == "fi" else "Recipient")
    assert [r[0] for r in recipients.rows] == [PROCESSOR_EEA, PROCESSOR_US]
    assert recipients.rows[1][2] == ("Yhdysvallat" if language == "fi" else "United States")
    assert "Messukeskus Helsinki Oy" in body  # the source, by name
    for article in ("16", "17", "18", "21", "20"):
        assert article in texts(tuple(b for b in letter.body if isinstance(b, Bullets)))
    assert AUTHORITY[language] in body and "tietosuoja.fi" in body

    # 4: when and why, never by whom.
    consulted = [
        t for t in tables(letter) if len(t.header) == 3 and t.header[0] in ("Aika", "Time")
    ]
    assert len(consulted) == 1 and len(consulted[0].rows) == 5
    assert consulted[0].rows[4][1] == (
        "sinulle laadittiin kirje" if language == "fi" else "a letter to you was prepared"
    )
    assert "L4D-00042" in consulted[0].rows[2][2]
    assert ("oikaiseminen" if language == "fi" else "rectification") in consulted[0].rows[1][2]
    assert HANDLER not in body

    # 5: the machine-readable files with their hashes, and how to check one.
    files = table_with(letter, "Tiedosto" if language == "fi" else "File")
    assert [r[0] for r in files.rows] == [f.name for f in ctx.bundle]
    assert [r[2] for r in files.rows] == [hash_lines(f.sha256) for f in ctx.bundle]
    assert "certutil" in body and "shasum -a 256" in body
    assert len(letter.enclosures) == 1 and f"{len(ctx.bundle)} " in letter.enclosures[0]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_empty_sections_say_so_in_words(language: str) -> None:
    data = replace(
        make_subject(events=0),
        consents=(),
        objections=(),
        invoices=(),
        consultations=(),
        recipients=(),
        customer=replace(make_subject(0).customer, notes=""),
    )
    letter = access_letter.compose(make_context(language, data))
    empties = [t.empty for t in tables(letter) if not t.rows]
    assert len(empties) >= 6 and all(empties)
    assert headings(letter, 1) == SECTIONS[language]
    body = texts(letter.body)
    assert TEXTS["transfers"][0 if language == "fi" else 1] not in body  # nothing leaves the EEA
    assert (
        "Sinusta ei ole kirjattu muistiinpanoja." if language == "fi" else "No notes about you"
    ) in body


@pytest.mark.parametrize("language", ["fi", "en"])
def test_notes_about_other_people_are_held_back_pending_review(language: str) -> None:
    data = make_subject(events=3, notes_third_party=True)
    body = texts(access_letter.compose(make_context(language, data)).body)
    assert data.customer.notes not in body
    assert ("15 artiklan 4 kohdan" if language == "fi" else "Article 15(4)") in body


@pytest.mark.parametrize("language", ["fi", "en"])
def test_nothing_held_is_confirmed_as_such(language: str) -> None:
    ctx = replace(make_context(language), subject=None, bundle=())
    letter = access_letter.compose(ctx)
    body = texts(letter.body)
    assert ("Emme käsittele" if language == "fi" else "We do not process") in body
    assert AUTHORITY[language] in body
    assert letter.enclosures == ()


def test_a_register_that_lacks_a_text_the_letter_needs_is_refused() -> None:
    register = make_register()
    thin = replace(register, texts=tuple(t for t in register.texts if t[0] != "transfers"))
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.compose(make_context("fi", register=thin))
    assert refused.value.code == "letter_register_incomplete"
    assert refused.value.params == {"texts": "transfers"}
    # Only the letter's own language must be written.
    english_only = replace(
        register,
        texts=tuple((k, "" if k == "retention" else fi, en) for k, fi, en in register.texts),
    )
    access_letter.compose(make_context("en", register=english_only))
    with pytest.raises(BusinessRuleError):
        access_letter.compose(make_context("fi", register=english_only))
    with pytest.raises(BusinessRuleError):
        access_letter.compose(replace(make_context("en"), register=None))


# --- the rendered PDF -----------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["fi", "en"])
def rendered(
    request: pytest.FixtureRequest, subject: SubjectData
) -> tuple[str, LetterContext, bytes]:
    ctx = make_context(request.param, subject)
    return request.param, ctx, render_letter(access_letter.compose(ctx))


def test_the_pdf_reads_back_with_every_section(rendered: tuple[str, LetterContext, bytes]) -> None:
    language, ctx, pdf = rendered
    pages = pdf_pages(pdf)
    whole = "\n".join(pages)
    flat = squeezed(whole)
    for heading in SECTIONS[language] + PARTS[language]:
        assert squeezed(heading) in flat, heading
    assert NAME in whole
    assert PROCESSOR_EEA in whole and PROCESSOR_US in whole
    assert AUTHORITY[language] in whole
    assert squeezed(UNCONFIRMED[language]) not in flat  # nor wrapped inside its cell
    for f in ctx.bundle:
        assert f.sha256 in flat, f.name
    # The web events run over several pages with their header repeated on each.
    with_header = [n for n, p in enumerate(pages) if squeezed(WEB_HEADER[language]) in squeezed(p)]
    assert len(with_header) > 1, with_header
    assert HANDLER in whole  # the signer signs the letter; section 4 names nobody


def test_the_same_letter_renders_to_the_same_bytes(
    rendered: tuple[str, LetterContext, bytes],
) -> None:
    language, _, pdf = rendered
    again = render_letter(access_letter.compose(make_context(language, make_subject())))
    assert again == pdf


# --- the bundle -----------------------------------------------------------------------------------


def test_the_zip_holds_the_letter_and_files_whose_hashes_the_letter_prints(
    rendered: tuple[str, LetterContext, bytes], subject: SubjectData
) -> None:
    _, ctx, pdf = rendered
    archive = bundle_zip(pdf, "kirje-letter.pdf", bundle_entries(subject), subject.assembled_at)
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert names == sorted(names)
        assert set(names) == {"kirje-letter.pdf", *(f.name for f in ctx.bundle)}
        content = {n: z.read(n) for n in names}
        infos = z.infolist()
    assert content["kirje-letter.pdf"] == pdf
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)
    assert {i.date_time for i in infos} == {(2026, 1, 17, 17, 30, 0)}  # office time
    assert all((i.external_attr >> 16) & 0o777 == 0o600 for i in infos)

    # Every hash printed in the PDF is the file's in the ZIP.
    # Every hash printed in the PDF, read beside its file's name, is that file's in the ZIP.
    flat = squeezed("\n".join(pdf_pages(pdf)))
    for f in ctx.bundle:
        found = re.search(re.escape(f.name) + r"[\d,.\xa0]+(?:tavua|bytes)([0-9a-f]{64})", flat)
        assert found is not None, f.name
        assert found.group(1) == hashlib.sha256(content[f.name]).hexdigest()
        assert f.size == len(content[f.name])

    document = json.loads(content[JSON_FILE].decode("utf-8"))
    assert document["customer"]["name"] == NAME
    assert len(document["web_events"]) == EVENTS
    for table in TABLES:
        raw = content[table.file]
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert rows[0] == [c.name for c in table.columns]
    events = list(
        csv.DictReader(
            io.StringIO(content["verkkotapahtumat-web_events.csv"].decode("utf-8-sig"), newline="")
        )
    )
    assert len(events) == EVENTS
    assert JSON_FILE in content[README_FILE].decode("utf-8")


def test_the_bundle_is_the_same_bytes_for_the_same_data(subject: SubjectData) -> None:
    first = bundle_entries(subject)
    second = bundle_entries(make_subject())
    assert first == second
    assert file_list(first) == file_list(second)
    pdf = b"%PDF-1.4 letter"
    one = bundle_zip(pdf, "kirje.pdf", first, dt.date(2026, 1, 30))
    two = bundle_zip(pdf, "kirje.pdf", tuple(reversed(second)), dt.date(2026, 1, 30))
    assert one == two
    with pytest.raises(ValueError):
        bundle_zip(pdf, JSON_FILE, first)


# --- the portability cover letter -----------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_portability_letter_lists_the_files_and_the_right_to_transmit(
    language: str, subject: SubjectData
) -> None:
    ctx = make_context(language, subject, kind="portability")
    letter = portability_letter.COMPOSERS["portability"](ctx)
    body = texts(letter.body)
    assert letter.kind == "portability"
    files = table_with(letter, "Tiedosto" if language == "fi" else "File")
    assert [r[2] for r in files.rows] == [hash_lines(f.sha256) for f in ctx.bundle]
    assert JSON_FILE in body and README_FILE in body and "UTF-8" in body
    assert f"{EVENTS}" in body  # the observed data, counted
    assert ("teknisesti mahdollista" if language == "fi" else "technically feasible") in body
    assert AUTHORITY[language] not in body  # no remedies: nothing was refused
    pdf = render_letter(letter)
    flat = squeezed("\n".join(pdf_pages(pdf)))
    for f in ctx.bundle:
        assert f.sha256 in flat
