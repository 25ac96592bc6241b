"""Every dialog class of the window is walked for its mnemonic letters: a new dialog that no walk
opens fails here by name, so that none can be forgotten; and the walk notices a shared letter."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

import l4d_desktop.ui
from tests.ui import test_mnemonics
from tests.ui.keyboard import (
    test_customer_dialogs,
    test_request_page_dialogs,
    test_window_dialogs,
)
from tests.ui.keyboard.walk import DialogWalk

# Bases that are never shown alone: each only gives its subclasses what they share.
NEVER_SHOWN_ALONE: dict[str, str] = {
    "TitledDialog": "gives a dialog its title and retranslation; has no fields",
    "RecordDialog": "the fields, buttons and error lines of a dialog that saves one record",
    "PageDialog": "a RecordDialog opened from a request's page; its subclasses name the fields",
    "WorkflowDialog": "a RecordDialog for one step of a request's workflow",
    "CustomerRecordDialog": "a RecordDialog opened from a customer window's page",
    "FollowingDialog": "a register dialog that reads again on the change bus; no content",
}

WALKED: frozenset[type[QDialog]] = (
    test_mnemonics.OPENS
    | test_request_page_dialogs.OPENS
    | test_customer_dialogs.OPENS
    | test_window_dialogs.OPENS
)


def dialog_classes() -> Iterator[type[QDialog]]:
    """Every QDialog subclass defined in l4d_desktop.ui (each ui module imported first)."""
    for module in pkgutil.walk_packages(l4d_desktop.ui.__path__, "l4d_desktop.ui."):
        importlib.import_module(module.name)
    pending: list[type[QDialog]] = [QDialog]
    seen: set[type[QDialog]] = set()
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                pending.append(sub)
                if sub.__module__.startswith("l4d_desktop.ui."):
                    yield sub


def test_every_dialog_class_is_walked_for_its_letters() -> None:
    classes = set(dialog_classes())
    bases = {c for c in classes if c.__name__ in NEVER_SHOWN_ALONE}
    assert {c.__name__ for c in bases} == set(NEVER_SHOWN_ALONE)  # each still exists
    forgotten = sorted(f"{c.__module__}.{c.__qualname__}" for c in classes - bases - WALKED)
    assert forgotten == [], "no mnemonic walk opens these dialogs"
    assert not WALKED & bases  # a walk opens only dialogs a user sees


def test_the_walk_notices_two_buttons_sharing_a_letter(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QPushButton("&Save"))
    skip = QPushButton("&Skip")
    skip.setEnabled(False)  # a choice in the dialog would enable it
    layout.addWidget(skip)
    layout.addWidget(QPushButton("&Cancel"))
    walk = DialogWalk(qtbot)
    walk.check("two of s", dialog)
    assert walk.found == {"two of s": {"s": ["&Save", "&Skip"]}}
    assert walk.opened == {QDialog}
