"""The error codes of the records behind erasure, objection, withdrawal and access answers in
words, in the "Errors" context like the rest of ui/texts/errors.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ANSWER_ERRORS: dict[str, str] = {
    "erasure_letter_outdated": QT_TRANSLATE_NOOP(
        "Errors",
        "The person's data changed after the erasure letter of request {request} was issued, "
        "so the letter no longer describes the erasure that would run: issue a new erasure "
        "letter, then run the erasure.",
    ),
    "consent_purge_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "The person's data changed after the plan of what relied only on the withdrawn consent "
        "was shown: show the plan again and confirm it.",
    ),
    "objection_purpose_recorded": QT_TRANSLATE_NOOP(
        "Errors",
        "An objection to this purpose is already recorded under this request; each purpose is "
        "recorded once.",
    ),
    "letter_needs_searches": QT_TRANSLATE_NOOP(
        "Errors",
        "Record which systems were searched for the requester's data first (Searched and "
        "asked): this letter says where we looked.",
    ),
    "letter_no_data_has_customer": QT_TRANSLATE_NOOP(
        "Errors",
        "The request is linked to a customer whose data are held: the access response answers it.",
    ),
    "letter_question_unanswered": QT_TRANSLATE_NOOP(
        "Errors",
        "{n} of the requester's questions have no answer yet: the access response answers every "
        "question.",
    ),
    "invoice_not_kept": QT_TRANSLATE_NOOP(
        "Errors", "{field}: no invoice with this number is kept after an erasure."
    ),
    "kept_invoice_has_customer": QT_TRANSLATE_NOOP(
        "Errors",
        "The request is linked to a customer: kept invoices are matched only to a requester of "
        "whom nothing else is held.",
    ),
    "letter_needs_objection": QT_TRANSLATE_NOOP(
        "Errors",
        "Record the objection first: this letter tells how each objection of the request was "
        "handled.",
    ),
}
