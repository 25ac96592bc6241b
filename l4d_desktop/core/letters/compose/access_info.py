"""Section 3 of the access response (Art. 15(1)(a)–(h) GDPR): the information tailored to this
person. Purposes, legal bases and retention, the kinds of data, recipients and transfers, the
source, automated decisions, the rights and the complaint.

Everything general is printed as the processing register says it, never invented here; the
letter is not issued while a basis it prints is unconfirmed (register/confirmation.py).
"""

from __future__ import annotations

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.disclosure.tailoring import applying_purposes
from l4d_desktop.core.letters.compose.access_answer import retention_blocks
from l4d_desktop.core.letters.compose.common import remedies, words_of
from l4d_desktop.core.letters.compose.transfers import transfer_blocks
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Paragraph, Table
from l4d_desktop.core.letters.words import Words, capital, country_name
from l4d_desktop.core.register.processing import ProcessingRegister, Purpose
from l4d_desktop.core.retention.printed import retention_table

# The customer record's fields the list of kinds of data names, when they hold a value.
_LISTED_FIELDS = (
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
)
# The person's rights beyond access, in the order the letter lists them.
_RIGHTS = ("rectification", "erasure", "restriction", "objection", "portability", "withdrawal")


def _basis_text(p: Purpose, w: Words) -> str:
    text = capital(", ".join(w.term("access_basis", b) for b in p.legal_bases))
    note = p.basis_note(w.language)
    if note:
        text = f"{text}. {note}" if text else note
    return text


def _table_part(
    w: Words,
    part: str,
    columns: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    widths: tuple[float, ...],
) -> list[Block]:
    """A part of section 3 that is a table: its heading, what the table shows, the table (or
    in words that it is empty). The texts are the catalogue's info.<part>.*."""
    return [
        Heading(w(f"info.{part}.heading"), 2),
        Paragraph(w(f"info.{part}.intro")),
        Table(
            tuple(w(f"info.{part}.{c}") for c in columns),
            rows,
            widths=widths,
            empty=w(f"info.{part}.none"),
        ),
    ]


def _purpose_blocks(data: SubjectData, register: ProcessingRegister, w: Words) -> list[Block]:
    language = w.language
    # Only the purposes that apply to this person's data (EDPB 01/2022), not the whole register.
    purposes = applying_purposes(register.purposes, data)
    rows = tuple(
        (p.name(language), _basis_text(p, w), p.categories(language), p.retention(language))
        for p in purposes
    )
    columns = ("purpose", "basis", "data", "retention")
    blocks = _table_part(w, "purposes", columns, rows, (3.2, 3.6, 3.6, 3.6))
    blocks += _tailored_processing(data, w)
    blocks.append(Paragraph(register.text("retention", language)))
    blocks += retention_blocks(data, w)
    return blocks


def _tailored_processing(data: SubjectData, w: Words) -> list[Block]:
    """What the person's own choices change in the table above: a restriction, objections."""
    out: list[Block] = []
    if data.customer.restricted:
        out.append(Paragraph(w("info.restricted")))
    for o in data.objections:
        purpose = w.term("objection_purpose", o.purpose)
        if o.outcome in ("stopped", "upheld"):
            out.append(Paragraph(w("info.objection_stopped", purpose=purpose)))
        elif o.outcome == "compelling_grounds":
            out.append(Paragraph(w("info.objection_overridden", purpose=purpose)))
    return out


def _category_blocks(data: SubjectData, register: ProcessingRegister, w: Words) -> list[Block]:
    c = data.customer
    filled = [w.term("customer_field", code) for code in _LISTED_FIELDS if getattr(c, code)]
    items = [w("info.kinds.contact", fields=", ".join(filled))]
    counted = (
        ("consents", data.consents),
        ("objections", data.objections),
        ("web_events", data.web_events),
        ("invoices", data.invoices),
        ("requests", data.requests),
    )
    items += [w(f"info.kinds.{kind}", n=len(held)) for kind, held in counted if held]
    if c.notes:
        items.append(w("info.kinds.notes"))
    return [
        Heading(w("info.kinds.heading"), 2),
        Paragraph(w("info.kinds.intro")),
        Bullets(tuple(items)),
        Paragraph(register.text("data_categories", w.language)),
    ]


def _recipient_blocks(
    data: SubjectData, register: ProcessingRegister, w: Words, contact: str
) -> list[Block]:
    language = w.language
    inside, outside = w("info.recipients.inside"), w("info.recipients.outside")
    rows = tuple(
        (r.name, r.role, country_name(r.country, language), inside if r.in_eea else outside)
        for r in data.recipients
    )
    columns = ("name", "role", "country", "transfer")
    blocks = _table_part(w, "recipients", columns, rows, (3.6, 4.6, 2.4, 3.4))
    blocks += transfer_blocks(w, data.recipients, contact)
    # The register's words speak of the subcontractors; with none listed they would contradict
    # the table's "we use no processors", so only the authorities are named then.
    if data.recipients:
        blocks.append(Paragraph(register.text("recipients", language)))
    else:
        blocks.append(Paragraph(w("info.recipients.authorities")))
    return blocks


def _source_blocks(data: SubjectData, w: Words) -> list[Block]:
    s = data.source
    if s.code in ("registry", "third_party"):
        key = f"info.source.{s.code}"
        parts = [w(f"{key}_named", name=s.name) if s.name else w(key)]
    else:
        parts = [w("info.source.customer")]
    if data.consents or data.objections or data.requests:
        parts.append(w("info.source.choices"))
    if data.web_events:
        parts.append(w("info.source.web"))
    if data.invoices:
        parts.append(w("info.source.invoices"))
    return [Heading(w("info.source.heading"), 2), Paragraph(" ".join(parts))]


def information_section(
    ctx: LetterContext, data: SubjectData, register: ProcessingRegister
) -> tuple[Block, ...]:
    w = words_of(ctx)
    return (
        Heading(w("info.heading")),
        *_purpose_blocks(data, register, w),
        *retention_table(w, ctx.retention),
        *_category_blocks(data, register, w),
        *_recipient_blocks(data, register, w, ctx.controller.contact_email),
        *_source_blocks(data, w),
        Heading(w("info.automated"), 2),
        Paragraph(register.text("automated_decisions", w.language)),
        Heading(w("info.rights.heading"), 2),
        Bullets(tuple(w(f"info.rights.{right}") for right in _RIGHTS)),
        Paragraph(w("info.rights.how")),
        *remedies(ctx),
    )
