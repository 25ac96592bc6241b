"""An erased person's reference ("ERASED-3f9a…") as the window shows it: its word in the
interface language, its random part as stored (what the person's letter and the log quote)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from l4d_desktop.core.erasure.records import SUBJECT_REF_PREFIX


def erased_reference(ref: str) -> str:
    """The reference in words of the interface language: "ERASED-3f9a…" -> "POISTETTU-3f9a…"."""
    if not ref.startswith(SUBJECT_REF_PREFIX):
        return ref
    word = QCoreApplication.translate("ErasedReference", "ERASED")
    return f"{word}-{ref.removeprefix(SUBJECT_REF_PREFIX)}"
