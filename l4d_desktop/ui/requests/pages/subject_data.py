"""The access and portability request's page: a summary of what the register holds about the
person, and the machine-readable copy (JSON and CSV with a readme) written into a folder or ZIP."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPushButton

from l4d_desktop.core.disclosure.portability import Bundle
from l4d_desktop.core.disclosure.subject_data import SubjectCustomer, SubjectData
from l4d_desktop.core.vocabulary import RequestStatus, RequestType, Right
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.pages.subject_data_view import HeldDataView
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.layouts import column, row

# The fields of the customer record counted as held when they are not empty.
_FIELDS = (
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
    "source",
    "source_name",
    "notes",
)


def filled_fields(customer: SubjectCustomer) -> int:
    return sum(1 for name in _FIELDS if str(getattr(customer, name) or "").strip())


class SubjectDataPage(RequestPage):
    object_name = "subject_data_page"
    intro = QT_TRANSLATE_NOOP(
        "SubjectDataPage",
        "Everything the register holds about the person (GDPR Art. 15). A restriction never "
        "limits it.",
    )
    portability_intro = QT_TRANSLATE_NOOP(
        "SubjectDataPage",
        "The person receives the data they provided, observed web events included, in a "
        "machine-readable form (GDPR Art. 20). A restriction never limits it.",
    )

    def build(self) -> None:
        self.data: SubjectData | None = None
        self.bundle: Bundle | None = None
        self.load_job: BackgroundJob | None = None
        self.write_job: BackgroundJob | None = None
        self._error = ""
        actor = self.actor
        self._can_read = actor.can(Right.REQUESTS_HANDLE) and actor.can(Right.CUSTOMERS_VIEW)
        self._can_write = self._can_read and actor.can(Right.DATA_EXPORT)

        self.summary_heading = heading("subject_data_heading")
        self.status_label = QLabel(objectName="subject_data_status_label")
        self.status_label.setWordWrap(True)
        self.counts: dict[str, QLabel] = {}
        self.count_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for kind in (
            "fields",
            "consents",
            "objections",
            "web_events",
            "invoices",
            "requests",
            "consultations",
        ):
            label = QLabel()
            value = QLabel(objectName=f"count_{kind}_value")
            form.addRow(label, value)
            self.count_labels[kind] = label
            self.counts[kind] = value
        self.held_view = HeldDataView(self)
        self.notes_label = QLabel(objectName="notes_review_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #b71c1c;")
        self.letter_label = hint_label("access_letter_label")
        self.zip_check = QCheckBox(objectName="bundle_zip_check")
        self.write_button = QPushButton(objectName="write_bundle_button")
        self.write_button.clicked.connect(self.choose_and_write)
        self.result_label = QLabel(objectName="bundle_result_label")
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        column(
            self,
            self.intro_label,
            self.summary_heading,
            self.status_label,
            form,
            (self.held_view, 8),
            self.notes_label,
            8,
            row(self.write_button, self.zip_check, stretch=1),
            self.result_label,
            self.letter_label,
            stretch=1,
        )

    # -- texts ---------------------------------------------------------------------------------

    def show_intro(self) -> None:
        portability = self._request.record.type == RequestType.PORTABILITY.value
        self.intro_label.setText(self.tr(self.portability_intro if portability else self.intro))

    def retranslate(self) -> None:
        self.show_intro()
        self.summary_heading.setText(self.tr("What is held"))
        names = {
            "fields": self.tr("Customer record fields:"),
            "consents": self.tr("Consent ledger entries:"),
            "objections": self.tr("Objections:"),
            "web_events": self.tr("Web events:"),
            "invoices": self.tr("Invoices:"),
            "requests": self.tr("Requests:"),
            "consultations": self.tr("Consultations (views and exports):"),
        }
        for kind, label in self.count_labels.items():
            label.setText(names[kind])
        self.letter_label.setText(
            self.tr(
                "The response letter is printed from the letters part of the program once it "
                "is available; until then send the copy with a letter written by other means."
            )
        )
        self.zip_check.setText(self.tr("As a &ZIP file"))
        self.write_button.setText(self.tr("Write the m&achine-readable copy…"))
        self._show()

    # -- the summary ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self._can_read and not self.loading:
            self.load()

    def load(self) -> None:
        subject_data, actor, request_id = self._services.subject_data, self._actor, self.request_id
        self._error = ""
        self.load_job = self.start_job(
            lambda _job: subject_data.assemble(actor, request_id), self._loaded, self._load_failed
        )
        self._show()

    @property
    def loading(self) -> bool:
        return is_busy(self.load_job)

    def _loaded(self, data: SubjectData) -> None:
        self.data = data
        self._show()

    def _load_failed(self, exc: BaseException) -> None:
        self._error = failure_text(exc)
        self._show()

    def _show(self) -> None:
        d = self.data
        if not self._can_read:
            self.status_label.setText(
                self.tr("Only a user who handles requests can see what is held.")
            )
        elif self._error:
            self.status_label.setText(self._error)
        elif self.loading:
            self.status_label.setText(self.tr("Reading the person's data…"))
        elif d is not None:
            self.status_label.setText(
                self.tr("Read on {when}.").format(when=format_datetime(d.assembled_at))
            )
        for value in self.counts.values():
            value.setText("" if d is None else value.text())
        if d is not None:
            figures = {
                "fields": filled_fields(d.customer),
                "consents": len(d.consents),
                "objections": len(d.objections),
                "web_events": len(d.web_events),
                "invoices": len(d.invoices),
                "requests": len(d.requests),
                "consultations": len(d.consultations),
            }
            for kind, number in figures.items():
                self.counts[kind].setText(str(number))
            self.held_view.show_data(d)
        else:
            self.held_view.clear()
        review = d is not None and d.customer.notes_need_review
        self.notes_label.setVisible(review)
        self.notes_label.setText(
            self.tr(
                "The notes may contain data about other people: review them before they are "
                "given out; the copy leaves them out until then."
            )
        )
        # The service writes a copy only for a person identified to the data; a refused
        # request gives none.
        r = self.request.record
        refused = r.status == RequestStatus.REFUSED.value
        self.zip_check.setVisible(self._can_write and not refused)
        self.write_button.setVisible(self._can_write and not refused)
        identified = r.customer_id is not None and r.identified_at is not None
        self.write_button.setEnabled(self._can_write and identified and not self._writing())
        if self.bundle is not None:
            self.result_label.setText(
                self.tr("Written: {path} ({count} files).").format(
                    path=str(self.bundle.path), count=len(self.bundle.files)
                )
            )
            self.result_label.show()

    # -- the copy ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """The copy is being written: the window keeps this page until it reports."""
        return self._writing()

    def _writing(self) -> bool:
        return is_busy(self.write_job)

    def choose_and_write(self) -> None:
        folder = file_names.ask_folder(
            self, "data_copy", self.tr("Folder for the machine-readable copy")
        )
        if folder is not None:
            self.write_to(folder, self.zip_check.isChecked())

    def write_to(self, folder: Path, as_zip: bool) -> None:
        """Write the copy into a new folder (or ZIP) inside `folder`, in a worker thread."""
        if self._writing():
            return
        portability, actor, request_id = self._services.portability, self._actor, self.request_id
        self.write_job = self.start_job(
            lambda _job: portability.write_bundle(actor, request_id, folder, as_zip),
            self._written,
            self._write_failed,
        )
        self.result_label.setText(self.tr("Writing the copy…"))
        self.result_label.show()
        self._show()

    def _written(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self._show()
        # Said in a message too: the window rebuilds this page once it has read the request.
        feedback.show_info(self, self.tr("Machine-readable copy"), self.result_label.text())
        self.changed.emit()

    def _write_failed(self, exc: BaseException) -> None:
        self.result_label.hide()
        self._show()
        feedback.show_error(self, self.tr("Machine-readable copy"), failure_text(exc))
