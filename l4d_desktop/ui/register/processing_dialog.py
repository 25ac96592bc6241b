"""The pääkäyttäjä's processing register (Art. 30): the purposes with their legal bases, data
and retention, the register-wide texts, and the privacy notice printed from them as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from l4d_desktop.core.changes import Change
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.private import write_private
from l4d_desktop.core.letters.words import LANGUAGES as LETTER_LANGUAGES
from l4d_desktop.core.register.processing import ProcessingRegister, Purpose
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background
from l4d_desktop.ui.register.purpose_form import PurposeForm, bases_in_short
from l4d_desktop.ui.register.texts_page import RegisterTextsPage
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.following_dialog import FollowingDialog
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
    selected_record,
)


def _name(p: Purpose) -> str:
    """The purpose in the interface's language; in English while it has no name in that one."""
    return p.name(ui_language()) or p.name("en")


def _confirmation(p: Purpose) -> str:
    if p.basis_confirmed:
        return QCoreApplication.translate("ProcessingRegisterDialog", "confirmed")
    return QCoreApplication.translate("ProcessingRegisterDialog", "to be confirmed")


PURPOSE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), _name),
    Column(QT_TRANSLATE_NOOP("Columns", "Legal bases"), lambda p: bases_in_short(p.legal_bases)),
    Column(QT_TRANSLATE_NOOP("Columns", "Bases"), _confirmation),
]


class ProcessingRegisterDialog(FollowingDialog):
    """Follows changes to the register saved elsewhere (`changes`, the change bus); typing not
    yet saved stays."""

    FOLLOWS = frozenset({Change.REGISTER})
    TITLE = QT_TRANSLATE_NOOP("ProcessingRegisterDialog", "Processing register")
    INTRO = QT_TRANSLATE_NOOP(
        "ProcessingRegisterDialog",
        "The record of processing activities (GDPR Art. 30). Access letters and the privacy "
        "notice print what is saved here. A legal basis marked “to be confirmed” is a "
        "proposal: until you confirm it, no access letter or privacy notice is issued.",
    )

    def build(self) -> None:
        self.setObjectName("processing_register_dialog")
        self.register: ProcessingRegister | None = None
        self.job: BackgroundJob | None = None

        self.intro_label = hint_label("register_intro_label")
        # Which purposes hold up the access letters and the privacy notice, by name.
        self.pending_label = QLabel(objectName="pending_bases_label")
        self.pending_label.setWordWrap(True)
        self.pending_label.hide()
        self.model = RecordTableModel(PURPOSE_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "purposes_table", 0)
        # The names wrap; a handful of rows is cheap to measure whenever the widths change.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.form = PurposeForm()
        form_scroll = QScrollArea(objectName="purpose_form_scroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.save_purpose_button = QPushButton(objectName="save_purpose_button")
        self.save_purpose_button.clicked.connect(self.save_purpose)
        self.save_purpose_button.setVisible(self.actor.can(Right.USERS_ADMIN))
        self.purpose_status_label = QLabel(objectName="purpose_status_label")
        purpose_buttons = layouts.row((self.purpose_status_label, 1), self.save_purpose_button)
        editor = layouts.column(None, (form_scroll, 1), purpose_buttons)
        purposes_page = QWidget(objectName="purposes_page")
        purposes_layout = QHBoxLayout(purposes_page)
        purposes_layout.addWidget(self.table, 2)
        purposes_layout.addLayout(editor, 3)

        self.texts_page = RegisterTextsPage(self.services, self.actor)
        self.texts_page.saved.connect(self.reload_texts)
        self.tabs = QTabWidget(objectName="register_tabs")
        self.tabs.addTab(purposes_page, "")
        self.tabs.addTab(self.texts_page, "")

        self.notice_language_combo = QComboBox(objectName="notice_language_combo")
        for code in LETTER_LANGUAGES:  # the notice is written in any language a letter can be
            self.notice_language_combo.addItem("", code)
        self.notice_button = QPushButton(objectName="notice_pdf_button")
        self.notice_button.clicked.connect(self.choose_notice_file)
        can_export = self.actor.can(Right.DATA_EXPORT)
        self.notice_button.setVisible(can_export)
        self.notice_language_combo.setVisible(can_export)
        self.notice_label = QLabel(objectName="notice_result_label")
        self.notice_label.setWordWrap(True)
        bottom = layouts.row(
            self.notice_button,
            self.notice_language_combo,
            (self.notice_label, 1),
            self.close_buttons,
        )

        layouts.column(self, self.intro_label, self.pending_label, (self.tabs, 1), bottom)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 110)
        self.resize(1200, 760)

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("&Purposes"))
        self.tabs.setTabText(1, self.tr("&Register-wide texts"))
        self.table.setAccessibleName(self.tr("Purposes"))
        self.save_purpose_button.setText(self.tr("&Save purpose"))
        self.notice_button.setText(self.tr("Save privacy &notice as PDF…"))
        names = {"fi": self.tr("Finnish"), "sv": self.tr("Swedish"), "en": self.tr("English")}
        for i in range(self.notice_language_combo.count()):
            code = str(self.notice_language_combo.itemData(i))
            self.notice_language_combo.setItemText(i, names.get(code, code))
        self.notice_language_combo.setAccessibleName(self.tr("Language of the notice"))
        self._show_pending()

    def _show_pending(self) -> None:
        pending = (
            [p for p in self.register.purposes if not p.basis_confirmed] if self.register else []
        )
        self.pending_label.setVisible(bool(pending))
        self.pending_label.setText(
            self.tr(
                "No access letter or privacy notice is issued until the legal bases of these "
                "purposes are confirmed: {purposes}."
            ).format(purposes="; ".join(_name(p) for p in pending))
        )

    def reject(self) -> None:
        """Closing asks before typing that was not saved is dropped."""
        if (self.form.is_changed() or self.texts_page.is_changed()) and not feedback.ask(
            self,
            self.tr("Processing register"),
            self.tr("Close without saving the changes?"),
            self.tr("Close &without saving"),
            self.tr("&Keep editing"),
        ):
            return
        super().reject()

    # -- loading ---------------------------------------------------------------------------------

    def _read(self) -> tuple[ProcessingRegister, dict[str, int]] | None:
        try:
            return self.services.processing_register.register_for_editing(self.actor)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Processing register"), error_text(exc))
            return None

    def reload(self) -> None:
        """Read the register again; the form keeps the shown purpose and any typing in it."""
        if (read := self._read()) is None:
            return
        register, versions = read
        first_load = self.register is None
        self.register = register
        shown = self.form.purpose.id if self.form.purpose else None
        self.model.set_fetcher(list_fetcher(register.purposes))
        self._show_pending()
        if first_load:
            self.texts_page.show_texts(register, versions)
        if shown is not None:
            self.select(shown)
        elif first_load and register.purposes:
            self.table.selectRow(0)

    def follow_changes(self) -> None:
        self.reload()
        if not self.texts_page.is_changed():
            self.reload_texts()

    def reload_texts(self) -> None:
        if (read := self._read()) is not None:
            self.texts_page.show_texts(*read)

    def select(self, purpose_id: int) -> None:
        assert self.register is not None
        for row, p in enumerate(self.register.purposes):
            if p.id == purpose_id:
                self.table.selectRow(row)
                return

    def selected(self) -> Purpose | None:
        purpose: Purpose | None = selected_record(self.table)
        return purpose

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        shown = self.form.purpose
        if chosen is not None and shown is not None and chosen.id == shown.id:
            if chosen.version != shown.version and not self.form.is_changed():
                self.form.show_purpose(chosen)  # saved elsewhere meanwhile: show the new one
            return
        if shown is not None and not self._may_leave(shown):
            # Back to the purpose being edited, without coming here again.
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.select(shown.id)
            selection.blockSignals(False)
            return
        self.form.show_purpose(chosen)
        self.purpose_status_label.clear()

    def _may_leave(self, shown: Purpose) -> bool:
        """Whether the form may show another purpose: nothing typed, or the typing discarded."""
        if not self.form.is_changed():
            return True
        return feedback.ask(
            self,
            self.tr("Processing register"),
            self.tr("Discard the changes to “{purpose}” that are not saved?").format(
                purpose=_name(shown)
            ),
            self.tr("&Discard"),
            self.tr("&Keep editing"),
        )

    # -- saving ----------------------------------------------------------------------------------

    def save_purpose(self) -> None:
        shown = self.form.purpose
        if shown is None:
            return
        self.purpose_status_label.clear()
        try:
            saved = self.services.processing_register.update_purpose(
                self.actor, shown.id, version=shown.version, **self.form.values()
            )
        except L4DError as exc:
            self.form.errors.show(exc)  # the typing stays in the form
            return
        self.form.show_purpose(saved)
        self.reload()
        self.purpose_status_label.setText(self.tr("Saved."))

    def choose_notice_file(self) -> None:
        language = str(self.notice_language_combo.currentData())
        title, filters = self.tr("Save the privacy notice"), self.tr("PDF (*.pdf)")
        name = self.tr("privacy-notice") + f"-{language}-{{date}}.pdf"
        if path := file_names.ask_save_file(self, "privacy_notice", title, name, filters):
            self.save_notice(path, language)

    def save_notice(self, path: Path, language: str) -> None:
        """Render the notice off the GUI thread and write it to `path` (owner-only and whole:
        it names the company's processing, and a reader must never see half a file)."""
        if is_busy(self.job):
            return
        services, actor = self.services, self.actor

        def work(_job: BackgroundJob) -> Path:
            write_private(path, services.processing_register.notice_pdf(actor, language))
            return path

        self.notice_button.setEnabled(False)
        self.notice_label.setText(self.tr("Making the privacy notice…"))
        self.job = run_in_background(work, self._notice_saved, self._notice_failed, owner=self)

    def _notice_saved(self, path: object) -> None:
        self.notice_button.setEnabled(True)
        self.notice_label.setText(
            self.tr("The privacy notice was saved to {path}.").format(path=str(path))
        )

    def _notice_failed(self, exc: BaseException) -> None:
        self.notice_button.setEnabled(True)
        self.notice_label.clear()
        if isinstance(exc, OSError):
            text = self.tr("The file could not be written: {reason}").format(
                reason=exc.strerror or str(exc)
            )
        else:
            text = failure_text(exc)
        feedback.show_error(self, self.tr("Privacy notice"), text)
