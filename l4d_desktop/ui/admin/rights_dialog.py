"""The pääkäyttäjä's rights grid for one user: what the role gives, the user's exceptions, the
result; saved all or nothing."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.security.access import effective_rights
from l4d_desktop.core.security.users import UserInfo, UserService
from l4d_desktop.core.vocabulary import ROLE_RIGHTS, Role
from l4d_desktop.ui.texts import RIGHTS, ROLES, error_text, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.dialog_parts import error_line
from l4d_desktop.ui.widgets.form import save_cancel_buttons
from l4d_desktop.ui.widgets.retranslate import Retranslating


def role_rights(role: str) -> frozenset[str]:
    try:
        return frozenset(str(r) for r in ROLE_RIGHTS[Role(role)])
    except ValueError:
        return frozenset()


def overrides_of(user: UserInfo) -> dict[str, bool]:
    """The user's exceptions to the role, as far as they change anything: a grant the role
    already gives (or a revoke of one it does not) has no effect and shows as "as the role"."""
    from_role = role_rights(user.role)
    result: dict[str, bool] = {}
    for right in RIGHTS:
        if right in user.rights and right not in from_role:
            result[right] = True
        elif right not in user.rights and right in from_role:
            result[right] = False
    return result


class RightsDialog(Retranslating, QDialog):
    """One row per capability: what the role gives, this user's exception, the result."""

    saved = Signal(UserInfo)

    CAPABILITY, FROM_ROLE, THIS_USER, EFFECTIVE = range(4)

    def __init__(
        self, users: UserService, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rights_dialog")
        self._users = users
        self._actor = actor
        self.user = user
        self._loaded: dict[str, bool | None] = {}
        self.rights = list(RIGHTS)
        self.intro_label = QLabel(objectName="rights_intro")
        self.intro_label.setWordWrap(True)
        self.table = QTableWidget(len(self.rights), 4, objectName="rights_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Only the choices take the keyboard focus; the table itself has nothing to select.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.CAPABILITY, QHeaderView.ResizeMode.Stretch)
        for column in (self.FROM_ROLE, self.THIS_USER, self.EFFECTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.capability_labels: list[QLabel] = []
        self.choices: dict[str, QComboBox] = {}
        for row, right in enumerate(self.rights):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(6, 2, 6, 2)
            self.capability_labels.append(label)
            self.table.setCellWidget(row, self.CAPABILITY, label)
            combo = QComboBox(objectName=f"right_{right.replace('.', '_')}_combo")
            for value in (None, True, False):
                combo.addItem("", value)
            combo.currentIndexChanged.connect(lambda _i: self._show_effective())
            self.choices[right] = combo
            self.table.setCellWidget(row, self.THIS_USER, combo)
            for column in (self.FROM_ROLE, self.EFFECTIVE):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.general_error = error_line("rights_error")
        self.buttons = save_cancel_buttons(self, self._save)
        layouts.column(self, self.intro_label, (self.table, 1), self.general_error, self.buttons)
        self.setMinimumSize(720, 420)
        self._fill(user)
        self.retranslate()

    # -- state ---------------------------------------------------------------------------------

    def _fill(self, user: UserInfo) -> None:
        self.user = user
        overrides = overrides_of(user)
        self._loaded = {right: overrides.get(right) for right in self.rights}
        for right, combo in self.choices.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(self._loaded[right]))
            combo.blockSignals(False)
        self._show_effective()

    def choice(self, right: str) -> bool | None:
        value = self.choices[right].currentData()
        return None if value is None else bool(value)

    def set_choice(self, right: str, value: bool | None) -> None:
        combo = self.choices[right]
        combo.setCurrentIndex(combo.findData(value))

    def effective(self) -> frozenset[str]:
        """The rights the user would have with the choices as they stand in the grid."""
        pairs = [(r, v) for r in self.rights if (v := self.choice(r)) is not None]
        return effective_rights(self.user.role, pairs)

    def cell(self, right: str, column: int) -> str:
        item = self.table.item(self.rights.index(right), column)
        return item.text() if item is not None else ""

    def _show_effective(self) -> None:
        from_role = role_rights(self.user.role)
        effective = self.effective()
        for row, right in enumerate(self.rights):
            self.table.item(row, self.FROM_ROLE).setText("✓" if right in from_role else "–")
            item = self.table.item(row, self.EFFECTIVE)
            item.setText("✓" if right in effective else "–")
            font = item.font()
            font.setBold(self.choice(right) is not None)
            item.setFont(font)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Rights of {name} ({username})").format(
                name=self.user.full_name, username=self.user.username
            )
        )
        self.intro_label.setText(
            self.tr(
                "The role {role} gives the rights marked in the second column. Choose "
                "“granted” or “revoked” to make an exception for this user only; the last "
                "column shows what the user can do."
            ).format(role=vocabulary(ROLES, self.user.role))
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Capability"),
                self.tr("From the role"),
                self.tr("This user"),
                self.tr("In effect"),
            ]
        )
        self.table.setAccessibleName(self.tr("Rights"))
        choice_texts = (self.tr("As the role"), self.tr("Granted"), self.tr("Revoked"))
        for row, right in enumerate(self.rights):
            name = vocabulary(RIGHTS, right)
            self.capability_labels[row].setText(
                f"{name}<br><small style='color:#666666'>{right}</small>"
            )
            self.capability_labels[row].setAccessibleName(name)
            combo = self.choices[right]
            combo.setAccessibleName(self.tr("{capability}: this user").format(capability=name))
            for i, text in enumerate(choice_texts):
                combo.setItemText(i, text)
        self.table.resizeRowsToContents()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # -- saving --------------------------------------------------------------------------------

    def changes(self) -> list[tuple[str, bool | None]]:
        return [(r, self.choice(r)) for r in self.rights if self.choice(r) != self._loaded[r]]

    def _save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        applied: list[tuple[str, bool | None]] = []
        try:
            info = self.user
            for right, value in changes:
                info = self._users.set_right(self._actor, self.user.id, right, value)
                applied.append((right, self._loaded[right]))
        except L4DError as exc:
            # All or nothing, as the user sees it: the rows already saved are put back.
            for right, value in reversed(applied):
                try:
                    self._users.set_right(self._actor, self.user.id, right, value)
                except L4DError:
                    break
            self._reload()
            self.general_error.setText(
                error_text(exc)
                + " "
                + self.tr("Nothing was changed; the grid shows the rights that hold now.")
            )
            self.general_error.show()
            return
        self.saved.emit(info)
        self.accept()

    def _reload(self) -> None:
        with contextlib.suppress(L4DError):
            self._fill(self._users.get_user(self._actor, self.user.id))
