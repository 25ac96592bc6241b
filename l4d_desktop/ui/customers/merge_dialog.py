"""Merge two records of one person: the plan side by side, a choice per differing field, what
joins the kept record, what stands in the way; the merge runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.merge import MergeResult
from l4d_desktop.core.customers.merge_plan import DUPLICATE, KEPT, FieldValues, MergePlan
from l4d_desktop.core.customers.phone_grouping import grouped_phone
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.letters.words.countries import country_name
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background
from l4d_desktop.ui.texts import DATA_SOURCES, LANGUAGES, error_text, field_label, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog

# What of the duplicate joins the kept record, by the plan's kinds.
MOVED = {
    "consents": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Consent entries: {n}"),
    "objections": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Objections: {n}"),
    "web_events": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Web events: {n}"),
    "invoices": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Invoices: {n}"),
    "requests": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Requests: {n}"),
    "letters": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Letters of those requests: {n}"),
    "consent_purges": QT_TRANSLATE_NOOP("CustomerMergeDialog", "Records of purged data: {n}"),
}
CONFLICTS = {
    "email_differs": QT_TRANSLATE_NOOP(
        "CustomerMergeDialog",
        "The email addresses differ: keep the one the person uses now; the other is not kept.",
    ),
    "phone_differs": QT_TRANSLATE_NOOP(
        "CustomerMergeDialog",
        "The phone numbers differ: keep the one the person uses now; the other is not kept.",
    ),
    "consents_differ": QT_TRANSLATE_NOOP(
        "CustomerMergeDialog",
        "A consent stands differently on the two records: after the merge the latest entry by "
        "the time the person acted decides. Both ledgers are kept whole.",
    ),
    "marketing_objection": QT_TRANSLATE_NOOP(
        "CustomerMergeDialog",
        "The person objected to direct marketing, or their contact details are on the "
        "suppression list: every marketing consent of the merged record ends.",
    ),
}


def _shown(field: str, value: str, country: str) -> str:
    """A stored value as the form shows it."""
    if field == "language":
        value = vocabulary(LANGUAGES, value)
    elif field == "source":
        value = vocabulary(DATA_SOURCES, value)
    elif field == "phone":
        value = grouped_phone(value, country)
    elif field == "country" and value:
        value = f"{country_name(value, ui_language())} ({value})"
    return value


class CustomerMergeDialog(TitledDialog):
    """Built on a plan read before; `merged` carries the MergeResult. "Keep the other record"
    reads the plan the other way round."""

    merged = Signal(object)

    TITLE = QT_TRANSLATE_NOOP("CustomerMergeDialog", "Merge customers")
    INTRO = QT_TRANSLATE_NOOP(
        "CustomerMergeDialog",
        "Two records of one person become one: the kept record keeps its customer number, "
        "takes the value you choose for each field that differs, and receives everything of "
        "the duplicate; the duplicate's number goes out of use. Both ledgers and all history "
        "are kept, and the merge is audited. It cannot be undone.",
    )

    def __init__(self, services: Services, actor: Actor, plan: MergePlan, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("customer_merge_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._services = services
        self._actor = actor
        self.plan = plan
        self.job: BackgroundJob | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.intro_label = QLabel(objectName="intro_label", wordWrap=True)
        self.grid_holder = QWidget(objectName="merge_fields")
        self.grid = QGridLayout(self.grid_holder)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.grid_holder)
        self.moved_label = QLabel(objectName="merge_moved_label", wordWrap=True)
        self.conflicts_label = QLabel(objectName="merge_conflicts_label", wordWrap=True)
        self.refusals_label = QLabel(objectName="merge_refusals_label", wordWrap=True)
        self.refusals_label.setProperty("role", "form-error")
        self.swap_button = QPushButton(objectName="merge_swap_button")
        self.swap_button.clicked.connect(self.swap)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge_button")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layouts.column(
            self,
            self.intro_label,
            (scroll, 1),
            self.moved_label,
            self.conflicts_label,
            self.refusals_label,
            layouts.row(self.swap_button, layouts.STRETCH, self.buttons),
        )
        self.resize(760, 620)
        self.retranslate()

    # -- showing the plan ------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.swap_button.setText(self.tr("&Keep the other record"))
        self.merge_button.setText(self.tr("&Merge"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_plan()

    def _show_plan(self) -> None:
        chosen = self.choices() if self.groups else {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the dialog now, not at the next event
                widget.deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups = {}
        plan = self.plan
        heads = (
            self.tr("Field"),
            self.tr("Kept: no. {number}").format(number=plan.kept.customer_number),
            self.tr("Duplicate: no. {number}").format(number=plan.duplicate.customer_number),
        )
        for column, (name, text) in enumerate(
            zip(("field", "kept", "duplicate"), heads, strict=True)
        ):
            head = QLabel(f"<b>{text}</b>", objectName=f"merge_head_{name}")
            self.grid.addWidget(head, 0, column)
        for row, values in enumerate(plan.fields, start=1):
            self._field_row(row, values, chosen.get(values.field, values.proposed))
        notes_row = len(plan.fields) + 1
        self.grid.addWidget(QLabel(field_label("notes")), notes_row, 0, Qt.AlignmentFlag.AlignTop)
        notes = QLabel(plan.notes or self.tr("(none)"), objectName="merge_notes_label")
        notes.setWordWrap(True)
        notes.setTextFormat(Qt.TextFormat.PlainText)
        notes.setToolTip(self.tr("The notes of both records are kept, the kept record's first."))
        self.grid.addWidget(notes, notes_row, 1, 1, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(notes_row + 1, 1)
        moved = [self.tr(MOVED[kind]).format(n=n) for kind, n in plan.moved if n]
        self.moved_label.setText(
            self.tr("Joins the kept record from the duplicate: {what}.").format(
                what="; ".join(moved)
            )
            if moved
            else self.tr("Nothing else hangs on the duplicate.")
        )
        conflicts = [self.tr(CONFLICTS[c]) for c in plan.conflicts if c in CONFLICTS]
        self.conflicts_label.setText("\n".join(conflicts))
        self.conflicts_label.setVisible(bool(conflicts))
        refusals = [error_text(L4DError(r.code, number=r.customer_number)) for r in plan.refusals]
        self.refusals_label.setText("\n".join(refusals))
        self.refusals_label.setVisible(bool(refusals))
        self.merge_button.setEnabled(plan.allowed)

    def _field_row(self, row: int, values: FieldValues, chosen: str) -> None:
        self.grid.addWidget(QLabel(field_label(values.field)), row, 0)
        kept_text = _shown(values.field, values.kept, self.plan.kept.country)
        duplicate_text = _shown(values.field, values.duplicate, self.plan.duplicate.country)
        if not values.differs:
            same = QLabel(kept_text or self.tr("(empty)"), objectName=f"merge_same_{values.field}")
            same.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(same, row, 1, 1, 2)
            return
        group = QButtonGroup(self.grid_holder)
        for column, (side, text) in enumerate(
            ((KEPT, kept_text), (DUPLICATE, duplicate_text)), start=1
        ):
            # An ampersand in a value is shown, not taken for a mnemonic.
            shown = text.replace("&", "&&") or self.tr("(empty)")
            button = QRadioButton(shown, objectName=f"merge_{side}_{values.field}")
            button.setProperty("side", side)
            button.setChecked(side == chosen)
            group.addButton(button)
            self.grid.addWidget(button, row, column)
        self.groups[values.field] = group

    def choices(self) -> dict[str, str]:
        """Field → KEPT or DUPLICATE for every field that differs."""
        return {
            field: str(group.checkedButton().property("side"))
            for field, group in self.groups.items()
            if group.checkedButton() is not None
        }

    # -- acting ----------------------------------------------------------------------------------

    def swap(self) -> None:
        """The duplicate becomes the kept record (its number stays in use instead)."""
        try:
            self.plan = self._services.customer_merge.plan(
                self._actor, self.plan.duplicate.customer_number, self.plan.kept.customer_number
            )
        except L4DError as exc:
            feedback.show_error(self, self.say(self.TITLE), error_text(exc))
            return
        for group in self.groups.values():
            group.deleteLater()
        self.groups = {}  # the proposals of the new plan, not the choices made on the old one
        self._show_plan()

    def confirm(self) -> None:
        if is_busy(self.job) or not self.plan.allowed:
            return
        sure = feedback.ask(
            self,
            self.say(self.TITLE),
            self.tr(
                "Merge customer {duplicate} into customer {kept}? Number {duplicate} goes out "
                "of use and the merge cannot be undone."
            ).format(
                duplicate=self.plan.duplicate.customer_number,
                kept=self.plan.kept.customer_number,
            ),
            self.tr("Merge"),
            self.tr("Cancel"),
        )
        if not sure:
            return
        plan, choices = self.plan, self.choices()
        self.merge_button.setEnabled(False)
        self.job = run_in_background(
            lambda _job: self._services.customer_merge.merge(
                self._actor,
                plan.kept.customer_number,
                plan.duplicate.customer_number,
                kept_version=plan.kept.version,
                duplicate_version=plan.duplicate.version,
                choices=choices,
            ),
            self._merged,
            self._failed,
            owner=self,
        )

    def _merged(self, result: MergeResult) -> None:
        self.merged.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.merge_button.setEnabled(self.plan.allowed)
        feedback.show_error(self, self.say(self.TITLE), failure_text(exc))
