"""The consent purposes the pääkäyttäjä keeps: each with its names in Finnish, Swedish and
English (which the window, the consent pages and the letters print), added and renamed here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

from l4d_desktop.core.changes import Change
from l4d_desktop.core.customers.consents import PurposeRecord
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.following_dialog import FollowingDialog
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_dialog import RecordDialog
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
    selected_record,
)


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("ConsentPurposesDialog", "yes")
    return QCoreApplication.translate("ConsentPurposesDialog", "no")


PURPOSE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda p: p.name(ui_language())),
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda p: p.code),
    Column(QT_TRANSLATE_NOOP("Columns", "In Finnish"), lambda p: p.name_fi),
    Column(QT_TRANSLATE_NOOP("Columns", "In Swedish"), lambda p: p.name_sv),
    Column(QT_TRANSLATE_NOOP("Columns", "In English"), lambda p: p.name_en),
    Column(QT_TRANSLATE_NOOP("Columns", "Direct marketing"), lambda p: _yes_no(p.direct_marketing)),
    Column(QT_TRANSLATE_NOOP("Columns", "Built-in"), lambda p: _yes_no(p.builtin)),
]


class ConsentPurposeDialog(RecordDialog):
    """Add a purpose, or rename one (`record`): its code and kind are fixed once it exists,
    since the ledger and the letters refer to them. `saved` carries the PurposeRecord."""

    LABELS = {
        "code": QT_TRANSLATE_NOOP("ConsentPurposeDialog", "C&ode:"),
        "name_fi": QT_TRANSLATE_NOOP("ConsentPurposeDialog", "Name in &Finnish:"),
        "name_sv": QT_TRANSLATE_NOOP("ConsentPurposeDialog", "Name in S&wedish:"),
        "name_en": QT_TRANSLATE_NOOP("ConsentPurposeDialog", "Name in &English:"),
        "direct_marketing": QT_TRANSLATE_NOOP("ConsentPurposeDialog", "&Direct marketing:"),
    }

    def __init__(self, owner: FollowingDialog, record: PurposeRecord | None = None) -> None:
        super().__init__("consent_purpose_dialog", owner)
        self._consents = owner.services.consents
        self._actor = owner.actor
        self.record = record
        self.code_edit = QLineEdit(objectName="purpose_code_edit")
        self.name_fi_edit = QLineEdit(objectName="purpose_name_fi_edit")
        self.name_sv_edit = QLineEdit(objectName="purpose_name_sv_edit")
        self.name_en_edit = QLineEdit(objectName="purpose_name_en_edit")
        self.direct_marketing_check = QCheckBox(objectName="purpose_direct_marketing_check")
        if record is not None:
            self.code_edit.setText(record.code)
            self.code_edit.setReadOnly(True)
            self.name_fi_edit.setText(record.name_fi)
            self.name_sv_edit.setText(record.name_sv)
            self.name_en_edit.setText(record.name_en)
            self.direct_marketing_check.setChecked(record.direct_marketing)
            self.direct_marketing_check.setEnabled(False)
        self.add_field("code", self.code_edit)
        self.add_field("name_fi", self.name_fi_edit)
        self.add_field("name_sv", self.name_sv_edit)
        self.add_field("name_en", self.name_en_edit)
        self.add_field("direct_marketing", self.direct_marketing_check)
        self.finish_layout(intro=False)
        self.retranslate()
        # As wide as the longest line needs in the window's language (the checkbox's text
        # cannot wrap): its label is never cut off.
        self.resize(max(self.width(), self.sizeHint().width()), self.sizeHint().height())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            self.tr("Edit consent purpose")
            if self.record is not None
            else self.tr("New consent purpose")
        )
        self.code_edit.setPlaceholderText(self.tr("e.g. newsletter (a–z, 0–9, _)"))
        self.name_sv_edit.setPlaceholderText(self.tr("what Swedish letters call it"))
        self.direct_marketing_check.setText(
            self.tr("an objection to direct marketing ends this consent")
        )

    def submit(self) -> PurposeRecord:
        if self.record is None:
            return self._consents.add_purpose(
                self._actor,
                self.code_edit.text(),
                self.name_fi_edit.text(),
                self.name_en_edit.text(),
                self.direct_marketing_check.isChecked(),
                name_sv=self.name_sv_edit.text(),
            )
        return self._consents.edit_purpose(
            self._actor,
            self.record.code,
            self.name_fi_edit.text(),
            self.name_en_edit.text(),
            self.name_sv_edit.text(),
            self.record,
        )

    def failed(self, exc: L4DError) -> None:
        """Renamed meanwhile: take the names now saved as the ones replaced, keep the typing
        (saving again overwrites them) and say what they are."""
        if not isinstance(exc, ConflictError) or self.record is None:
            self.errors.show(exc)
            return
        code = self.record.code
        try:
            purposes = self._consents.purposes(self._actor, include_inactive=True)
        except L4DError as other:
            self.errors.show(other)
            return
        self.record = next((p for p in purposes if p.code == code), self.record)
        self.errors.show_message(
            error_text(exc)
            + " "
            + self.tr(
                "Now saved: {fi} / {sv} / {en}. Your typing is kept; save again to replace them."
            ).format(fi=self.record.name_fi, sv=self.record.name_sv or "–", en=self.record.name_en)
        )


class ConsentPurposesDialog(FollowingDialog):
    """Follows the purposes renamed or added elsewhere (`changes`, the change bus)."""

    FOLLOWS = frozenset({Change.REGISTER})
    TITLE = QT_TRANSLATE_NOOP("ConsentPurposesDialog", "Consent purposes")
    INTRO = QT_TRANSLATE_NOOP(
        "ConsentPurposesDialog",
        "The purposes a customer's consent is asked for. Their names are what the consent "
        "pages, the marketing lists and the letters say; a Swedish letter that names a purpose "
        "waits until its Swedish name is written. A code never changes.",
    )

    def build(self) -> None:
        self.setObjectName("consent_purposes_dialog")
        self.records: list[PurposeRecord] = []
        self.dialog: ConsentPurposeDialog | None = None
        can = self.actor.can(Right.USERS_ADMIN)
        self.intro_label = hint_label("consent_purposes_intro_label")
        self.model = RecordTableModel(PURPOSE_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "consent_purposes_table", 0, wrap=False)
        self.add_button = QPushButton(objectName="add_purpose_button")
        self.edit_button = QPushButton(objectName="edit_purpose_button")
        for button in (self.add_button, self.edit_button):
            button.setVisible(can)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = layouts.row(
            self.add_button, self.edit_button, layouts.STRETCH, self.close_buttons
        )
        layouts.column(self, self.intro_label, (self.table, 1), buttons)
        for col, width in enumerate((200, 130, 190, 190, 190, 135, 110)):
            self.table.setColumnWidth(col, width)
        self.resize(1260, 420)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(self.tr("Consent purposes"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.model.reload()  # the purpose's name in the window's language
        self._selection_changed()

    def reload(self) -> None:
        try:
            self.records = self.services.consents.purposes(self.actor, include_inactive=True)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Consent purposes"), error_text(exc))
            return
        self.model.set_fetcher(list_fetcher(self.records))
        self._selection_changed()

    def follow_changes(self) -> None:
        shown = self.selected()
        self.reload()
        if shown is not None:
            self.select(shown.code)

    def selected(self) -> PurposeRecord | None:
        record: PurposeRecord | None = selected_record(self.table)
        return record

    def select(self, code: str) -> None:
        for row, record in enumerate(self.records):
            if record.code == code:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        purpose = self.selected()
        if purpose is not None and self.edit_button.isVisible():
            self._open(purpose)

    def _open(self, record: PurposeRecord | None) -> None:
        self.dialog = ConsentPurposeDialog(self, record)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, record: PurposeRecord) -> None:
        self.reload()
        self.select(record.code)
