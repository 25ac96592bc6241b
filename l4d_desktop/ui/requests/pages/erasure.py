"""The erasure request's page: the plan, item by item, before anything happens; then, for a user
with the right to erase, an explicit confirmation and the run in a worker thread; then the result
and the invoices kept under the Accounting Act with the day they are kept until."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.erasure.records import (
    LETTER_NOT_AVAILABLE,
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ErasureResult,
    ItemKind,
    PlanItem,
)
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.service import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.operations import BackgroundJob, failure_text
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)

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
        one = item.kind in (ItemKind.INVOICE, ItemKind.CUSTOMER)
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
                item.label if one else "",
                item.kept_until,
                item.purge_on,
            )
        else:
            rows[key] = PlanRow(
                row.kind,
                row.action,
                row.reason,
                row.count + item.count,
                row.label,
                row.kept_until,
                row.purge_on,
            )
    return list(rows.values())


def item_text(row: PlanRow) -> str:
    template = ITEM_KINDS.get(row.kind)
    if template is None:
        return row.kind
    return _tr(template).format(label=row.label).strip()


def action_text(code: str) -> str:
    return _tr(ACTIONS[code]) if code in ACTIONS else code


def reason_text(code: str) -> str:
    return _tr(REASONS[code]) if code in REASONS else code


def _date(value: dt.date | None) -> str:
    return format_date(value)


PLAN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "What"), item_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Rows"), lambda r: str(r.count), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: action_text(r.action)),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: reason_text(r.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kept until"), lambda r: _date(r.kept_until)),
    Column(QT_TRANSLATE_NOOP("Columns", "Purge date"), lambda r: _date(r.purge_on)),
]


def kept_invoice_text(item: PlanItem) -> str:
    return QCoreApplication.translate(
        "ErasurePage", "Invoice {number}: kept until {date} (Accounting Act)"
    ).format(number=item.label, date=format_date(item.kept_until))


# The results of erasures run in this program instance, by database file and request: the
# request window rebuilds its pages after the run, and the new page shows the result again.
_RESULTS: dict[tuple[str, int], ErasureResult] = {}


class ErasurePage(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("erasure_page")
        self._services = services
        self._actor = actor
        self._request = request
        self.plan: ErasurePlan | None = None
        self.result: ErasureResult | None = _RESULTS.get(self._key())
        self.job: BackgroundJob | None = None
        self.can_erase = actor.can(Right.CUSTOMERS_ERASE) and actor.can(Right.REQUESTS_HANDLE)

        self.intro_label = hint_label("erasure_intro_label")
        self.subject_label = heading("erasure_subject_label")
        self.model = RecordTableModel(PLAN_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "erasure_plan_table", 3)
        self.letter_label = QLabel(objectName="erasure_letter_label")
        self.letter_label.setWordWrap(True)
        self.status_label = QLabel(objectName="erasure_status_label")
        self.status_label.setWordWrap(True)
        self.result_label = QLabel(objectName="erasure_result_label")
        self.result_label.setWordWrap(True)
        self.kept_heading = heading("erasure_kept_heading")
        self.kept_label = QLabel(objectName="erasure_kept_label")
        self.kept_label.setWordWrap(True)
        self.refresh_button = QPushButton(objectName="erasure_refresh_button")
        self.run_button = QPushButton(objectName="run_erasure_button")
        self.refresh_button.clicked.connect(self.load_plan)
        self.run_button.clicked.connect(self.run)

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.letter_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.kept_heading)
        layout.addWidget(self.kept_label)
        layout.addStretch(0)
        for col, width in enumerate((260, 60, 90, 420, 110, 110)):
            self.table.setColumnWidth(col, width)
        self.retranslate()
        self._arrange()
        if self._plannable():
            self.load_plan()

    def _key(self) -> tuple[str, int]:
        return (str(self._services.db.path), self._request.record.id)

    def _erased(self) -> bool:
        return self._request.erased_at is not None or self.result is not None

    def _plannable(self) -> bool:
        r = self._request.record
        return self.can_erase and not self._erased() and r.is_open and r.customer_id is not None

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "The plan shows what the erasure does to each item before anything happens. "
                "Nothing changes until it is run and confirmed."
            )
        )
        self.table.setAccessibleName(self.tr("Erasure plan"))
        self.refresh_button.setText(self.tr("Show the plan &again"))
        self.run_button.setText(self.tr("&Run the erasure…"))
        self.kept_heading.setText(self.tr("Kept invoices"))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the plan ------------------------------------------------------------------------------

    def letters_changed(self) -> None:
        """A letter left: the plan says whether the confirmation letter is among them."""
        if self._plannable() and not self._running():
            self.load_plan()

    def load_plan(self) -> None:
        try:
            self.plan = self._services.erasure.plan(self._actor, self._request.record.id)
        except L4DError as exc:
            self.plan = None
            self.status_label.setText(error_text(exc))
            self._arrange()
            return
        self.model.set_fetcher(list_fetcher(plan_rows(self.plan.items)))
        self._show()
        self._arrange()

    def _arrange(self) -> None:
        erased = self._erased()
        has_plan = self.plan is not None and not erased
        self.subject_label.setVisible(has_plan)
        self.table.setVisible(has_plan)
        self.letter_label.setVisible(has_plan)
        self.intro_label.setVisible(not erased)
        self.run_button.setVisible(self.can_erase and has_plan)
        # The confirmation letter leaves first: afterwards its address is gone.
        ready = self.plan is not None and self.plan.letter_ready
        self.run_button.setEnabled(has_plan and ready and not self._running())
        self.refresh_button.setVisible(self.can_erase and not erased and self._plannable())
        self.result_label.setVisible(erased)
        self.kept_heading.setVisible(erased and self.result is not None and bool(self.result.kept))
        self.kept_label.setVisible(self.kept_heading.isVisible())

    @property
    def busy(self) -> bool:
        """An erasure is running: the window must not replace this page until it reports."""
        return self._running()

    def _running(self) -> bool:
        return self.job is not None and self.job.running

    def _show(self) -> None:
        r = self._request.record
        if self.plan is not None:
            self.subject_label.setText(
                self.tr("Erasure plan for {name}, customer {number}").format(
                    name=self.plan.customer_name, number=self.plan.customer_number
                )
            )
            notice = LETTER_NOTICES.get(self.plan.letter_notice)
            if self.plan.letter_ready:
                self.letter_label.setText(
                    self.tr("The confirmation letter has been printed or saved.")
                )
            else:
                self.letter_label.setText(
                    _tr(notice) if notice is not None else self.plan.letter_notice
                )
        if self._erased():
            self.status_label.setText("")
            self._show_result()
        elif not self.can_erase:
            self.status_label.setText(
                self.tr(
                    "Only a user with the right to erase customers can show the plan and run "
                    "the erasure."
                )
            )
        elif r.customer_id is None:
            self.status_label.setText(self.tr("Identify the customer first."))
        elif not r.is_open:
            self.status_label.setText(self.tr("The request is closed: the erasure cannot run."))
        elif self._running():
            self.status_label.setText(self.tr("Erasing…"))
        elif self.plan is not None:
            self.status_label.setText("")

    def _show_result(self) -> None:
        res = self.result
        if res is None:
            when = format_datetime(self._request.erased_at)
            self.result_label.setText(
                self.tr(
                    "The erasure was run on {when}. Invoices kept under the Accounting Act are "
                    "listed with their purge dates in Register → Kept invoices."
                ).format(when=when)
            )
            return
        lines = [
            self.tr("The erasure was run on {when}: reference {ref}.").format(
                when=format_datetime(res.erased_at), ref=res.subject_ref
            ),
            self.tr("Deleted: %n row(s).", "", sum(res.deleted.values())),
            self.tr("Anonymised: %n row(s).", "", sum(res.anonymised.values())),
            self.tr("Kept: %n item(s).", "", len(res.kept)),
        ]
        if res.scrub is not None and res.scrub.ok:
            lines.append(self.tr("The database file was cleaned of its traces (checkpoint done)."))
        else:
            lines.append(
                self.tr(
                    "The erasure is saved, but the database file could not yet be cleaned of its "
                    "traces: another program kept it busy. Close other programs using the "
                    "database; the checkpoint is done again at the next erasure or purge."
                )
            )
        self.result_label.setText("\n".join(lines))
        invoices = [i for i in res.kept if i.kind == ItemKind.INVOICE]
        self.kept_label.setText("\n".join(kept_invoice_text(i) for i in invoices))

    # -- running -------------------------------------------------------------------------------

    def run(self) -> None:
        plan = self.plan
        if plan is None or self._running() or not self.can_erase:
            return
        kept = sum(1 for i in plan.kept if i.kind == ItemKind.INVOICE)
        text = self.tr(
            "Erase {name} (customer {number}) from the register?\n\n"
            "This cannot be undone: the customer record, consents, objections and web events "
            "are deleted, and the person's requests keep only a pseudonymous reference."
        ).format(name=plan.customer_name, number=plan.customer_number)
        if kept:
            text += "\n\n" + self.tr(
                "%n invoice(s) are kept under the Accounting Act until their purge date.",
                "",
                kept,
            )
        if not feedback.ask(
            self, self.tr("Run the erasure"), text, self.tr("&Erase"), self.tr("&Cancel")
        ):
            return
        services, actor, request_id, token = (
            self._services,
            self._actor,
            self._request.record.id,
            plan.token,
        )
        self.job = BackgroundJob(lambda _job: services.erasure.run(actor, request_id, token))
        self.job.connect(self._done, self._failed)
        self.job.start()
        self._show()
        self._arrange()

    def _done(self, result: ErasureResult) -> None:
        self.result = result
        _RESULTS[self._key()] = result
        if not isValid(self):  # the window rebuilt its pages meanwhile
            return
        self._show()
        self._arrange()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        feedback.show_error(self, self.tr("Erasure"), failure_text(exc))
        self.load_plan()
        self._show()
        self._arrange()
