"""What the request desk's dialogs share: a field for a few lines of reasons, the words for a
conflicting save, and the customers and handlers offered to choose from."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.requests.service import RequestService


def text_edit(object_name: str, lines: int = 4) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    edit = QPlainTextEdit(objectName=object_name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def conflict_text() -> str:
    return QCoreApplication.translate(
        "RequestDialogs",
        "Someone else changed this request after you opened it. It has been reloaded: check "
        "it and save again. What you typed is kept.",
    )


def customer_choice_text(c: CustomerRecord) -> str:
    detail = " · ".join(p for p in (c.email, c.phone, c.customer_number) if p)
    return f"{c.name} ({detail})" if detail else c.name


def suggested_customers(
    requests: RequestService, actor: Actor, queries: Iterable[str], limit: int | None = None
) -> list[CustomerRecord]:
    """The customers matching any of `queries`, each once, in the order found."""
    found: dict[int, CustomerRecord] = {}
    for query in queries:
        matches = (
            requests.suggest_customers(actor, query)
            if limit is None
            else requests.suggest_customers(actor, query, limit)
        )
        for c in matches:
            found.setdefault(c.id, c)
    return list(found.values())


def handler_choices(
    requests: RequestService,
    actor: Actor,
    current: tuple[int, str] | None = None,
) -> list[tuple[int, str]]:
    """Who a request can be assigned to: every active user holding requests.handle; the
    current handler is always among them. (id, full name), by name."""
    found = dict(requests.handlers(actor))
    if current is not None:
        found.setdefault(current[0], current[1])
    return sorted(found.items(), key=lambda item: (item[1].casefold(), item[0]))
