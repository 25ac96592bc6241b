"""The privacy notice (tietosuojaseloste, Art. 13–14) composed from the processing register and
the controller's settings, in Finnish or English.

The register decides what the notice says about purposes, legal bases, data, recipients,
retention and security; this module only arranges it and adds what the law fixes (the rights,
the complaint to the supervisory authority). A basis the pääkäyttäjä has not confirmed is
printed as such, never as settled (LEGAL.md, "Legal bases").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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
from l4d_desktop.core.letters.words.dates import check_language, country_name, date_text
from l4d_desktop.core.letters.words.notice import WORDS, NoticeWords
from l4d_desktop.core.register.processing import ProcessingRegister, Purpose
from l4d_desktop.core.register.processors import ProcessorRecord


def compose_notice(
    register: ProcessingRegister,
    controller: Controller,
    authority: Authority,
    processors: Sequence[ProcessorRecord],
    *,
    language: str,
    today: dt.date,
    promised_days: int = 30,
) -> Notice:
    """The notice in `language`; `processors` are the active recipients to name."""
    w = WORDS[check_language(language)]
    text = register.text

    body: list[Block] = [Paragraph(w.intro.format(controller=controller.name))]
    body += _controller(w, controller)
    body += [Heading(w.register_heading), Paragraph(controller.register_name)]
    body += _section(w.persons_heading, text("persons", language))
    body += _purposes(w, register.purposes, language)
    body += _section(w.data_heading, text("data_categories", language))
    body += _section(w.source_heading, text("source", language))
    body += _recipients(w, text("recipients", language), processors, language)
    body += _transfers(w, text("transfers", language), processors, language)
    body += _section(w.retention_heading, text("retention", language))
    body += [
        Heading(w.rights_heading),
        Bullets(tuple(r.format(days=promised_days) for r in w.rights)),
        Paragraph(w.how_to_ask),
    ]
    body += [
        Heading(w.complaint_heading),
        Paragraph(w.complaint),
        Paragraph(w.authority.format(a=authority)),
    ]
    body += _section(w.automated_heading, text("automated_decisions", language))
    body += _section(w.security_heading, text("security", language))
    body.append(Paragraph(w.drawn_up.format(date=date_text(today, language)), "small"))
    return Notice(
        language=language,
        title=w.title,
        date=today,
        body=tuple(body),
        letterhead=controller.letterhead,
    )


def _section(heading: str, text: str) -> list[Block]:
    """A heading and its text; left out altogether while the register has no text for it."""
    return [Heading(heading), Paragraph(text)] if text else []


def _controller(w: NoticeWords, c: Controller) -> list[Block]:
    address = f"{c.street}, {c.postal_code} {c.city}, {c.country}"
    rows = [
        (w.name, c.name),
        (w.address, address),
        (w.business_id, c.business_id),
        (w.phone, c.phone),
        (w.email, c.email),
    ]
    if c.web:
        rows.append((w.web, c.web))
    contact = [
        (
            w.contact_person,
            f"{c.contact_name}, {c.contact_title}" if c.contact_title else c.contact_name,
        ),
        (w.phone, c.contact_phone),
        (w.email, c.contact_email),
        (w.postal_address, address),
    ]
    return [
        Heading(w.controller_heading),
        Facts(tuple((label, value) for label, value in rows if value)),
        Heading(w.contact_heading),
        Facts(tuple((label, value) for label, value in contact if value)),
    ]


def bases_text(purpose: Purpose, language: str) -> str:
    """The purpose's legal bases in words, marked while the pääkäyttäjä has not confirmed them."""
    w = WORDS[check_language(language)]
    words = "; ".join(w.bases.get(code, code) for code in purpose.legal_bases)
    words = words[:1].upper() + words[1:]
    return words if purpose.basis_confirmed else f"{words} {w.unconfirmed}"


def _purposes(w: NoticeWords, purposes: Sequence[Purpose], language: str) -> list[Block]:
    blocks: list[Block] = [Heading(w.purposes_heading), Paragraph(w.purposes_intro)]
    if any(not p.basis_confirmed for p in purposes):
        blocks.append(Paragraph(w.unconfirmed_explained, "italic"))
    for p in purposes:
        rows = (
            (w.basis, bases_text(p, language)),
            (w.basis_note, p.basis_note(language)),
            (w.data_used, p.categories(language)),
            (w.retention, p.retention(language)),
        )
        blocks += [Heading(p.name(language), 2), Facts(tuple(r for r in rows if r[1]))]
    return blocks


def _location(p: ProcessorRecord, w: NoticeWords, language: str) -> str:
    name = country_name(p.country, language)
    return name if p.in_eea else f"{name} {w.outside_eea}"


def _recipients(
    w: NoticeWords, text: str, processors: Sequence[ProcessorRecord], language: str
) -> list[Block]:
    blocks: list[Block] = [Heading(w.recipients_heading)]
    if text:
        blocks.append(Paragraph(text))
    blocks += [
        Paragraph(w.processors_intro),
        Table(
            header=w.processor_header,
            rows=tuple((p.name, p.role, _location(p, w, language)) for p in processors),
            widths=(2, 2, 1.2),
            empty=w.no_processors,
        ),
    ]
    return blocks


def _transfers(
    w: NoticeWords, text: str, processors: Sequence[ProcessorRecord], language: str
) -> list[Block]:
    outside = [p for p in processors if not p.in_eea]
    blocks = _section(w.transfers_heading, text)
    if outside:
        if not blocks:
            blocks = [Heading(w.transfers_heading)]
        names = ", ".join(f"{p.name} ({country_name(p.country, language)})" for p in outside)
        blocks.append(Paragraph(w.outside_eea_list.format(names=names)))
    return blocks
