"""A letter's context read from the database inside the caller's transaction: the request as a
letter may speak of it, the addressee, the signer, the controller and the authority in the
letter's language, the envelope window, and whatever data the kind of letter is written from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.disclosure.answer_records import AnswerRecords, answer_records
from l4d_desktop.core.disclosure.answer_texts import in_language
from l4d_desktop.core.disclosure.assembly import collect
from l4d_desktop.core.erasure.consent_purge import (
    ConsentPurgeRecord,
    PurgeLine,
    plan_consent_purge,
    purges_of_request,
)
from l4d_desktop.core.erasure.plan import backup_keep_days, build_plan
from l4d_desktop.core.erasure.retention import voucher_rule
from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.letters.address_block import address_block
from l4d_desktop.core.letters.availability import REQUESTER_KINDS, WITH_BUNDLE
from l4d_desktop.core.letters.bundle import bundle_entries, file_list
from l4d_desktop.core.letters.context import BundleFile, LetterContext, LetterRequest
from l4d_desktop.core.letters.document import EnvelopeWindow, Signature
from l4d_desktop.core.letters.evidence import LetterEvidence
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.subject_texts import subject_in_language, untranslated_text
from l4d_desktop.core.letters.words import catalogue, country_name
from l4d_desktop.core.letters.words.parties import (
    authority_of,
    controller_of,
    sender_country,
    signer_title,
)
from l4d_desktop.core.register.processing import load_register
from l4d_desktop.core.register.translations import require_consent_names
from l4d_desktop.core.requests.recipient_texts import reason_in_language, recipient_topic
from l4d_desktop.core.requests.recipients import NoticeLine, checklist_lines
from l4d_desktop.core.requests.statements import letter_language, texts_of
from l4d_desktop.core.requests.text_topics import text_missing
from l4d_desktop.core.retention.printed import retention_rows
from l4d_desktop.core.store.models import (
    ConsentEvent,
    ConsentPurpose,
    Customer,
    DataSubjectRequest,
    User,
)
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import RECIPIENT_NOTICE_TYPES, NoticeStatus

# How far the printer's offsets may move the address window, either way.
OFFSET_LIMIT_MM = 30.0


def reference_of(request_id: int) -> str:
    """The request's reference as letters print it, e.g. "L4D-00042"."""
    return f"L4D-{request_id:05d}"


def offset(value: str, key: str) -> float:
    """An envelope offset in millimetres as the settings hold it ("1,5" or "1.5")."""
    try:
        number = float(value.strip().replace(",", ".") or "0")
    except ValueError:
        raise ValidationError(key, "envelope_offset_invalid", limit=OFFSET_LIMIT_MM) from None
    if not -OFFSET_LIMIT_MM <= number <= OFFSET_LIMIT_MM or number != number:
        raise ValidationError(key, "envelope_offset_invalid", limit=OFFSET_LIMIT_MM)
    return number


def envelope_window(session: Session, settings: SettingsStore) -> EnvelopeWindow:
    """The address window moved by the saved offsets (an unreadable one counts as none)."""

    def number(key: str) -> float:
        try:
            return offset(settings.get(session, key), key)
        except ValidationError:
            return 0.0

    return EnvelopeWindow(
        offset_x_mm=number("envelope_offset_x_mm"),
        offset_y_mm=number("envelope_offset_y_mm"),
    )


def letter_context(
    session: Session,
    settings: SettingsStore,
    request: DataSubjectRequest,
    kind: str,
    language: str,
    user: User,
    now: dt.datetime,
    with_files: bool = False,
    evidence: LetterEvidence | None = None,
) -> LetterContext:
    """Everything the letter of `kind` is written from; signed by the request's handler while
    that account is active, else by `user`, who writes the letter. `with_files`: the letter
    leaves with the machine-readable files (a bundle) and lists them with their hashes."""
    today = office_today(now)
    controller = controller_of(session, settings, language)
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    signer = session.get(User, request.handler_id) if request.handler_id else None
    signer = signer if signer is not None and signer.active else user
    subject = None
    if customer is not None and kind not in REQUESTER_KINDS:
        subject = collect(session, request, now, voucher_rule(session, settings))
        require_consent_names(subject.consents, language)
    plan = None
    if kind == LetterKind.ERASURE and customer is not None:
        rule = voucher_rule(session, settings)
        days = backup_keep_days(session, settings)
        plan = build_plan(session, request, customer, rule, today, days)
    bundle: tuple[BundleFile, ...] = ()
    if with_files and kind in WITH_BUNDLE and subject is not None:
        bundle = file_list(bundle_entries(subject))
    if subject is not None:
        # The files keep the records as written; the letter prints its language's reasons.
        printed = subject_in_language(session, subject, language, letter_language(session, request))
        gap = untranslated_text(subject, printed) if kind == LetterKind.ACCESS else None
        if gap is not None:
            raise text_missing(gap[1], language, gap[0])
        subject = printed
    answer = AnswerRecords()
    if kind in (LetterKind.ACCESS, LetterKind.NO_DATA, LetterKind.PORTABILITY):
        # The free texts in the letter's language only (missing ones were refused before).
        answer, _ = in_language(session, request, answer_records(session, request.id), language)
    home_country = settings.get(session, "controller_country")
    purges, pending = _consent_purges(session, request, kind)
    return LetterContext(
        kind=kind,
        language=language,
        today=today,
        controller=controller,
        authority=authority_of(session, settings, language),
        request=_letter_request(request),
        recipient=_recipient(request, customer, language, home_country),
        signature=Signature(
            closing=catalogue(language)("letter.closing"),
            name=signer.full_name,
            title=signer_title(
                signer.full_name,
                signer.title,
                signer.title_en,
                controller,
                language,
                signer.title_sv,
            ),
            organisation=controller.name,
        ),
        window=envelope_window(session, settings),
        subject=subject,
        erasure_plan=plan,
        register=load_register(session) if kind == LetterKind.ACCESS else None,
        bundle=bundle,
        notices=_notices(session, request, kind, language),
        consent_purges=purges,
        consent_purge_pending=pending,
        answer=answer,
        sender_country=sender_country(customer.country if customer else "", home_country),
        evidence=evidence or LetterEvidence(),
        retention=retention_rows(session, language) if kind == LetterKind.ACCESS else (),
    )


def _consent_purges(
    session: Session, request: DataSubjectRequest, kind: str
) -> tuple[tuple[ConsentPurgeRecord, ...], tuple[PurgeLine, ...]]:
    """A withdrawal letter's Art. 17(1)(b) part: what was erased under the request, and what
    still relies only on the consents it withdrew."""
    if kind != LetterKind.WITHDRAWAL or request.customer_id is None:
        return (), ()
    withdrawn = list(
        session.scalars(
            select(ConsentPurpose.code)
            .join(ConsentEvent, ConsentEvent.purpose_id == ConsentPurpose.id)
            .where(ConsentEvent.request_id == request.id, ConsentEvent.given.is_(False))
        )
    )
    pending: tuple[PurgeLine, ...] = ()
    if withdrawn:
        try:
            pending = plan_consent_purge(session, request.customer_id, withdrawn).lines
        except BusinessRuleError:  # given again since: nothing relies on it alone
            pending = ()
    return purges_of_request(session, request.id), pending


# The letters whose Art. 19 paragraph speaks from the request's checklist.
_ART19_KINDS = frozenset({LetterKind.RECTIFICATION, LetterKind.ERASURE, LetterKind.RESTRICTION})


def _notices(
    session: Session, request: DataSubjectRequest, kind: str, language: str
) -> tuple[NoticeLine, ...]:
    """The Art. 19 lines, a not-told reason in the letter's language: a letter whose reason is
    not written in its language waits for it."""
    if kind not in _ART19_KINDS or request.type not in RECIPIENT_NOTICE_TYPES:
        return ()
    kept, home = texts_of(session, request.id), letter_language(session, request)
    lines = []
    for line in checklist_lines(session, request.id):
        if line.status == NoticeStatus.DISPROPORTIONATE.value and line.reason:
            said = reason_in_language(kept, line.processor_id, line.reason, language, home)
            if not said:
                topic = recipient_topic(line.processor_id)
                raise text_missing(topic, language, request.id, line.processor_name)
            line = replace(line, reason=said)
        lines.append(line)
    return tuple(lines)


def _letter_request(r: DataSubjectRequest) -> LetterRequest:
    return LetterRequest(
        id=r.id,
        reference=reference_of(r.id),
        type=r.type,
        channel=r.channel,
        received_on=r.received_on,
        status=r.status,
        statutory_due=r.statutory_due,
        promised_due=r.promised_due,
        due=r.due,
        extended_due=r.extended_due,
        extension_notice_on=r.extension_notice_on,
        extension_reason=r.extension_reason,
        identity_method=r.identity_method,
        identified_at=r.identified_at,
        closed_at=r.closed_at,
        refusal_basis=r.refusal_basis,
        close_reason=r.refusal_reason,
        assessment=r.assessment,
        requester_name=r.requester_name,
        erased_at=r.erased_at,
    )


def _recipient(
    request: DataSubjectRequest,
    customer: Customer | None,
    language: str,
    home_country: str,
) -> tuple[str, ...]:
    """The address block: the customer's postal address as registered; before a customer is
    linked, the requester's name and the postal lines of the contact the request recorded.
    Without a postal address, how the letter is delivered (address_block.py)."""
    if customer is not None:
        lines = [customer.street, f"{customer.postal_code} {customer.city}"]
        if customer.country and customer.country.upper() != home_country.upper():
            # Mail abroad: the destination country last, in capitals (UPU S42).
            lines.append(country_name(customer.country, language).upper())
        if not (customer.street.strip() or customer.postal_code.strip()):
            lines = []
        contacts = (customer.email or "",)
        return address_block(customer.name, tuple(lines), contacts, request.channel, language)
    # The contact is one line at intake: "Street 1 A 2, 00100 City" becomes the address's lines.
    given = tuple(re.split(r"[\n,]", request.requester_contact))
    return address_block(request.requester_name, given, given, request.channel, language)
