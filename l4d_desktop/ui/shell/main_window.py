"""The main window: customer, request and user tabs, language menu, backup, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from l4d_desktop import APP_NAME
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.admin.users_tab import UsersTab
from l4d_desktop.ui.changes import ChangeBus
from l4d_desktop.ui.customers.tab import CustomersTab
from l4d_desktop.ui.language import LANGUAGES, NAMES, LanguageSwitcher
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.requests.window import RequestWindows
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.dialog_openers import DialogOpeners
from l4d_desktop.ui.shell.help_window import HelpWindow, topic_for
from l4d_desktop.ui.texts import ROLES, error_text, vocabulary
from l4d_desktop.ui.widgets.retranslate import Retranslating


class MainWindow(DialogOpeners, Retranslating, QMainWindow):
    """The tabs and every window opened from here get `session`: the services, the user and
    `changes`, the program's change bus (built by the composition root; a window built without
    one makes its own)."""

    # File → Lock and File → Log out, for the start-up flow that owns the session.
    lock_requested = Signal()
    logout_requested = Signal()
    # File → Connection chose another register: "" this computer's file, or a server's address.
    register_chosen = Signal(str)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        language: LanguageSwitcher,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        changes: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.changes = changes or ChangeBus(services.changes, self)
        self.session = Session(services, actor, self.changes)
        self._services = services
        self._actor = actor
        self._language = language
        self._settings = settings

        self.tabs = QTabWidget(objectName="main_tabs")
        self.customers_tab: CustomersTab | None = None
        self.requests_tab: RequestsTab | None = None
        self.users_tab: UsersTab | None = None
        # Tabs the user has no right to are not built at all; the services refuse anyway.
        if actor.can(Right.CUSTOMERS_VIEW):
            self.customers_tab = CustomersTab(services, actor, changes=self.changes)
            self.tabs.addTab(self.customers_tab, "")
        if actor.can(Right.REQUESTS_VIEW):
            self.requests_tab = RequestsTab(self.session)
            self.tabs.addTab(self.requests_tab, "")
        if actor.can(Right.USERS_ADMIN):
            self.users_tab = UsersTab(self.session)
            self.tabs.addTab(self.users_tab, "")
        self.setCentralWidget(self.tabs)
        self.user_label = QLabel(objectName="user_label")
        self.request_summary_label = QLabel(objectName="request_summary_label")

        self.statusBar().addPermanentWidget(self.request_summary_label)
        self.statusBar().addPermanentWidget(self.user_label)
        # One window per request, raised when opened again; a change there refreshes the list.
        self.request_windows = RequestWindows(
            self.session,
            self,
            self.customers_tab.open_customer if self.customers_tab is not None else None,
        )
        if self.customers_tab is not None and actor.can(Right.REQUESTS_VIEW):
            self.customers_tab.request_open_requested.connect(self.request_windows.open)
        if self.requests_tab is not None:
            requests_tab = self.requests_tab
            requests_tab.open_requested.connect(self.request_windows.open)
            self.request_windows.changed.connect(lambda _id: requests_tab.refresh())
            self.requests_tab.summary_changed.connect(lambda _s: self._show_request_summary())
            # The counts follow the clock as well as the data: looked at again every minute.
            self._summary_timer = QTimer(self, interval=60_000)
            self._summary_timer.timeout.connect(self.requests_tab.refresh_summary)
            self._summary_timer.start()
        self._build_menus()
        self.retranslate()
        self._restore_state()
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.change_password_action = self._action(
            self.file_menu, "change_password_action", self.change_own_password
        )
        self.backup_action = self._action(
            self.file_menu, "backup_action", self.backup, Right.USERS_ADMIN
        )
        self.restore_action = self._action(
            self.file_menu, "restore_action", self.open_restore, Right.USERS_ADMIN
        )
        self.backup_settings_action = self._action(
            self.file_menu, "backup_settings_action", self.open_backup_settings, Right.USERS_ADMIN
        )
        # Not clickable: says when the last automatic backup was made.
        self.last_backup_action = self._action(
            self.file_menu, "last_backup_action", lambda: None, Right.USERS_ADMIN
        )
        self.last_backup_action.setEnabled(False)
        self.connection_action = self._action(
            self.file_menu, "connection_action", self.open_connection
        )
        self.file_menu.addSeparator()
        self.lock_action = self._action(self.file_menu, "lock_action", self.lock_requested.emit)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.log_out_action = self._action(self.file_menu, "log_out_action", self.log_out)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, "quit_action", self.close)
        # The platform's Quit key where it has one; Ctrl+Q where it has none (Windows, and X11
        # without a desktop's theme), so that the menu always shows a key for it.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])

        # The register's own records: the recipients (users.admin), the kept invoices (erase).
        self.register_menu = bar.addMenu("")
        menu, admin = self.register_menu, Right.USERS_ADMIN
        self.processors_action = self._action(
            menu, "processors_action", self.open_processors, admin
        )
        self.processing_register_action = self._action(
            menu, "processing_register_action", self.open_processing_register, admin
        )
        self.consent_purposes_action = self._action(
            menu, "consent_purposes_action", self.open_consent_purposes, admin
        )
        self.letter_settings_action = self._action(
            menu, "letter_settings_action", self.open_letter_settings, admin
        )
        self.office_settings_action = self._action(
            menu, "office_settings_action", self.open_office_settings, admin
        )
        self.purge_queue_action = self._action(
            menu, "purge_queue_action", self.open_purge_queue, Right.CUSTOMERS_ERASE
        )
        self.retention_action = self._action(menu, "retention_action", self.open_retention, admin)
        self.statistics_action = self._action(
            menu, "statistics_action", self.open_statistics, admin
        )
        self.annual_report_action = self._action(
            menu, "annual_report_action", self.save_annual_report, admin
        )
        self.audit_action = self._action(
            menu, "audit_log_action", self.open_audit_log, Right.AUDIT_READ
        )
        menu.menuAction().setVisible(any(action.isVisible() for action in menu.actions()))

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(
                NAMES[code], self, checkable=True, objectName=f"language_{code}_action"
            )
            action.setChecked(code == self._language.current)
            action.triggered.connect(lambda _checked, c=code: self._language.apply(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        # F1 anywhere in the program: the guide at the part about the window in front.
        self.help_window: HelpWindow | None = None
        self.guide_action = self._action(self.help_menu, "guide_action", self.show_help)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.about_action = QAction(self, objectName="about_action")
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _action(
        self, menu: QMenu, name: str, triggered: Callable[[], object], right: Right | None = None
    ) -> QAction:
        """A menu entry; one that needs a right the user lacks is not shown at all."""
        action = QAction(self, objectName=name)
        action.triggered.connect(lambda _checked=False: triggered())
        action.setVisible(right is None or self._actor.can(right))
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.file_menu.setTitle(self.tr("&File"))
        self.change_password_action.setText(self.tr("&Change my password…"))
        self.backup_action.setText(self.tr("&Back up the database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lock_action.setText(self.tr("&Lock"))
        self.log_out_action.setText(self.tr("Log &out"))
        self.register_menu.setTitle(self.tr("Re&gister"))
        self.processors_action.setText(self.tr("&Recipients (processors)…"))
        self.processing_register_action.setText(self.tr("&Processing register…"))
        self.consent_purposes_action.setText(self.tr("&Consent purposes…"))
        self.letter_settings_action.setText(self.tr("&Letter settings…"))
        self.office_settings_action.setText(self.tr("&Office settings…"))
        self.purge_queue_action.setText(self.tr("&Kept invoices…"))
        self.retention_action.setText(self.tr("R&etention and purge queue…"))
        self.statistics_action.setText(self.tr("Request &statistics…"))
        self.annual_report_action.setText(self.tr("&Yearly accountability report…"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.backup_settings_action.setText(self.tr("Backup se&ttings…"))
        self.connection_action.setText(self.tr("Co&nnection…"))
        self.show_last_backup()
        self.audit_action.setText(self.tr("&Audit log…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About {app}").format(app=APP_NAME))
        for tab, text in (
            (self.customers_tab, self.tr("&Customers")),
            (self.requests_tab, self.tr("&Requests")),
            (self.users_tab, self.tr("&Users")),
        ):
            if tab is not None:
                self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self._show_request_summary()
        self.user_label.setText(
            self.tr("Logged in: {name} ({role})").format(
                name=self._actor.full_name, role=vocabulary(ROLES, self._actor.role)
            )
        )
        for code, action in self.language_actions.items():
            action.setChecked(code == self._language.current)

    def _show_request_summary(self) -> None:
        summary = self.requests_tab.summary if self.requests_tab is not None else None
        self.request_summary_label.setVisible(summary is not None)
        if summary is None:
            return
        self.request_summary_label.setText(
            self.tr(
                "Requests open: {open} · due within {days} d: {soon} · overdue: {overdue}"
            ).format(
                open=summary.open,
                days=summary.due_soon_days,
                soon=summary.due_soon,
                overdue=summary.overdue,
            )
        )

    # -- state -----------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 720)
        tab = self._settings.value("main_window/tab", 0, type=int)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def _tab_changed(self, index: int) -> None:
        self._settings.setValue("main_window/tab", index)

    def log_out(self) -> None:
        """Every other window of the session closes first, each asking about typing not yet
        saved; if one stays open (Cancel), the user stays logged in."""
        if self.close_other_windows():
            self.logout_requested.emit()

    def close_other_windows(self) -> bool:
        """False when one of them stays open (its typing not saved, and the user said Cancel)."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                continue
            widget.close()
            if widget.isVisible():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.help_window is not None:
            self.help_window.close()
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/tab", self.tabs.currentIndex())
        self._settings.sync()
        super().closeEvent(event)

    # -- actions ---------------------------------------------------------------------------------

    def backup(self) -> None:
        title, filters = self.tr("Back up the database"), self.tr("Database (*.sqlite3)")
        name = QCoreApplication.translate("FileNames", "l4d-backup-{date}.sqlite3")
        folder = self._services.db.path.parent
        try:
            encrypted = self._services.maintenance.backups_encrypted(self._actor)
        except L4DError:
            encrypted = False  # the backup itself then says what is wrong
        if encrypted:  # named for what it is: not a database a tool can open
            filters, name = self.tr("Encrypted backup (*.enc)"), name + ".enc"
        if path := file_names.ask_save_file(self, "backup", title, name, filters, folder=folder):
            self.backup_to(path)

    def backup_to(self, path: Path) -> None:
        try:
            made = self._services.maintenance.backup(self._actor, path)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Backup"), error_text(exc))
            return
        done = (
            self.tr("The backup was made, verified and encrypted:\n{path}")
            if self._services.maintenance.backups_encrypted(self._actor)
            else self.tr("The backup was made and verified:\n{path}")
        )
        feedback.show_info(self, self.tr("Backup"), done.format(path=str(made)))

    def change_own_password(self) -> None:
        from l4d_desktop.ui.shell.password_dialog import ChangePasswordDialog

        self.change_password_dialog = ChangePasswordDialog(
            self._services.auth, self._actor, forced=False, parent=self
        )
        self.change_password_dialog.password_changed.connect(
            lambda _a: self.statusBar().showMessage(self.tr("Your password was changed."), 8000)
        )
        self.change_password_dialog.open()

    def show_help(self) -> None:
        topic = topic_for(QApplication.activeWindow() or self)
        if self.help_window is None:
            self.help_window = HelpWindow()
        self.help_window.show_topic(topic)

    def show_retention_due(self, due: int) -> None:
        """Told by the start's upkeep: what the retention rules found due."""
        self.statusBar().showMessage(
            self.tr(
                "%n item(s) have fallen due under the retention rules: Register → Retention and "
                "purge queue.",
                "",
                due,
            )
        )

    def show_last_backup(self) -> None:
        from l4d_desktop.ui.shell.upkeep import last_backup_text

        self.last_backup_action.setText(last_backup_text(self._services, self._actor))
