"""The consent withdrawal request's page: the consents in force, withdrawn purpose by purpose
(GDPR Art. 7(3)), then the web events that relied on them alone offered for erasure."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from l4d_desktop.core.customers.consents import ConsentState
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.actions import ErasureOffer
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_datetime, ui_language
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.layouts import column, row

CODE_ROLE = Qt.ItemDataRole.UserRole


class WithdrawalPage(RequestPage):
    object_name = "withdrawal_page"
    intro = QT_TRANSLATE_NOOP(
        "WithdrawalPage",
        "Choose the purposes whose consent the person withdraws: one ledger entry is written "
        "for each (GDPR Art. 7(3)). Data that relied on those consents alone may then be "
        "erased.",
    )

    def build(self) -> None:
        self.states: list[ConsentState] = []
        self.offers: tuple[ErasureOffer, ...] = ()

        self.purposes_heading = heading("withdrawal_purposes_heading")
        self.purpose_list = QListWidget(objectName="withdrawal_purpose_list")
        self.empty_label = hint_label("no_consents_label")
        self.withdraw_button = QPushButton(objectName="withdraw_consents_button")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.offer_label = QLabel(objectName="erasure_offer_label")
        self.offer_label.setWordWrap(True)
        self.erase_button = QPushButton(objectName="erase_web_events_button")
        self.erase_button.clicked.connect(self.erase_web_events)

        column(
            self,
            self.intro_label,
            self.purposes_heading,
            (self.purpose_list, 1),
            self.empty_label,
            row(self.withdraw_button, stretch=1),
            self.offer_label,
            row(self.erase_button, stretch=1),
        )

    @property
    def _can(self) -> bool:
        return self.can_act(Right.CUSTOMERS_EDIT)

    @property
    def _can_erase(self) -> bool:
        return self.can_act(Right.CUSTOMERS_ERASE)

    def retranslate(self) -> None:
        self.show_intro()
        self.purposes_heading.setText(self.tr("Consents in force"))
        self.purpose_list.setAccessibleName(self.tr("Consents in force"))
        self.empty_label.setText(self.tr("The person has no consent in force."))
        self.withdraw_button.setText(self.tr("Withdraw the chosen co&nsents…"))
        self.erase_button.setText(self.tr("&Erase the web events…"))
        self._show_offers()
        self._refill_names()

    def reload(self) -> None:
        self.withdraw_button.setVisible(self._can)
        customer_id = self.customer_id
        if customer_id is None:
            return
        services, actor, request_id = self.services, self.actor, self.request_id
        read = self.read(
            self.tr("Consents"),
            lambda: (
                [s for s in services.consents.current(actor, customer_id) if s.given],
                services.request_actions.erasure_offered(actor, request_id),
            ),
        )
        if read is None:
            return
        self.states, self.offers = read
        checked = set(self.checked_codes())  # what the user chose stays chosen
        self.purpose_list.clear()
        for state in self.states:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, state.purpose.code)
            flags = Qt.ItemFlag.ItemIsEnabled
            if self._can:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.purpose_list.addItem(item)
        if self._can:
            self.set_checked(checked)
        self._refill_names()
        self.empty_label.setVisible(not self.states)
        self.withdraw_button.setEnabled(bool(self.states))
        self._show_offers()

    def _refill_names(self) -> None:
        for i, state in enumerate(self.states):
            item = self.purpose_list.item(i)
            if item is not None:
                item.setText(
                    self.tr("{purpose} – given {since}").format(
                        purpose=state.purpose.name(ui_language()),
                        since=format_datetime(state.since),
                    )
                )

    def _show_offers(self) -> None:
        events = self._web_event_offer()
        if events is None:
            self.offer_label.hide()
            self.erase_button.hide()
            return
        self.offer_label.setText(
            self.tr(
                "%n web event(s) relied only on consents that are no longer given: they may be "
                "erased.",
                "",
                events.count,
            )
        )
        self.offer_label.show()
        self.erase_button.setVisible(self._can_erase)

    def _web_event_offer(self) -> ErasureOffer | None:
        return next((o for o in self.offers if o.kind == "web_events"), None)

    def set_checked(self, codes: set[str]) -> None:
        for i in range(self.purpose_list.count()):
            item = self.purpose_list.item(i)
            code = item.data(CODE_ROLE)
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)

    def checked_codes(self) -> list[str]:
        codes: list[str] = []
        for i in range(self.purpose_list.count()):
            item = self.purpose_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(CODE_ROLE)))
        return codes

    def withdraw(self) -> None:
        codes = self.checked_codes()
        if not codes:
            feedback.show_info(self, self.tr("Withdrawal"), self.tr("Choose at least one purpose."))
            return
        names = ", ".join(
            s.purpose.name(ui_language()) for s in self.states if s.purpose.code in codes
        )
        if not feedback.ask(
            self,
            self.tr("Withdraw consents"),
            self.tr("Record the withdrawal of these consents now: {names}?").format(names=names),
            self.tr("&Withdraw"),
            self.tr("&Cancel"),
        ):
            return
        try:
            result = self._services.request_actions.withdraw_consents(
                self._actor, self.request_id, codes
            )
        except L4DError as exc:
            self.show_failure(self.tr("Withdrawal"), exc)
            return
        self.reload()
        self.offers = result.erasure_offered
        self._show_offers()
        if self._web_event_offer() is not None and self._can_erase:
            self.erase_web_events()
        self.changed.emit()

    def erase_web_events(self) -> None:
        offer = self._web_event_offer()
        customer_id = self.customer_id
        if offer is None or customer_id is None:
            return
        if not feedback.ask(
            self,
            self.tr("Erase web events"),
            self.tr(
                "%n web event(s) of this person relied only on the consents now withdrawn. "
                "Erase them? This cannot be undone.",
                "",
                offer.count,
            ),
            self.tr("&Erase"),
            self.tr("&Keep them"),
        ):
            return
        try:
            # Exactly what the handler was shown: refused if more arrived meanwhile.
            erased = self._services.request_actions.erase_web_events(
                self._actor, customer_id, self.request_id, offer.count
            )
        except L4DError as exc:
            self.show_failure(self.tr("Erase web events"), exc)
            return
        self.reload()
        feedback.show_info(
            self,
            self.tr("Erase web events"),
            self.tr("%n web event(s) erased.", "", erased),
        )
        self.changed.emit()
