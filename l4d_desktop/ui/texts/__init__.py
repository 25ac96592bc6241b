"""Translated words for the core's codes: errors, field names, rights, roles, request vocabulary.

The tables live in `errors` and `vocabulary`; the functions here look a code up and translate
it in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from l4d_desktop.core.errors import L4DError, SessionInvalid, ValidationError
from l4d_desktop.ui.texts.errors import ERRORS
from l4d_desktop.ui.texts.letter_topics import topic_text
from l4d_desktop.ui.texts.vocabulary import (
    CHANNELS,
    CONSENT_METHODS,
    DATA_SOURCES,
    FIELDS,
    IDENTITY_METHODS,
    LANGUAGES,
    OBJECTION_PURPOSES,
    REFUSAL_BASES,
    REQUEST_TYPES,
    RIGHTS,
    ROLES,
    STATUSES,
)

__all__ = [
    "CHANNELS",
    "CONSENT_METHODS",
    "DATA_SOURCES",
    "ERRORS",
    "FIELDS",
    "IDENTITY_METHODS",
    "LANGUAGES",
    "OBJECTION_PURPOSES",
    "REFUSAL_BASES",
    "REQUEST_TYPES",
    "RIGHTS",
    "ROLES",
    "STATUSES",
    "error_text",
    "field_label",
    "problem_text",
    "vocabulary",
]


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(field: str) -> str:
    return _tr("Fields", FIELDS[field]) if field in FIELDS else field


def vocabulary(table: dict[str, str], code: str) -> str:
    return _tr("Vocabulary", table[code]) if code in table else code


def error_text(exc: L4DError) -> str:
    """The error in the interface language; an unknown code falls back to the core's English.

    Every error the windows show passes here, so this is where a deactivated user's session
    is ended: the start flow returns to the login once the message has been read.
    """
    if isinstance(exc, SessionInvalid):
        from l4d_desktop.ui.shell.session_events import session_events

        session_events().report_invalid()
    template = ERRORS.get(exc.code)
    if template is None:
        return exc.message()
    params = dict(exc.params)
    if "cause" in params:  # a server's reason, translated (ui/texts/server_errors.py)
        from l4d_desktop.ui.texts.server_errors import server_reason

        params["reason"] = server_reason(exc) or params.get("reason", "")
    if isinstance(exc, ValidationError) or "field" in params:
        params["field"] = field_label(str(params.get("field", "")))
    if "column" in params:  # a file's column, named by the field it stands for
        params["column"] = field_label(str(params["column"]))
    if "topic" in params:  # a letter text's topic, in words
        where = params.get("request", "")
        params["topic"] = topic_text(str(params["topic"]), where, params.get("label", ""))
    if params.get("language") in LANGUAGES:
        params["language"] = vocabulary(LANGUAGES, str(params["language"]))
    try:
        return _tr("Errors", template).format(**params)
    except (KeyError, IndexError):
        return _tr("Errors", template)


def problem_text(field: str, code: str, params: Mapping[str, object] | None = None) -> str:
    """The words for one row problem of an imported file (core.tabular.RowProblem); a problem
    of the whole row names no field."""
    text = error_text(ValidationError(field, code, **dict(params or {})))
    return text if field else text.removeprefix(": ")
