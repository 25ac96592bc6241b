"""The audit log's Object and Detail columns in words: a customer by the number the office knows
them by (never the internal id), the entry's codes ("customer_service", "requests.handle:grant",
"imported=3,rejected=1") as phrases of the interface language; a code not known here stays as
it is, so nothing the log holds is hidden."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from l4d_desktop.core.audit.viewer import AuditRecord
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.letters.kinds import kind_name, language_name
from l4d_desktop.ui.register.retention_dialog import RULE_NAMES, rule_name
from l4d_desktop.ui.texts import (
    CHANNELS,
    FIELDS,
    IDENTITY_METHODS,
    OBJECTION_PURPOSES,
    REFUSAL_BASES,
    REQUEST_TYPES,
    RIGHTS,
    STATUSES,
    field_label,
)
from l4d_desktop.ui.texts import vocabulary as vocabulary_word


def code_phrases() -> dict[str, str]:
    """Bare codes an entry's detail holds: purposes, scopes, switches, refusals' reasons."""
    return {
        "customer_service": QCoreApplication.translate("AuditDetails", "for customer service"),
        "search": QCoreApplication.translate("AuditDetails", "a search"),
        "all": QCoreApplication.translate("AuditDetails", "all"),
        "open": QCoreApplication.translate("AuditDetails", "open ones"),
        "selection": QCoreApplication.translate("AuditDetails", "the rows chosen"),
        "first_admin": QCoreApplication.translate("AuditDetails", "the first main administrator"),
        "on": QCoreApplication.translate("AuditDetails", "on"),
        "off": QCoreApplication.translate("AuditDetails", "off"),
        "basis_confirmed": QCoreApplication.translate("AuditDetails", "legal bases confirmed"),
        "accounting_act": QCoreApplication.translate(
            "AuditDetails", "kept under the Accounting Act"
        ),
        "session_invalid": QCoreApplication.translate("AuditDetails", "the session had ended"),
        "password_change_required": QCoreApplication.translate(
            "AuditDetails", "the password had to be changed first"
        ),
        "admin": QCoreApplication.translate("AuditDetails", "role: main administrator"),
        "handler": QCoreApplication.translate("AuditDetails", "role: handler"),
        "reader": QCoreApplication.translate("AuditDetails", "role: reader"),
        "customer_merge": QCoreApplication.translate(
            "AuditDetails", "to merge two records of one person"
        ),
        # The built-in consent purposes; the pääkäyttäjä's own ones are shown by their code.
        "marketing_email": QCoreApplication.translate("AuditDetails", "marketing by email"),
        "marketing_sms": QCoreApplication.translate("AuditDetails", "marketing by text message"),
        "ad_targeting": QCoreApplication.translate("AuditDetails", "ad targeting"),
    }


class AuditCounts(QObject):
    """Counts an entry's detail holds ("imported=3", "kept:2") in words: a class, because
    lupdate reads a plural form only from tr() given a variable count."""

    def phrase(self, key: str, n: int) -> str | None:
        """The count in words; None for a key not known here."""
        phrases = {
            "imported": self.tr("%n imported", "", n),
            "rejected": self.tr("%n rejected", "", n),
            "updated": self.tr("%n updated", "", n),
            "rows": self.tr("%n row(s)", "", n),
            "customers": self.tr("%n customer(s)", "", n),
            "requests": self.tr("%n request(s)", "", n),
            "invoices": self.tr("%n invoice(s)", "", n),
            "events": self.tr("%n web event(s)", "", n),
            "consents": self.tr("%n consent(s)", "", n),
            "kept": self.tr("%n item(s) kept", "", n),
            "keep": self.tr("%n backup(s) kept", "", n),
        }
        return phrases.get(key)


def count_phrase(key: str, n: int) -> str | None:
    return AuditCounts().phrase(key, n)


def _numbered(key: str, value: str) -> str | None:
    """A "key:value" token naming a record or a count; None for a key not known here."""
    numbered = {
        "request": QCoreApplication.translate("AuditDetails", "request {n}"),
        "letter": QCoreApplication.translate("AuditDetails", "letter {n}"),
        "processor": QCoreApplication.translate("AuditDetails", "processor {n}"),
        "search": QCoreApplication.translate("AuditDetails", "search {n}"),
        "question": QCoreApplication.translate("AuditDetails", "question {n}"),
    }
    if key in numbered:
        return numbered[key].format(n=value)
    return count_phrase(key, int(value)) if value.isdigit() else None


def _token(token: str, record: AuditRecord) -> str:
    """One comma-separated piece of a detail in words."""
    if "=" in token:
        key, _, value = token.partition("=")
        counted = count_phrase(key, int(value)) if value.isdigit() else None
        return counted or token
    codes = code_phrases()
    if token in codes:
        return codes[token]
    if token in RULE_NAMES:
        return rule_name(token)
    tables = (RIGHTS, CHANNELS, IDENTITY_METHODS, STATUSES, REQUEST_TYPES, REFUSAL_BASES)
    for table in (*tables, OBJECTION_PURPOSES):
        if token in table:
            return vocabulary_word(table, token)
    if token in FIELDS:
        return field_label(token)
    key, colon, value = token.partition(":")
    if not colon:
        return token
    if key == "customer":  # the customer leads the detail; named here only when gone
        return (
            ""
            if record.customer_number
            else QCoreApplication.translate("AuditDetails", "a customer no longer in the register")
        )
    if key in RULE_NAMES and value.isdigit():  # a retention rule's run: "web_events:12"
        return QCoreApplication.translate("AuditDetails", "{rule}: {n} removed").format(
            rule=rule_name(key), n=value
        )
    if key == "retention" and value in RULE_NAMES:
        return rule_name(value)
    if key == "told":
        try:
            return QCoreApplication.translate("AuditDetails", "person told on {day}").format(
                day=format_date(dt.date.fromisoformat(value))
            )
        except ValueError:
            return token
    if key in RIGHTS:
        states = {
            "grant": QCoreApplication.translate("AuditDetails", "{right}: granted"),
            "revoke": QCoreApplication.translate("AuditDetails", "{right}: taken away"),
            "inherit": QCoreApplication.translate("AuditDetails", "{right}: as the role gives"),
        }
        right = vocabulary_word(RIGHTS, key)
        return states[value].format(right=right) if value in states else token
    if (name := kind_name(key)) != key:  # a letter: "kind:language"
        return QCoreApplication.translate("AuditDetails", "{kind}, in {language}").format(
            kind=name, language=language_name(value)
        )
    return _numbered(key, value) or token


def detail_text(record: AuditRecord) -> str:
    """The Detail cell: "Customer 10023: for customer service", "Handle requests", …"""
    if record.action == "customer.merge":
        numbers = dict(p.partition("=")[::2] for p in record.detail.split())
        if numbers.get("kept") and numbers.get("duplicate"):
            return QCoreApplication.translate(
                "AuditDetails", "Customer {duplicate} merged into customer {kept}"
            ).format(duplicate=numbers["duplicate"], kept=numbers["kept"])
    if record.action == "customer.remove" and record.detail:
        return QCoreApplication.translate("AuditDetails", "Customer {number}").format(
            number=record.detail
        )
    pieces = [
        _token(token, record)
        for part in record.detail.split("|")
        for token in part.split(",")
        if token
    ]
    said = ", ".join(p for p in pieces if p)
    if not record.customer_number:
        return said
    lead = QCoreApplication.translate("AuditDetails", "Customer {number}").format(
        number=record.customer_number
    )
    return (
        QCoreApplication.translate("AuditDetails", "{customer}: {detail}").format(
            customer=lead, detail=said
        )
        if said
        else lead
    )


def object_text(record: AuditRecord, kind: Callable[[str], str]) -> str:
    """The Object cell: a customer by their number; other records by their number."""
    if not record.object_type:
        return ""
    name = kind(record.object_type)
    if record.object_type == "customer":
        number = record.customer_number or (
            record.detail if record.action == "customer.remove" else ""
        )
        return f"{name} {number}" if number else name
    return f"{name} {record.object_id}" if record.object_id is not None else name
