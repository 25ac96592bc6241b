"""The access answer tailored to one person and backed by records (EDPB 01/2022), on a real
database and read back from the PDFs in Finnish and English: only the purposes that apply,
each invoice's retention, where we looked, the requester's questions answered, the letters sent
(previews are not, two language versions are one), the copy's delivery, and the SHA-256 table
only when the letter and the files leave together from one snapshot."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text

NAME = "Ilkka Äyräpää"
WORDS = {
    "fi": {
        "billing": "Laskutus, perintä ja asiakastapahtumien varmentaminen",
        "ads": "Mainonnan kohdentaminen",
        "analytics": "Palveluita koskeva analysointi ja tilastointi",
        "kept": "Lasku L-2024-1 (10.3.2024)",
        "until": "31.12.2030 asti (kirjanpitolaki 1336/1997, 2 luku 10 §)",
        "looked": "Sähköposti ja kirjeenvaihto",
        "found": "Löytyi: kaksi sähköpostia 3.11.2026",
        "question": "Kysymys: Mistä saitte osoitteeni?",
        "answer": "Vastaus: Annoit sen itse tilatessasi",
        "sent": "Kirjeet, jotka olemme lähettäneet sinulle",
        "receipt": "Vahvistus pyynnön saapumisesta",
        "both": "suomi, englanti",
        "channel": "salattuna sähköpostina",
        "hash": "SHA-256-tiiviste",
    },
    "en": {
        "billing": "Billing, collection and verifying customer transactions",
        "ads": "Targeting advertising",
        "analytics": "Analysis and statistics on the services",
        "kept": "Invoice L-2024-1 (10 March 2024)",
        "until": "until 31 December 2030 (Accounting Act 1336/1997, chapter 2, section 10)",
        "looked": "Email and correspondence",
        "found": "Found: two emails of 3.11.2026",
        "question": "Question: Where did you get my address?",
        "answer": "Answer: You gave it yourself when ordering",
        "sent": "Letters we have sent you",
        "receipt": "Confirmation that your request arrived",
        "both": "Finnish, English",
        "channel": "by encrypted email",
        "hash": "SHA-256",
    },
}


@pytest.fixture
def person(services: Services, admin: Actor) -> CustomerRecord:
    c = add_customer(
        services,
        admin,
        NAME,
        email="ilkka@example.fi",
        street="Rantatie 5",
        postal_code="02520",
        city="Kirkkonummi",
    )
    services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    services.invoices.add(admin, c.id, "L-2024-1", dt.date(2024, 3, 10), "125,50")
    return c


def access_request(services: Services, admin: Actor, customer_id: int) -> int:
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", customer_id)
    )
    services.requests.identify(admin, r.id, customer_id, "email_on_file")
    return r.id


def recorded(services: Services, admin: Actor, rid: int, language: str) -> None:
    answers = services.access_answers
    w = WORDS[language]
    found = w["found"].split(": ", 1)[1]
    answers.add_search(admin, rid, "email", True, found, language=language)
    answers.add_question(admin, rid, w["question"].split(": ", 1)[1])
    records = answers.records(admin, rid)
    answer = w["answer"].split(": ", 1)[1]
    answers.answer_question(admin, rid, records.questions[0].id, answer, language)
    answers.set_delivery(admin, rid, "encrypted_email", "ilkka@example.fi", language)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_answer_is_tailored_and_says_what_was_recorded(
    services: Services, admin: Actor, person: CustomerRecord, language: str
) -> None:
    w = WORDS[language]
    rid = access_request(services, admin, person.id)
    recorded(services, admin, rid, language)
    # A receipt left in both languages the same day: one letter. A preview never left.
    services.letters.issue(admin, rid, "receipt", "fi", "print")
    services.letters.issue(admin, rid, "receipt", "en", "save")
    services.letters.render(admin, rid, "receipt", language)

    text = pdf_text(services.letters.issue(admin, rid, "access", language, "save")[1])
    # Only the purposes that apply to this person: a buyer with a marketing consent, who never
    # visited the web site.
    assert w["billing"] in text
    assert w["ads"] not in text and w["analytics"] not in text
    assert w["kept"] in text and w["until"] in text
    assert w["looked"] in text and w["found"] in text
    assert w["question"] in text and w["answer"] in text
    assert w["sent"] in text and w["receipt"] in text and text.count(w["both"]) == 1
    assert "Pyyntö lisätiedoista" not in text and "Request for information" not in text
    assert w["channel"] in text and "ilkka@example.fi" in text
    # Printed or saved alone, the letter lists no hashes (they belong to a bundle) and speaks
    # of no enclosures.
    assert w["hash"] not in text
    assert ("liitteineen" if language == "fi" else "its enclosures") not in text


@pytest.mark.parametrize("language", ["fi", "en"])
def test_an_unanswered_question_keeps_the_letter_back(
    services: Services, admin: Actor, person: CustomerRecord, language: str
) -> None:
    rid = access_request(services, admin, person.id)
    services.access_answers.add_question(admin, rid, "Kenelle tietojani on luovutettu?")
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.issue(admin, rid, "access", language, "save")
    assert refused.value.code == "letter_question_unanswered"
    assert services.letters.archive(admin, rid) == ()


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_bundle_is_one_snapshot_whose_files_hold_what_the_letter_holds(
    services: Services, admin: Actor, person: CustomerRecord, language: str
) -> None:
    w = WORDS[language]
    rid = access_request(services, admin, person.id)
    recorded(services, admin, rid, language)
    services.letters.issue(admin, rid, "receipt", language, "print")
    # The reason for the wait in the letter's language: the copy prints only that language's.
    waited = {"fi": "Odotimme tilausnumeroa", "en": "We waited for your order number"}[language]
    services.requests.pause(admin, rid, waited, language=language)
    services.requests.resume(admin, rid)
    _archived, archive = services.letters.bundle(admin, rid, language)
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    [letter] = [n for n in files if n.endswith(".pdf")]
    text = pdf_text(files[letter])
    assert w["hash"] in text
    assert ("liitteineen" if language == "fi" else "its enclosures") in text
    data = json.loads(files["tiedot-data.json"])
    assert [r["id"] for r in data["requests"]] == [rid]
    # The letter's copy prints the wait with its reason; so do the files.
    assert waited in text
    assert data["requests"][0]["pauses"].endswith(f" {waited}")
    assert [(s["kind"], s["languages"]) for s in data["letters_sent"]] == [("receipt", language)]
    assert {c["purpose"] for c in data["consultations"]} >= {f"request:{rid}"}
    assert [s["system"] for s in data["searches"]] == ["email"]
    assert data["questions"][0]["answer"] == w["answer"].split(": ", 1)[1]
    assert data["register_record"][0]["restricted"] is False
    for name in ("pyynnot-requests.csv", "kasittely-consultations.csv", "kirjeet-letters.csv"):
        assert name in files and name in text
    readme = files["LUEMINUT-README.txt"].decode("utf-8")
    assert "kirjeet-letters.csv (JSON: letters_sent)" in readme


def test_a_portability_copy_keeps_to_the_data_the_person_provided(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    r = services.requests.register(
        admin, RequestInput("portability", dt.date(2026, 11, 20), "email", person.id)
    )
    services.requests.identify(admin, r.id, person.id, "email_on_file")
    with zipfile.ZipFile(io.BytesIO(services.letters.bundle(admin, r.id, "fi")[1])) as z:
        names = set(z.namelist())
    assert "kirjeet-letters.csv" not in names and "laskut-invoices.csv" in names


def test_the_records_go_with_the_erasure(
    services: Services, admin: Actor, person: CustomerRecord
) -> None:
    rid = access_request(services, admin, person.id)
    recorded(services, admin, rid, "fi")
    erasure = services.requests.register(
        admin, RequestInput("erasure", dt.date(2026, 11, 20), "email", person.id)
    )
    services.requests.identify(admin, erasure.id, person.id, "email_on_file")
    services.letters.issue(admin, erasure.id, "erasure", "fi", "save")
    services.erasure.run(admin, erasure.id, services.erasure.plan(admin, erasure.id).token)
    records = services.access_answers.records(admin, rid)
    assert records.searches == () and records.questions == () and records.delivery is None


@pytest.mark.parametrize(
    ("language", "separate", "bundled"),
    [
        (
            "fi",
            "Sähköinen kopio toimitetaan sinulle erikseen muistitikulla postitse (kirjattuna).",
            "Tämä vastaus ja sähköinen kopio toimitetaan sinulle muistitikulla postitse",
        ),
        (
            "en",
            "The electronic copy reaches you separately, on a memory stick by post (registered).",
            "This answer and the electronic copy reach you on a memory stick by post",
        ),
    ],
)
def test_the_portability_letter_states_the_copys_delivery(
    services: Services,
    admin: Actor,
    person: CustomerRecord,
    language: str,
    separate: str,
    bundled: str,
) -> None:
    r = services.requests.register(
        admin, RequestInput("portability", dt.date(2026, 11, 20), "email", person.id)
    )
    services.requests.identify(admin, r.id, person.id, "email_on_file")
    services.access_answers.set_delivery(
        admin, r.id, "post", "kirjattuna" if language == "fi" else "registered", language
    )
    enclosed = {"fi": "Tiedot ovat tämän kirjeen liitteenä.", "en": "The data are enclosed"}
    alone = pdf_text(services.letters.issue(admin, r.id, "portability", language, "save")[1])
    assert separate in alone
    # A letter that leaves without the files never says they are enclosed.
    assert enclosed[language] not in " ".join(alone.split())
    with zipfile.ZipFile(io.BytesIO(services.letters.bundle(admin, r.id, language)[1])) as z:
        [name] = [n for n in z.namelist() if n.endswith(".pdf")]
        assert bundled in pdf_text(z.read(name))
        assert enclosed[language] in " ".join(pdf_text(z.read(name)).split())
