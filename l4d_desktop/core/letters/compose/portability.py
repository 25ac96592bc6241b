"""The cover letter of the machine-readable copy (Art. 20 GDPR, data portability).

It says what the enclosed files are (with their SHA-256 hashes), which data they hold (what the
person provided and what was observed from their use of the service), their format, and that
the person may have the data sent straight to another controller where technically feasible.
A refusal is a letter of its own (refusal_letter), so no remedies are needed here.
"""

from __future__ import annotations

from collections.abc import Callable

from l4d_desktop.core.disclosure.portability import JSON_FILE, README_FILE
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.letters.bundle import enclosed_files
from l4d_desktop.core.letters.compose.access_answer import delivery_blocks
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_with_files,
    received_sentence,
    words_of,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph
from l4d_desktop.core.letters.words import Words, catalogue


def subject_line(language: str) -> str:
    return catalogue(language)("portability.subject")


def _contents(data: SubjectData | None, w: Words) -> tuple[Block, ...]:
    """What the files hold, counted for this person where the data are at hand."""
    counted = (
        ("consents", data.consents if data is not None else None),
        ("objections", data.objections if data is not None else None),
        ("web_events", data.web_events if data is not None else None),
        ("invoices", data.invoices if data is not None else None),
    )
    items = [w("portability.holds.contact")]
    for kind, held in counted:
        # Without the person's data at hand the kinds are named without a count.
        key = f"portability.holds.{kind}"
        if held is None:
            items.append(w(key))
            continue
        # The counted nouns agree with their number ("1 tapahtuma", "2 tapahtumaa").
        n = len(held)
        items.append(
            w(f"{key}.counted", n=n, entries=w.count("entry", n), events=w.count("event", n))
        )
    return (
        Heading(w("portability.contents")),
        Paragraph(w("portability.contents.intro")),
        Bullets(tuple(items)),
        Paragraph(w("portability.contents.not")),
    )


def compose(ctx: LetterContext) -> Letter:
    """The cover letter of ctx.bundle for the portability request ctx.request."""
    w = words_of(ctx)
    body: list[Block] = [
        greeting(ctx),
        # "Enclosed" only when the files go with the letter (a bundle from one snapshot).
        Paragraph(
            " ".join(
                (received_sentence(ctx), w("portability.asked"))
                + ((w("portability.enclosed"),) if ctx.bundle else ())
            )
        ),
        *_contents(ctx.subject, w),
        Heading(w("portability.format")),
        Bullets(
            (
                w("portability.format.json", file=JSON_FILE),
                w("portability.format.csv"),
                w("portability.format.readme", file=README_FILE),
            )
        ),
        Heading(w("portability.files")),
        *enclosed_files(ctx),
        # The cover letter says itself when no files are enclosed.
        *delivery_blocks(ctx, offer=False),
        Heading(w("portability.transmission")),
        Paragraph(w("portability.transmission.how")),
        Paragraph(w("portability.transmission.kept")),
        Paragraph(w("portability.free")),
        contact(ctx),
    ]
    return letter_with_files(ctx, tuple(body), "portability")


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {"portability": compose}
