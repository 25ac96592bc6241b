"""What the register holds about the person, shown item by item on the Data held page (the
handler checks the data themselves before the copy and the letter leave, not only counts)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from l4d_desktop.core.customers.phone_grouping import grouped_phone
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.ui.formats import format_date, format_datetime, format_money, ui_language
from l4d_desktop.ui.texts import LANGUAGES, REQUEST_TYPES, STATUSES, field_label, vocabulary
from l4d_desktop.ui.texts.countries import country_text

# The customer record's fields, in the order the customer window shows them.
CUSTOMER_FIELDS = (
    "customer_number",
    "name",
    "company",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "language",
)


class HeldDataView(QTextBrowser):
    """Read-only; `show_data(data)` after every reading, `clear()` while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="held_data_view")
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(140)

    def show_data(self, d: SubjectData) -> None:
        c = d.customer
        rows = []
        for name in CUSTOMER_FIELDS:
            value = str(getattr(c, name) or "")
            if name == "phone" and value:
                value = grouped_phone(value, c.country)
            elif name == "country" and value:
                value = country_text(value)  # the name, not the stored code
            elif name == "language" and value:
                value = vocabulary(LANGUAGES, value)
            if value.strip():
                rows.append((field_label(name), value))
        if c.notes.strip():
            rows.append((self.tr("Notes"), c.notes))
        parts = [self._table(self.tr("Customer record"), rows)]
        language = ui_language()
        consents = [
            (
                getattr(e, f"purpose_{language}", "") or e.purpose_fi,
                (self.tr("given on {day}") if e.given else self.tr("withdrawn on {day}")).format(
                    day=format_datetime(e.at)
                ),
            )
            for e in d.consents
        ]
        parts.append(self._table(self.tr("Consent ledger"), consents))
        objections = [
            (format_date(o.received_on), o.purpose + (f" — {o.outcome}" if o.outcome else ""))
            for o in d.objections
        ]
        parts.append(self._table(self.tr("Objections"), objections))
        invoices = [
            (i.invoice_number, f"{format_date(i.invoice_date)}, {format_money(i.amount_cents)}")
            for i in d.invoices
        ]
        parts.append(self._table(self.tr("Invoices"), invoices))
        requests = [
            (
                vocabulary(REQUEST_TYPES, r.type),
                f"{format_date(r.received_on)}, {vocabulary(STATUSES, r.status)}",
            )
            for r in d.requests
        ]
        parts.append(self._table(self.tr("Requests"), requests))
        if d.web_events:
            parts.append(
                "<p>{}</p>".format(
                    escape(self.tr("Web events: %n (all in the copy).", "", len(d.web_events)))
                )
            )
        self.setHtml("".join(parts))

    def _table(self, title: str, rows: list[tuple[str, str]]) -> str:
        """A heading and its rows, every piece of data escaped; "none" when there are none."""
        html = [f"<h4>{escape(title)}</h4>"]
        if not rows:
            return html[0] + "<p>{}</p>".format(escape(self.tr("None.")))
        html.append("<table cellspacing='2'>")
        for key, value in rows:
            html.append(
                f"<tr><td><i>{escape(key)}</i>&nbsp;&nbsp;</td>"
                f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            )
        html.append("</table>")
        return "".join(html)
