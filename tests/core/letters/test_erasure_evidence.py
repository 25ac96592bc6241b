"""The erasure letter as evidence, on a real register: it is archived with the plan it
describes, says by which day the data go and how long backups keep them, says what can still
be connected with the person, and names the Art. 19 recipients as the checklist records them."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.archive import ArchivedLetter
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Processor
from tests.core.erasure.erased_person import make_person
from tests.helpers.clock import FakeClock
from tests.helpers.database import raw_db
from tests.helpers.pdf import pdf_text

LANGS = ("fi", "en")


def _erasure_letters(services: Services, admin: Actor, request_id: int) -> list[ArchivedLetter]:
    return [a for a in services.letters.archive(admin, request_id) if a.kind == "erasure"]


@pytest.mark.parametrize("language", LANGS)
def test_the_letter_names_its_day_backups_and_kept_invoices_and_the_archive_the_run(
    services: Services, admin: Actor, clock: FakeClock, language: str
) -> None:
    p = make_person(services, admin, invoices=1, events=2, letter=False)
    archived, pdf = services.letters.issue(admin, p.erasure_id, "erasure", language, "save")
    plan = services.erasure.plan(admin, p.erasure_id)
    # Received 20.11.2026: due 21.12.2026 (20.12. is a Sunday); the plan's token is archived.
    assert plan.erase_by == dt.date(2026, 12, 21)
    assert (archived.plan_token, archived.erase_by) == (plan.token, plan.erase_by)
    assert plan.letter_ready
    text = pdf_text(pdf)
    if language == "fi":
        assert "Poistamme tietosi asiakasrekisteristämme viimeistään 21.12.2026." in text
        assert "Poistetaan viimeistään 21.12.2026" in text
        assert "lukuun ottamatta edellä lueteltuja laskuja" in text
        assert "nimesi ja laskutusosoitteesi" in text
        # The automatic backups keep 7 (the backup_keep setting), none older than 7 days.
        assert "enintään 7 päivän ajan" in text and "Viimeistään 28.12.2026" in text
        assert "se on edelleen sinua koskeva henkilötieto" in text
        assert "emme enää pysty yhdistämään sinua aiempiin tietoihisi. Jos" not in text
    else:
        assert "by 21 December 2026 at the latest" in text
        assert "except for the invoices listed above" in text
        assert "name and billing address" in text
        assert "for at most 7 days more" in text and "By 28 December 2026" in text
        assert "is still personal data" in text
    # The erasure runs two days later: the archive keeps that day beside the promised one.
    clock.advance(days=2)
    services.erasure.run(admin, p.erasure_id, plan.token)
    (letter,) = _erasure_letters(services, admin, p.erasure_id)
    assert letter.erase_by == dt.date(2026, 12, 21)
    assert letter.erasure_ran_on == dt.date(2026, 11, 26)
    assert letter.plan_token == plan.token


# The explanation of the suppression hash, and the later sentence that refers back to it.
HASH_TOLD = {
    "fi": ("pseudonymisoitu", "henkilötieto", "Edellä kuvattu markkinoinnin estolistan tiiviste"),
    "en": ("pseudonymised", "personal data", "suppression list, explained above, stays"),
    "sv": ("pseudonymiserad", "personuppgift", "spärrlista för marknadsföring, som beskrivs ovan"),
}


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_the_suppression_hash_is_explained_once(
    services: Services, admin: Actor, language: str
) -> None:
    p = make_person(services, admin, invoices=1, events=2, letter=False)
    _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", language, "save")
    text = " ".join(pdf_text(pdf).split())
    pseudonymised, personal, back = HASH_TOLD[language]
    assert text.count(pseudonymised) == 1
    explained = text.index(pseudonymised)
    # "Still personal data" is said in the explanation alone; the later sentence refers to it.
    assert text.count(personal + " ") + text.count(personal + ",") >= 1
    assert text.index(back) > explained
    hash_word = {"fi": "tiiviste", "en": "hash", "sv": "hashvärde"}[language]
    after = text[text.index(back) :]
    assert personal not in after.split(".")[0]
    assert hash_word in text[explained - 400 : explained]


@pytest.mark.parametrize("language", LANGS)
def test_with_nothing_kept_the_person_cannot_be_connected_at_all(
    services: Services, admin: Actor, language: str
) -> None:
    p = make_person(services, admin, invoices=0, events=1, letter=False)
    _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", language, "save")
    text = pdf_text(pdf)
    if language == "fi":
        assert "emme enää pysty yhdistämään sinua aiempiin tietoihisi. Jos asioit" in text
        assert "lukuun ottamatta" not in text
    else:
        assert "we can no longer connect you with them. If you deal" in text
        assert "except for the invoices" not in text


def test_a_letter_older_than_the_data_is_no_ground_to_run_and_the_message_says_why(
    services: Services, admin: Actor
) -> None:
    p = make_person(services, admin, invoices=1, events=1)
    services.invoices.add(admin, p.customer.id, "Z-new", dt.date(2026, 11, 23), "5")
    plan = services.erasure.plan(admin, p.erasure_id)
    assert (plan.letter_ready, plan.letter_notice) == (False, "erasure_letter_outdated")
    with pytest.raises(Exception) as info:
        services.erasure.run(admin, p.erasure_id, plan.token)
    assert getattr(info.value, "code", "") == "erasure_letter_outdated"
    assert "changed after the erasure letter" in str(info.value)
    assert services.customers.view(admin, p.customer.id).id == p.customer.id  # nothing erased
    archived, _ = services.letters.issue(admin, p.erasure_id, "erasure", "fi", "print")
    assert archived.plan_token == plan.token
    services.erasure.run(admin, p.erasure_id, plan.token)
    letters = _erasure_letters(services, admin, p.erasure_id)
    # Only the letter that described the erasure that ran records the day it ran.
    ran = [a.erasure_ran_on for a in letters]
    assert ran == [None, dt.date(2026, 11, 24)]


def test_a_letter_written_yesterday_still_describes_todays_run(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    p = make_person(services, admin, invoices=1, events=1)
    clock.advance(days=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    assert plan.letter_ready
    services.erasure.run(admin, p.erasure_id, plan.token)


@pytest.mark.parametrize("language", LANGS)
def test_art19_names_who_was_told_when_who_was_not_and_why_and_who_is_next(
    services: Services, admin: Actor, language: str
) -> None:
    p = make_person(services, admin, invoices=0, events=1, letter=False)
    now = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
    with services.db.transaction() as session:
        for name in ("Pilvi Ab", "Kirjanpito Oy"):
            session.add(Processor(name=name, created_at=now, updated_at=now, role=""))
    checklist = services.recipient_notices.checklist(admin, p.erasure_id)
    lines = {line.processor_name: line for line in checklist}
    services.recipient_notices.mark_notified(
        admin, p.erasure_id, lines["Postituspalvelu Oy"].processor_id, dt.date(2026, 11, 23)
    )
    reason = "Vain salattuja varmuuskopioita" if language == "fi" else "Encrypted backups only"
    services.recipient_notices.mark_disproportionate(
        admin, p.erasure_id, lines["Pilvi Ab"].processor_id, reason, language
    )
    _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", language, "save")
    text = pdf_text(pdf)
    if language == "fi":
        assert "Ilmoitimme tietojesi poistamisesta seuraaville vastaanottajille" in text
        assert "Postituspalvelu Oy – postitus: ilmoitettu 23.11.2026" in text
        assert "tai olisi vaatinut kohtuutonta vaivaa:" in text
        assert "Pilvi Ab: Vain salattuja varmuuskopioita" in text
        assert "Ilmoitamme tietojesi poistamisesta vielä seuraaville vastaanottajille:" in text
        assert "• Kirjanpito Oy" in text
        assert "Kerromme pyynnöstäsi, keitä" not in text
    else:
        assert "We informed the following recipients of the erasure of your data" in text
        assert "Postituspalvelu Oy – mail delivery: informed on 23 November 2026" in text
        assert "Pilvi Ab: Encrypted backups only" in text
        assert "We will still inform the following recipients of the erasure of your data:" in text
        assert "• Kirjanpito Oy" in text
    # Telling the last recipient after the letter left changes nothing the letter describes.
    services.recipient_notices.mark_notified(
        admin, p.erasure_id, lines["Kirjanpito Oy"].processor_id, dt.date(2026, 11, 24)
    )
    assert services.erasure.plan(admin, p.erasure_id).letter_ready


def test_art19_with_no_recipient_says_none_needed_telling(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=0, events=1, letter=False)
    with services.db.transaction() as session:
        for processor in session.query(Processor):
            processor.active = False
    _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", "en", "save")
    assert "have not been disclosed to any recipient who would need to be told" in pdf_text(pdf)


def test_a_letter_archived_before_tokens_were_kept_describes_no_plan(
    services: Services, admin: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE letters SET plan_token = NULL")
    plan = services.erasure.plan(admin, p.erasure_id)
    assert (plan.letter_ready, plan.letter_notice) == (False, "erasure_letter_outdated")


def test_a_hostile_recipient_reason_prints_as_text(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=0, events=1, letter=False)
    (line,) = services.recipient_notices.checklist(admin, p.erasure_id)
    hostile = '<img src="/etc/passwd"/> <a href="http://x.example">&amp;</a> <b>'
    services.recipient_notices.mark_disproportionate(
        admin, p.erasure_id, line.processor_id, hostile, "en"
    )
    _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", "en", "save")
    assert 'Postituspalvelu Oy – mail delivery: <img src="/etc/passwd"/>' in pdf_text(pdf)


NOT_TOLD = {
    "fi": "Pilvi Ab säilyttää vain salattuja varmuuskopioita",
    "en": "Pilvi Ab keeps only encrypted backups",
    "sv": "Pilvi Ab lagrar endast krypterade säkerhetskopior",
}


@pytest.mark.parametrize("language", ["en", "sv"])
def test_art19_prints_the_not_told_reason_in_the_letters_language_only(
    services: Services, admin: Actor, language: str
) -> None:
    p = make_person(services, admin, invoices=0, events=1, letter=False)
    (line,) = services.recipient_notices.checklist(admin, p.erasure_id)
    notices = services.recipient_notices
    notices.mark_disproportionate(admin, p.erasure_id, line.processor_id, NOT_TOLD["fi"], "fi")
    with pytest.raises(BusinessRuleError) as waiting:
        services.letters.issue(admin, p.erasure_id, "erasure", language, "save")
    assert waiting.value.params["topic"] == f"recipient.{line.processor_id}"
    assert f"the reason {line.processor_name} was not told" in waiting.value.message()
    assert "--not-told TEXT --lang " + language in waiting.value.message()
    notices.mark_disproportionate(
        admin, p.erasure_id, line.processor_id, NOT_TOLD[language], language
    )
    for lang in ("fi", language):
        _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", lang, "save")
        text = " ".join(pdf_text(pdf).split())
        assert all((NOT_TOLD[x] in text) == (x == lang) for x in NOT_TOLD), lang
    # Told after all: the reasons in every language go with the old status.
    notices.mark_notified(admin, p.erasure_id, line.processor_id, dt.date(2026, 11, 23))
    _, pdf = services.letters.issue(admin, p.erasure_id, "erasure", language, "save")
    assert not any(words in pdf_text(pdf) for words in NOT_TOLD.values())
