"""The customer window's tabs written once: one customer's records of one kind, read through a
service, shown in tables, with the buttons that record more.

Use::

    class InvoicesPage(CustomerRecordsPage):
        OBJECT_NAME = "invoices_page"

        def build(self) -> None:  # then retranslate() is called
            self.model, self.table = list_table(self, INVOICE_COLUMNS, "invoice_table", 3)
            self.add_button = self.edit_button("add_invoice_button", self.add_invoice)
            ...

        def error_title(self) -> str:
            return self.tr("Invoices")

        def read(self) -> tuple[Sequence[InvoiceRecord]]:
            return (self.services.invoices.list_invoices(self.actor, self.customer_id),)

    class InvoiceDialog(CustomerRecordDialog):   # opened from the page, its parent
        def __init__(self, page: CustomerRecordsPage) -> None:
            super().__init__("invoice_dialog", page)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.record_dialog import RecordDialog
from l4d_desktop.ui.widgets.retranslate import Retranslating


class CustomerRecordsPage(Retranslating, QWidget):
    """Subclasses name themselves (OBJECT_NAME), build their widgets, then write
    `error_title()`, `read()` (the service calls, returning the arguments of `show_data`) and
    `show_data(...)`. `reload()` reads again: after a save on the page, and when the window
    hears that customers changed."""

    OBJECT_NAME = ""

    def __init__(
        self, services: Services, actor: Actor, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.services = services
        self.actor = actor
        self.customer_id = customer_id
        self.can_edit = actor.can(Right.CUSTOMERS_EDIT)
        self.dialog: QDialog | None = None
        self.build()
        self.retranslate()

    # What each page defines: its widgets and layout (build), the title of its error messages,
    # the service read of what it shows (read, off the GUI thread) and the showing of it.
    build: Callable[[], None]
    error_title: Callable[[], str]
    read: Callable[[], tuple[Any, ...]]
    show_data: Callable[..., None]

    def edit_button(self, name: str, clicked: Callable[[], object]) -> QPushButton:
        """A button that changes the customer's data: shown only to those who may."""
        button = QPushButton(objectName=name)
        button.setVisible(self.can_edit)
        button.clicked.connect(lambda: clicked())
        return button

    def open_dialog(self, dialog: QDialog, saved: Callable[[Any], None]) -> None:
        """A record dialog of this page; `saved` gets what it saved."""
        self.dialog = dialog
        dialog.saved.connect(saved)  # type: ignore[attr-defined]
        dialog.open()

    def reload(self) -> None:
        try:
            data = self.read()
        except L4DError as exc:
            feedback.show_error(self, self.error_title(), error_text(exc))
            return
        self.show_data(*data)


class CustomerRecordDialog(RecordDialog):
    """A record dialog opened from one of the customer window's pages, which gives it the
    services, the user and the customer (and is its parent)."""

    def __init__(self, object_name: str, page: CustomerRecordsPage) -> None:
        super().__init__(object_name, page)
        self.services = page.services
        self.actor = page.actor
        self.customer_id = page.customer_id
