"""The Customers tab's Merge…: two selected records of one person, the older one kept unless the
pääkäyttäjä chooses otherwise in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.merge import MergeResult
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.merge_dialog import CustomerMergeDialog
from l4d_desktop.ui.texts import error_text


def _title() -> str:
    # A fixed context: the words belong to this mixin whatever class it is mixed into.
    return QCoreApplication.translate("CustomerMerging", "Merge customers")


class CustomerMerging:
    """Mixed into CustomersTab, whose selection it merges."""

    _services: Services
    _actor: Actor
    merge_dialog: CustomerMergeDialog | None
    selected_records: Callable[[], list[CustomerRecord]]
    windows: dict[int, QWidget]

    def merge_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) != 2:
            return
        kept, duplicate = sorted(chosen, key=lambda c: (c.created_at, c.id))
        assert isinstance(self, QWidget)
        try:
            plan = self._services.customer_merge.plan(
                self._actor, kept.customer_number, duplicate.customer_number
            )
        except L4DError as exc:
            feedback.show_error(self, _title(), error_text(exc))
            return
        self.merge_dialog = CustomerMergeDialog(self._services, self._actor, plan, self)
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.open()

    def _merged(self, result: MergeResult) -> None:
        assert isinstance(self, QWidget) and self.merge_dialog is not None
        # The duplicate's own window shows a record that is gone.
        gone = self.windows.get(self.merge_dialog.plan.duplicate.id)
        if gone is not None:
            gone.close()
        feedback.show_info(
            self,
            _title(),
            QCoreApplication.translate(
                "CustomerMerging", "Customer {duplicate} was merged into customer {kept}."
            ).format(duplicate=result.duplicate_number, kept=result.customer.customer_number),
        )
