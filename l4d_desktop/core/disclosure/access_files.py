"""The files an access answer adds to the machine-readable copy, so that the files hold
everything the letter's copy holds (LEGAL.md, "Hashes of the electronic copy"): the person's
requests, when and why their data were consulted, the letters sent to them, where their data
were looked for, their questions with our answers, and the register's own marks on the record.
A portability copy (Art. 20: data the person provided) leaves them out."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.disclosure.portability_fields import Column, Table, Value
from l4d_desktop.core.disclosure.subject_data import SubjectData


def _c(name: str, fi: str, en: str) -> Column:
    return Column(name, fi, en)


_REQUESTS = (
    _c("id", "pyynnön numero", "the request's number"),
    _c("type", "pyynnön laji (esim. access, erasure)", "kind of request (e.g. access, erasure)"),
    _c("channel", "miten pyyntö saapui", "how the request arrived"),
    _c("received_on", "saapumispäivä", "the day it was received"),
    _c("status", "tila (esim. completed, refused)", "status (e.g. completed, refused)"),
    _c("due", "määräpäivä", "due date"),
    _c("extended_due", "pidennetty määräpäivä", "extended due date"),
    _c("extension_reason", "pidennyksen syy", "reason for the extension"),
    _c("identity_method", "miten henkilöllisyys varmistettiin", "how identity was confirmed"),
    _c("identified_at", "henkilöllisyys varmistettu (UTC)", "identity confirmed (UTC)"),
    _c("closed_at", "käsittely päättyi (UTC)", "handling ended (UTC)"),
    _c("refusal_basis", "epäämisen peruste", "basis of a refusal"),
    _c("refusal_reason", "epäämisen syyt", "reasons for a refusal"),
    _c("requester_name", "pyytäjän nimi", "the requester's name"),
    _c("requester_contact", "pyytäjän yhteystiedot", "the requester's contact details"),
    _c("requester_text", "pyyntösi sanat", "the words of your request"),
    _c(
        "pauses",
        "odotukset: alku/loppu (UTC) ja syy, puolipisteellä erotettuina",
        "waits for you: start/end (UTC) and reason, separated by semicolons",
    ),
    _c(
        "corrected_fields",
        "oikaistut kentät ja aika (UTC), ei vanhoja arvoja",
        "fields corrected and when (UTC), never the old values",
    ),
)
_CONSULTATIONS = (
    _c("at", "aika (UTC)", "time (UTC)"),
    _c("kind", "view = avattiin, export = vietiin, print = kirje", "view, export or print"),
    _c("purpose", "syy (request:N = pyyntösi N käsittely)", "why (request:N = your request N)"),
)
_LETTERS = (
    _c("request_id", "pyynnön numero", "the request's number"),
    _c("sent_on", "lähetyspäivä", "the day it was sent"),
    _c("kind", "kirjeen laji", "kind of letter"),
    _c("languages", "kielet (fi, sv, en)", "languages (fi, sv, en)"),
)
_SEARCHES = (
    _c("system", "mistä etsittiin (email, accounting, paper, other)", "where we looked"),
    _c("searched_on", "milloin", "when"),
    _c("found", "true = tietoja löytyi", "true = data were found"),
    _c("result", "mitä löytyi", "what was found"),
)
_QUESTIONS = (
    _c("question", "kysymyksesi", "your question"),
    _c("answer", "vastauksemme", "our answer"),
)
_RECORD = (
    _c("restricted", "true = käsittelyä on rajoitettu", "true = processing is restricted"),
    _c("restricted_at", "rajoitettu alkaen (UTC)", "restricted since (UTC)"),
    _c("notes", "muistiinpanot", "notes"),
    _c(
        "notes_in_review",
        "true = muistiinpanot tarkistetaan muiden henkilöiden tietojen varalta ennen luovutusta",
        "true = the notes are reviewed for other people's data before they are given",
    ),
)


def _requests(d: SubjectData) -> list[tuple[Value, ...]]:
    return [
        (
            r.id,
            r.type,
            r.channel,
            r.received_on,
            r.status,
            r.due,
            r.extended_due,
            r.extension_reason,
            r.identity_method,
            r.identified_at,
            r.closed_at,
            r.refusal_basis,
            r.refusal_reason,
            r.requester_name,
            r.requester_contact,
            r.requester_text,
            "; ".join(
                f"{_utc(p.started_at)}/{_utc(p.ended_at) if p.ended_at else ''} {p.reason}".strip()
                for p in r.pauses
            ),
            "; ".join(f"{f.field} {_utc(f.changed_at)}" for f in r.changed_fields),
        )
        for r in d.requests
    ]


def _utc(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat()


ACCESS_TABLES: tuple[Table, ...] = (
    Table(
        "requests",
        "pyynnot-requests.csv",
        "Pyyntösi ja niiden käsittely, vanhin ensin",
        "Your requests and how they were handled, oldest first",
        _REQUESTS,
        _requests,
    ),
    Table(
        "consultations",
        "kasittely-consultations.csv",
        "Milloin ja miksi tietojasi on käsitelty (ei kuka)",
        "When and why your data were consulted (not by whom)",
        _CONSULTATIONS,
        lambda d: [(c.at, c.kind, c.purpose) for c in d.consultations],
    ),
    Table(
        "letters_sent",
        "kirjeet-letters.csv",
        "Kirjeet, jotka olemme lähettäneet sinulle",
        "Letters we have sent you",
        _LETTERS,
        lambda d: [
            (s.request_id, s.sent_on, s.kind, ",".join(s.languages)) for s in d.letters_sent
        ],
    ),
    Table(
        "searches",
        "haut-searches.csv",
        "Mistä etsimme tietojasi tätä pyyntöä varten",
        "Where we looked for your data for this request",
        _SEARCHES,
        lambda d: [(s.system, s.searched_on, s.found, s.result) for s in d.answer.searches],
    ),
    Table(
        "questions",
        "kysymykset-questions.csv",
        "Kysymyksesi ja vastauksemme",
        "Your questions and our answers",
        _QUESTIONS,
        lambda d: [(q.question, q.answer) for q in d.answer.questions],
    ),
    Table(
        "register_record",
        "merkinnat-register_record.csv",
        "Rekisterin merkinnät asiakastiedoissasi (yksi rivi)",
        "The register's marks on your record (one row)",
        _RECORD,
        lambda d: [
            (
                d.customer.restricted,
                d.customer.restricted_at,
                d.letter_notes,
                d.customer.notes_need_review,
            )
        ],
    ),
)


def tables_for(data: SubjectData, base: tuple[Table, ...]) -> tuple[Table, ...]:
    """The copy's tables: `base` for portability, and the access answer's too for access."""
    return base + ACCESS_TABLES if data.request_type == "access" else base
