"""The letter service on a real database: which letters a request can have, previews, the
archive of letters that left, rights, the erasure's letter-first rule, settings, bundles."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied, ValidationError
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.users import make_user

NAME = "Šárka Łukasiewicz-Öhman"


@pytest.fixture
def person(services: Services, admin: Actor) -> CustomerRecord:
    c = add_customer(
        services,
        admin,
        NAME,
        email="sarka@example.fi",
        phone="040 765 4321",
        street="Mannerheimintie 1 A 2",
        postal_code="00100",
        city="Helsinki",
    )
    services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    services.invoices.add(admin, c.id, "L-2024-1", dt.date(2024, 3, 10), "125,50")
    rows = ["email,time,ip,page"]
    rows += [
        f"sarka@example.fi,2026-10-{1 + n % 28:02d}T10:00:00Z,192.0.2.{n},/s/{n}" for n in range(30)
    ]
    services.events.import_file(admin, ("\n".join(rows) + "\n").encode(), "events.csv")
    services.processors.add(
        admin,
        ProcessorInput(
            name="Postituspalvelu Oy",
            role="postitus",
            country="FI",
            role_en="mail delivery",
            role_sv="postutdelning",
        ),
    )
    return c


def request(services: Services, admin: Actor, rtype: str, customer_id: int | None) -> int:
    r = services.requests.register(
        admin,
        RequestInput(
            rtype,
            dt.date(2026, 11, 20),
            "email",
            customer_id,
            requester_name="Šárka Ł.-Ö.",
            requester_contact="Mannerheimintie 1 A 2, 00100 Helsinki",
        ),
    )
    return r.id


def identified(services: Services, admin: Actor, rtype: str, customer_id: int) -> int:
    rid = request(services, admin, rtype, customer_id)
    services.requests.identify(admin, rid, customer_id, "email_on_file")
    return rid


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_choices_follow_the_request(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = request(services, admin, "access", None)
    choices = {c.kind: c for c in services.letters.choices(admin, rid)}
    assert set(choices) == {k.value for k in LetterKind}
    assert choices["receipt"].available and choices["identification"].available
    assert choices["access"].reason == "letter_needs_customer"
    assert choices["erasure"].reason == "letter_kind_unavailable"
    assert choices["extension"].reason == "letter_needs_extension"
    assert choices["refusal"].reason == "letter_needs_refusal"
    services.requests.identify(admin, rid, person.id, "email_on_file")
    choices = {c.kind: c for c in services.letters.choices(admin, rid)}
    assert choices["access"].available
    # Once identified, a letter saying the request's details were not enough is not offered.
    assert choices["identification"].reason == "letter_identity_known"
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, rid, "identification", "fi")
    assert refused.value.code == "letter_identity_known"
    assert services.letters.default_language(admin, rid) == "fi"


def test_a_preview_is_not_archived_and_an_issued_letter_is(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = request(services, admin, "access", person.id)
    preview = services.letters.render(admin, rid, "receipt", "fi")
    assert preview.pdf.startswith(b"%PDF") and preview.pages >= 1
    assert preview.sha256 == hashlib.sha256(preview.pdf).hexdigest()
    assert services.letters.archive(admin, rid) == ()
    archived, pdf = services.letters.issue(admin, rid, "receipt", "en", "save")
    assert archived.sha256 == hashlib.sha256(pdf).hexdigest()
    assert (archived.kind, archived.language, archived.how, archived.has_pdf) == (
        "receipt",
        "en",
        "save",
        True,
    )
    assert services.letters.archive(admin, rid) == (archived,)
    assert services.letters.archived_pdf(admin, archived.id) == pdf
    # Unchanged data, same letter: byte-identical to a fresh render of the same day.
    assert services.letters.render(admin, rid, "receipt", "en").pdf == pdf
    actions = [r["action"] for r in audit_rows(services.db.path)]
    assert "letter.render" in actions and "letter.issue" in actions


def test_the_address_and_signature_come_from_the_register(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = request(services, admin, "access", person.id)
    text = text_of(services.letters.render(admin, rid, "receipt", "fi").pdf)
    assert NAME in text and "Mannerheimintie 1 A 2" in text and "00100 Helsinki" in text
    assert "L4D-" in text and "24.11.2026" in text
    user = services.users.get_user(admin, admin.user_id)
    assert user.full_name in text
    # Before a customer is linked, the letter goes to the requester as the request has it.
    anonymous = request(services, admin, "access", None)
    text = text_of(services.letters.render(admin, anonymous, "identification", "en").pdf)
    assert "Šárka Ł.-Ö." in text and "24 November 2026" in text


def test_rights_are_checked_and_denials_audited(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = request(services, admin, "access", person.id)
    reader = make_user(services, admin, "lukija", "reader", "hyvin pitkä salasana 12345")
    assert services.letters.choices(reader, rid)
    with pytest.raises(PermissionDenied):
        services.letters.render(reader, rid, "receipt", "fi")
    handler = make_user(services, admin, "kasittelija", "handler", "toinen pitkä salasana 678")
    services.users.set_right(admin, handler.user_id, "data.export", False)
    assert services.letters.render(handler, rid, "receipt", "fi").pages >= 1
    with pytest.raises(PermissionDenied):
        services.letters.issue(handler, rid, "receipt", "fi", "print")
    with pytest.raises(PermissionDenied):
        services.letters.settings_values(handler)
    denied = [r for r in audit_rows(services.db.path) if r["outcome"] == "denied"]
    assert {r["action"] for r in denied} >= {"letter.render", "letter.issue", "settings.letters"}


def test_bad_kind_language_or_how_name_the_field(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = request(services, admin, "access", person.id)
    for call, field in (
        (lambda: services.letters.render(admin, rid, "love-letter", "fi"), "kind"),
        (lambda: services.letters.render(admin, rid, "receipt", "de"), "language"),
        (lambda: services.letters.issue(admin, rid, "receipt", "fi", "fax"), "how"),
    ):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.params["field"] == field
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, rid, "erasure", "fi")
    assert refused.value.code == "letter_kind_unavailable"


def test_erasure_needs_its_letter_first_and_then_keeps_only_the_hash(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = identified(services, admin, "erasure", person.id)
    receipt, _pdf = services.letters.issue(admin, rid, "receipt", "fi", "print")
    plan = services.erasure.plan(admin, rid)
    assert plan.letter_ready is False
    with pytest.raises(BusinessRuleError) as caught:
        services.erasure.run(admin, rid, plan.token)
    assert caught.value.code == "erasure_letter_first"

    letter, pdf = services.letters.issue(admin, rid, "erasure", "fi", "save")
    text = text_of(pdf)
    assert "L-2024-1" in text and "31.12.2030" in text  # the kept invoice, until when
    plan = services.erasure.plan(admin, rid)
    assert plan.letter_ready  # and the token did not change with the archive's new line
    result = services.erasure.run(admin, rid, plan.token)
    assert result.letter_ready

    archive = services.letters.archive(admin, rid)
    assert [(a.kind, a.sha256, a.has_pdf) for a in archive] == [
        ("receipt", receipt.sha256, False),
        ("erasure", letter.sha256, False),
    ]
    with pytest.raises(BusinessRuleError) as gone:
        services.letters.archived_pdf(admin, letter.id)
    assert gone.value.code == "letter_pdf_erased"
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM letters WHERE pdf IS NOT NULL").fetchone() == (0,)
    assert {c.reason for c in services.letters.choices(admin, rid)} == {"letter_after_erasure"}


def test_printed_letters_are_listed_as_consultations(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    first = identified(services, admin, "access", person.id)
    services.letters.issue(admin, first, "receipt", "fi", "print")
    second = identified(services, admin, "access", person.id)
    data = services.subject_data.assemble(admin, second)
    assert ("print", f"request:{first}") in {(c.kind, c.purpose) for c in data.consultations}


def test_the_bundle_holds_the_letter_and_the_files_it_lists(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = identified(services, admin, "access", person.id)
    archived, archive = services.letters.bundle(admin, rid, "fi")
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        names = z.namelist()
        files = {n: z.read(n) for n in names}
    letters = [n for n in names if n.endswith(".pdf")]
    assert len(letters) == 1
    pdf = files[letters[0]]
    assert hashlib.sha256(pdf).hexdigest() == archived.sha256
    data = json.loads(files["tiedot-data.json"])
    assert NAME in json.dumps(data, ensure_ascii=False)
    csvs = [n for n in names if n.endswith(".csv")]
    assert csvs
    for name in csvs:
        rows = list(csv.reader(io.StringIO(files[name].decode("utf-8-sig"))))
        assert rows and rows[0]
    printed = re.sub(r"\s+", "", text_of(pdf))
    for name in names:
        if name != letters[0]:
            assert hashlib.sha256(files[name]).hexdigest() in printed, name
    # The same data give the same files; the first bundle is now a consultation of the
    # person's data and a letter sent, which the files hold as the letter does.
    with zipfile.ZipFile(io.BytesIO(services.letters.bundle(admin, rid, "fi")[1])) as z:
        again = {n: z.read(n) for n in z.namelist()}
    grown = {"tiedot-data.json", "kasittely-consultations.csv", "kirjeet-letters.csv"}
    assert {n: b for n, b in again.items() if n not in letters and n not in grown} == {
        n: b for n, b in files.items() if n not in letters and n not in grown
    }
    sent = list(csv.reader(io.StringIO(again["kirjeet-letters.csv"].decode("utf-8-sig"))))
    assert sent[1][2:] == ["access", "fi"] and len(sent) == 2


def test_letter_settings_are_checked_and_drive_the_letters(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    values = services.letters.settings_values(admin)
    assert values["controller_name"] == "Lean 4D Oy"
    with pytest.raises(ValidationError) as caught:
        services.letters.update_settings(admin, {"envelope_offset_x_mm": "31"})
    assert caught.value.params["field"] == "envelope_offset_x_mm"
    with pytest.raises(ValidationError) as empty:
        services.letters.update_settings(admin, {"controller_name": "  "})
    assert (empty.value.params["field"], empty.value.code) == ("controller_name", "required")
    assert services.letters.settings_values(admin) == values  # nothing half-saved
    services.letters.update_settings(
        admin, {"controller_phone": "+358 9 123 4567", "envelope_offset_y_mm": "-2,5"}
    )
    assert services.letters.settings_values(admin)["envelope_offset_y_mm"] == "-2.5"
    rid = request(services, admin, "access", person.id)
    assert "+358 9 123 4567" in text_of(services.letters.render(admin, rid, "receipt", "fi").pdf)
    page = text_of(services.letters.calibration(admin, "fi"))
    assert "-2,5 mm" in page
    assert "+3,0 mm" in text_of(services.letters.calibration(admin, "fi", offset_x_mm=3.0))


@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_kind_renders_for_a_request_it_answers(
    services: Services, admin: Actor, person: CustomerRecord, language: str, tmp_path: Path
) -> None:
    """Each kind on a request of its type in a state that allows it; fonts embedded."""
    made: dict[str, int] = {}
    for rtype in ("access", "portability", "rectification", "erasure", "restriction"):
        made[rtype] = identified(services, admin, rtype, person.id)
    for rtype in ("objection", "withdrawal"):
        made[rtype] = identified(services, admin, rtype, person.id)
    extended = identified(services, admin, "access", person.id)
    services.requests.extend(
        admin,
        extended,
        None,
        "Paljon tietoja on koottavana eri paikoista",
        grounds=["complexity"],
        language=language,
    )
    # The objection letter tells how the objection recorded under the request was handled.
    services.request_actions.record_objections(admin, made["objection"], ["direct_marketing"])
    # The restriction with its ground and a lift notice, and the rectification's finding.
    evidence = services.request_evidence
    evidence.restrict(admin, made["restriction"], "a")
    evidence.announce_lift(
        admin,
        made["restriction"],
        dt.date(2026, 11, 25),
        "accuracy_verified",
        "Tarkistimme osoitteesi väestötietojärjestelmästä ja se on oikein.",
        language,
    )
    evidence.record_already_correct(
        admin, made["rectification"], "Vertasimme nimeäsi sopimukseesi ja se on sama.", language
    )
    refused = identified(services, admin, "other", person.id)
    services.requests.close(
        admin, refused, "refused", "Sama pyyntö kolmesti", "excessive", "Arvio", language=language
    )
    # A requester matched to no customer, after the searches are recorded.
    unknown = request(services, admin, "access", None)
    services.access_answers.add_search(admin, unknown, "email", False, "")
    wanted = {
        "receipt": made["access"],
        "identification": unknown,
        "extension": extended,
        "access": made["access"],
        "portability": made["portability"],
        "rectification": made["rectification"],
        "erasure": made["erasure"],
        "restriction": made["restriction"],
        "restriction-lifted": made["restriction"],
        "objection": made["objection"],
        "withdrawal": made["withdrawal"],
        "refusal": refused,
        "no-data": unknown,
    }
    assert set(wanted) == {k.value for k in LetterKind}
    for kind, rid in wanted.items():
        rendered = services.letters.render(admin, rid, kind, language)
        pdf = PdfReader(io.BytesIO(rendered.pdf))
        assert len(pdf.pages) == rendered.pages >= 1, kind
        for page in pdf.pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object(), kind
        # The no-data answer and the identification request (nobody is identified yet) go to
        # the requester as the request names them.
        to_requester = kind in ("no-data", "identification")
        assert ("Šárka Ł.-Ö." if to_requester else NAME) in text_of(rendered.pdf), kind


def test_the_timeline_lists_letters_sent_not_previews(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    linked = request(services, admin, "access", person.id)
    unlinked = request(services, admin, "access", None)
    for rid in (linked, unlinked):
        services.letters.render(admin, rid, "receipt", "fi")
        services.letters.issue(admin, rid, "receipt", "en", "print")
        entries = services.requests.timeline(admin, rid)
        sent = [(e.action, e.code, e.actor_name) for e in entries if e.action.startswith("letter.")]
        assert sent == [("letter.issue", "receipt", "Jouni Ojala")]
        assert [e.at for e in entries] == sorted(e.at for e in entries)


def test_no_objection_letter_before_an_objection_is_recorded(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    """Its intro says how the objection was handled: without one on record it is not offered."""
    rid = identified(services, admin, "objection", person.id)
    choice = {c.kind: c for c in services.letters.choices(admin, rid)}["objection"]
    assert (choice.available, choice.reason) == (False, "letter_needs_objection")
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, rid, "objection", "fi")
    assert refused.value.code == "letter_needs_objection"
    services.request_actions.record_objections(admin, rid, ["direct_marketing"])
    assert {c.kind: c for c in services.letters.choices(admin, rid)}["objection"].available
