"""The restriction request's page: processing restricted from the request (GDPR Art. 18), and
lifted once the person has been told of it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.requests.pages.base import PageDialog, RequestPage
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.layouts import column, row


class LiftRestrictionDialog(PageDialog):
    """Lifting a restriction needs the day the person was told of it (Art. 18(3)); the
    subject is the CustomerRecord, the CustomerRecord lifted is saved."""

    object_name = "lift_restriction_dialog"
    subject: CustomerRecord
    TITLE = QT_TRANSLATE_NOOP("LiftRestrictionDialog", "Lift the restriction")
    INTRO = QT_TRANSLATE_NOOP(
        "LiftRestrictionDialog",
        "The person must be told before the restriction is lifted (GDPR Art. 18(3)). "
        "Record the day they were told.",
    )
    LABELS = {"person_told_on": QT_TRANSLATE_NOOP("LiftRestrictionDialog", "Person &told on:")}

    def build(self) -> None:
        today = office_today(self._services.clock())
        self.told_edit = make_date_edit("person_told_on_edit", today)
        self.add_field("person_told_on", self.told_edit)

    def retranslate(self) -> None:
        super().retranslate()
        self.told_edit.setDisplayFormat(date_format())

    def submit(self) -> CustomerRecord:
        record = self.subject
        return self._services.customers.lift_restriction(
            self._actor, record.id, record.version, date_of(self.told_edit)
        )


class RestrictionPage(RequestPage):
    object_name = "restriction_page"
    intro = QT_TRANSLATE_NOOP(
        "RestrictionPage",
        "A restriction (GDPR Art. 18) keeps the data stored, but every export and marketing "
        "list leaves the person out until it is lifted.",
    )

    def build(self) -> None:
        self.record: CustomerRecord | None = None
        self.state_label = QLabel(objectName="restriction_state_label")
        self.state_label.setWordWrap(True)
        self.set_button = QPushButton(objectName="set_restriction_button")
        self.lift_button = QPushButton(objectName="lift_restriction_button")
        self.set_button.clicked.connect(self.restrict)
        self.lift_button.clicked.connect(self.lift)
        column(
            self,
            self.intro_label,
            self.state_label,
            row(self.set_button, self.lift_button, stretch=1),
            stretch=1,
        )

    def retranslate(self) -> None:
        self.show_intro()
        self.set_button.setText(self.tr("&Set the restriction"))
        self.lift_button.setText(self.tr("&Lift the restriction…"))
        self._show()

    def reload(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        try:
            self.record = self.services.customers.view(self.actor, customer_id, self.view_purpose())
        except L4DError as exc:
            self.state_label.setText(error_text(exc))
            self.record = None
        self._show()

    def _show(self) -> None:
        r = self.record
        restricted = r is not None and r.restricted
        can = self.can_act(Right.CUSTOMERS_EDIT)
        self.set_button.setVisible(can and r is not None and not restricted)
        self.lift_button.setVisible(can and restricted)
        if r is None:
            return
        if restricted:
            since = format_datetime(r.restricted_at)
            self.state_label.setText(
                self.tr("Processing is restricted since {since}.").format(since=since)
            )
        else:
            self.state_label.setText(self.tr("Processing is not restricted."))

    def restrict(self) -> None:
        if self.record is None:
            return
        try:
            self.record = self.services.request_actions.restrict(
                self.actor, self.request_id, self.record.version
            )
        except L4DError as exc:
            self.show_failure(self.tr("Restriction"), exc)
            self.reload()
            return
        self._show()
        self.changed.emit()

    def lift(self) -> None:
        if self.record is not None:
            self.open_dialog(LiftRestrictionDialog(self, self.record), self._lifted)

    def _lifted(self, record: CustomerRecord) -> None:
        self.record = record
        self._show()
        self.changed.emit()
