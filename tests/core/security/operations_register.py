"""The operations of the register and the request desk, with the right each needs and a call
that exercises it: customers, imports, consents, objections, events, invoices, requests."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.imports.customers import ImportPlan
from l4d_desktop.core.requests.service import RequestInput
from tests.core.security.permission_world import Operation

# operation name → (the right it needs, the call)
REGISTER_OPERATIONS: dict[str, tuple[str, Operation]] = {
    "customers.create": (
        "customers.edit",
        lambda s, a, w: s.customers.create(a, CustomerInput(name="Uusi Asiakas")),
    ),
    "customers.update": (
        "customers.edit",
        lambda s, a, w: s.customers.update(
            a, w.customer.id, w.customer.version, CustomerInput(name="Muutettu Nimi")
        ),
    ),
    "customers.view": ("customers.view", lambda s, a, w: s.customers.view(a, w.customer.id)),
    "customers.search": ("customers.view", lambda s, a, w: s.customers.search(a, "maija")),
    "customers.count": ("customers.view", lambda s, a, w: s.customers.count(a)),
    "customers.export": ("data.export", lambda s, a, w: list(s.customers.export(a))),
    "customers.export_selected": (
        "data.export",
        lambda s, a, w: s.customers.export_selected(a, [w.customer.id]),
    ),
    "customers.marketing_list": (
        "data.export",
        lambda s, a, w: list(s.customers.marketing_list(a, "marketing_email")),
    ),
    "customers.set_restriction": (
        "customers.edit",
        lambda s, a, w: s.customers.set_restriction(a, w.customer.id, True),
    ),
    "imports.plan": (
        "customers.edit",
        lambda s, a, w: s.imports.plan(
            a, "Nimi;Sähköposti\nUusi Asiakas;uusi@example.fi\n".encode()
        ),
    ),
    "imports.run": (
        "customers.edit",
        lambda s, a, w: s.imports.run(a, ImportPlan(), all_or_nothing=True),
    ),
    "consents.purposes": ("customers.view", lambda s, a, w: s.consents.purposes(a)),
    "consents.add_purpose": (
        "users.admin",
        lambda s, a, w: s.consents.add_purpose(a, "newsletter", "Uutiskirje", "Newsletter", True),
    ),
    "consents.edit_purpose": (
        "users.admin",
        lambda s, a, w: s.consents.edit_purpose(
            a, "analytics", "Verkkoanalytiikka", "Web analytics", "Webbanalys"
        ),
    ),
    "consents.record": (
        "customers.edit",
        lambda s, a, w: s.consents.record(a, w.customer.id, "analytics", True, "web_form"),
    ),
    "consents.history": ("customers.view", lambda s, a, w: s.consents.history(a, w.customer.id)),
    "consents.current": ("customers.view", lambda s, a, w: s.consents.current(a, w.customer.id)),
    "objections.record": (
        "customers.edit",
        lambda s, a, w: s.objections.record(
            a, w.customer.id, "direct_marketing", dt.date(2026, 11, 20)
        ),
    ),
    "objections.list_objections": (
        "customers.view",
        lambda s, a, w: s.objections.list_objections(a, w.customer.id),
    ),
    "events.import_file": (
        "customers.edit",
        lambda s, a, w: s.events.import_file(
            a, b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\n", "events.csv"
        ),
    ),
    "events.list_events": (
        "customers.view",
        lambda s, a, w: s.events.list_events(a, w.customer.id),
    ),
    "events.count": ("customers.view", lambda s, a, w: s.events.count(a, w.customer.id)),
    "invoices.add": (
        "customers.edit",
        lambda s, a, w: s.invoices.add(a, w.customer.id, "2026-1", dt.date(2026, 11, 1), "10,00"),
    ),
    "invoices.set_paid": (
        "customers.edit",
        lambda s, a, w: s.invoices.set_paid(a, w.invoice.id, True),
    ),
    "invoices.list_invoices": (
        "customers.view",
        lambda s, a, w: s.invoices.list_invoices(a, w.customer.id),
    ),
    "profiles.profile": ("customers.view", lambda s, a, w: s.profiles.profile(a, w.customer.id)),
    "requests.register": (
        "requests.handle",
        lambda s, a, w: s.requests.register(
            a, RequestInput("erasure", dt.date(2026, 11, 20), "letter", w.customer.id)
        ),
    ),
    "requests.preview": (
        "requests.view",
        lambda s, a, w: s.requests.preview(a, "access", dt.date(2026, 11, 20)),
    ),
    "requests.get": ("requests.view", lambda s, a, w: s.requests.get(a, w.request.id)),
    "requests.list": ("requests.view", lambda s, a, w: s.requests.list_requests(a)),
    "requests.count": ("requests.view", lambda s, a, w: s.requests.count(a)),
    "requests.export": ("data.export", lambda s, a, w: list(s.requests.export(a))),
    "requests.detail": ("requests.view", lambda s, a, w: s.requests.detail(a, w.request.id)),
    "requests.summary": ("requests.view", lambda s, a, w: s.requests.summary(a)),
    "requests.timeline": ("requests.view", lambda s, a, w: s.requests.timeline(a, w.request.id)),
    "requests.handlers": ("requests.view", lambda s, a, w: s.requests.handlers(a)),
    "requests.suggest_customers": (
        "customers.view",
        lambda s, a, w: s.requests.suggest_customers(a, "maija@example.fi"),
    ),
    "requests.assign": (
        "requests.handle",
        lambda s, a, w: s.requests.assign(a, w.request.id, None),
    ),
    "requests.identify": (
        "requests.handle",
        lambda s, a, w: s.requests.identify(a, w.request.id, None, "email_on_file"),
    ),
    "requests.start_identity_check": (
        "requests.handle",
        lambda s, a, w: s.requests.start_identity_check(a, w.request.id),
    ),
    "requests.start_work": (
        "requests.handle",
        lambda s, a, w: s.requests.start_work(a, w.request.id),
    ),
    "requests.set_status": (
        "requests.handle",
        lambda s, a, w: s.requests.set_status(a, w.request.id, "identity_check"),
    ),
    "requests.pause": (
        "requests.handle",
        lambda s, a, w: s.requests.pause(a, w.request.id, "odotetaan vastausta"),
    ),
    "requests.resume": (
        "requests.handle",
        lambda s, a, w: (
            s.requests.pause(a, w.request.id, "odotetaan vastausta"),
            s.requests.resume(a, w.request.id),
        ),
    ),
    "requests.put_pause_reason": (
        "requests.handle",
        lambda s, a, w: (
            s.requests.pause(a, w.request.id, "odotetaan vastausta"),
            s.requests.resume(a, w.request.id),
            s.requests.put_pause_reason(
                a,
                w.request.id,
                s.requests.detail(a, w.request.id).pauses[-1].id,
                "waiting for an answer",
                "en",
            ),
        ),
    ),
    "requests.extend": (
        "requests.handle",
        lambda s, a, w: s.requests.extend(
            a, w.request.id, None, "Pyyntö on poikkeuksellisen laaja", grounds=["complexity"]
        ),
    ),
    "requests.close": (
        "requests.handle",
        lambda s, a, w: s.requests.close(a, w.request.id, "withdrawn"),
    ),
}
