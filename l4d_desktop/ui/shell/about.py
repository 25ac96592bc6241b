"""Help → About: which build this is, where its data and logs are, whom to ask, and the licence
notices of everything the build carries, each text readable in place."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop import APP_NAME, __version__
from l4d_desktop.build_info import (
    BuildInfo,
    Licence,
    bundled_licences,
    licence_text,
    read_build_info,
)
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.letters.support import SupportContact
from l4d_desktop.paths import data_dir, resources_dir
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


def safe_location(url: str) -> str:
    """Where the database is, for people to read: a file's path, or a server's address with any
    password taken out (postgresql://l4d:secret@host/db → postgresql://l4d@host/db)."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        return url.split(":///", 1)[1] if ":///" in url else url
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def log_folder() -> Path:
    """The folder the running program logs into (the data folder's logs/ until it has begun)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename).parent
    return data_dir() / "logs"


class AboutDialog(TitledDialog):
    TITLE = QT_TRANSLATE_NOOP("AboutDialog", "About {app}")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.build: BuildInfo | None = read_build_info()
        self.licences: list[Licence] = bundled_licences()
        try:
            self.contact: SupportContact | None = session.services.letters.support_contact(
                session.actor
            )
        except L4DError:
            self.contact = None
        location = safe_location(str(session.services.db.url))

        icon = QLabel(objectName="about_icon")
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "l4d-desktop.svg")).pixmap(64, 64))
        self.heading = QLabel(objectName="about_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(objectName="about_summary")
        self.summary.setWordWrap(True)

        def value(name: str, text: str = "") -> QLabel:
            label = QLabel(text, objectName=name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            return label

        self.version_value = value("about_version", __version__)
        self.build_value = value("about_build")
        self.database_value = value("about_database", location)
        self.logs_value = value("about_logs", str(log_folder()))
        self.support_value = value("about_support")
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.form_labels,
            (
                self.version_value,
                self.build_value,
                self.database_value,
                self.logs_value,
                self.support_value,
            ),
            strict=True,
        ):
            self.form.addRow(label, field)

        self.licences_box = QGroupBox(objectName="about_licences_box")
        self.licence_list = QListWidget(objectName="about_licence_list")
        for licence in self.licences:
            item = QListWidgetItem(
                " ".join(p for p in (licence.name, licence.version) if p)
                + (f" — {licence.licence}" if licence.licence else "")
            )
            self.licence_list.addItem(item)
        self.licence_text = QPlainTextEdit(objectName="about_licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_list.currentRowChanged.connect(self.show_licence)
        self.no_licences = QLabel(objectName="about_no_licences")
        self.no_licences.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 420])
        box = QVBoxLayout(self.licences_box)
        box.addWidget(self.no_licences)
        box.addWidget(splitter)
        splitter.setVisible(bool(self.licences))
        self.no_licences.setVisible(not self.licences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QVBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.summary)
        head = QFormLayout()
        head.addRow(icon, top)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.form)
        layout.addWidget(self.licences_box, 1 if self.licences else 0)
        layout.addWidget(buttons)
        self.resize(760, 620)
        if self.licences:
            self.licence_list.setCurrentRow(0)
        self.retranslate()

    def placeholders(self) -> dict[str, object]:
        return {"app": APP_NAME}

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.licences):
            self.licence_text.setPlainText(licence_text(self.licences[row]))

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(f"{APP_NAME} {__version__}")
        self.summary.setText(
            self.tr("Lean 4D Oy's customer register and data subject request desk.")
        )
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Version:"),
                self.tr("Built:"),
                self.tr("Database:"),
                self.tr("Log folder:"),
                self.tr("Support:"),
            ),
            strict=True,
        ):
            label.setText(text)
        if self.build is None:
            self.build_value.setText(self.tr("not a built copy (running from the sources)"))
        else:
            built = self.build.build_date
            if self.build.built_on:
                built = self.tr("{date} on {system}").format(date=built, system=self.build.built_on)
            self.build_value.setText(built)
        if self.contact is None:
            self.support_value.setText(self.tr("ask the main administrator"))
        else:
            c = self.contact
            self.support_value.setText(
                "\n".join(p for p in (c.organisation, c.person, c.email, c.phone) if p)
            )
        self.licences_box.setTitle(
            self.tr("Bundled components and their licences (%n)", "", len(self.licences))
        )
        self.no_licences.setText(
            self.tr(
                "The licence notices of the bundled components are collected into built copies "
                "of the program (make dist); this copy runs from the sources."
            )
        )
