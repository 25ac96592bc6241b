"""Transfers outside the EEA as a letter and the notice print them: per recipient its mechanism
and how to obtain a copy of the safeguards (Art. 13(1)(f), 15(2)), never "such as standard
contractual clauses"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.document import Block, Bullets, Paragraph
from l4d_desktop.core.letters.words import Words, country_name


class Recipient(Protocol):
    """A processors register entry or a letter's recipient: what a transfer line needs."""

    @property
    def name(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def in_eea(self) -> bool: ...
    @property
    def transfer(self) -> str: ...
    @property
    def transfer_detail(self) -> str: ...


def transfer_line(w: Words, r: Recipient, contact: str) -> str:
    """ "Name (country): mechanism. Particulars. How to obtain a copy.\""""
    parts = [
        w(
            "transfer.line",
            name=r.name,
            country=country_name(r.country, w.language),
            mechanism=w.term("transfer_mechanism", r.transfer),
        )
    ]
    if r.transfer_detail:
        parts.append(w("transfer.detail", detail=r.transfer_detail))
    parts.append(w(f"transfer_copy.{r.transfer}", contact=contact))
    return " ".join(parts)


def transfer_blocks(w: Words, recipients: Sequence[Recipient], contact: str) -> list[Block]:
    """The recipients outside the EEA, one line each; nothing when there are none. A recipient
    saved before its mechanism was asked for stops the document until the pääkäyttäjä adds it
    (the error names the processor, a company, never a person)."""
    outside = [r for r in recipients if not r.in_eea]
    if not outside:
        return []
    missing = [r.name for r in outside if not r.transfer]
    if missing:
        raise BusinessRuleError("transfer_unrecorded", processors=", ".join(missing))
    return [
        Paragraph(w("transfer.intro")),
        Bullets(tuple(transfer_line(w, r, contact) for r in outside)),
    ]
