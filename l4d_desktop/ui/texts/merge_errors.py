"""The error codes of merging two customer records in words, in the "Errors" context like the
rest of ui/texts/errors.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MERGE_ERRORS: dict[str, str] = {
    "merge_same_customer": QT_TRANSLATE_NOOP(
        "Errors", "A customer cannot be merged with itself: choose two different customers."
    ),
    "merge_restricted": QT_TRANSLATE_NOOP(
        "Errors",
        "Customer {number} is restricted (Art. 18): their data are only stored, so the record "
        "is not merged. Lift the restriction through its request first.",
    ),
    "merge_erasure_open": QT_TRANSLATE_NOOP(
        "Errors",
        "Customer {number} has an erasure request in progress: finish or close that request "
        "before merging.",
    ),
}
