"""The erasure letter (Art. 17): what is erased, what is made anonymous, and what is kept, why
and until when.

It is written from the erasure plan before the erasure runs: afterwards neither the person's
name nor their address is there to write to. Anything the plan keeps makes the letter a
partial refusal, which names the remedies (Art. 12(4)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from l4d_desktop.core.erasure.records import (
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ItemKind,
    PlanItem,
)
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    recipients_told,
    remedies,
    request_facts,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph, Table
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.words.dates import check_language, date_text, money_text
from l4d_desktop.core.letters.words.terms import (
    CUSTOMER_FIELDS,
    ERASURE_ITEM_KINDS,
    ERASURE_REASONS,
    KEPT_FIELDS,
    capital,
    count_text,
    join_words,
    words,
)

_NONE = "–"  # a table cell with no date

# Counted nouns (one, many) for the items a plan counts.
_ENTRIES = (("merkintä", "merkintää"), ("entry", "entries"))
_EVENTS = (("tapahtuma", "tapahtumaa"), ("event", "events"))
_REQUESTS = (("pyyntö", "pyyntöä"), ("request", "requests"))


def _count(n: int, lang: str, nouns: tuple[tuple[str, str], tuple[str, str]]) -> str:
    return count_text(n, lang, nouns[0], nouns[1])


def _group(items: tuple[PlanItem, ...]) -> dict[str, list[PlanItem]]:
    """Items by kind, in the plan's order."""
    groups: dict[str, list[PlanItem]] = {}
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    return groups


def _fields(codes: tuple[str, ...], lang: str) -> str:
    return join_words([words(KEPT_FIELDS, c, lang) for c in codes], lang)


# -- what goes ---------------------------------------------------------------------------------


def _erased(plan: ErasurePlan, lang: str) -> list[str]:
    fi = lang == "fi"
    lines: list[str] = []
    for kind, items in _group(plan.by_action(ErasureAction.DELETE)).items():
        n = sum(i.count for i in items)
        name = capital(words(ERASURE_ITEM_KINDS, kind, lang))
        if kind == ItemKind.CUSTOMER:
            number = items[0].label
            fields = join_words(
                [words(CUSTOMER_FIELDS, f, lang) for f in items[0].fields_removed], lang
            )
            if number:
                name += f" (asiakasnumero {number})" if fi else f" (customer number {number})"
            lines.append(f"{name}: {fields}" if fields else name)
        elif kind == ItemKind.WEB_EVENTS:
            lines.append(f"{name} ({_count(n, lang, _EVENTS)})")
        elif kind == ItemKind.INVOICE:
            numbers = ", ".join(i.label for i in items if i.label)
            lines.append(
                f"Laskut, joiden säilytysaika on jo päättynyt: {numbers}"
                if fi
                else f"Invoices whose retention period has already ended: {numbers}"
            )
        elif kind in (ItemKind.CONSENT_EVENT, ItemKind.OBJECTION):
            lines.append(f"{name} ({_count(n, lang, _ENTRIES)})")
        else:
            lines.append(f"{name} ({n})")
    return lines


def _anonymised(plan: ErasurePlan, lang: str) -> list[str]:
    """Each anonymised kind: what is removed from it and what remains, from the plan's own
    field lists so that the letter cannot promise more or less than the erasure does."""
    fi = lang == "fi"
    lines: list[str] = []
    for kind, items in _group(plan.by_action(ErasureAction.ANONYMISE)).items():
        n = sum(i.count for i in items)
        name = capital(words(ERASURE_ITEM_KINDS, kind, lang))
        counted = _count(n, lang, _REQUESTS) if kind == ItemKind.REQUEST else str(n)
        removed = _fields(items[0].fields_removed, lang)
        kept = _fields(items[0].fields_kept, lang)
        text = f"{name} ({counted})"
        if removed:
            text += f": niistä poistetaan {removed}" if fi else f": we remove {removed}"
        if kept:
            text += f". Jäljelle jäävät {kept}" if fi else f". What remains: {kept}"
        lines.append(text + ".")
    return lines


# -- what stays --------------------------------------------------------------------------------


def _invoice_cell(ctx: LetterContext, item: PlanItem, lang: str) -> str:
    """The kept invoice by number, with its date and amount when the person's data are at hand."""
    label = f"Lasku {item.label}" if lang == "fi" else f"Invoice {item.label}"
    invoices = ctx.subject.invoices if ctx.subject is not None else ()
    record = next((i for i in invoices if i.id == item.object_id), None)
    if record is None:
        return label
    return (
        f"{label} ({date_text(record.invoice_date, lang)}, {money_text(record.amount_cents, lang)})"
    )


# The contact details a suppression entry is made from, as "your …".
_CONTACTS = {
    "email": ("sähköpostiosoitteesi", "your email address"),
    "phone": ("puhelinnumerosi", "your telephone number"),
}


def _suppressed_contacts(ctx: LetterContext, item: PlanItem, lang: str) -> str:
    """Which of the email and phone go on the suppression list, as far as the letter knows."""
    if ctx.subject is not None:
        customer = ctx.subject.customer
        held = [f for f, value in (("email", customer.email), ("phone", customer.phone)) if value]
    else:
        held = []
    if not held:
        held = ["email", "phone"]
    names = [words(_CONTACTS, f, lang) for f in held]
    if len(held) == 2 and item.count < 2 and ctx.subject is None:
        return names[0] + (" tai " if lang == "fi" else " or ") + names[1]
    return join_words(names, lang)


def _until(day: dt.date | None, lang: str) -> str:
    """The "kept" column: "31.12.2030 asti" under "Säilytetään", the date under "Kept until"."""
    if day is None:
        return _NONE
    return f"{date_text(day, 'fi')} asti" if lang == "fi" else date_text(day, lang)


def _kept_rows(ctx: LetterContext, plan: ErasurePlan, lang: str) -> list[tuple[str, ...]]:
    fi = lang == "fi"
    reason = {r: capital(words(ERASURE_REASONS, r, lang)) for r in ERASURE_REASONS}
    criteria = (
        "Niin kauan kuin niitä tarvitaan osoittamaan, että pyyntösi käsiteltiin asianmukaisesti"
        if fi
        else "As long as needed to show that your requests were handled properly"
    )
    rows: list[tuple[str, ...]] = []
    accountability: list[PlanItem] = []
    for item in plan.kept:
        if item.reason == ErasureReason.ACCOUNTABILITY:
            accountability.append(item)
        elif item.kind == ItemKind.INVOICE:
            rows.append(
                (
                    _invoice_cell(ctx, item, lang),
                    reason.get(item.reason, item.reason),
                    _until(item.kept_until, lang),
                    date_text(item.purge_on, lang) if item.purge_on else _NONE,
                )
            )
        elif item.kind == ItemKind.SUPPRESSION:
            contacts = _suppressed_contacts(ctx, item, lang)
            rows.append(
                (
                    capital(
                        f"{contacts} {'tiivisteenä' if item.count == 1 else 'tiivisteinä'} "
                        "markkinoinnin estolistalla"
                        if fi
                        else f"{contacts}, as hashes on our marketing suppression list"
                    ),
                    reason.get(item.reason, item.reason),
                    "Niin kauan kuin harjoitamme suoramarkkinointia"
                    if fi
                    else "As long as we carry out direct marketing",
                    _NONE,
                )
            )
        else:
            rows.append(
                (
                    f"{capital(words(ERASURE_ITEM_KINDS, item.kind, lang))} ({item.count})",
                    reason.get(item.reason, item.reason),
                    _until(item.kept_until, lang),
                    date_text(item.purge_on, lang) if item.purge_on else _NONE,
                )
            )
    # The handling of the person's requests stays, without the person (Art. 5(2)): one row
    # for the anonymised records and the kept lists of corrected fields together.
    records = [
        i
        for i in plan.by_action(ErasureAction.ANONYMISE)
        if i.reason == ErasureReason.ACCOUNTABILITY and i.kind == ItemKind.REQUEST
    ]
    if records or accountability:
        n = sum(i.count for i in records)
        what = (
            "Tietosuojapyyntöjesi käsittelytiedot ilman henkilöllisyyttäsi"
            if fi
            else "The records of how your requests were handled, without your identity"
        )
        if n:
            what += f" ({_count(n, lang, _REQUESTS)})"
        rows.append((what, reason[ErasureReason.ACCOUNTABILITY], criteria, _NONE))
    return rows


def _kept_explained(plan: ErasurePlan, lang: str) -> list[Block]:
    """Why each kind of kept item stays, in words the table has no room for."""
    fi = lang == "fi"
    reasons = {i.reason for i in plan.kept}
    blocks: list[Block] = []
    invoices = [i for i in plan.kept if i.reason == ErasureReason.ACCOUNTING_ACT]
    if invoices:
        kept = _fields(invoices[0].fields_kept, lang)
        voucher = "buyer_name" in invoices[0].fields_kept
        blocks.append(
            Paragraph(
                "Kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan tositteet, kuten laskut, on "
                "säilytettävä vähintään kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi "
                "on päättynyt. Oikeutta tietojen poistamiseen ei ole siltä osin kuin käsittely "
                "on tarpeen tällaisen lakisääteisen velvoitteen noudattamiseksi "
                "(tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta)."
                if fi
                else "Under the Finnish Accounting Act (kirjanpitolaki 1336/1997, chapter 2, "
                "section 10), vouchers such as invoices must be kept for at least six years "
                "from the end of the year in which the financial year ended. The right to "
                "erasure does not apply to the extent that processing is necessary to comply "
                "with such a legal obligation (Article 17(3)(b) GDPR)."
            )
        )
        if fi:
            why = ", jotka tositteessa on oltava (arvonlisäverolaki 209 e §)" if voucher else ""
            text = (
                f"Laskut irrotetaan asiakastiedoistasi. Niissä säilyvät vain {kept}{why}. "
                "Poistamme laskut, kun niiden säilytysaika on päättynyt."
            )
        else:
            why = ", which a voucher must show (Finnish VAT Act, section 209 e)" if voucher else ""
            text = (
                f"The invoices are detached from your customer record. They keep only the "
                f"{kept}{why}. We delete the invoices when their retention period ends."
            )
        blocks.append(Paragraph(text))
    if ErasureReason.DIRECT_MARKETING_OBJECTION in reasons:
        blocks.append(
            Paragraph(
                "Olet vastustanut suoramarkkinointia. Jotta sinua ei myöhemmin otettaisi "
                "vahingossa uudelleen markkinoinnin piiriin esimerkiksi uuden osoiteluettelon "
                "mukana, säilytämme yhteystiedoistasi tiivisteen (21 artiklan 3 kohta). "
                "Tiiviste on yksisuuntainen muunnos: siitä ei voi palauttaa osoitettasi tai "
                "numeroasi eikä nimeäsi, mutta sen avulla tunnistamme ne ja jätämme sinut "
                "markkinoinnin ulkopuolelle."
                if fi
                else "You have objected to direct marketing. So that a later import, such as a "
                "new mailing list, cannot bring you back into our marketing by mistake, we keep "
                "a hash of your contact details (Article 21(3)). A hash is a one-way "
                "transformation: neither your address or number nor your name can be recovered "
                "from it, but it lets us recognise them and leave you out of marketing."
            )
        )
    blocks.append(
        Paragraph(
            "Tietosuojapyyntöjesi käsittelystä säilytämme tiedot ilman henkilöllisyyttäsi, "
            "jotta voimme osoittaa noudattaneemme tietosuoja-asetusta (5 artiklan 2 kohta). "
            "Niitä ei enää yhdistetä sinuun."
            if fi
            else "We keep the record of how your requests were handled, without your identity, "
            "so that we can show that we have complied with the Regulation (Article 5(2)). It "
            "is no longer linked to you."
        )
    )
    return blocks


# -- the letter --------------------------------------------------------------------------------


def compose_erasure(ctx: LetterContext) -> Letter:
    lang = check_language(ctx.language)
    plan = ctx.erasure_plan
    if plan is None:
        raise ValueError("erasure letter: the context holds no erasure plan")
    fi = lang == "fi"
    day = date_text(ctx.request.received_on, lang)
    today = date_text(ctx.today, lang)
    partial = bool(plan.kept)
    erased = _erased(plan, lang)
    anonymised = _anonymised(plan, lang)
    kept_rows = _kept_rows(ctx, plan, lang)
    if fi:
        intro = (
            f"Saimme {day} pyyntösi poistaa henkilötietosi (tietosuoja-asetuksen 17 artikla). "
            f"Poistamme tietosi asiakasrekisteristämme {today}."
        )
        if partial:
            intro += (
                " Kaikkea emme kuitenkaan voi poistaa heti. Kerromme alla, mitä säilytämme, "
                "millä perusteella ja kuinka kauan. Tältä osin pyyntöäsi ei voida toteuttaa, "
                "ja sinulla on kirjeen lopussa kerrotut oikeussuojakeinot."
            )
        head: list[Block] = [
            greeting(ctx),
            Paragraph(intro),
            request_facts(ctx, ("Poistopäivä", today)),
            Heading("Poistettavat tiedot", 2),
            Bullets(tuple(erased)),
        ]
        if anonymised:
            head += [
                Heading("Tiedot, joista henkilöllisyytesi poistetaan", 2),
                Bullets(tuple(anonymised)),
            ]
        head += [
            Heading("Säilytettävät tiedot", 2),
            Table(
                ("Säilytettävä tieto", "Peruste", "Säilytetään", "Poistetaan"),
                tuple(kept_rows),
                widths=(4, 4, 3, 2),
                empty="Emme säilytä sinusta mitään tietoja.",
            ),
        ]
        tail = (
            "Poistamisen jälkeen emme enää pysty yhdistämään sinua aiempiin tietoihisi. Jos "
            "asioit kanssamme myöhemmin, tietosi kirjataan kuten uuden asiakkaan."
        )
        subject_line = "Henkilötietojesi poistaminen"
    else:
        intro = (
            f"On {day} you asked us to erase your personal data (Article 17 GDPR). We are "
            f"erasing your data from our customer register on {today}."
        )
        if partial:
            intro += (
                " We cannot, however, erase everything at once. Below we explain what we keep, "
                "on what grounds and for how long. To that extent your request cannot be "
                "carried out, and you have the remedies set out at the end of this letter."
            )
        head = [
            greeting(ctx),
            Paragraph(intro),
            request_facts(ctx, ("Erased on", today)),
            Heading("What we erase", 2),
            Bullets(tuple(erased)),
        ]
        if anonymised:
            head += [
                Heading("Records from which your identity is removed", 2),
                Bullets(tuple(anonymised)),
            ]
        head += [
            Heading("What we keep", 2),
            Table(
                ("What we keep", "Why", "Kept until", "Deleted on"),
                tuple(kept_rows),
                widths=(4, 4, 3, 2),
                empty="We keep no data about you.",
            ),
        ]
        tail = (
            "Once your data have been erased, we can no longer connect you with them. If you "
            "deal with us again later, your details will be recorded as those of a new customer."
        )
        subject_line = "Erasure of your personal data"
    body = (
        *head,
        *_kept_explained(plan, lang),
        *recipients_told(ctx, "erasure"),
        Paragraph(tail),
        *(remedies(ctx) if partial else ()),
        contact(ctx),
    )
    return letter_from(ctx, subject_line, body)


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.ERASURE.value: compose_erasure,
}
