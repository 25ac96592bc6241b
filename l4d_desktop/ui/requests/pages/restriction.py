"""The restriction request's page: processing restricted from the request on its GDPR Art. 18(1)
ground, the lifting announced with a working day and the real reason (Art. 18(3)), and lifted
from that day once the notice letter has left."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.restrictions import RestrictionRecord
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.pages.evidence_dialogs import (
    AnnounceLiftDialog,
    LetterTextDialog,
    SetRestrictionDialog,
    term,
)
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.layouts import column, row


class RestrictionPage(RequestPage):
    object_name = "restriction_page"
    intro = QT_TRANSLATE_NOOP(
        "RestrictionPage",
        "A restriction (GDPR Art. 18) keeps the data stored, but every export and marketing "
        "list leaves the person out until it is lifted. The person is told the day and the "
        "reason before it is lifted.",
    )

    def build(self) -> None:
        self.record: CustomerRecord | None = None
        self.restriction: RestrictionRecord | None = None
        self.state_label = QLabel(objectName="restriction_state_label")
        self.state_label.setWordWrap(True)
        self.set_button = QPushButton(objectName="set_restriction_button")
        self.announce_button = QPushButton(objectName="announce_lift_button")
        self.lift_button = QPushButton(objectName="lift_restriction_button")
        self.text_button = QPushButton(objectName="restriction_text_button")
        self.set_button.clicked.connect(self.restrict)
        self.announce_button.clicked.connect(self.announce)
        self.lift_button.clicked.connect(self.lift)
        self.text_button.clicked.connect(self.write_text)
        column(
            self,
            self.intro_label,
            self.state_label,
            row(
                self.set_button,
                self.announce_button,
                self.lift_button,
                self.text_button,
                stretch=1,
            ),
            stretch=1,
        )

    def retranslate(self) -> None:
        self.show_intro()
        self.set_button.setText(self.tr("&Set the restriction…"))
        self.announce_button.setText(self.tr("&Announce the lifting…"))
        self.lift_button.setText(self.tr("L&ift the restriction"))
        self.text_button.setText(self.tr("Reason in another lan&guage…"))
        self._show()

    def reload(self) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        evidence = self.services.request_evidence
        try:
            self.record = self.services.customers.view(self.actor, customer_id, self.view_purpose())
            self.restriction = evidence.restriction(self.actor, self.request_id)
        except L4DError as exc:
            self.state_label.setText(error_text(exc))
            self.record = None
        self._show()

    def _show(self) -> None:
        r, here = self.record, self.restriction
        active = here is not None and here.active
        handle = self.actor.can(Right.REQUESTS_HANDLE) and self.actor.can(Right.CUSTOMERS_EDIT)
        # Lifting outlives the request: a restriction set while verifying ends after closing.
        self.set_button.setVisible(
            self.can_act(Right.CUSTOMERS_EDIT) and r is not None and not active
        )
        self.announce_button.setVisible(handle and active)
        self.lift_button.setVisible(
            handle and active and here is not None and here.lift_on is not None
        )
        self.text_button.setVisible(
            handle and active and here is not None and here.lift_on is not None
        )
        if r is None:
            return
        if active and here is not None:
            lines = [
                self.tr("Restricted since {since} on the ground {ground}.").format(
                    since=format_datetime(here.restricted_at), ground=term(here.ground)
                )
            ]
            if here.lift_on is not None:
                lines.append(
                    self.tr("To be lifted on {day}: {reason}.").format(
                        day=format_date(here.lift_on), reason=term(here.lift_reason)
                    )
                )
            self.state_label.setText("\n".join(lines))
        elif r.restricted:
            self.state_label.setText(
                self.tr(
                    "Processing is restricted since {since}, but not under this request: "
                    "set it here to record its ground."
                ).format(since=format_datetime(r.restricted_at))
            )
        else:
            self.state_label.setText(self.tr("Processing is not restricted."))

    def restrict(self) -> None:
        if self.record is not None:
            dialog = SetRestrictionDialog(self, self.record.version)
            self.open_dialog(dialog, self.reload_and_announce)

    def announce(self) -> None:
        self.open_dialog(AnnounceLiftDialog(self), self.reload_and_announce)

    def write_text(self) -> None:
        self.open_dialog(LetterTextDialog(self, ["restriction_lift"]), self.reload_and_announce)

    def lift(self) -> None:
        try:
            self.restriction = self.services.request_evidence.lift(self.actor, self.request_id)
        except L4DError as exc:
            self.show_failure(self.tr("Restriction"), exc)
            return
        self.reload_and_announce()
