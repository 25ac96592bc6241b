"""Käyttäjät / Users: the pääkäyttäjä's list of staff accounts; create, edit, rights, password
reset, unlock, deactivate, reactivate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QPushButton, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.security.users import UserInfo, UserService
from l4d_desktop.ui import feedback
from l4d_desktop.ui.admin.rights_dialog import RightsDialog
from l4d_desktop.ui.admin.user_dialogs import EditUserDialog, NewUserDialog, OneTimePasswordDialog
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import ROLES, error_text, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    make_table_view,
    selected_record,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating


def _state(u: UserInfo) -> str:
    if not u.active:
        return QCoreApplication.translate("UsersTab", "deactivated")
    if u.locked_until is not None:
        return QCoreApplication.translate("UsersTab", "locked")
    if u.must_change_password:
        return QCoreApplication.translate("UsersTab", "must change password")
    return QCoreApplication.translate("UsersTab", "active")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Username"), lambda u: u.username),
    Column(QT_TRANSLATE_NOOP("Columns", "Full name"), lambda u: u.full_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda u: u.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: vocabulary(ROLES, u.role)),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), _state),
    Column(QT_TRANSLATE_NOOP("Columns", "Locked until"), lambda u: format_datetime(u.locked_until)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "One-time password expires"),
        lambda u: format_datetime(u.password_expires_at),
    ),
]


class UsersTab(Retranslating, QWidget):
    """Follows every change to user accounts (the session's change bus; without one it
    listens to the services by itself)."""

    def __init__(self, session: Session) -> None:
        super().__init__()  # the main window's tabs take it in
        self.setObjectName("users_tab")
        self._users, self._actor = session.services.users, session.actor
        self._dialog: QDialog | None = None
        self.new_button = QPushButton(objectName="new_user_button")
        self.edit_button = QPushButton(objectName="edit_user_button")
        self.rights_button = QPushButton(objectName="user_rights_button")
        self.reset_button = QPushButton(objectName="reset_password_button")
        self.unlock_button = QPushButton(objectName="unlock_user_button")
        self.deactivate_button = QPushButton(objectName="deactivate_user_button")
        self.reactivate_button = QPushButton(objectName="reactivate_user_button")
        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.rights_button.clicked.connect(self.edit_rights)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.deactivate_button.clicked.connect(lambda: self._set_active(False))
        self.reactivate_button.clicked.connect(lambda: self._set_active(True))
        self.note_label = QLabel()
        self.note_label.setProperty("role", "hint")
        self.note_label.setWordWrap(True)

        self.model = RecordTableModel(COLUMNS, self._fetch, parent=self)
        self.table = make_table_view(self.model, "user_table", stretch_column=1)
        # A short list: the last column may size itself to its (translated) heading.
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_user())

        top = layouts.row(
            *(self.new_button, self.edit_button, self.rights_button, self.reset_button),
            *(self.unlock_button, self.deactivate_button, self.reactivate_button),
            stretch=1,
        )
        layouts.column(self, top, (self.table, 1), self.note_label)
        self.retranslate()
        self.refresh()
        session.bus(self).listen(self, {Change.USERS}, self.refresh)
        for column, width in enumerate((140, 200, 160, 150, 150, 140)):
            self.table.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New user…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.rights_button.setText(self.tr("R&ights…"))
        self.reset_button.setText(self.tr("Reset &password…"))
        self.unlock_button.setText(self.tr("Unl&ock"))
        self.deactivate_button.setText(self.tr("&Deactivate…"))
        self.reactivate_button.setText(self.tr("Re&activate…"))
        self.note_label.setText(
            self.tr(
                "Users are never deleted, so that the audit trail keeps pointing at them; "
                "a deactivated user cannot log in."
            )
        )
        self.table.setAccessibleName(self.tr("Users"))

    def _fetch(self, offset: int, limit: int) -> list[UserInfo]:
        # Staff lists are short: one page holds them all.
        return self._users.list_users(self._actor)[offset : offset + limit]

    def refresh(self) -> None:
        selected = self.selected()
        try:
            self.model.reload()
        except L4DError as exc:
            feedback.show_error(self, self.tr("Users"), error_text(exc))
        if selected is not None:
            for row, user in enumerate(self.model.records()):
                if user.id == selected.id:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        user: UserInfo | None = selected_record(self.table)
        return user

    def _update_buttons(self) -> None:
        user = self.selected()
        chosen = user is not None
        self.edit_button.setEnabled(chosen)
        self.rights_button.setEnabled(chosen)
        self.reset_button.setEnabled(user is not None and user.active)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.reactivate_button.setEnabled(user is not None and not user.active)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog the tab opened last (new user, edit, rights or a one-time password)."""
        return self._dialog

    def _open(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.open()

    def new_user(self) -> None:
        dialog = NewUserDialog(self._users, self._actor, self)
        dialog.created.connect(lambda _u: self.refresh())
        self._open(dialog)

    def _current(self) -> UserInfo | None:
        """The selected user as stored now (the list may be older)."""
        user = self.selected()
        if user is None:
            return None
        try:
            return self._users.get_user(self._actor, user.id)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Users"), error_text(exc))
            self.refresh()
            return None

    def edit_user(self) -> None:
        self._open_for_current(EditUserDialog)

    def edit_rights(self) -> None:
        if dialog := self._open_for_current(RightsDialog):
            dialog.finished.connect(lambda _r: self.refresh())

    def _open_for_current(
        self, make: Callable[[UserService, Actor, UserInfo, QWidget], QDialog]
    ) -> QDialog | None:
        """A dialog on the selected user as stored now; the list is read again after a save."""
        user = self._current()
        if user is None:
            return None
        dialog = make(self._users, self._actor, user, self)
        dialog.saved.connect(lambda _u: self.refresh())  # type: ignore[attr-defined]
        self._open(dialog)
        return dialog

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not feedback.ask(
            self,
            self.tr("Reset password"),
            self.tr(
                "Give {name} a new one-time password? Their current password stops working at "
                "once, and they must choose a new one at the next login."
            ).format(name=user.full_name),
            self.tr("Reset password"),
            self.tr("Cancel"),
        ):
            return
        try:
            otp = self._users.reset_password(self._actor, user.id, user.version)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Reset password"), error_text(exc))
            self.refresh()
            return
        self.refresh()
        self._open(OneTimePasswordDialog(otp, self))

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self._users.unlock(self._actor, user.username)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Unlock"), error_text(exc))
        self.refresh()

    def _set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            return
        if active:
            title = self.tr("Reactivate user")
            question = self.tr("Reactivate {name}? They can log in again.")
            yes = self.tr("Reactivate")
        else:
            title = self.tr("Deactivate user")
            question = self.tr(
                "Deactivate {name}? They can no longer log in. You can reactivate them later."
            )
            yes = self.tr("Deactivate")
        if not feedback.ask(
            self, title, question.format(name=user.full_name), yes, self.tr("Cancel")
        ):
            return
        try:
            self._users.set_active(self._actor, user.id, active, user.version)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Users"), error_text(exc))
        self.refresh()
