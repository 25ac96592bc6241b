"""The erasure plan in words: what each item is, what the erasure does to it and why, one table
row per invoice and one per other kind of item; the translations live in the "ErasurePage"
context, where the register's purge queue finds the reasons too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from l4d_desktop.core.erasure.records import (
    LETTER_NOT_AVAILABLE,
    LETTER_OUTDATED,
    ErasureAction,
    ErasureReason,
    ItemKind,
    PlanItem,
)
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.widgets.record_table import Column

ITEM_KINDS: dict[str, str] = {
    ItemKind.CUSTOMER: QT_TRANSLATE_NOOP("ErasurePage", "Customer record {label}"),
    ItemKind.CONSENT_EVENT: QT_TRANSLATE_NOOP("ErasurePage", "Consent ledger entries"),
    ItemKind.OBJECTION: QT_TRANSLATE_NOOP("ErasurePage", "Objections"),
    ItemKind.SUPPRESSION: QT_TRANSLATE_NOOP(
        "ErasurePage", "Suppression list entries (hashed email and phone)"
    ),
    ItemKind.WEB_EVENTS: QT_TRANSLATE_NOOP("ErasurePage", "Web events (technical data)"),
    ItemKind.INVOICE: QT_TRANSLATE_NOOP("ErasurePage", "Invoice {label}"),
    ItemKind.REQUEST: QT_TRANSLATE_NOOP("ErasurePage", "Data subject requests"),
    ItemKind.UNLINKED_REQUEST: QT_TRANSLATE_NOOP(
        "ErasurePage",
        "Request {label}, never linked to the customer: the requester's name, contact or text "
        "names the person",
    ),
    ItemKind.REQUEST_PAUSE: QT_TRANSLATE_NOOP("ErasurePage", "Pauses of the requests"),
    ItemKind.FIELD_CHANGE: QT_TRANSLATE_NOOP(
        "ErasurePage", "Rectification records (field names only)"
    ),
    ItemKind.RECIPIENT_NOTICE: QT_TRANSLATE_NOOP(
        "ErasurePage", "Art. 19 checklist lines of the requests"
    ),
    ItemKind.LETTER: QT_TRANSLATE_NOOP(
        "ErasurePage", "Archived letters (the PDF goes; hash, date, kind and language stay)"
    ),
}

ACTIONS: dict[str, str] = {
    ErasureAction.DELETE: QT_TRANSLATE_NOOP("ErasurePage", "delete"),
    ErasureAction.ANONYMISE: QT_TRANSLATE_NOOP("ErasurePage", "anonymise"),
    ErasureAction.KEEP: QT_TRANSLATE_NOOP("ErasurePage", "keep"),
}

REASONS: dict[str, str] = {
    ErasureReason.ERASURE: QT_TRANSLATE_NOOP(
        "ErasurePage", "Erased at the person's request (GDPR Art. 17(1))"
    ),
    ErasureReason.ACCOUNTING_ACT: QT_TRANSLATE_NOOP(
        "ErasurePage",
        "Accounting Act (kirjanpitolaki 2:10): a voucher is kept 6 years (GDPR Art. 17(3)(b))",
    ),
    ErasureReason.RETENTION_ENDED: QT_TRANSLATE_NOOP(
        "ErasurePage", "Its keeping time under the Accounting Act has ended"
    ),
    ErasureReason.DIRECT_MARKETING_OBJECTION: QT_TRANSLATE_NOOP(
        "ErasurePage",
        "Objection to direct marketing: kept as hashes only, so that no later import markets "
        "to the person (GDPR Art. 21(3))",
    ),
    ErasureReason.ACCOUNTABILITY: QT_TRANSLATE_NOOP(
        "ErasurePage",
        "Accountability (GDPR Art. 5(2)): type, dates and outcome under a pseudonymous "
        "reference; the free text goes",
    ),
}

LETTER_NOTICES: dict[str, str] = {
    LETTER_NOT_AVAILABLE: QT_TRANSLATE_NOOP(
        "ErasurePage",
        "Print or save the erasure confirmation letter (Letters page) before running the "
        "erasure: afterwards the name and address it goes to are gone.",
    ),
    LETTER_OUTDATED: QT_TRANSLATE_NOOP(
        "ErasurePage",
        "The person's data changed after the erasure letter was printed or saved, so it no "
        "longer describes this plan: print or save a new erasure letter (Letters page), then "
        "run the erasure.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErasurePage", text)


@dataclass(frozen=True)
class PlanRow:
    """One line of the plan table: an invoice alone, other items of a kind together."""

    kind: str
    action: str
    reason: str
    count: int
    label: str
    kept_until: dt.date | None
    purge_on: dt.date | None


def plan_rows(items: Sequence[PlanItem]) -> list[PlanRow]:
    rows: dict[tuple[object, ...], PlanRow] = {}
    for item in items:
        one = item.kind in (ItemKind.INVOICE, ItemKind.CUSTOMER, ItemKind.UNLINKED_REQUEST)
        key = (
            item.kind,
            item.action,
            item.reason,
            item.kept_until,
            item.purge_on,
            item.object_id if one else None,
        )
        row = rows.get(key)
        if row is None:
            rows[key] = PlanRow(
                item.kind,
                item.action,
                item.reason,
                item.count,
                _row_label(item) if one else "",
                item.kept_until,
                item.purge_on,
            )
        else:
            rows[key] = dataclasses.replace(row, count=row.count + item.count)
    return list(rows.values())


def _row_label(item: PlanItem) -> str:
    """The invoice's number, the customer's number, or the unlinked request's id."""
    if item.kind == ItemKind.UNLINKED_REQUEST:
        return str(item.object_id)
    return item.label


def item_text(row: PlanRow) -> str:
    template = ITEM_KINDS.get(row.kind)
    if template is None:
        return row.kind
    return _tr(template).format(label=row.label).strip()


def action_text(code: str) -> str:
    return _tr(ACTIONS[code]) if code in ACTIONS else code


def reason_text(code: str) -> str:
    return _tr(REASONS[code]) if code in REASONS else code


def letter_notice_text(code: str) -> str:
    return _tr(LETTER_NOTICES[code]) if code in LETTER_NOTICES else code


PLAN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "What"), item_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Rows"), lambda r: str(r.count), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: action_text(r.action)),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: reason_text(r.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kept until"), lambda r: format_date(r.kept_until)),
    Column(QT_TRANSLATE_NOOP("Columns", "Purge date"), lambda r: format_date(r.purge_on)),
]


def kept_invoice_text(item: PlanItem) -> str:
    return QCoreApplication.translate(
        "ErasurePage", "Invoice {number}: kept until {date} (Accounting Act)"
    ).format(number=item.label, date=format_date(item.kept_until))
