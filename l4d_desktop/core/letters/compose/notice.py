"""The privacy notice (tietosuojaseloste, Art. 13–14) composed from the processing register and
the controller's settings, in the notice's language.

The register decides what the notice says about purposes, legal bases, data, recipients,
retention and security; this module only arranges it and adds what the law fixes (the rights,
the complaint to the supervisory authority). No notice is composed while a basis is still a
proposal: a notice never says that the controller's assessment is unfinished (LEGAL.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from l4d_desktop.core.letters.compose.common import authority_address
from l4d_desktop.core.letters.compose.transfers import transfer_blocks
from l4d_desktop.core.letters.context import Authority, Controller
from l4d_desktop.core.letters.document import (
    Block,
    Bullets,
    Facts,
    Heading,
    Notice,
    Paragraph,
    Table,
)
from l4d_desktop.core.letters.words import Words, capital, catalogue, country_name
from l4d_desktop.core.register.confirmation import require_confirmed
from l4d_desktop.core.register.processing import REGISTER_TEXT_KEYS, ProcessingRegister, Purpose
from l4d_desktop.core.register.processors import ProcessorRecord
from l4d_desktop.core.register.translations import require_translated
from l4d_desktop.core.retention.printed import retention_table

# The data subject's rights in the order the notice lists them.
_RIGHTS = (
    "access",
    "portability",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "withdrawal",
)


def compose_notice(
    register: ProcessingRegister,
    controller: Controller,
    authority: Authority,
    processors: Sequence[ProcessorRecord],
    *,
    language: str,
    today: dt.date,
    promised_days: int = 30,
    retention: Sequence[tuple[str, str, str]] = (),
) -> Notice:
    """The notice in `language`; `processors` are the active recipients to name; `retention`
    the rules the program applies (core/retention/printed.py). Refused while a purpose's basis
    is unconfirmed (the error names the purposes to confirm)."""
    require_confirmed(register.purposes)
    # In Swedish (or English) only once every text written in Finnish has its version there.
    require_translated(register, language, register.purposes, REGISTER_TEXT_KEYS)
    w = catalogue(language)

    def text(key: str) -> str:
        return register.text(key, language)

    body: list[Block] = [Paragraph(w("notice.intro", controller=controller.name))]
    body += _controller(w, controller)
    body += [Heading(w("notice.register")), Paragraph(controller.register_name)]
    body += _section(w("notice.persons"), text("persons"))
    body += _purposes(w, register.purposes)
    body += _section(w("notice.data"), text("data_categories"))
    body += _section(w("notice.source"), text("source"))
    body += _recipients(w, text("recipients"), processors)
    body += _transfers(w, text("transfers"), processors, controller.contact_email)
    body += [Heading(w("notice.retention"))]
    body += [Paragraph(text("retention"))] if text("retention") else []
    body += retention_table(w, retention)
    body += [
        Heading(w("notice.rights")),
        Bullets(tuple(w(f"notice.right.{r}", days=promised_days) for r in _RIGHTS)),
        Paragraph(w("notice.how_to_ask")),
        Heading(w("notice.complaint.heading")),
        Paragraph(w("notice.complaint")),
        Paragraph(authority_address(w, authority)),
    ]
    body += _section(w("notice.automated"), text("automated_decisions"))
    body += _section(w("notice.security"), text("security"))
    body.append(Paragraph(w("notice.drawn_up", date=w.date(today)), "small"))
    return Notice(
        language=language,
        title=w("notice.title"),
        date=today,
        body=tuple(body),
        letterhead=controller.letterhead,
    )


def _section(heading: str, text: str) -> list[Block]:
    """A heading and its text; left out altogether while the register has no text for it."""
    return [Heading(heading), Paragraph(text)] if text else []


def _facts(rows: list[tuple[str, str]]) -> Facts:
    """The rows that have a value."""
    return Facts(tuple((label, value) for label, value in rows if value))


def _controller(w: Words, c: Controller) -> list[Block]:
    address = f"{c.street}, {c.postal_code} {c.city}, {c.country}"
    rows = [
        (w("notice.name"), c.name),
        (w("notice.address"), address),
        (w("notice.business_id"), c.business_id),
        (w("notice.phone"), c.phone),
        (w("notice.email"), c.email),
        (w("notice.web"), c.web),
    ]
    person = f"{c.contact_name}, {c.contact_title}" if c.contact_title else c.contact_name
    contact = [
        (w("notice.contact_person"), person),
        (w("notice.phone"), c.contact_phone),
        (w("notice.email"), c.contact_email),
        (w("notice.postal_address"), address),
    ]
    return [
        Heading(w("notice.controller")),
        _facts(rows),
        Heading(w("notice.contact")),
        _facts(contact),
    ]


def bases_text(purpose: Purpose, language: str) -> str:
    """The purpose's legal bases in words."""
    w = catalogue(language)
    return capital("; ".join(w.term("notice_basis", code) for code in purpose.legal_bases))


def _purposes(w: Words, purposes: Sequence[Purpose]) -> list[Block]:
    language = w.language
    blocks: list[Block] = [Heading(w("notice.purposes")), Paragraph(w("notice.purposes.intro"))]
    for p in purposes:
        rows = [
            (w("notice.basis"), bases_text(p, language)),
            (w("notice.basis_note"), p.basis_note(language)),
            (w("notice.data_used"), p.categories(language)),
            (w("notice.retention_of"), p.retention(language)),
        ]
        blocks += [Heading(p.name(language), 2), _facts(rows)]
    return blocks


def _location(p: ProcessorRecord, w: Words) -> str:
    name = country_name(p.country, w.language)
    return name if p.in_eea else f"{name} {w('notice.outside_eea')}"


def _recipients(w: Words, text: str, processors: Sequence[ProcessorRecord]) -> list[Block]:
    blocks: list[Block] = [Heading(w("notice.recipients"))]
    if text:
        blocks.append(Paragraph(text))
    blocks += [
        Paragraph(w("notice.processors")),
        Table(
            header=(w("notice.processor"), w("notice.task"), w("notice.location")),
            rows=tuple((p.name, p.role_in(w.language), _location(p, w)) for p in processors),
            widths=(2, 2, 1.2),
            empty=w("notice.no_processors"),
        ),
    ]
    return blocks


def _transfers(
    w: Words, text: str, processors: Sequence[ProcessorRecord], contact: str
) -> list[Block]:
    """Each transfer with its mechanism; the register's general text only while none is
    listed (its general words would then say nothing the lines do not)."""
    listed = transfer_blocks(w, processors, contact)
    if listed:
        return [Heading(w("notice.transfers")), *listed]
    return _section(w("notice.transfers"), text)
