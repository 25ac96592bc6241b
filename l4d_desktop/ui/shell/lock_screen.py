"""The idle lock: after some minutes without input every window of the program is hidden behind
a lock screen that only the logged-in user's password opens; "log out" ends the session.

Windows are hidden, not closed, so that an open dialog keeps what was typed into it and comes
back as it was. A message box waiting for an answer is the exception: hiding it ends its wait,
so it is closed with its safe answer (the program's questions default to "no") and not shown
again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from l4d_desktop import APP_NAME
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import AuthenticationError, L4DError, LoginThrottled
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.dialog_parts import ThrottleWait, WaitCursor, error_line, show_error
from l4d_desktop.ui.widgets.labels import heading
from l4d_desktop.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:  # the first window must not wait for the database layer
    from l4d_desktop.core.security.auth import AuthService

# What counts as the user being there: keys, mouse and touch in any window of the program.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class LockScreen(Retranslating, QDialog):
    """Asks the password of the user who is logged in; nobody else can open it."""

    unlocked = Signal(object)  # the Actor, as the login returned it
    logout_requested = Signal()

    def __init__(self, auth: AuthService, actor: Actor, minutes: int) -> None:
        super().__init__(None)
        self.setObjectName("lock_screen")
        self._auth = auth
        self._actor = actor
        self._minutes = minutes
        self._leaving = False
        # Above whatever modal dialog was open, so that the password box takes the typing.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

        self.title_label = heading("lock_title_label")
        self.message_label = QLabel(objectName="lock_message_label")
        self.message_label.setWordWrap(True)
        self.password_label = QLabel(objectName="lock_password_label")
        self.password_edit = QLineEdit(objectName="lock_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_edit)
        self.error_label = error_line("lock_error_label", role="error")
        self.unlock_button = QPushButton(objectName="lock_unlock_button")
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(objectName="lock_logout_button")

        buttons = layouts.row(self.logout_button, layouts.STRETCH, self.unlock_button)
        layout = layouts.column(
            self,
            self.title_label,
            self.message_label,
            self.password_label,
            self.password_edit,
            self.error_label,
        )
        # Spare height goes below the field, keeping the label next to what it names.
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.logout_button.clicked.connect(self.log_out)
        self._wait = ThrottleWait(self.unlock_button, self.error_label)
        self.resize(440, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{app} is locked").format(app=APP_NAME))
        self.title_label.setText(self.tr("The register is locked"))
        self.message_label.setText(
            self.tr(
                "Locked after %n minute(s) without use; the windows are hidden until "
                "{name} ({username}) gives their password.",
                "",
                self._minutes,
            ).format(name=self._actor.full_name, username=self._actor.username)
        )
        self.password_label.setText(self.tr("&Password:"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.logout_button.setText(self.tr("&Log out"))
        self.error_label.setAccessibleName(self.tr("Error"))

    def try_unlock(self) -> None:
        """The password is checked as a login of this same user: throttled and audited as one."""
        if self._wait.waiting:
            return
        password = self.password_edit.text()
        self.password_edit.clear()
        try:
            with WaitCursor():
                actor = self._auth.login(self._actor.username, password)
        except LoginThrottled as exc:
            self._wait.start(exc.seconds, error_text(exc))
            return
        except L4DError as exc:
            show_error(self.error_label, error_text(exc))
            self.password_edit.setFocus()
            return
        if actor.user_id != self._actor.user_id:  # usernames do not change; never another user
            show_error(self.error_label, error_text(AuthenticationError()))
            return
        self._leaving = True
        self.unlocked.emit(actor)
        self.close()

    def log_out(self) -> None:
        self._leaving = True
        self.logout_requested.emit()
        self.close()

    # Neither Esc nor the window's close button opens the lock.
    def reject(self) -> None:
        if self._leaving:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()


class IdleLock(QObject):
    """Watches the whole application's input and locks it after `minutes` without any.

    `timeout_ms` overrides the minutes (tests). Install it after login, remove it at logout.
    """

    locked = Signal()
    unlocked = Signal(object)  # the Actor
    logged_out = Signal()

    def __init__(
        self,
        auth: AuthService,
        actor: Actor,
        minutes: int,
        *,
        timeout_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._actor = actor
        self.minutes = minutes
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._active: QWidget | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(timeout_ms if timeout_ms is not None else minutes * 60_000)
        self._timer.timeout.connect(self.lock)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.screen is None:
            self._timer.start()  # restarts the countdown
        return False

    def lock(self) -> None:
        if self.screen is not None:
            return
        self._timer.stop()
        # The clipboard is simply cleared: whatever is on it may have been copied from a
        # customer's window, and telling the program's copies from others' is not reliable.
        QGuiApplication.clipboard().clear()
        self._active = QApplication.activeWindow()
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, QMessageBox) or widget.windowType() in (
                Qt.WindowType.Popup,
                Qt.WindowType.ToolTip,
            ):
                widget.close()  # a waiting question gets its safe answer; menus just close
                continue
            self._hidden.append(widget)
        # Dialogs after their parents, so that a window-modal dialog comes back on top.
        self._hidden.sort(key=lambda w: isinstance(w, QDialog))
        for widget in self._hidden:
            widget.hide()
        self.screen = LockScreen(self._auth, self._actor, self.minutes)
        self.screen.unlocked.connect(self._unlock)
        self.screen.logout_requested.connect(self._log_out)
        self.screen.show()
        self.screen.activateWindow()
        self.screen.password_edit.setFocus()
        self.locked.emit()

    def _unlock(self, actor: Actor) -> None:
        self._drop_screen()
        for widget in self._hidden:
            if isValid(widget):
                widget.show()
        if self._active is not None and isValid(self._active) and self._active.isVisible():
            self._active.activateWindow()
        self._hidden = []
        self._active = None
        self._timer.start()
        self.unlocked.emit(actor)

    def _log_out(self) -> None:
        self._drop_screen()
        self._hidden = []
        self._active = None
        self.uninstall()
        self.logged_out.emit()

    def _drop_screen(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None
