"""The customer window's Basic data tab: the editable form, Save, and the Art. 18 restriction."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.service import CustomerRecord, CustomerService
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.form import CustomerForm
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.retranslate import Retranslating


class BasicDataPage(Retranslating, QWidget):
    """`changed` carries the record after a save or a restriction change."""

    changed = Signal(CustomerRecord)
    remove_requested = Signal()  # the pääkäyttäjä's "entered by mistake"
    merge_requested = Signal()  # the pääkäyttäjä's "another record of this person"

    def __init__(
        self, customers: CustomerService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("basic_page")
        self._customers = customers
        self._actor = actor
        self.can_edit = actor.can(Right.CUSTOMERS_EDIT)

        self.form = CustomerForm(customers, actor)
        self.form.set_read_only(not self.can_edit)
        self.read_only_label = QLabel(objectName="read_only_label")
        self.read_only_label.setProperty("role", "hint")
        self.read_only_label.setVisible(not self.can_edit)
        self.save_button = QPushButton(objectName="save_customer_button")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)
        self.restrict_button = QPushButton(objectName="restrict_button")
        self.remove_button = QPushButton(objectName="remove_customer_button")
        self.remove_button.setVisible(actor.can(Right.USERS_ADMIN))
        self.remove_button.clicked.connect(self.remove_requested)
        self.merge_button = QPushButton(objectName="merge_duplicate_button")
        self.merge_button.setVisible(actor.can(Right.USERS_ADMIN))
        self.merge_button.clicked.connect(self.merge_requested)
        self.save_button.setVisible(self.can_edit)
        self.restrict_button.setVisible(self.can_edit)
        self.save_button.clicked.connect(self.save)
        self.restrict_button.clicked.connect(self.toggle_restriction)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restrict_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.read_only_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        layouts.column(self, self.form, layouts.STRETCH, buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.remove_button.setText(self.tr("Remove as entered by mista&ke…"))
        self.merge_button.setText(self.tr("Merge with a duplicate…"))
        self.save_button.setToolTip(
            self.tr("Save the basic data ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.read_only_label.setText(
            self.tr("You can read this customer's data; changing it needs the right to edit.")
        )
        self._show_restriction()

    @property
    def record(self) -> CustomerRecord | None:
        return self.form.record

    def show_record(self, record: CustomerRecord) -> None:
        self.form.fill(record)
        self._show_restriction()

    def _show_restriction(self) -> None:
        r = self.form.record
        restricted = r is not None and r.restricted
        self.restrict_button.setText(
            self.tr("Lift the restriction…") if restricted else self.tr("Restrict processing…")
        )

    def save(self) -> None:
        saved = self.form.save()
        if saved is None:
            return
        self.show_record(saved)
        self.changed.emit(saved)

    def toggle_restriction(self) -> None:
        r = self.form.record
        if r is None:
            return
        restrict = not r.restricted
        if restrict:
            question = self.tr(
                "Restrict the processing of {name}'s data (GDPR Art. 18)? The data stay stored, "
                "but the person is left out of every export and marketing list until the "
                "restriction is lifted."
            ).format(name=r.name)
            yes = self.tr("Restrict processing")
        else:
            question = self.tr(
                "Lift the restriction of {name}'s data? The person will be included in exports "
                "and marketing lists again. Tell the person before the restriction is lifted "
                "(Art. 18(3))."
            ).format(name=r.name)
            yes = self.tr("Lift the restriction")
        if not feedback.ask(
            self, self.tr("Restriction of processing"), question, yes, self.tr("Cancel")
        ):
            return
        adopt_version = True
        # Confirming the lift confirms that the person was told (Art. 18(3)), today.
        told = None if restrict else office_today(self._customers.clock())
        try:
            updated = self._customers.set_restriction(
                self._actor, r.id, restrict, self.form.version, person_told_on=told
            )
        except ConflictError:
            # Someone saved the customer meanwhile. The flag does not depend on the other
            # fields, so it may still be set; the form keeps its old version so that a later
            # Save still meets the other user's change instead of overwriting it unseen.
            if not feedback.ask(
                self,
                self.tr("Changed by another user"),
                self.tr(
                    "Another user saved this customer after you opened it. Change the "
                    "restriction anyway? Anything you have typed stays in the form."
                ),
                yes,
                self.tr("Cancel"),
            ):
                return
            adopt_version = False
            try:
                updated = self._customers.set_restriction(
                    self._actor, r.id, restrict, person_told_on=told
                )
            except L4DError as exc:
                feedback.show_error(self, self.tr("Restriction of processing"), error_text(exc))
                return
        except L4DError as exc:
            feedback.show_error(self, self.tr("Restriction of processing"), error_text(exc))
            return
        self.form.adopt(updated, adopt_version)
        self._show_restriction()
        self.changed.emit(updated)
