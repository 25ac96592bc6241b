"""One customer's window: everything the register holds about the person, tab by tab.

Opening it reads the customer's profile, which the service audits as a view with its purpose
("customer_service", or e.g. "request:12" when a request desk opens it). The read runs in a
worker thread: a profile may carry thousands of web events.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from l4d_desktop.core.changes import Change
from l4d_desktop.core.customers.objections import ObjectionOutcome
from l4d_desktop.core.customers.profile import CustomerProfile
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.vocabulary import ObjectionPurpose
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.basic_page import BasicDataPage
from l4d_desktop.ui.customers.consent_pages import ConsentsPage, ObjectionsPage
from l4d_desktop.ui.customers.merge_partner import MergeFromWindow
from l4d_desktop.ui.customers.pages import InvoicesPage, RequestsPage, TechnicalDataPage
from l4d_desktop.ui.customers.record_page import CustomerRecordsPage
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.operations import failure_text, run_in_background
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.retranslate import Retranslating

BANNER_STYLE = (
    "background: #f8c9c4; color: #000000; padding: 6px 10px; border: 1px solid #c62828;"
    " border-radius: 3px;"
)


class CustomerWindow(Retranslating, MergeFromWindow, QWidget):
    """A top-level window; `changed` carries the record after an edit or a restriction change,
    `closed` the customer id once the window has closed. It follows changes made elsewhere
    (the session's change bus) and closes when the person has been erased."""

    changed = Signal(CustomerRecord)
    closed = Signal(int)
    request_open_requested = Signal(int)  # a request's id, from the Requests page

    def __init__(
        self, session: Session, customer_id: int, purpose: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customer_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        services, actor = session.services, session.actor
        self._services, self._actor = services, actor
        self.customer_id = customer_id
        self.purpose = purpose
        self.profile: CustomerProfile | None = None
        self._closing = False

        self.banner = QLabel(objectName="restriction_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.status_label = hint_label("customer_status_label")
        self.basic_page = BasicDataPage(services.customers, actor)
        self.consents_page = ConsentsPage(services, actor, customer_id)
        self.objections_page = ObjectionsPage(services, actor, customer_id)
        self.technical_page = TechnicalDataPage(services, actor, customer_id)
        self.invoices_page = InvoicesPage(services, actor, customer_id)
        self.requests_page = RequestsPage(services, actor, customer_id)
        self.tabs = QTabWidget(objectName="customer_tabs")
        for page in self._pages():
            self.tabs.addTab(page, "")
        self.tabs.setEnabled(False)  # until the profile has been read

        self.basic_page.changed.connect(self._record_changed)
        self.requests_page.open_requested.connect(self.request_open_requested)
        self.basic_page.remove_requested.connect(self.remove_mistaken)
        self.basic_page.merge_requested.connect(
            lambda: self.merge_with_duplicate(self.basic_page.record)
        )
        self.objections_page.recorded.connect(self._objection_recorded)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        layouts.column(self, self.banner, self.status_label, (self.tabs, 1))
        self.resize(1080, 700)
        self.retranslate()

        self._job = run_in_background(
            lambda _job: services.profiles.profile(actor, customer_id, purpose, with_events=False),
            self._loaded,
            self._load_failed,
        )
        session.bus(self).listen(self, {Change.CUSTOMERS, Change.REQUESTS}, self.follow_changes)

    def _pages(self) -> tuple[QWidget, ...]:
        return (self.basic_page, *self._record_pages())

    def _record_pages(self) -> tuple[CustomerRecordsPage, ...]:
        return (
            self.consents_page,
            self.objections_page,
            self.technical_page,
            self.invoices_page,
            self.requests_page,
        )

    def retranslate(self) -> None:
        texts = (
            self.tr("Basic &data"),
            self.tr("&Consents"),
            self.tr("Ob&jections"),
            self.tr("&Technical data"),
            self.tr("In&voices"),
            self.tr("Re&quests"),
        )
        for page, text in zip(self._pages(), texts, strict=True):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
        self.status_label.setText(self.tr("Opening the customer's data…"))
        self._show_record()

    @property
    def loaded(self) -> bool:
        return self.profile is not None

    @property
    def loading(self) -> bool:
        return self._job.running

    # -- loading ---------------------------------------------------------------------------------

    def _loaded(self, profile: CustomerProfile) -> None:
        if self._closing:
            return
        self.profile = profile
        self.basic_page.show_record(profile.customer)
        self.consents_page.show_data(profile.consents, profile.consent_history)
        self.objections_page.show_data(profile.objections)
        self.technical_page.reload()  # paged from the service, not the profile's full list
        self.invoices_page.show_data(profile.invoices)
        self.requests_page.show_data(profile.requests)
        self.status_label.hide()
        self.tabs.setEnabled(True)
        self._show_record()
        self.basic_page.form.name_edit.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        if self._closing:
            return
        feedback.show_error(self, self.tr("Customer"), failure_text(exc))
        self.close()

    def record_view(self, purpose: str) -> None:
        """The window is already open and someone opens it again for another purpose (e.g. a
        request): that consultation is audited too."""
        if purpose == self.purpose:
            return
        try:
            self._services.customers.view(self._actor, self.customer_id, purpose)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Customer"), error_text(exc))
            return
        self.purpose = purpose

    # -- keeping the parts in step ---------------------------------------------------------------

    def follow_changes(self) -> None:
        """The register changed elsewhere (a request's rectification, an erasure, an import…):
        each page reads its part again; typing not yet saved stays. Re-reading is not another
        audited view: the person's data were opened once, with their purpose."""
        if not self.loaded or self._closing:
            return
        try:
            record = self._current_record()
            if record is None:  # erased: nothing of the person may stay on screen
                self._closing = True
                self.close()
                return
            if not self.basic_page.form.is_modified():
                self.basic_page.show_record(record)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Customer"), error_text(exc))
            return
        for page in self._record_pages():
            page.reload()
        self._show_record()

    def _current_record(self) -> CustomerRecord | None:
        """The customer as the register now holds them, found the way the list finds them."""
        shown = self.basic_page.record
        assert shown is not None
        found = self._services.customers.search(self._actor, str(shown.customer_number))
        return next((c for c in found if c.id == self.customer_id), None)

    def _record_changed(self, record: CustomerRecord) -> None:
        self._show_record()
        self.changed.emit(record)

    def _show_record(self) -> None:
        r = self.basic_page.record
        if r is None:
            self.setWindowTitle(self.tr("Customer"))
            return
        self.setWindowTitle(
            self.tr("{name} – customer {number}").format(name=r.name, number=r.customer_number)
        )
        self.banner.setVisible(r.restricted)
        if r.restricted:
            since = format_date(r.restricted_at.date()) if r.restricted_at else ""
            self.banner.setText(
                self.tr(
                    "Processing restricted (GDPR Art. 18) since {date}. The data stay stored, "
                    "but this person is left out of exports and marketing lists."
                ).format(date=since)
            )

    def _objection_recorded(self, outcome: ObjectionOutcome) -> None:
        self.consents_page.reload()
        if outcome.objection.purpose != ObjectionPurpose.DIRECT_MARKETING:
            return
        lines = [self.tr("The objection to direct marketing was recorded.")]
        if outcome.consents_withdrawn:
            names = ", ".join(
                self.consents_page.purpose_name(c) for c in outcome.consents_withdrawn
            )
            lines.append(self.tr("These consents ended at once: {names}.").format(names=names))
        else:
            lines.append(self.tr("No marketing consent was in force."))
        if outcome.suppressed:
            lines.append(
                self.tr(
                    "The email address and phone number went on the suppression list: no later "
                    "import brings this person back into marketing."
                )
            )
        feedback.show_info(self, self.tr("Objection recorded"), "\n\n".join(lines))

    def remove_mistaken(self) -> None:
        """The pääkäyttäjä removes a customer entered by mistake (nothing done with it yet)."""
        record = self.basic_page.record
        if record is None:
            return
        sure = feedback.ask(
            self,
            self.tr("Remove the customer"),
            self.tr(
                "Remove customer {number} ({name}) as entered by mistake? This is for a record "
                "nothing has been done with; it is audited. A person's request to erase their "
                "data goes through an erasure request instead."
            ).format(number=record.customer_number, name=record.name),
            self.tr("Remove"),
            self.tr("Keep"),
        )
        if not sure:
            return
        try:
            self._services.customer_removal.remove(self._actor, record.id, record.version)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Remove the customer"), error_text(exc))
            return
        self._closing = True  # the record is gone: nothing typed in it can be saved
        self.close()

    # -- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self.basic_page.form
        if not self._closing and self.loaded and self.basic_page.can_edit and form.is_modified():
            choice = feedback.ask_unsaved(
                self,
                self.tr("The basic data have changes that are not saved. Save them first?"),
            )
            if choice == feedback.Unsaved.SAVE:
                self.basic_page.save()
            if choice == feedback.Unsaved.CANCEL or (
                choice == feedback.Unsaved.SAVE and form.is_modified()
            ):
                self.tabs.setCurrentWidget(self.basic_page)
                event.ignore()
                return
        self._closing = True
        self.closed.emit(self.customer_id)
        super().closeEvent(event)
