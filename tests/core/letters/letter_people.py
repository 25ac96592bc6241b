"""The person the letters are written to, as the letters see them: the request's dates, the data held
(consents, objections, invoices, requests) and an erasure plan of what goes and what stays."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from l4d_desktop.core.customers.invoices import InvoiceRecord
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
from l4d_desktop.core.vocabulary import IdentityMethod, ObjectionOutcome, ObjectionPurpose

NAME = "Šárka Łukasiewicz-Öhman"


EMAIL = "sarka.ohman@esimerkki.fi"


PHONE = "+358401234567"


HANDLER = "Aino Käsittelijä"


REQUEST_ID = 42


TODAY = dt.date(2026, 1, 20)


RECEIVED = dt.date(2026, 1, 15)  # Thu: statutory Mon 16.2.2026, promised Sat 14.2.2026


AT = dt.datetime(2026, 1, 19, 10, 30, tzinfo=dt.UTC)  # 12.30 in Helsinki


LANGS = ("fi", "en")


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
