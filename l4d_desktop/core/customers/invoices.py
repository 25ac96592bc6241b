"""Billing records: the part of the register the Accounting Act keeps after an erasure."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.fields import check_business_date
from l4d_desktop.core.errors import NotFoundError, ValidationError
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.models import Customer, Invoice
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right

_INVOICE_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._-]{0,39}")
_AMOUNT = re.compile(r"-?\d{1,9}([.,]\d{1,2})?")
MAX_CENTS = 10**11


@dataclass(frozen=True)
class InvoiceRecord:
    id: int
    customer_id: int | None
    invoice_number: str
    invoice_date: dt.date
    amount_cents: int
    paid: bool
    buyer_name: str
    billing_address: str
    created_at: dt.datetime


def parse_amount(text: str) -> int:
    """Euros as typed in Finland or England ("125,50", "125.50", "1 250,00") → cents."""
    raw = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not _AMOUNT.fullmatch(raw):
        raise ValidationError("amount", "amount_invalid")
    try:
        cents = int((Decimal(raw.replace(",", ".")) * 100).to_integral_exact())
    except InvalidOperation:
        raise ValidationError("amount", "amount_invalid") from None
    if abs(cents) >= MAX_CENTS:
        raise ValidationError("amount", "amount_invalid")
    return cents


def record_of(i: Invoice) -> InvoiceRecord:
    return InvoiceRecord(
        id=i.id,
        customer_id=i.customer_id,
        invoice_number=i.invoice_number,
        invoice_date=i.invoice_date,
        amount_cents=i.amount_cents,
        paid=i.paid,
        buyer_name=i.buyer_name,
        billing_address=i.billing_address,
        created_at=i.created_at,
    )


def invoices_of(session: Session, customer_id: int) -> list[InvoiceRecord]:
    stmt = (
        select(Invoice)
        .where(Invoice.customer_id == customer_id)
        .order_by(Invoice.invoice_date.desc(), Invoice.id.desc())
    )
    return [record_of(i) for i in session.scalars(stmt)]


def billing_address(c: Customer) -> str:
    """The address as an invoice shows it; kept with the voucher even after an erasure."""
    lines = [c.company, c.street, f"{c.postal_code} {c.city}".strip()]
    if c.country and c.country != "FI":
        lines.append(c.country)
    return "\n".join(line for line in lines if line)


class InvoiceService(Service):
    def add(
        self,
        actor: Actor,
        customer_id: int,
        invoice_number: str,
        invoice_date: dt.date,
        amount: str,
        paid: bool = False,
    ) -> InvoiceRecord:
        """Record an invoice sent to the customer, with the buyer's name and address of today."""
        number = clean_text(invoice_number, "invoice_number", max_length=40, required=True)
        if not _INVOICE_NUMBER.fullmatch(number):
            raise ValidationError("invoice_number", "choice_invalid")
        cents = parse_amount(amount)
        if invoice_date > office_today(self.clock()):
            raise ValidationError("invoice_date", "date_in_future")
        check_business_date("invoice_date", invoice_date)
        with self._unit(actor, Right.CUSTOMERS_EDIT, "invoice.add") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            taken = session.scalar(select(Invoice.id).where(Invoice.invoice_number == number))
            if taken is not None:
                raise ValidationError("invoice_number", "invoice_number_taken")
            now = self.clock()
            invoice = Invoice(
                customer_id=customer.id,
                invoice_number=number,
                invoice_date=invoice_date,
                amount_cents=cents,
                paid=paid,
                buyer_name=customer.name,
                billing_address=billing_address(customer),
                created_by=user.id,
                created_at=now,
                updated_at=now,
            )
            session.add(invoice)
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="invoice.add",
                object_type="invoice",
                object_id=invoice.id,
            )
            return record_of(invoice)

    def set_paid(self, actor: Actor, invoice_id: int, paid: bool) -> InvoiceRecord:
        with self._unit(actor, Right.CUSTOMERS_EDIT, "invoice.set_paid") as (session, user):
            invoice = session.get(Invoice, invoice_id)
            if invoice is None:
                raise NotFoundError("invoice")
            if invoice.paid != paid:
                invoice.paid = paid
                invoice.updated_at = self.clock()
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="invoice.paid" if paid else "invoice.unpaid",
                    object_type="invoice",
                    object_id=invoice.id,
                )
            return record_of(invoice)

    def list_invoices(self, actor: Actor, customer_id: int) -> list[InvoiceRecord]:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "invoice.list", write=False) as (session, _):
            return invoices_of(session, customer_id)
