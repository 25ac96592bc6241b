"""The texts of the receipt, identification, extension, rectification, erasure, restriction,
restriction-lifted, objection, withdrawal and refusal letters: every kind in Finnish and
English, the required content on the Letter's blocks, and the required sections read back from
the rendered PDF."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from pypdf import PdfReader

from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.service import EDITABLE_FIELDS
from l4d_desktop.core.disclosure.subject_data import (
    ConsentLedgerEntry,
    FieldChangeEntry,
    ObjectionEntry,
    RecipientEntry,
    RequestEntry,
    SourceInfo,
    SubjectCustomer,
    SubjectData,
)
from l4d_desktop.core.erasure.records import (
    REQUEST_FREE_TEXT,
    REQUEST_KEPT,
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ItemKind,
    PlanItem,
)
from l4d_desktop.core.letters.compose import erasure as erasure_letter
from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import (
    Authority,
    Controller,
    LetterContext,
    LetterRequest,
)
from l4d_desktop.core.letters.document import (
    Block,
    Bullets,
    EnvelopeWindow,
    Facts,
    Heading,
    Letter,
    Paragraph,
    Signature,
    Table,
)
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.render.pdf import render_letter
from l4d_desktop.core.vocabulary import (
    Channel,
    IdentityMethod,
    ObjectionOutcome,
    ObjectionPurpose,
    RefusalBasis,
    RequestType,
)
from tests.core.letters import term_pairs as terms

NAME = "Šárka Łukasiewicz-Öhman"
EMAIL = "sarka.ohman@esimerkki.fi"
PHONE = "+358401234567"
HANDLER = "Aino Käsittelijä"
REQUEST_ID = 42
TODAY = dt.date(2026, 1, 20)
RECEIVED = dt.date(2026, 1, 15)  # Thu: statutory Mon 16.2.2026, promised Sat 14.2.2026
AT = dt.datetime(2026, 1, 19, 10, 30, tzinfo=dt.UTC)  # 12.30 in Helsinki
LANGS = ("fi", "en")

COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    **progress_letters.COMPOSERS,
    **outcome_letters.COMPOSERS,
    **erasure_letter.COMPOSERS,
    **refusal_letter.COMPOSERS,
}
KINDS = sorted(COMPOSERS)

# -- the factory -------------------------------------------------------------------------------


def controller(language: str) -> Controller:
    return Controller(
        name="Lean 4D Oy",
        street="Vanha kirkkokuja 19",
        postal_code="02520",
        city="Lapinkylä, Kirkkonummi",
        country="Suomi" if language == "fi" else "Finland",
        business_id="2989855-5",
        phone="+358 40 071 7454",
        email="jouni@lean4d.fi",
        web="",
        contact_name="Jouni Ojala",
        contact_title="toimitusjohtaja" if language == "fi" else "Managing Director",
        contact_phone="+358 40 071 7454",
        contact_email="jouni@lean4d.fi",
        register_name="Lean 4D Oy asiakasrekisteri"
        if language == "fi"
        else "Lean 4D Oy customer register",
    )


def authority(language: str) -> Authority:
    return Authority(
        name="Tietosuojavaltuutetun toimisto"
        if language == "fi"
        else "Office of the Data Protection Ombudsman",
        street="Lintulahdenkuja 4, 00530 Helsinki",
        postal="PL 800, 00531 Helsinki",
        phone="+358 29 566 6700",
        web="tietosuoja.fi",
    )


def request(type_: str, **changes: object) -> LetterRequest:
    promised = type_ in ("access", "portability")
    base = LetterRequest(
        id=REQUEST_ID,
        reference="L4D-00042",
        type=type_,
        channel="email",
        received_on=RECEIVED,
        status="in_progress",
        statutory_due=dt.date(2026, 2, 16),
        promised_due=dt.date(2026, 2, 14) if promised else None,
        due=dt.date(2026, 2, 14) if promised else dt.date(2026, 2, 16),
        extended_due=None,
        extension_notice_on=None,
        extension_reason="",
        identity_method=IdentityMethod.EMAIL_ON_FILE.value,
        identified_at=AT,
        closed_at=None,
        refusal_basis=None,
        close_reason="",
        assessment="",
        requester_name=NAME,
        erased_at=None,
    )
    return replace(base, **changes)


def consent(
    id_: int, code: str, fi: str, en: str, given: bool, request_id: int | None, method: str
) -> ConsentLedgerEntry:
    return ConsentLedgerEntry(
        id=id_,
        purpose_code=code,
        purpose_fi=fi,
        purpose_en=en,
        given=given,
        at=AT if not given else dt.datetime(2024, 5, 2, 9, 0, tzinfo=dt.UTC),
        method=method,
        notice_version="1",
        recorded_at=AT,
        request_id=request_id,
    )


def subject(
    type_: str,
    *,
    objections: tuple[ObjectionEntry, ...] = (),
    consents: tuple[ConsentLedgerEntry, ...] = (),
    changes: tuple[FieldChangeEntry, ...] = (),
    restricted_at: dt.datetime | None = None,
) -> SubjectData:
    customer = SubjectCustomer(
        id=7,
        customer_number="10042",
        name=NAME,
        email=EMAIL,
        phone=PHONE,
        street="Mannerheimintie 12 B 7",
        postal_code="00100",
        city="Helsinki",
        country="FI",
        company="Öljynporaus Oy",
        business_id="",
        language="fi",
        source="customer",
        source_name="",
        notes="",
        notes_third_party=False,
        restricted=restricted_at is not None,
        restricted_at=restricted_at,
        created_at=dt.datetime(2023, 3, 1, 8, 0, tzinfo=dt.UTC),
        updated_at=AT,
    )
    this = RequestEntry(
        id=REQUEST_ID,
        type=type_,
        channel="email",
        received_on=RECEIVED,
        received_at=None,
        status="in_progress",
        statutory_due=dt.date(2026, 2, 16),
        promised_due=None,
        due=dt.date(2026, 2, 16),
        extended_due=None,
        extension_notice_on=None,
        extension_reason="",
        identity_method=IdentityMethod.EMAIL_ON_FILE.value,
        identified_at=AT,
        closed_at=None,
        refusal_basis=None,
        refusal_reason="",
        requester_name=NAME,
        requester_contact=EMAIL,
        requester_text="Korjatkaa osoitteeni.",
        repeat_of=None,
        pauses=(),
        changed_fields=changes,
    )
    other = replace(this, id=11, type="access", changed_fields=())
    return SubjectData(
        request_id=REQUEST_ID,
        request_type=type_,
        assembled_at=AT,
        processed=True,
        customer=customer,
        source=SourceInfo("customer", "", True),
        consents=consents,
        objections=objections,
        web_events=(),
        invoices=(
            InvoiceRecord(
                id=501,
                customer_id=7,
                invoice_number="2024-0012",
                invoice_date=dt.date(2024, 3, 10),
                amount_cents=123450,
                paid=True,
                buyer_name=NAME,
                billing_address="Mannerheimintie 12 B 7, 00100 Helsinki",
                created_at=AT,
            ),
        ),
        requests=(other, this),
        consultations=(),
        recipients=(
            RecipientEntry("Postitus Oy", "tulostus ja postitus", "FI", True),
            RecipientEntry("Pilvi Ab", "palvelimet", "SE", True),
        ),
    )


def plan(*, kept: bool = True) -> ErasurePlan:
    items = [
        PlanItem(
            ItemKind.CUSTOMER,
            ErasureAction.DELETE,
            ErasureReason.ERASURE,
            object_id=7,
            label="10042",
            fields_removed=("name", "email", "phone", "address", "company", "notes", "search_text"),
        ),
        PlanItem(ItemKind.CONSENT_EVENT, ErasureAction.DELETE, ErasureReason.ERASURE, 1),
        PlanItem(ItemKind.CONSENT_EVENT, ErasureAction.DELETE, ErasureReason.ERASURE, 2),
        PlanItem(ItemKind.WEB_EVENTS, ErasureAction.DELETE, ErasureReason.ERASURE, 9, count=37),
        PlanItem(
            ItemKind.INVOICE,
            ErasureAction.DELETE,
            ErasureReason.RETENTION_ENDED,
            object_id=400,
            label="2017-0003",
            kept_until=dt.date(2023, 12, 31),
        ),
        PlanItem(
            ItemKind.REQUEST,
            ErasureAction.ANONYMISE,
            ErasureReason.ACCOUNTABILITY,
            object_id=REQUEST_ID,
            label="erasure",
            fields_kept=(*REQUEST_KEPT, "subject_ref"),
            fields_removed=("customer_link", *REQUEST_FREE_TEXT),
        ),
        PlanItem(
            "letter",  # an archived letter: its PDF goes, the facts stay
            ErasureAction.ANONYMISE,
            ErasureReason.ACCOUNTABILITY,
            object_id=3,
            label="receipt",
            fields_kept=("kind", "language", "sha256", "created_at"),
            fields_removed=("pdf",),
        ),
    ]
    if kept:
        items += [
            PlanItem(
                ItemKind.SUPPRESSION,
                ErasureAction.KEEP,
                ErasureReason.DIRECT_MARKETING_OBJECTION,
                count=2,
                fields_kept=("digest",),
            ),
            PlanItem(
                ItemKind.INVOICE,
                ErasureAction.KEEP,
                ErasureReason.ACCOUNTING_ACT,
                object_id=501,
                label="2024-0012",
                kept_until=dt.date(2030, 12, 31),
                purge_on=dt.date(2031, 1, 1),
                fields_kept=(
                    "invoice_number",
                    "invoice_date",
                    "amount",
                    "buyer_name",
                    "billing_address",
                ),
                fields_removed=("customer_link",),
            ),
        ]
    return ErasurePlan(
        request_id=REQUEST_ID,
        customer_id=7,
        customer_number="10042",
        customer_name=NAME,
        made_on=TODAY,
        items=tuple(items),
        token="t",
    )


DM_OBJECTION = ObjectionEntry(
    id=3,
    purpose=ObjectionPurpose.DIRECT_MARKETING.value,
    received_on=RECEIVED,
    reason="",
    outcome=ObjectionOutcome.STOPPED.value,
    outcome_reason="",
    decided_at=AT,
    request_id=REQUEST_ID,
)
ANALYTICS_KEPT = ObjectionEntry(
    id=4,
    purpose=ObjectionPurpose.ANALYTICS.value,
    received_on=RECEIVED,
    reason="En halua seurantaa.",
    outcome=ObjectionOutcome.COMPELLING_GROUNDS.value,
    outcome_reason="Palvelun tietoturvan valvonta edellyttää <kirjautumistietoja> & lokeja.",
    decided_at=AT,
    request_id=REQUEST_ID,
)
MARKETING_CONSENTS = (
    consent(1, "marketing_email", "Markkinointiviestit sähköpostilla",
            "Marketing messages by email", True, None, "web_form"),
    consent(2, "marketing_email", "Markkinointiviestit sähköpostilla",
            "Marketing messages by email", False, REQUEST_ID, "objection"),
    consent(5, "ad_targeting", "Mainonnan kohdentaminen",
            "Targeting of advertising", False, REQUEST_ID, "objection"),
    # An earlier withdrawal, by another request: not this letter's.
    consent(6, "marketing_sms", "Markkinointiviestit tekstiviestillä",
            "Marketing messages by text message", False, 11, "email"),
)  # fmt: skip


def context(kind: str, language: str, **changes: object) -> LetterContext:
    """A realistic context for `kind`: the request of the kind's type with what it needs."""
    type_ = {
        "receipt": "access",
        "identification": "access",
        "extension": "access",
        "refusal": "access",
        "restriction-lifted": "restriction",
    }.get(kind, kind)
    req = request(type_)
    subj: SubjectData | None = None
    erasure_plan = None
    if kind == "extension":
        req = replace(
            req,
            extended_due=dt.date(2026, 4, 15),
            extension_notice_on=dt.date(2026, 2, 10),
            due=dt.date(2026, 4, 15),
            extension_reason="Pyyntösi koskee usean vuoden laskutusaineistoa, joka on koottava "
            "arkistosta käsin."
            if language == "fi"
            else "Your request covers several years of billing records, which have to be "
            "gathered from the archive by hand.",
        )
    elif kind == "refusal":
        req = replace(
            req,
            status="refused",
            refusal_basis=RefusalBasis.EXCESSIVE.value,
            close_reason="Sama pyyntö on tehty neljä kertaa kahden kuukauden aikana."
            if language == "fi"
            else "The same request has been made four times within two months.",
            assessment="Pyynnöt 3.11., 17.11., 1.12. ja 15.12. koskivat samoja tietoja, "
            "eikä tiedoissa ole ollut muutoksia."
            if language == "fi"
            else "The requests of 3 and 17 November and 1 and 15 December concerned the same data, "
            "and the data had not changed in between.",
        )
    elif kind == "rectification":
        subj = subject(
            "rectification",
            changes=(FieldChangeEntry("email", AT), FieldChangeEntry("street", AT)),
        )
    elif kind in ("restriction", "restriction-lifted"):
        subj = subject("restriction", restricted_at=dt.datetime(2026, 1, 16, 7, 0, tzinfo=dt.UTC))
    elif kind == "objection":
        subj = subject(
            "objection", objections=(DM_OBJECTION, ANALYTICS_KEPT), consents=MARKETING_CONSENTS
        )
    elif kind == "withdrawal":
        subj = subject("withdrawal", consents=MARKETING_CONSENTS)
    elif kind == "erasure":
        subj = subject("erasure")
        erasure_plan = plan()
    base = LetterContext(
        kind=kind,
        language=language,
        today=TODAY,
        controller=controller(language),
        authority=authority(language),
        request=req,
        recipient=(NAME, "Mannerheimintie 12 B 7", "00100 Helsinki"),
        signature=Signature(
            closing="Ystävällisin terveisin" if language == "fi" else "Yours sincerely",
            name=HANDLER,
            title="asiakaspalvelija" if language == "fi" else "Customer Service Agent",
            organisation="Lean 4D Oy",
        ),
        window=EnvelopeWindow(),
        subject=subj,
        erasure_plan=erasure_plan,
    )
    return replace(base, **changes)


# -- reading a letter --------------------------------------------------------------------------


def _texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    for b in blocks:
        if isinstance(b, Heading | Paragraph):
            yield b.text
        elif isinstance(b, Bullets):
            yield from b.items
        elif isinstance(b, Facts):
            for label, value in b.rows:
                yield label
                yield value
        elif isinstance(b, Table):
            yield from b.header
            for row in b.rows:
                yield from row
            yield b.empty


def body_text(letter: Letter) -> str:
    return "\n".join([letter.subject, *_texts(letter.body)])


def headings(letter: Letter) -> list[str]:
    return [b.text for b in letter.body if isinstance(b, Heading)]


def tables(letter: Letter) -> list[Table]:
    return [b for b in letter.body if isinstance(b, Table)]


def pdf_text(letter: Letter) -> str:
    """The rendered letter's text, with every run of white space made one space."""
    reader = PdfReader(io.BytesIO(render_letter(letter)))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


REMEDIES = {"fi": "Oikeussuojakeinot", "en": "Your remedies"}
COURT = {"fi": "tuomioistuimen", "en": "court"}
OMBUDSMAN = {"fi": "Tietosuojavaltuutet", "en": "Data Protection Ombudsman"}


def has_remedies(letter: Letter, language: str) -> bool:
    return REMEDIES[language] in headings(letter)


# -- every kind, both languages ----------------------------------------------------------------


def test_the_modules_cover_every_kind_but_access_and_portability() -> None:
    assert set(KINDS) == {k.value for k in LetterKind} - {"access", "portability"}


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_composes_in_both_languages(kind: str, language: str) -> None:
    ctx = context(kind, language)
    letter = COMPOSERS[kind](ctx)
    assert letter.kind == kind
    assert letter.language == language
    assert letter.recipient[0] == NAME
    assert letter.reference == "L4D-00042"
    assert letter.date == TODAY
    assert letter.signature is not None and letter.signature.name == HANDLER
    text = body_text(letter)
    # The greeting names the person; the staff member appears only in the signature.
    assert NAME in text
    assert HANDLER not in text
    # The contact person and the reference to quote end every letter.
    assert "Jouni Ojala" in text and "L4D-00042" in text
    # The greeting is the letter's language.
    assert text.splitlines()[1].startswith("Hyvä " if language == "fi" else "Dear ")
    # No empty paragraph or bullet: every piece says something.
    for block in letter.body:
        if isinstance(block, Paragraph | Heading):
            assert block.text.strip()
        if isinstance(block, Bullets):
            assert all(item.strip() for item in block.items)


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_and_reads_back(kind: str, language: str) -> None:
    letter = COMPOSERS[kind](context(kind, language))
    text = pdf_text(letter)
    assert NAME in text  # š, á, ł and ö survive the embedded fonts
    assert flat(letter.subject) in text
    for heading in headings(letter):
        assert flat(heading) in text


def test_finnish_letters_speak_to_the_reader_as_sina() -> None:
    """The notice's style is "sinä"; the formal plural ("Teillä", "teidän") never appears."""
    formal = re.compile(r"\b(Te|Teillä|Teidän|teidän|Teille|teille|Teitä|teitä|Teiltä)\b")
    for kind in KINDS:
        text = body_text(COMPOSERS[kind](context(kind, "fi")))
        assert not formal.search(text), kind


# -- receipt, identification, extension --------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_receipt_gives_the_due_date_and_the_notice_promise_for_access(language: str) -> None:
    letter = progress_letters.compose_receipt(context("receipt", language))
    text = flat(body_text(letter))
    due = "14.2.2026" if language == "fi" else "14 February 2026"
    received = "15.1.2026" if language == "fi" else "15 January 2026"
    assert due in text and received in text
    assert ("30 päivän" if language == "fi" else "30 days") in text
    assert ("sähköpostitse" if language == "fi" else "by email") in text
    assert ("Miten pyyntösi etenee" if language == "fi" else "What happens next") in headings(
        letter
    )
    assert not has_remedies(letter, language)


@pytest.mark.parametrize("language", LANGS)
def test_receipt_of_other_types_promises_no_thirty_days(language: str) -> None:
    ctx = context("receipt", language, request=request("rectification"))
    text = body_text(progress_letters.compose_receipt(ctx))
    assert "30" not in text
    assert ("16.2.2026" if language == "fi" else "16 February 2026") in text
    # An identified requester is not told that the identity will be checked.
    assert ("henkilöllisyystodistus" if language == "fi" else "identity document") not in text


@pytest.mark.parametrize("language", LANGS)
def test_receipt_of_an_unidentified_request_says_how_identity_is_checked(language: str) -> None:
    ctx = context("receipt", language, request=request("erasure", identified_at=None))
    text = body_text(progress_letters.compose_receipt(ctx))
    assert ("henkilöllisyystodistuksestasi" if language == "fi" else "identity document") in text


@pytest.mark.parametrize("language", LANGS)
def test_identification_asks_first_for_what_is_held_and_moves_no_date(language: str) -> None:
    ctx = context("identification", language, request=request("access", identified_at=None))
    letter = progress_letters.compose_identification(ctx)
    text = flat(body_text(letter))
    bullets = next(b for b in letter.body if isinstance(b, Bullets))
    assert len(bullets.items) == 3
    joined = " ".join(bullets.items)
    if language == "fi":
        assert "sähköpostiosoitteesta" in joined and "asiakasnumerosi" in joined
        assert "laskun numero" in joined
        assert "Emme tarvitse kopiota henkilöllisyystodistuksestasi" in text
        assert "ei siirrä määräaikaa" in text and "14.2.2026" in text
    else:
        assert "email address" in joined and "customer number" in joined
        assert "invoice" in joined
        assert "We do not need a copy of your identity document" in text
        assert "does not change our time limit" in text and "14 February 2026" in text
    # The letter goes to an address not yet trusted: none of the data held is in it.
    assert EMAIL not in text and "10042" not in text


@pytest.mark.parametrize("language", LANGS)
def test_extension_states_reasons_new_date_notice_date_and_remedies(language: str) -> None:
    ctx = context("extension", language)
    letter = progress_letters.compose_extension(ctx)
    text = flat(body_text(letter))
    assert ctx.request.extension_reason in text
    if language == "fi":
        for day in ("15.4.2026", "10.2.2026", "14.2.2026"):
            assert day in text
        assert "12 artiklan 3 kohdan" in text
    else:
        for day in ("15 April 2026", "10 February 2026", "14 February 2026"):
            assert day in text
        assert "Article 12(3)" in text
    assert has_remedies(letter, language)
    pdf = pdf_text(letter)
    assert flat(ctx.request.extension_reason) in pdf
    assert OMBUDSMAN[language] in pdf


def test_extension_without_an_extended_date_is_refused() -> None:
    ctx = context("extension", "fi", request=request("access"))
    with pytest.raises(ValueError):
        progress_letters.compose_extension(ctx)


# -- rectification -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_rectification_names_the_changed_fields_and_when_never_values(language: str) -> None:
    letter = outcome_letters.compose_rectification(context("rectification", language))
    (table,) = tables(letter)
    when = "19.1.2026 klo 12.30" if language == "fi" else "19 January 2026, 12:30"
    if language == "fi":
        assert table.rows == (("Sähköpostiosoite", when), ("Katuosoite", when))
    else:
        assert table.rows == (("Email address", when), ("Street address", when))
    text = body_text(letter)
    assert EMAIL not in text and "Mannerheimintie" not in " ".join(_texts(letter.body[1:]))
    # Art. 19: the processors by name, and the offer to tell who was told.
    assert "Postitus Oy – tulostus ja postitus" in text
    assert ("19 artikla" if language == "fi" else "Article 19") in text
    assert not has_remedies(letter, language)


def test_rectification_of_nothing_says_so() -> None:
    ctx = context("rectification", "en", subject=subject("rectification"))
    letter = outcome_letters.compose_rectification(ctx)
    assert tables(letter)[0].rows == ()
    assert "nothing needed to be changed" in body_text(letter)


def test_outcome_letters_need_the_persons_data() -> None:
    for kind in ("rectification", "withdrawal", "objection"):
        with pytest.raises(ValueError):
            COMPOSERS[kind](context(kind, "fi", subject=None))


# -- erasure -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_erasure_lists_what_goes_what_is_anonymised_and_what_stays(language: str) -> None:
    letter = erasure_letter.compose_erasure(context("erasure", language))
    text = flat(body_text(letter))
    fi = language == "fi"
    # Erased, with counts.
    assert ("Asiakastietosi (asiakasnumero 10042)" if fi else "Your customer record") in text
    assert ("2 merkintää" if fi else "2 entries") in text
    assert ("37 tapahtumaa" if fi else "37 events") in text
    assert "2017-0003" in text
    # Anonymised: what goes from the request records and what remains.
    assert ("niistä poistetaan" if fi else "we remove") in text
    assert ("satunnainen tunniste" if fi else "a random reference") in text
    assert (
        "Sinulle lähettämämme kirjeet (1): niistä poistetaan kirjeen sisältö. Jäljelle jäävät "
        "kirjeen laji, kieli, tarkistussumma ja päivämäärä."
        if fi
        else "The letters we have sent you (1): we remove the content of the letter. What "
        "remains: kind of letter, language, checksum and date."
    ) in text
    # Kept: a table with a header (repeated on each page) and dates.
    (table,) = tables(letter)
    assert len(table.header) == 4
    invoice = next(r for r in table.rows if "2024-0012" in r[0])
    if fi:
        assert invoice == (
            "Lasku 2024-0012 (10.3.2024, 1\u00a0234,50\u00a0€)",
            invoice[1],
            "31.12.2030 asti",
            "1.1.2031",
        )
        assert "kirjanpitolaki (1336/1997) 2 luku 10 §" in invoice[1].lower()
        assert "17 artiklan 3 kohdan b alakohta" in invoice[1]
    else:
        assert invoice[0] == "Invoice 2024-0012 (10 March 2024, €1,234.50)"
        assert invoice[2:] == ("31 December 2030", "1 January 2031")
        assert "Accounting Act" in invoice[1] and "Article 17(3)(b)" in invoice[1]
    suppression = next(r for r in table.rows if ("estolist" if fi else "suppression") in r[0])
    assert suppression[0] == (
        "Sähköpostiosoitteesi ja puhelinnumerosi tiivisteinä markkinoinnin estolistalla"
        if fi
        else "Your email address and your telephone number, as hashes on our marketing "
        "suppression list"
    )
    accountability = table.rows[-1]
    assert ("5 artiklan 2 kohta" if fi else "Article 5(2)") in accountability[1]
    # Something is kept: a partial refusal, with the remedies.
    assert ("Tältä osin pyyntöäsi ei voida toteuttaa" if fi else "To that extent") in text
    assert has_remedies(letter, language)
    assert "Postitus Oy" in text


@pytest.mark.parametrize("language", LANGS)
def test_erasure_pdf_names_the_accounting_act_and_the_kept_until_date(language: str) -> None:
    text = pdf_text(erasure_letter.compose_erasure(context("erasure", language)))
    if language == "fi":
        assert "kirjanpitolaki" in text.lower() and "31.12.2030" in text and "1.1.2031" in text
        assert "arvonlisäverolaki 209 e §" in text
        assert "Tietosuojavaltuutet" in text and "tuomioistuimen" in text
    else:
        assert "Accounting Act" in text and "31 December 2030" in text
        assert "VAT Act" in text
        assert "Data Protection Ombudsman" in text and "court" in text


@pytest.mark.parametrize("language", LANGS)
def test_erasure_that_keeps_nothing_is_no_refusal(language: str) -> None:
    ctx = context("erasure", language, erasure_plan=plan(kept=False))
    letter = erasure_letter.compose_erasure(ctx)
    text = body_text(letter)
    assert not has_remedies(letter, language)
    assert ("kirjanpitolaki" if language == "fi" else "Accounting Act") not in text
    # The handling record without the person is still shown as kept, with its reason.
    (table,) = tables(letter)
    assert len(table.rows) == 1


def test_erasure_without_a_plan_is_refused() -> None:
    with pytest.raises(ValueError):
        erasure_letter.compose_erasure(context("erasure", "fi", erasure_plan=None))


# -- restriction -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_restriction_says_only_stored_own_access_kept_and_told_before_lifting(
    language: str,
) -> None:
    letter = outcome_letters.compose_restriction(context("restriction", language))
    text = flat(body_text(letter))
    if language == "fi":
        assert "16.1.2026" in text
        assert "ainoastaan säilytetään" in text
        assert "markkinointiin" in text and "analysointiin" in text
        assert "Rajoitus ei koske omaa oikeuttasi saada tietosi" in text
        assert "ennen kuin poistamme rajoituksen" in text
    else:
        assert "16 January 2026" in text
        assert "only stored" in text
        assert "marketing" in text and "analysis" in text
        assert "does not limit your own right to your data" in text
        assert "before we lift it" in text
    assert "Pilvi Ab" in text


@pytest.mark.parametrize("language", LANGS)
def test_restriction_lifted_tells_the_day_and_why_before_it_happens(language: str) -> None:
    ctx = context("restriction-lifted", language)
    letter = outcome_letters.COMPOSERS["restriction-lifted"](ctx)
    text = flat(body_text(letter))
    default_day = TODAY + dt.timedelta(days=outcome_letters.LIFT_NOTICE_DAYS)
    assert (
        "3.2.2026" if language == "fi" else "3 February 2026"
    ) in text and default_day == dt.date(2026, 2, 3)
    assert ("18 artiklan 3 kohdan" if language == "fi" else "Article 18(3)") in text
    assert has_remedies(letter, language)
    reason = "Osoitteesi oikeellisuus on tarkistettu väestötietojärjestelmästä."
    ctx = replace(ctx, request=replace(ctx.request, close_reason=reason))
    letter = outcome_letters.compose_restriction_lifted(ctx, lift_on=dt.date(2026, 3, 2))
    text = flat(body_text(letter))
    assert reason in text
    assert ("2.3.2026" if language == "fi" else "2 March 2026") in text
    assert reason in pdf_text(letter)


# -- objection ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_objection_stops_direct_marketing_for_good_and_states_compelling_grounds(
    language: str,
) -> None:
    letter = outcome_letters.compose_objection(context("objection", language))
    text = flat(body_text(letter))
    if language == "fi":
        assert "Suoramarkkinointi, myös mainonnan kohdentaminen" in text
        assert "heti 19.1.2026" in text and "ehdoton" in text
        assert (
            "säilytämme sähköpostiosoitteestasi ja puhelinnumerostasi tiivisteen "
            "markkinoinnin estolistalla" in text
        )
        assert "Samalla päättyivät seuraavat suostumuksesi:" in text
        assert "pakottavia oikeutettuja perusteita" in text
    else:
        assert "Direct marketing, including targeted advertising" in text
        assert "absolute" in text and "suppression list" in text
        assert "This also ended your consent to:" in text
        assert "compelling legitimate grounds" in text
    lists = [b.items for b in letter.body if isinstance(b, Bullets)]
    assert (
        ("Markkinointiviestit sähköpostilla", "Mainonnan kohdentaminen")
        if language == "fi"
        else ("Marketing messages by email", "Targeting of advertising")
    ) in lists
    # The earlier withdrawal of another request is not this letter's.
    assert "tekstiviestillä" not in text and "text message" not in text
    assert ANALYTICS_KEPT.outcome_reason in text
    assert has_remedies(letter, language)
    pdf = pdf_text(letter)
    assert ANALYTICS_KEPT.outcome_reason in pdf  # printed literally, not as markup
    assert OMBUDSMAN[language] in pdf and COURT[language] in pdf


@pytest.mark.parametrize("language", LANGS)
def test_objection_to_direct_marketing_alone_is_no_refusal(language: str) -> None:
    subj = subject("objection", objections=(DM_OBJECTION,), consents=MARKETING_CONSENTS)
    letter = outcome_letters.compose_objection(context("objection", language, subject=subj))
    assert not has_remedies(letter, language)


@pytest.mark.parametrize("language", LANGS)
def test_upheld_and_undecided_objections(language: str) -> None:
    upheld = replace(ANALYTICS_KEPT, outcome=ObjectionOutcome.UPHELD.value, outcome_reason="", id=8)
    pending = replace(
        ANALYTICS_KEPT,
        purpose=ObjectionPurpose.CUSTOMER_RELATIONSHIP.value,
        outcome=None,
        outcome_reason="",
        decided_at=None,
        id=9,
    )
    analytics = consent(
        10, "analytics", "Palveluiden analysointi ja tilastointi",
        "Analysis and statistics of our services", False, REQUEST_ID, "objection",
    )  # fmt: skip
    subj = subject("objection", objections=(upheld, pending), consents=(analytics,))
    letter = outcome_letters.compose_objection(context("objection", language, subject=subj))
    text = flat(body_text(letter))
    if language == "fi":
        assert "Hyväksyimme vastustuksesi" in text
        assert "Samalla päättyi seuraava suostumuksesi:" in text
        assert "Arvioimme vielä vastustustasi" in text and "16.2.2026" in text
    else:
        assert "We accepted your objection" in text
        assert "Analysis and statistics of our services" in text
        assert "still assessing" in text and "16 February 2026" in text
    assert not has_remedies(letter, language)


# -- withdrawal --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_withdrawal_lists_this_requests_consents_and_keeps_earlier_processing_lawful(
    language: str,
) -> None:
    letter = outcome_letters.compose_withdrawal(context("withdrawal", language))
    (table,) = tables(letter)
    when = "19.1.2026 klo 12.30" if language == "fi" else "19 January 2026, 12:30"
    if language == "fi":
        assert table.rows == (
            ("Markkinointiviestit sähköpostilla", when),
            ("Mainonnan kohdentaminen", when),
        )
    else:
        assert table.rows == (
            ("Marketing messages by email", when),
            ("Targeting of advertising", when),
        )
    text = flat(body_text(letter))
    if language == "fi":
        assert "ei kuitenkaan vaikuta" in text and "7 artiklan 3 kohta" in text
        assert "Suostumuksen antaminen uudelleen" in headings(letter)
    else:
        assert "does not, however, affect the lawfulness" in text and "Article 7(3)" in text
        assert "Giving your consent again" in headings(letter)
    pdf = pdf_text(letter)
    assert table.rows[0][0] in pdf


def test_withdrawal_with_nothing_to_withdraw_says_so() -> None:
    subj = subject("withdrawal", consents=MARKETING_CONSENTS[:1])
    letter = outcome_letters.compose_withdrawal(context("withdrawal", "fi", subject=subj))
    assert tables(letter) == []
    assert "sinulla ei ollut voimassa olevaa suostumusta" in body_text(letter)


# -- refusal -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_refusal_states_basis_reasons_assessment_and_remedies(language: str) -> None:
    ctx = context("refusal", language)
    letter = refusal_letter.compose_refusal(ctx)
    text = flat(body_text(letter))
    assert ctx.request.close_reason in text
    assert ctx.request.assessment in text
    assert ("12 artiklan 5 kohta" if language == "fi" else "Article 12(5)") in text
    assert ("Kohtuuton pyyntö" if language == "fi" else "Excessive request") in text
    assert has_remedies(letter, language)
    pdf = pdf_text(letter)
    assert flat(ctx.request.close_reason) in pdf
    assert flat(ctx.request.assessment) in pdf
    assert OMBUDSMAN[language] in pdf and COURT[language] in pdf
    assert "+358 29 566 6700" in pdf and "PL 800, 00531 Helsinki" in pdf


@pytest.mark.parametrize("language", LANGS)
def test_refusal_for_identity_has_no_assessment_and_invites_a_new_request(
    language: str,
) -> None:
    ctx = context("refusal", language)
    ctx = replace(
        ctx,
        request=replace(
            ctx.request,
            refusal_basis=RefusalBasis.IDENTITY_NOT_ESTABLISHED.value,
            assessment="",
            close_reason="Emme saaneet vastausta tiedusteluumme.",
        ),
    )
    letter = refusal_letter.compose_refusal(ctx)
    assert ("Arviomme pyynnöstä" if language == "fi" else "Our assessment of the request") not in (
        headings(letter)
    )
    text = body_text(letter)
    assert ("uudelleen" if language == "fi" else "again") in text
    assert has_remedies(letter, language)


def test_refusal_prints_markup_in_reasons_as_text() -> None:
    ctx = context("refusal", "en")
    reason = "<b>Not bold</b> & <i>not italic</i>"
    ctx = replace(ctx, request=replace(ctx.request, close_reason=reason))
    assert reason in pdf_text(refusal_letter.compose_refusal(ctx))


# -- terms -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "codes"),
    [
        (terms.REQUEST_TYPES, [t.value for t in RequestType]),
        (terms.CHANNELS, [c.value for c in Channel]),
        (terms.IDENTITY_METHODS, [m.value for m in IdentityMethod]),
        (terms.REFUSAL_BASES, [b.value for b in RefusalBasis]),
        (terms.REFUSAL_BASIS_NAMES, [b.value for b in RefusalBasis]),
        (terms.OBJECTION_PURPOSES, [p.value for p in ObjectionPurpose]),
        (terms.OBJECTION_OUTCOMES, [o.value for o in ObjectionOutcome]),
        (terms.CUSTOMER_FIELDS, list(EDITABLE_FIELDS)),
        (terms.ERASURE_ITEM_KINDS, [k.value for k in ItemKind]),
        (terms.ERASURE_REASONS, [r.value for r in ErasureReason]),
        (terms.KEPT_FIELDS, [*REQUEST_KEPT, *REQUEST_FREE_TEXT, "subject_ref", "customer_link"]),
    ],
)
def test_every_code_has_words_in_both_languages(
    table: dict[str, tuple[str, str]], codes: list[str]
) -> None:
    for code in codes:
        fi, en = table[code]
        assert fi.strip() and en.strip(), code


def test_an_unknown_code_prints_as_itself() -> None:
    assert terms.words(terms.REQUEST_TYPES, "new_type", "fi") == "new_type"
    assert terms.join_words(["a", "b", "c"], "fi") == "a, b ja c"
    assert terms.count_text(1, "fi", ("pyyntö", "pyyntöä"), ("request", "requests")) == "1 pyyntö"
    with pytest.raises(ValueError):
        terms.words(terms.REQUEST_TYPES, "access", "sv")
