"""Section 2 of the access response (Art. 15(3) GDPR): a copy of every piece of data held
about the person, faithful and intelligible (CJEU C-487/21).

The customer record field by field, the consent ledger with its history, objections, the
technical web events (the one table that may run to hundreds of pages: compact columns, the
long browser strings once in a key of their own), invoices, requests and the notes, which are
held back while they await a review for other people's data (Art. 15(4)). Every value is
printed in full as plain text; an empty part says so in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import phonenumbers

from l4d_desktop.core.customers.phone_numbers import display_phone
from l4d_desktop.core.customers.web_events import WebEventRecord
from l4d_desktop.core.disclosure.subject_data import (
    ConsentLedgerEntry,
    ObjectionEntry,
    RequestEntry,
    SubjectCustomer,
    SubjectData,
)
from l4d_desktop.core.letters.document import Block, Facts, Heading, Paragraph, Table
from l4d_desktop.core.letters.words import Words, capital, catalogue, country_name


def _moment(at: dt.datetime | None, w: Words) -> str:
    return w.datetime(at) if at is not None else ""


# --- the technical web events: the one table that may run to hundreds of pages ------------


def event_time(at: dt.datetime, language: str) -> str:
    """A compact, second-exact time in the office's zone (Words.event_time)."""
    return catalogue(language).event_time(at)


def web_event_header(language: str) -> tuple[str, ...]:
    w = catalogue(language)
    return tuple(w(f"copy.events.{column}") for column in _EVENT_COLUMNS)


_EVENT_COLUMNS = ("time", "what", "ip", "referrer", "device")
# Weights sized for the letter's 8-point cells across about 470 points: a time and an IPv4
# address just fit one line, the device code and its heading fit; the rest goes to the page and
# the referrer, the texts that wrap. With 10 000 rows every wrapped line is pages more.
WEB_EVENT_WIDTHS = (84.0, 118.0, 70.0, 163.0, 33.0)


def device_keys(events: Iterable[WebEventRecord], language: str) -> dict[str, str]:
    """A short key per distinct browser and device string ("L1", "L2"… / "D1"…), in order of
    first appearance. The strings are long and repeat on nearly every row: printed once in a
    key of their own, the table stays readable and nothing of them is cut."""
    prefix = catalogue(language)("copy.events.device_prefix")
    keys: dict[str, str] = {}
    for e in events:
        if e.user_agent and e.user_agent not in keys:
            keys[e.user_agent] = f"{prefix}{len(keys) + 1}"
    return keys


def web_event_rows(
    events: Iterable[WebEventRecord], language: str, keys: dict[str, str] | None = None
) -> tuple[tuple[str, ...], ...]:
    """One row per event, oldest first, every stored value in full (the device by its key)."""
    w = catalogue(language)
    events = tuple(events)
    if keys is None:
        keys = device_keys(events, language)
    link = w("copy.events.link")
    banner = w("copy.events.banner")
    rows = []
    for e in events:
        what = e.page
        if e.link:
            what += f"\n{link}{e.link}"
        if e.banner:
            what += f"\n{banner}{e.banner}"
        rows.append((w.event_time(e.at), what, e.ip, e.referrer, keys.get(e.user_agent, "")))
    return tuple(rows)


def _web_event_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    n = len(data.web_events)
    heading = Heading(w("copy.events.heading"), 2)
    header = web_event_header(w.language)
    if n == 0:
        return (heading, Table(header, (), empty=w("copy.events.none")))
    keys = device_keys(data.web_events, w.language)
    blocks: list[Block] = [
        heading,
        Paragraph(w("copy.events.intro", events=w.count("event", n))),
        Table(header, web_event_rows(data.web_events, w.language, keys), widths=WEB_EVENT_WIDTHS),
    ]
    if keys:
        blocks.append(
            Table(
                (w("copy.devices.code"), w("copy.devices.data")),
                tuple((code, agent) for agent, code in keys.items()),
                widths=(1.6, 12.4),  # room for the header "Tunnus" on one line
            )
        )
    return tuple(blocks)


# --- section 2: the copy of the data ------------------------------------------------------


def _customer_facts(c: SubjectCustomer, data: SubjectData, w: Words) -> Facts:
    def field(code: str) -> str:
        return capital(w.term("customer_field", code))

    def label(code: str) -> str:
        return capital(w.term("record_label", code))

    rows = (
        (field("customer_number"), c.customer_number),
        (field("name"), c.name),
        (field("email"), c.email),
        (field("phone"), _phone(c.phone)),
        (field("street"), c.street),
        (field("postal_code"), c.postal_code),
        (field("city"), c.city),
        (field("country"), country_name(c.country, w.language) if c.country else ""),
        (field("company"), c.company),
        (field("business_id"), c.business_id),
        (field("language"), w.term("language_name", c.language)),
        (field("source"), _source_value(data, w)),
        (label("restricted"), _restriction(c, w)),
        (label("created_at"), w.datetime(c.created_at)),
        (label("updated_at"), w.datetime(c.updated_at)),
    )
    none = w("copy.not_recorded")
    return Facts(tuple((k, v or none) for k, v in rows))


def _phone(e164: str) -> str:
    """Grouped for reading; a stored number the library cannot parse prints as stored."""
    if not e164:
        return ""
    try:
        return display_phone(e164)
    except phonenumbers.NumberParseException:
        return e164


def _restriction(c: SubjectCustomer, w: Words) -> str:
    if not c.restricted:
        return w("copy.not_restricted")
    if c.restricted_at is None:
        return w("copy.restricted")
    return w("copy.restricted_since", day=w.office_date(c.restricted_at))


def _source_value(data: SubjectData, w: Words) -> str:
    s = data.source
    if s.code not in ("registry", "third_party"):
        return w("copy.source.customer")
    base = w(f"copy.source.{s.code}")
    return f"{base}: {s.name}" if s.name else base


def _consent_purpose(e: ConsentLedgerEntry, language: str) -> str:
    return e.purpose(language)


def _columns(w: Words, table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w(f"copy.{table}.{column}") for column in columns)


def _consent_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    header = _columns(w, "consents", ("purpose", "given", "when", "how", "version"))
    given, withdrawn = w("copy.consents.is_given"), w("copy.consents.is_withdrawn")
    rows = tuple(
        (
            _consent_purpose(e, w.language),
            given if e.given else withdrawn,
            w.datetime(e.at) if e.time_known else w.office_date(e.at),
            w.term("consent_method", e.method),
            e.notice_version,
        )
        for e in data.consents
    )
    blocks: list[Block] = [
        Heading(w("copy.consents.heading"), 2),
        Table(header, rows, widths=(4.0, 2.0, 2.8, 2.4, 1.6), empty=w("copy.consents.none")),
    ]
    if data.consents:
        # The ledger is a history; the person also wants to know where things stand today.
        latest: dict[str, ConsentLedgerEntry] = {}
        for e in data.consents:
            latest[e.purpose_code] = e
        current = [_consent_purpose(e, w.language) for e in latest.values() if e.given]
        if current:
            blocks.append(Paragraph(w("copy.consents.in_force", purposes="; ".join(current))))
        else:
            blocks.append(Paragraph(w("copy.consents.none_in_force")))
    return tuple(blocks)


def _objection_outcome(o: ObjectionEntry, w: Words) -> str:
    if o.outcome is None:
        return w("copy.objections.undecided")
    text = w.term("objection_outcome", o.outcome)
    return f"{text}: {o.outcome_reason}" if o.outcome_reason else text


def _objection_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    header = _columns(w, "objections", ("purpose", "received", "reasons", "decision", "decided"))
    rows = tuple(
        (
            w.term("objection_purpose", o.purpose),
            w.date(o.received_on),
            o.reason,
            _objection_outcome(o, w),
            _moment(o.decided_at, w),
        )
        for o in data.objections
    )
    return (
        Heading(w("copy.objections.heading"), 2),
        Table(header, rows, widths=(3.0, 1.8, 3.2, 3.4, 2.4), empty=w("copy.objections.none")),
    )


def _invoice_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    header = _columns(w, "invoices", ("number", "date", "amount", "paid", "buyer"))
    yes, no = w("copy.invoices.yes"), w("copy.invoices.no")
    rows = tuple(
        (
            i.invoice_number,
            w.date(i.invoice_date),
            w.money(i.amount_cents),
            yes if i.paid else no,
            "\n".join(x for x in (i.buyer_name, i.billing_address) if x),
        )
        for i in data.invoices
    )
    return (
        Heading(w("copy.invoices.heading"), 2),
        Table(header, rows, widths=(2.4, 2.2, 2.0, 1.4, 5.0), empty=w("copy.invoices.none")),
    )


def _request_handling(r: RequestEntry, w: Words) -> str:
    """Status and what happened along the way, in the order it happened."""
    lines = [w.term("request_status", r.status)]
    if r.identified_at is not None:
        how = w.term("identity_method", r.identity_method)
        line = w("copy.requests.identified", day=w.office_date(r.identified_at))
        lines.append(line + (f" ({how})" if how else ""))
    for p in r.pauses:
        start = w.office_date(p.started_at)
        if p.ended_at:
            span = f"{start}–{w.office_date(p.ended_at)}"
        else:
            span = w("copy.requests.since", day=start)
        line = w("copy.requests.waited", span=span)
        lines.append(line + (f": {p.reason}" if p.reason else ""))
    if r.extended_due is not None:
        line = w("copy.requests.extended", day=w.date(r.extended_due))
        lines.append(line + (f": {r.extension_reason}" if r.extension_reason else ""))
    for f in r.changed_fields:
        day = w.office_date(f.changed_at)
        field = w.term("customer_field", f.field)
        lines.append(w("copy.requests.corrected", day=day, field=field))
    if r.status == "refused":
        # The basis as a whole sentence with its article, then the reasons as written.
        basis = w.term("refusal_basis", r.refusal_basis)
        lines.extend(x for x in (basis, r.refusal_reason) if x)
    return "\n".join(lines)


def _request_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    header = _columns(w, "requests", ("request", "received", "handling", "closed", "requester"))
    rows = []
    for r in data.requests:
        received = w.date(r.received_on)
        channel = w.term("channel", r.channel)
        who = ", ".join(x for x in (r.requester_name, r.requester_contact) if x)
        rows.append(
            (
                w.term("request_type", r.type),
                f"{received}\n{channel}" if channel else received,
                _request_handling(r, w),
                _moment(r.closed_at, w),
                "\n".join(x for x in (who, r.requester_text) if x),
            )
        )
    return (
        Heading(w("copy.requests.heading"), 2),
        Table(header, tuple(rows), widths=(2.6, 2.0, 4.0, 2.2, 3.6), empty=w("copy.requests.none")),
    )


def _notes_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    heading = Heading(w("copy.notes.heading"), 2)
    if data.customer.notes_need_review:
        # Art. 15(4): the copy must not adversely affect the rights of others.
        return (heading, Paragraph(w("copy.notes.in_review")))
    if data.letter_notes:
        return (heading, Paragraph(data.letter_notes))
    return (heading, Paragraph(w("copy.notes.none")))


def copy_section(data: SubjectData, language: str) -> tuple[Block, ...]:
    w = catalogue(language)
    return (
        Heading(w("copy.heading")),
        Paragraph(w("copy.intro")),
        Heading(w("copy.customer.heading"), 2),
        _customer_facts(data.customer, data, w),
        *_consent_blocks(data, w),
        *_objection_blocks(data, w),
        *_web_event_blocks(data, w),
        *_invoice_blocks(data, w),
        *_request_blocks(data, w),
        *_notes_blocks(data, w),
    )
