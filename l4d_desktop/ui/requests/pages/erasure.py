"""The erasure request's page: the plan, item by item, before anything happens; then, for a user
with the right to erase, an explicit confirmation and the run in a worker thread; then the result
and the invoices kept under the Accounting Act with the day they are kept until."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.erasure.records import ErasurePlan, ErasureResult, ItemKind
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.pages.erasure_plan import (
    PLAN_COLUMNS,
    kept_invoice_text,
    letter_notice_text,
    plan_rows,
)
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.texts.references import erased_reference
from l4d_desktop.ui.widgets.labels import heading
from l4d_desktop.ui.widgets.layouts import column, row
from l4d_desktop.ui.widgets.record_table import RecordTableModel, list_fetcher, make_table_view

# The results of erasures run in this program instance, by database file and request: the
# request window rebuilds its pages after the run, and the new page shows the result again.
_RESULTS: dict[tuple[str, int], ErasureResult] = {}


def _wrapped(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    return label


class ErasurePage(RequestPage):
    object_name = "erasure_page"
    intro = QT_TRANSLATE_NOOP(
        "ErasurePage",
        "The plan shows what the erasure does to each item before anything happens. Nothing "
        "changes until it is run and confirmed.",
    )

    def build(self) -> None:
        self.plan: ErasurePlan | None = None
        self.result: ErasureResult | None = _RESULTS.get(self._key())
        self.job: BackgroundJob | None = None
        actor = self.actor
        self.can_erase = actor.can(Right.CUSTOMERS_ERASE) and actor.can(Right.REQUESTS_HANDLE)

        self.subject_label = heading("erasure_subject_label")
        self.model = RecordTableModel(PLAN_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "erasure_plan_table", 3)
        self.letter_label = _wrapped("erasure_letter_label")
        self.status_label = _wrapped("erasure_status_label")
        self.result_label = _wrapped("erasure_result_label")
        self.kept_heading = heading("erasure_kept_heading")
        self.kept_label = _wrapped("erasure_kept_label")
        self.refresh_button = QPushButton(objectName="erasure_refresh_button")
        self.run_button = QPushButton(objectName="run_erasure_button")
        self.refresh_button.clicked.connect(self.load_plan)
        self.run_button.clicked.connect(self.run)

        column(
            self,
            self.intro_label,
            self.subject_label,
            (self.table, 1),
            self.letter_label,
            self.status_label,
            row(self.run_button, self.refresh_button, stretch=1),
            self.result_label,
            self.kept_heading,
            self.kept_label,
            stretch=0,
        )
        for col, width in enumerate((260, 60, 90, 420, 110, 110)):
            self.table.setColumnWidth(col, width)

    def _key(self) -> tuple[str, int]:
        return (str(self._services.db.path), self.request_id)

    def _erased(self) -> bool:
        return self._request.erased_at is not None or self.result is not None

    def _plannable(self) -> bool:
        r = self._request.record
        return self.can_erase and not self._erased() and r.is_open and r.customer_id is not None

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.show_intro()
        self.table.setAccessibleName(self.tr("Erasure plan"))
        self.refresh_button.setText(self.tr("Show the plan &again"))
        self.run_button.setText(self.tr("Ru&n the erasure…"))
        self.kept_heading.setText(self.tr("Kept invoices"))
        self._show()

    # -- the plan ------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._plannable() and not self.busy:
            self.load_plan()
        else:
            self._show()
            self._arrange()

    def letters_changed(self) -> None:
        """A letter left: the plan says whether the confirmation letter is among them."""
        self.reload()

    def load_plan(self) -> None:
        try:
            self.plan = self._services.erasure.plan(self._actor, self.request_id)
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
        self.run_button.setEnabled(has_plan and ready and not self.busy)
        self.refresh_button.setVisible(self.can_erase and not erased and self._plannable())
        self.result_label.setVisible(erased)
        self.kept_heading.setVisible(erased and self.result is not None and bool(self.result.kept))
        self.kept_label.setVisible(self.kept_heading.isVisible())

    @property
    def busy(self) -> bool:
        """An erasure is running: the window must not replace this page until it reports."""
        return is_busy(self.job)

    def _show(self) -> None:
        r = self._request.record
        if self.plan is not None:
            self.subject_label.setText(
                self.tr("Erasure plan for {name}, customer {number}").format(
                    name=self.plan.customer_name, number=self.plan.customer_number
                )
            )
            if self.plan.letter_ready:
                self.letter_label.setText(
                    self.tr(
                        "The confirmation letter has been printed or saved; it tells the "
                        "person that the data are erased by {date}."
                    ).format(date=format_date(self.plan.erase_by))
                )
            else:
                self.letter_label.setText(letter_notice_text(self.plan.letter_notice))
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
        elif self.busy:
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
                when=format_datetime(res.erased_at), ref=erased_reference(res.subject_ref)
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
                    "database; the checkpoint is done again at the next start of the program, erasure "
                    "or purge."
                )
            )
        self.result_label.setText("\n".join(lines))
        invoices = [i for i in res.kept if i.kind == ItemKind.INVOICE]
        self.kept_label.setText("\n".join(kept_invoice_text(i) for i in invoices))

    # -- running -------------------------------------------------------------------------------

    def run(self) -> None:
        plan = self.plan
        if plan is None or self.busy or not self.can_erase:
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
        erasure, actor, request_id, token = (
            self._services.erasure,
            self._actor,
            self.request_id,
            plan.token,
        )
        key = self._key()

        def work(_job: BackgroundJob) -> ErasureResult:
            # Kept for the page the window builds after the run, even if this one is gone.
            result = _RESULTS[key] = erasure.run(actor, request_id, token)
            return result

        self.job = self.start_job(work, self._done, self._failed)
        self._show()
        self._arrange()

    def _done(self, result: ErasureResult) -> None:
        self.result = result
        self._show()
        self._arrange()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        feedback.show_error(self, self.tr("Erasure"), failure_text(exc))
        self.load_plan()
        self._show()
        self._arrange()
