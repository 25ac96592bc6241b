"""Where the register lives, chosen at first start and under File → Connection: a file on this
computer, or a PostgreSQL server shared by several workstations (its address, never a password)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.connection import (
    DEFAULT_PORT,
    SSL_MODES,
    ServerFields,
    is_server,
    server_address,
    server_fields,
    server_label,
)
from l4d_desktop.core.errors import L4DError, ValidationError
from l4d_desktop.ui.texts.server_errors import address_problem
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.dialog_parts import dialog_buttons, error_line, show_error
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog

# What each TLS mode asks of the server's certificate, in the order offered.
TLS_MODES = dict(
    zip(
        SSL_MODES,
        (
            QT_TRANSLATE_NOOP("ConnectionDialog", "Verify the certificate and the server's name"),
            QT_TRANSLATE_NOOP("ConnectionDialog", "Verify the certificate only"),
            QT_TRANSLATE_NOOP("ConnectionDialog", "Encrypt without verifying"),
            QT_TRANSLATE_NOOP("ConnectionDialog", "Encrypt when the server offers it"),
            QT_TRANSLATE_NOOP("ConnectionDialog", "Do not encrypt"),
        ),
        strict=True,
    )
)


class ConnectionDialog(TitledDialog):
    """Emits `chosen` with "" for this computer's file or the server's address; while the
    connection is tried it stays open, busy, and shows why a try failed."""

    TITLE = QT_TRANSLATE_NOOP("ConnectionDialog", "Where the register is kept")
    INTRO = QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "One computer keeps the register in a file of its own. When several workstations share "
        "one register, it is kept on a PostgreSQL server; the server's password is never saved "
        "in the program's settings.",
    )

    chosen = Signal(str)

    def __init__(
        self,
        current: str | None = None,
        *,
        quits: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connection_dialog")
        self.quits = quits  # Cancel quits the program (nothing is open behind the dialog)
        self.intro_label = QLabel(wordWrap=True)
        self.local_choice = QRadioButton(objectName="local_choice")
        self.server_choice = QRadioButton(objectName="server_choice")
        self.address_edit = QLineEdit(objectName="address_edit")
        self.address_edit.setPlaceholderText("postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full")
        self.host_edit = QLineEdit(objectName="host_edit")
        self.port_edit = QLineEdit(objectName="port_edit", placeholderText=str(DEFAULT_PORT))
        self.database_edit = QLineEdit(objectName="database_edit")
        self.user_edit = QLineEdit(objectName="user_edit")
        self.tls_combo = QComboBox(objectName="tls_combo")
        for mode in SSL_MODES:
            self.tls_combo.addItem("", mode)
        self.general_error = error_line("connection_error")
        self.errors = FieldErrors(self.general_error)
        self.status_label = QLabel(objectName="connection_status", wordWrap=True)
        self.status_label.setProperty("role", "hint")
        self.status_label.hide()
        self.server_box = QWidget(objectName="server_box")
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.address_label = add_field_row(form, self.errors, "server_address", self.address_edit)
        self.host_label = add_field_row(form, self.errors, "server_host", self.host_edit)
        self.port_label = add_field_row(form, self.errors, "server_port", self.port_edit)
        self.database_label = add_field_row(
            form, self.errors, "server_database", self.database_edit
        )
        self.user_label = add_field_row(form, self.errors, "server_user", self.user_edit)
        self.tls_label = add_field_row(form, self.errors, "server_tls", self.tls_combo)
        self.buttons, self.connect_button, self.cancel_button = dialog_buttons(self, self.choose)
        self.connect_button.setObjectName("connect_button")
        layout = QVBoxLayout(self)
        for widget in (self.intro_label, self.local_choice, self.server_choice, self.server_box):
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addWidget(self.status_label)
        layout.addLayout(layouts.row(layouts.STRETCH, self.buttons))
        self.server_choice.toggled.connect(self._server_chosen)
        self.address_edit.textEdited.connect(self._address_pasted)
        self._show_current(current)
        self.setMinimumWidth(560)  # a whole address with its TLS mode fits on the line
        self.retranslate()

    def _show_current(self, current: str | None) -> None:
        self.tls_combo.setCurrentIndex(0)  # verify-full: what an office's server should ask
        if is_server(current):
            assert current is not None
            self.address_edit.setText(current)
            self._address_pasted(current)
            self.server_choice.setChecked(True)
        else:
            self.local_choice.setChecked(True)
        self._server_chosen(self.server_choice.isChecked())

    def _server_chosen(self, on: bool) -> None:
        self.server_box.setEnabled(on)
        self.errors.clear()

    def _address_pasted(self, text: str) -> None:
        """A whole address typed or pasted fills in the fields (what it lacks stays as it is)."""
        try:
            fields = server_fields(text.strip())
        except L4DError:
            return  # said when Connect is pressed, not at every key
        self.host_edit.setText(fields.host)
        self.port_edit.setText(str(fields.port) if fields.port else "")
        self.database_edit.setText(fields.database)
        self.user_edit.setText(fields.user)
        index = self.tls_combo.findData(fields.sslmode or "prefer")
        self.tls_combo.setCurrentIndex(max(index, 0))

    def fields(self) -> ServerFields:
        port = self.port_edit.text().strip()
        return ServerFields(
            host=self.host_edit.text(),
            port=int(port) if port.isdigit() else (-1 if port else None),
            database=self.database_edit.text(),
            user=self.user_edit.text(),
            sslmode=str(self.tls_combo.currentData()),
        )

    def choose(self) -> None:
        """Connect pressed: this computer, or the server the fields (or the pasted address) name."""
        self.errors.clear()
        if self.local_choice.isChecked():
            self.chosen.emit("")
            return
        pasted = self.address_edit.text().strip()
        if pasted:
            try:
                server_fields(pasted)
            except L4DError as exc:
                self.errors.show_message(address_problem(exc))
                self.address_edit.setFocus()
                return
        try:
            address = server_address(self.fields())
        except ValidationError as exc:
            self.errors.show_message(self._field_problem(exc))
            return
        except L4DError as exc:
            self.errors.show_message(address_problem(exc))
            return
        self.address_edit.setText(address)
        self.chosen.emit(address)

    def _field_problem(self, exc: ValidationError) -> str:
        labels = {
            "server_host": self.host_label,
            "server_port": self.port_label,
            "server_database": self.database_label,
            "server_user": self.user_label,
            "server_tls": self.tls_label,
        }
        label = labels.get(exc.field or "", self.host_label)
        name = label.text().replace("&", "").rstrip(":")
        edit = label.buddy()
        if edit is not None:
            edit.setFocus()
        if exc.code == "required":
            return self.tr("{field}: this field is required.").format(field=name)
        if exc.code == "number_range":
            return self.tr("{field}: a whole number from 1 to 65535.").format(field=name)
        return self.tr("{field}: not a valid value.").format(field=name)

    def set_busy(self, address: str | None) -> None:
        """While `address` is being connected to, nothing can be changed; None ends the wait."""
        for widget in (self.local_choice, self.server_choice, self.server_box, self.connect_button):
            widget.setEnabled(address is None)
        if address is None:
            self.server_box.setEnabled(self.server_choice.isChecked())
            self.status_label.hide()
            return
        self.errors.clear()
        self.status_label.setText(
            self.tr("Connecting to {server}…").format(server=server_label(address))
        )
        self.status_label.show()

    def show_failure(self, text: str) -> None:
        self.set_busy(None)
        show_error(self.general_error, text)

    def retranslate(self) -> None:
        super().retranslate()
        self.local_choice.setText(self.tr("On &this computer (one workstation)"))
        self.server_choice.setText(self.tr("On a &server (several workstations)"))
        self.address_label.setText(self.tr("&Address:"))
        self.host_label.setText(self.tr("&Host:"))
        self.port_label.setText(self.tr("&Port:"))
        self.database_label.setText(self.tr("&Database:"))
        self.user_label.setText(self.tr("&User:"))
        self.tls_label.setText(self.tr("T&LS:"))
        for index, mode in enumerate(SSL_MODES):
            self.tls_combo.setItemText(index, f"{mode}: {self.tr(TLS_MODES[mode])}")
        self.connect_button.setText(self.tr("&Connect"))
        self.cancel_button.setText(self.tr("&Quit") if self.quits else self.tr("Cancel"))
