"""Rendering letters for requests, archiving every letter that leaves, the letter settings.

A preview (`render`) is not archived. A letter that leaves — printed, saved, written by the
command line or put into a bundle — is rendered again inside the transaction that archives it
(`issue`), so what the archive holds, hashes and audits is exactly what left. The output is
deterministic, so a letter rendered twice from unchanged data is byte-identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.disclosure.assembly import collect
from l4d_desktop.core.disclosure.subject_data import EXPORT_ACTION
from l4d_desktop.core.erasure.plan import build_plan, check_erasable
from l4d_desktop.core.erasure.retention import voucher_rule
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.letters.bundle import bundle_entries, bundle_zip, file_list
from l4d_desktop.core.letters.compose import access as access_letter
from l4d_desktop.core.letters.compose import erasure as erasure_letter
from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.compose import portability as portability_letter
from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import BundleFile, LetterContext, LetterRequest
from l4d_desktop.core.letters.document import EnvelopeWindow, Letter, Signature
from l4d_desktop.core.letters.kinds import KIND_FOR_TYPE, LetterKind
from l4d_desktop.core.letters.render.calibration import render_calibration
from l4d_desktop.core.letters.render.pdf import render_letter_pages
from l4d_desktop.core.letters.words import LANGUAGES, catalogue, country_name
from l4d_desktop.core.letters.words.parties import authority_of, controller_of
from l4d_desktop.core.register.processing import load_register
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ArchivedLetterRow, Customer, DataSubjectRequest, User
from l4d_desktop.core.store.settings import LETTER_SETTING_KEYS, SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import RequestStatus, Right

Composer = Callable[[LetterContext], Letter]
Deliver = Callable[[bytes], None]

COMPOSERS: dict[str, Composer] = {
    **progress_letters.COMPOSERS,
    **outcome_letters.COMPOSERS,
    **erasure_letter.COMPOSERS,
    **refusal_letter.COMPOSERS,
    **access_letter.COMPOSERS,
    **portability_letter.COMPOSERS,
}

# How a letter left: printed, saved as a PDF file, written by the command line, or bundled
# with the machine-readable copy.
HOW = ("print", "save", "cli", "bundle")

# Kinds that need no customer linked: they go to the requester as the request names them.
_REQUESTER_KINDS = frozenset(
    {LetterKind.RECEIPT, LetterKind.IDENTIFICATION, LetterKind.EXTENSION, LetterKind.REFUSAL}
)
# Kinds written from the person's data, which go only to an identified person.
_IDENTIFIED_KINDS = frozenset({LetterKind.ACCESS, LetterKind.PORTABILITY, LetterKind.RECTIFICATION})
_WITH_BUNDLE = frozenset({LetterKind.ACCESS, LetterKind.PORTABILITY})
OFFSET_LIMIT_MM = 30.0
# A letter without these cannot say who sends it or where to complain.
_REQUIRED_SETTINGS = frozenset(
    {
        "controller_name",
        "controller_street",
        "controller_city",
        "authority_name_fi",
        "authority_name_en",
    }
)
_SETTING_MAX = 200


@dataclass(frozen=True)
class KindChoice:
    kind: str
    available: bool
    reason: str  # an error code when not available, "" when available


@dataclass(frozen=True)
class RenderedLetter:
    request_id: int
    kind: str
    language: str
    pdf: bytes
    sha256: str
    pages: int


@dataclass(frozen=True)
class ArchivedLetter:
    id: int
    request_id: int
    kind: str
    language: str
    sha256: str
    size: int
    pages: int
    how: str
    handler_name: str
    created_at: dt.datetime
    has_pdf: bool  # False once the person was erased: only the hash and the facts remain


def reference_of(request_id: int) -> str:
    return f"L4D-{request_id:05d}"


def _unavailable(kind: str, request: DataSubjectRequest) -> str:
    """Why `kind` cannot be written for the request now ("" when it can)."""
    if request.erased_at is not None:
        return "letter_after_erasure"
    expected = KIND_FOR_TYPE.get(request.type)
    if kind not in _REQUESTER_KINDS and kind != LetterKind.RESTRICTION_LIFTED and kind != expected:
        return "letter_kind_unavailable"
    if kind == LetterKind.RESTRICTION_LIFTED and request.type != "restriction":
        return "letter_kind_unavailable"
    if kind not in _REQUESTER_KINDS and request.customer_id is None:
        return "letter_needs_customer"
    if kind in _IDENTIFIED_KINDS and request.identified_at is None:
        return "letter_needs_identity"
    if kind == LetterKind.ERASURE:
        # Written from the plan, before the erasure runs, on the request the erasure needs.
        try:
            check_erasable(request)
        except BusinessRuleError as exc:
            return exc.code
    if kind == LetterKind.EXTENSION and request.extended_due is None:
        return "letter_needs_extension"
    if kind == LetterKind.REFUSAL and request.status != RequestStatus.REFUSED.value:
        return "letter_needs_refusal"
    return ""


def _check_kind(kind: str, language: str) -> None:
    if kind not in COMPOSERS:
        raise ValidationError("kind", "choice_invalid")
    if language not in LANGUAGES:
        raise ValidationError("language", "language_invalid")


def _offset(value: str, key: str) -> float:
    try:
        number = float(value.strip().replace(",", ".") or "0")
    except ValueError:
        raise ValidationError(key, "envelope_offset_invalid", limit=OFFSET_LIMIT_MM) from None
    if not -OFFSET_LIMIT_MM <= number <= OFFSET_LIMIT_MM or number != number:
        raise ValidationError(key, "envelope_offset_invalid", limit=OFFSET_LIMIT_MM)
    return number


class LetterService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    # -- choosing ---------------------------------------------------------------------------

    def choices(self, actor: Actor, request_id: int) -> tuple[KindChoice, ...]:
        """Every kind, and whether it can be written for this request now (and if not, why)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.choices", write=False) as (
            session,
            _user,
        ):
            request = _request(session, request_id)
            return tuple(
                KindChoice(kind.value, not (why := _unavailable(kind, request)), why)
                for kind in LetterKind
            )

    def default_language(self, actor: Actor, request_id: int) -> str:
        """The customer's letter language; Finnish while no customer is linked."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.language", write=False) as (
            session,
            _user,
        ):
            request = _request(session, request_id)
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            language = customer.language if customer is not None else "fi"
            return language if language in LANGUAGES else "fi"

    # -- rendering and archiving ------------------------------------------------------------

    def render(self, actor: Actor, request_id: int, kind: str, language: str) -> RenderedLetter:
        """A preview: the letter as it would leave now, not archived. Audited as a view of the
        request (`letter.render`); the person's data are read for it."""
        _check_kind(kind, language)
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        with self._unit(actor, rights, "letter.render") as (session, user):
            request = _request(session, request_id)
            rendered, _ctx = self._render(session, request, kind, language, user)
            self.audit.append(
                session,
                actor_id=user.id,
                action="letter.render",
                object_type="request",
                object_id=request.id,
                detail=f"{kind}:{language}",
            )
            return rendered

    def issue(
        self,
        actor: Actor,
        request_id: int,
        kind: str,
        language: str,
        how: str,
        deliver: Deliver | None = None,
    ) -> tuple[ArchivedLetter, bytes]:
        """Render the letter and archive it as leaving now (printed, saved, …): its PDF, hash,
        kind, language, pages and handler. Needs requests.handle and data.export (printing
        and saving are exports). Returns the archive entry and the exact bytes to print.

        `deliver`, when given, writes the bytes out (e.g. to the chosen file) inside the
        transaction: if it fails, nothing is archived or audited."""
        _check_kind(kind, language)
        if how not in HOW:
            raise ValidationError("how", "choice_invalid")
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW, Right.DATA_EXPORT)
        with self._unit(actor, rights, "letter.issue") as (session, user):
            request = _request(session, request_id)
            rendered, _ctx = self._render(session, request, kind, language, user)
            row = self._archive(session, request, rendered, how, user)
            if deliver is not None:
                deliver(rendered.pdf)
            return _archived(row, user.full_name), rendered.pdf

    def bundle(
        self, actor: Actor, request_id: int, language: str, deliver: Deliver | None = None
    ) -> tuple[ArchivedLetter, bytes]:
        """The answer to an access or portability request as one ZIP: the letter (archived as
        leaving in a bundle) and the machine-readable files whose SHA-256 the letter lists.
        `deliver` writes the ZIP inside the transaction, as for issue()."""
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW, Right.DATA_EXPORT)
        if language not in LANGUAGES:
            raise ValidationError("language", "language_invalid")
        with self._unit(actor, rights, "letter.bundle") as (session, user):
            request = _request(session, request_id)
            kind = KIND_FOR_TYPE.get(request.type)
            if kind not in _WITH_BUNDLE:
                raise BusinessRuleError("request_type_no_data", type=request.type)
            assert kind is not None
            rendered, ctx = self._render(session, request, kind, language, user)
            row = self._archive(session, request, rendered, "bundle", user)
            assert ctx.subject is not None
            self.audit.append(
                session,
                actor_id=user.id,
                action=EXPORT_ACTION,
                object_type="customer",
                object_id=request.customer_id,
                detail=f"request:{request.id}",
            )
            name = f"{kind}-{reference_of(request.id)}-{language}.pdf"
            archive = bundle_zip(rendered.pdf, name, bundle_entries(ctx.subject), ctx.today)
            if deliver is not None:
                deliver(archive)
            return _archived(row, user.full_name), archive

    def archive(self, actor: Actor, request_id: int) -> tuple[ArchivedLetter, ...]:
        """The letters that left for this request, oldest first (no PDF bytes)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.archive", write=False) as (
            session,
            _user,
        ):
            _request(session, request_id)
            rows = session.execute(
                select(
                    ArchivedLetterRow.id,
                    ArchivedLetterRow.request_id,
                    ArchivedLetterRow.kind,
                    ArchivedLetterRow.language,
                    ArchivedLetterRow.sha256,
                    ArchivedLetterRow.size,
                    ArchivedLetterRow.pages,
                    ArchivedLetterRow.how,
                    User.full_name,
                    ArchivedLetterRow.created_at,
                    ArchivedLetterRow.pdf.is_not(None),
                )
                .join(User, User.id == ArchivedLetterRow.handler_id)
                .where(ArchivedLetterRow.request_id == request_id)
                .order_by(ArchivedLetterRow.id)
            ).all()
            return tuple(ArchivedLetter(*row) for row in rows)

    def archived_pdf(self, actor: Actor, letter_id: int) -> bytes:
        """An archived letter's PDF as it left, to view or print again (audited as a view)."""
        with self._unit(actor, Right.REQUESTS_HANDLE, "letter.reopen") as (session, user):
            row = session.get(ArchivedLetterRow, letter_id)
            if row is None:
                raise NotFoundError("letter")
            if row.pdf is None:
                raise BusinessRuleError("letter_pdf_erased")
            self.audit.append(
                session,
                actor_id=user.id,
                action="letter.reopen",
                object_type="request",
                object_id=row.request_id,
                detail=f"letter:{row.id}",
            )
            return row.pdf

    # -- calibration and settings -----------------------------------------------------------

    def calibration(
        self,
        actor: Actor,
        language: str,
        offset_x_mm: float | None = None,
        offset_y_mm: float | None = None,
    ) -> bytes:
        """The envelope calibration page with the saved offsets, or the ones given (to try
        offsets before saving them)."""
        if language not in LANGUAGES:
            raise ValidationError("language", "language_invalid")
        with self._unit(actor, Right.DATA_EXPORT, "letter.calibration", write=False) as (
            session,
            _user,
        ):
            window = self._window(session)
            if offset_x_mm is not None or offset_y_mm is not None:
                x = window.offset_x_mm if offset_x_mm is None else offset_x_mm
                y = window.offset_y_mm if offset_y_mm is None else offset_y_mm
                _offset(str(x), "envelope_offset_x_mm")
                _offset(str(y), "envelope_offset_y_mm")
                window = EnvelopeWindow(offset_x_mm=x, offset_y_mm=y)
            head = controller_of(session, self.settings, language).letterhead
        return render_calibration(window, head, language)

    def settings_values(self, actor: Actor) -> dict[str, str]:
        """The letter settings (controller, contact, authority, envelope offsets)."""
        with self._unit(actor, Right.USERS_ADMIN, "settings.letters", write=False) as (
            session,
            _user,
        ):
            return {key: self.settings.get(session, key) for key in LETTER_SETTING_KEYS}

    def update_settings(self, actor: Actor, values: dict[str, str]) -> None:
        """Save the letter settings given (others unchanged), checked field by field."""
        with self._unit(actor, Right.USERS_ADMIN, "settings.letters.update") as (session, user):
            changed: list[str] = []
            for key, raw in values.items():
                if key not in LETTER_SETTING_KEYS:
                    raise ValidationError(key, "choice_invalid")
                value = clean_text(
                    raw, key, max_length=_SETTING_MAX, required=key in _REQUIRED_SETTINGS
                )
                if key.startswith("envelope_offset_"):
                    value = f"{_offset(value, key):g}"
                if self.settings.get(session, key) != value:
                    self.settings.put(session, key, value)
                    changed.append(key)
            if changed:
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="settings.letters.update",
                    detail=",".join(changed),
                )

    # -- internals --------------------------------------------------------------------------

    def _render(
        self,
        session: Session,
        request: DataSubjectRequest,
        kind: str,
        language: str,
        user: User,
    ) -> tuple[RenderedLetter, LetterContext]:
        why = _unavailable(kind, request)
        if why:
            raise BusinessRuleError(why, kind=kind)
        ctx = self._context(session, request, kind, language, user)
        result = render_letter_pages(COMPOSERS[kind](ctx))
        rendered = RenderedLetter(
            request_id=request.id,
            kind=kind,
            language=language,
            pdf=result.pdf,
            sha256=hashlib.sha256(result.pdf).hexdigest(),
            pages=result.pages,
        )
        return rendered, ctx

    def _archive(
        self,
        session: Session,
        request: DataSubjectRequest,
        rendered: RenderedLetter,
        how: str,
        user: User,
    ) -> ArchivedLetterRow:
        row = ArchivedLetterRow(
            request_id=request.id,
            kind=rendered.kind,
            language=rendered.language,
            sha256=rendered.sha256,
            size=len(rendered.pdf),
            pages=rendered.pages,
            how=how,
            handler_id=user.id,
            created_at=self.clock(),
            pdf=rendered.pdf,
        )
        session.add(row)
        session.flush()
        # A letter about a person is a consultation of their data (it lists in later access
        # responses as "printed", with the request as its purpose).
        linked = request.customer_id is not None
        self.audit.append(
            session,
            actor_id=user.id,
            action="letter.issue",
            object_type="customer" if linked else "request",
            object_id=request.customer_id if linked else request.id,
            detail=f"request:{request.id}",
        )
        return row

    def _context(
        self,
        session: Session,
        request: DataSubjectRequest,
        kind: str,
        language: str,
        user: User,
    ) -> LetterContext:
        now = self.clock()
        today = office_today(now)
        controller = controller_of(session, self.settings, language)
        customer = session.get(Customer, request.customer_id) if request.customer_id else None
        signer = session.get(User, request.handler_id) if request.handler_id else None
        signer = signer if signer is not None and signer.active else user
        subject = None
        if customer is not None and kind not in _REQUESTER_KINDS:
            subject = collect(session, request, now)
        plan = None
        if kind == LetterKind.ERASURE and customer is not None:
            rule = voucher_rule(session, self.settings)
            plan = build_plan(session, request, customer, rule, today)
        bundle: tuple[BundleFile, ...] = ()
        if kind in _WITH_BUNDLE and subject is not None:
            bundle = file_list(bundle_entries(subject))
        return LetterContext(
            kind=kind,
            language=language,
            today=today,
            controller=controller,
            authority=authority_of(session, self.settings, language),
            request=_letter_request(request),
            recipient=_recipient(
                request, customer, language, self.settings.get(session, "controller_country")
            ),
            signature=Signature(
                closing=catalogue(language)("letter.closing"),
                name=signer.full_name,
                title=signer.title,
                organisation=controller.name,
            ),
            window=self._window(session),
            subject=subject,
            erasure_plan=plan,
            register=load_register(session) if kind == LetterKind.ACCESS else None,
            bundle=bundle,
        )

    def _window(self, session: Session) -> EnvelopeWindow:
        def number(key: str) -> float:
            try:
                return _offset(self.settings.get(session, key), key)
            except ValidationError:
                return 0.0

        return EnvelopeWindow(
            offset_x_mm=number("envelope_offset_x_mm"),
            offset_y_mm=number("envelope_offset_y_mm"),
        )


def _request(session: Session, request_id: int) -> DataSubjectRequest:
    request = session.get(DataSubjectRequest, request_id)
    if request is None:
        raise NotFoundError("request")
    return request


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
    linked, the requester's name and contact as the request recorded them."""
    if customer is not None:
        lines = [customer.name, customer.street, f"{customer.postal_code} {customer.city}"]
        if customer.country and customer.country.upper() != home_country.upper():
            # Mail abroad: the destination country last, in capitals (UPU S42).
            lines.append(country_name(customer.country, language).upper())
        return tuple(line.strip() for line in lines if line.strip())
    # The contact is one line at intake: "Street 1 A 2, 00100 City" becomes the address's lines.
    lines = [request.requester_name, *re.split(r"[\n,]", request.requester_contact)]
    return tuple(line.strip() for line in lines if line.strip())


def _archived(row: ArchivedLetterRow, handler_name: str) -> ArchivedLetter:
    return ArchivedLetter(
        id=row.id,
        request_id=row.request_id,
        kind=row.kind,
        language=row.language,
        sha256=row.sha256,
        size=row.size,
        pages=row.pages,
        how=row.how,
        handler_name=handler_name,
        created_at=row.created_at,
        has_pdf=row.pdf is not None,
    )
