"""Rights: every public service operation against every role, per-user grants and revokes,
and the rule that one active user always keeps `users.admin`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    AuthenticationError,
    BusinessRuleError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.imports.customers import ImportPlan
from l4d_desktop.core.register.processing import Purpose
from l4d_desktop.core.register.processors import ProcessorInput, ProcessorRecord
from l4d_desktop.core.requests.service import RequestInput, RequestRecord
from l4d_desktop.core.security.access import effective_rights
from l4d_desktop.core.security.users import UserInfo
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import ROLE_RIGHTS, Right, Role
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.users import HANDLER_PASSWORD, make_user

ALL_RIGHTS = {
    "customers.view",
    "customers.edit",
    "customers.erase",
    "requests.view",
    "requests.handle",
    "data.export",
    "users.admin",
    "audit.read",
}


def test_roles_are_exactly_the_bundles_product_md_names() -> None:
    assert {str(r) for r in Right} == ALL_RIGHTS
    assert {str(r) for r in ROLE_RIGHTS[Role.ADMIN]} == ALL_RIGHTS
    assert {str(r) for r in ROLE_RIGHTS[Role.HANDLER]} == {
        "customers.view",
        "customers.edit",
        "requests.view",
        "requests.handle",
        "data.export",
    }
    assert {str(r) for r in ROLE_RIGHTS[Role.READER]} == {"customers.view", "requests.view"}


def test_effective_rights_are_role_plus_grants_minus_revokes() -> None:
    assert effective_rights("reader", [("customers.edit", True), ("requests.view", False)]) == {
        "customers.view",
        "customers.edit",
    }
    # Unknown rights in the table and unknown roles grant nothing.
    assert effective_rights("reader", [("everything", True)]) == {
        "customers.view",
        "requests.view",
    }
    assert effective_rights("superuser", []) == frozenset()


# -- the permission matrix -----------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    customer: CustomerRecord
    request: RequestRecord
    target: UserInfo
    tmp: Path
    invoice: InvoiceRecord
    actions: ActionWorld | None = None
    erasure_request: int = 0
    # An identified access request, an archived letter and a purpose of the register.
    identified_access: int = 0
    letter_id: int = 0
    purpose: Purpose | None = None


@dataclass(frozen=True)
class ActionWorld:
    """Identified requests of each action's type, a processor and an undecided objection."""

    rectification: int
    restriction: int
    objection: int
    withdrawal: int
    processor: ProcessorRecord
    objection_id: int


def _action_world(services: Services, admin: Actor, customer_id: int) -> ActionWorld:
    ids: dict[str, int] = {}
    for rtype in ("rectification", "restriction", "objection", "withdrawal"):
        r = services.requests.register(
            admin, RequestInput(rtype, dt.date(2026, 11, 2), "email", customer_id)
        )
        ids[rtype] = services.requests.identify(admin, r.id, None, "email_on_file").id
    processor = services.processors.add(admin, ProcessorInput("Postitus Oy"))
    objection = services.objections.record(admin, customer_id, "analytics", dt.date(2026, 11, 2))
    return ActionWorld(**ids, processor=processor, objection_id=objection.objection.id)


def _aw(w: World) -> ActionWorld:
    assert w.actions is not None
    return w.actions


def _purpose_update(s: Services, a: Actor, w: World) -> Purpose:
    p = w.purpose
    assert p is not None
    return s.processing_register.update_purpose(
        a,
        p.id,
        version=p.version,
        name_fi=p.name_fi,
        name_en=p.name_en,
        legal_bases=p.legal_bases,
        basis_note_fi=p.basis_note_fi,
        basis_note_en=p.basis_note_en,
        basis_confirmed=True,
        categories_fi=p.categories_fi,
        categories_en=p.categories_en,
        retention_fi=p.retention_fi,
        retention_en=p.retention_en,
    )


Operation = Callable[[Services, Actor, World], Any]

# operation name → (the right it needs, the call)
OPERATIONS: dict[str, tuple[str, Operation]] = {
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
    "requests.extend": (
        "requests.handle",
        lambda s, a, w: s.requests.extend(a, w.request.id, dt.date(2026, 11, 20), "laaja pyyntö"),
    ),
    "requests.close": (
        "requests.handle",
        lambda s, a, w: s.requests.close(a, w.request.id, "withdrawn"),
    ),
    "users.list": ("users.admin", lambda s, a, w: s.users.list_users(a)),
    "users.get": ("users.admin", lambda s, a, w: s.users.get_user(a, w.target.id)),
    "users.create": (
        "users.admin",
        lambda s, a, w: s.users.create_user(
            a, "uusi.kayttaja", "Uusi Käyttäjä", "reader", "uuden käyttäjän alkusalasana"
        ),
    ),
    "users.update": (
        "users.admin",
        lambda s, a, w: s.users.update_user(
            a, w.target.id, w.target.version, full_name="Kohde K", title="", role="handler"
        ),
    ),
    "users.set_active": (
        "users.admin",
        lambda s, a, w: s.users.set_active(a, w.target.id, False),
    ),
    "users.set_right": (
        "users.admin",
        lambda s, a, w: s.users.set_right(a, w.target.id, "data.export", True),
    ),
    "users.unlock": ("users.admin", lambda s, a, w: s.users.unlock(a, "kohde")),
    "users.reset_password": (
        "users.admin",
        lambda s, a, w: s.users.reset_password(a, w.target.id),
    ),
    "audit_viewer.page": ("audit.read", lambda s, a, w: s.audit_viewer.page(a)),
    "audit_viewer.actions": ("audit.read", lambda s, a, w: s.audit_viewer.actions(a)),
    "audit_viewer.staff": ("audit.read", lambda s, a, w: s.audit_viewer.staff(a)),
    "audit_viewer.export_csv": (
        "audit.read",  # and data.export: the first right missing is the one named
        lambda s, a, w: s.audit_viewer.export_csv(a, w.tmp / "audit.csv"),
    ),
    "maintenance.backup": (
        "users.admin",  # a copy holds every password hash: admin (and data.export)
        lambda s, a, w: s.maintenance.backup(a, w.tmp / "varmuuskopio" / "l4d.bak"),
    ),
    "maintenance.verify_audit": ("audit.read", lambda s, a, w: s.maintenance.verify_audit(a)),
    "maintenance.write_checkpoint": (
        "audit.read",
        lambda s, a, w: s.maintenance.write_checkpoint(a, w.tmp / "checkpoint.json"),
    ),
    "demo.fill": ("users.admin", lambda s, a, w: s.demo.fill(a, 3)),
    # Erasure needs customers.erase (and requests.handle, which every holder here has).
    "erasure.plan": (
        "customers.erase",
        lambda s, a, w: s.erasure.plan(a, w.erasure_request),
    ),
    "erasure.run": (
        "customers.erase",
        lambda s, a, w: s.erasure.run(
            a, w.erasure_request, s.erasure.plan(a, w.erasure_request).token
        ),
    ),
    "erasure.scrub": ("customers.erase", lambda s, a, w: s.erasure.scrub(a)),
    "erasure.purge_queue": ("customers.erase", lambda s, a, w: s.erasure.purge_queue(a)),
    "erasure.purge_due": ("customers.erase", lambda s, a, w: s.erasure.purge_due(a)),
    "customers.lift_restriction": (
        "customers.edit",
        lambda s, a, w: s.customers.lift_restriction(a, w.customer.id, None, dt.date(2026, 11, 24)),
    ),
    "processors.add": ("users.admin", lambda s, a, w: s.processors.add(a, ProcessorInput("Uusi"))),
    "processors.update": (
        "users.admin",
        lambda s, a, w: s.processors.update(
            a, _aw(w).processor.id, _aw(w).processor.version, ProcessorInput("Toinen Oy")
        ),
    ),
    "processors.deactivate": (
        "users.admin",
        lambda s, a, w: s.processors.deactivate(a, _aw(w).processor.id),
    ),
    "processors.reactivate": (
        "users.admin",
        lambda s, a, w: s.processors.reactivate(a, _aw(w).processor.id),
    ),
    "processors.get": ("requests.view", lambda s, a, w: s.processors.get(a, _aw(w).processor.id)),
    "processors.list_processors": (
        "requests.view",
        lambda s, a, w: s.processors.list_processors(a),
    ),
    "recipient_notices.checklist": (
        "requests.view",
        lambda s, a, w: s.recipient_notices.checklist(a, _aw(w).restriction),
    ),
    "recipient_notices.checklist_complete": (
        "requests.view",
        lambda s, a, w: s.recipient_notices.checklist_complete(a, _aw(w).restriction),
    ),
    "recipient_notices.mark_notified": (
        "requests.handle",
        lambda s, a, w: s.recipient_notices.mark_notified(
            a, _aw(w).restriction, _aw(w).processor.id, dt.date(2026, 11, 24)
        ),
    ),
    "recipient_notices.mark_disproportionate": (
        "requests.handle",
        lambda s, a, w: s.recipient_notices.mark_disproportionate(
            a, _aw(w).restriction, _aw(w).processor.id, "Ei yhteystietoa."
        ),
    ),
    "request_actions.rectify": (
        "requests.handle",
        lambda s, a, w: s.request_actions.rectify(
            a, _aw(w).rectification, w.customer.version, CustomerInput(name="Muutettu Nimi")
        ),
    ),
    "request_actions.changed_fields": (
        "requests.view",
        lambda s, a, w: s.request_actions.changed_fields(a, _aw(w).rectification),
    ),
    "request_actions.restrict": (
        "requests.handle",
        lambda s, a, w: s.request_actions.restrict(a, _aw(w).restriction),
    ),
    "request_actions.record_objection": (
        "requests.handle",
        lambda s, a, w: s.request_actions.record_objection(a, _aw(w).objection, "analytics"),
    ),
    "request_actions.withdraw_consents": (
        "requests.handle",
        lambda s, a, w: s.request_actions.withdraw_consents(a, _aw(w).withdrawal, ["analytics"]),
    ),
    "request_actions.erasure_offered": (
        "requests.view",
        lambda s, a, w: s.request_actions.erasure_offered(a, _aw(w).withdrawal),
    ),
    "request_actions.erase_web_events": (
        "customers.erase",
        lambda s, a, w: s.request_actions.erase_web_events(a, w.customer.id, _aw(w).withdrawal),
    ),
    "objections.decide_objection": (
        "requests.handle",
        lambda s, a, w: s.objections.decide_objection(a, _aw(w).objection_id, "upheld"),
    ),
    "letters.choices": ("requests.view", lambda s, a, w: s.letters.choices(a, w.request.id)),
    "letters.default_language": (
        "requests.view",
        lambda s, a, w: s.letters.default_language(a, w.request.id),
    ),
    "letters.render": (
        "requests.handle",
        lambda s, a, w: s.letters.render(a, w.request.id, "receipt", "fi"),
    ),
    "letters.issue": (
        "requests.handle",
        lambda s, a, w: s.letters.issue(a, w.request.id, "receipt", "fi", "print"),
    ),
    "letters.bundle": (
        "requests.handle",
        lambda s, a, w: s.letters.bundle(a, w.identified_access, "fi"),
    ),
    "letters.archive": ("requests.view", lambda s, a, w: s.letters.archive(a, w.erasure_request)),
    "letters.archived_pdf": (
        "requests.handle",
        lambda s, a, w: s.letters.archived_pdf(a, w.letter_id),
    ),
    "letters.calibration": ("data.export", lambda s, a, w: s.letters.calibration(a, "fi")),
    "letters.settings_values": ("users.admin", lambda s, a, w: s.letters.settings_values(a)),
    "letters.update_settings": (
        "users.admin",
        lambda s, a, w: s.letters.update_settings(a, {"controller_phone": "+358 9 123 4567"}),
    ),
    "processing_register.register": (
        "requests.view",
        lambda s, a, w: s.processing_register.register(a),
    ),
    "processing_register.register_for_editing": (
        "requests.view",
        lambda s, a, w: s.processing_register.register_for_editing(a),
    ),
    "processing_register.update_purpose": ("users.admin", _purpose_update),
    "processing_register.update_text": (
        "users.admin",
        lambda s, a, w: s.processing_register.update_text(
            a, "security", version=1, fi="Palomuuri ja salasanat.", en="Firewalls and passwords."
        ),
    ),
    "processing_register.notice_pdf": (
        "data.export",
        lambda s, a, w: s.processing_register.notice_pdf(a, "en"),
    ),
    "subject_data.assemble": (
        "requests.handle",
        lambda s, a, w: s.subject_data.assemble(a, w.identified_access),
    ),
    "portability.write_bundle": (
        "data.export",
        lambda s, a, w: s.portability.write_bundle(a, w.identified_access, w.tmp, as_zip=True),
    ),
}

# Written out from PRODUCT.md "Staff login and rights", not derived from the code.
ALLOWED: dict[str, set[str]] = {
    "admin": set(OPERATIONS),
    "handler": {
        "customers.create",
        "customers.update",
        "customers.view",
        "customers.search",
        "customers.count",
        "requests.register",
        "requests.preview",
        "requests.get",
        "requests.list",
        "requests.count",
        "requests.detail",
        "requests.summary",
        "requests.timeline",
        "requests.handlers",
        "requests.suggest_customers",
        "requests.assign",
        "requests.identify",
        "requests.start_identity_check",
        "requests.start_work",
        "requests.set_status",
        "requests.pause",
        "requests.resume",
        "requests.extend",
        "requests.close",
        "customers.export",  # a list that leaves the program is an export
        "customers.export_selected",
        "customers.marketing_list",
        "customers.set_restriction",
        "imports.plan",  # an import creates and updates customers
        "imports.run",
        "consents.purposes",
        "consents.record",
        "consents.history",
        "consents.current",
        "objections.record",
        "objections.list_objections",
        "events.import_file",
        "events.list_events",
        "events.count",
        "invoices.add",
        "invoices.set_paid",
        "invoices.list_invoices",
        "profiles.profile",
        "requests.export",
        "customers.lift_restriction",
        "processors.get",
        "processors.list_processors",
        "recipient_notices.checklist",
        "recipient_notices.checklist_complete",
        "recipient_notices.mark_notified",
        "recipient_notices.mark_disproportionate",
        "request_actions.rectify",
        "request_actions.changed_fields",
        "request_actions.restrict",
        "request_actions.record_objection",
        "request_actions.withdraw_consents",
        "request_actions.erasure_offered",
        "objections.decide_objection",
        # Letters: written, printed and bundled by those who handle requests; the letter
        # settings and the processing register are the pääkäyttäjä's.
        "letters.choices",
        "letters.default_language",
        "letters.render",
        "letters.issue",
        "letters.bundle",
        "letters.archive",
        "letters.archived_pdf",
        "letters.calibration",
        "processing_register.register",
        "processing_register.register_for_editing",
        "processing_register.notice_pdf",
        "subject_data.assemble",
        "portability.write_bundle",
    },
    "reader": {
        "consents.purposes",
        "consents.history",
        "consents.current",
        "objections.list_objections",
        "events.list_events",
        "events.count",
        "invoices.list_invoices",
        "profiles.profile",
        "customers.view",
        "customers.search",
        "customers.count",
        "requests.preview",
        "requests.get",
        "requests.list",
        "requests.count",
        "requests.detail",
        "requests.summary",
        "requests.timeline",
        "requests.handlers",
        "requests.suggest_customers",
        "processors.get",
        "processors.list_processors",
        "recipient_notices.checklist",
        "recipient_notices.checklist_complete",
        "request_actions.changed_fields",
        "request_actions.erasure_offered",
        "letters.choices",
        "letters.default_language",
        "letters.archive",
        "processing_register.register",
        "processing_register.register_for_editing",
    },
}

DOMAIN_TABLES = (
    "customers",
    "requests",
    "users",
    "user_rights",
    "login_attempts",
    "settings",
    "consent_purposes",
    "consent_events",
    "objections",
    "suppressions",
    "web_events",
    "invoices",
    "imports",
    "processors",
    "recipient_notices",
    "request_field_changes",
    "letters",
    "processing_purposes",
    "processing_register_texts",
)


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every domain table, to prove that a refused call changed nothing."""
    with raw_db(path) as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in DOMAIN_TABLES
        }


@pytest.fixture
def world(services: Services, admin: Actor, customer: CustomerRecord, tmp_path: Path) -> World:
    request = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 2), "email", customer.id)
    )
    target = services.users.create_user(
        admin, "kohde", "Kohde Käyttäjä", "reader", "kohteen alkusalasana on tämä"
    )
    with pytest.raises(AuthenticationError):
        services.auth.login("kohde", "väärä salasana tähän kohtaan")  # leaves a failure count
    invoice = services.invoices.add(admin, customer.id, "2026-0", dt.date(2026, 10, 1), "5")
    actions = _action_world(services, admin, customer.id)
    erasure = services.requests.register(
        admin, RequestInput("erasure", dt.date(2026, 11, 2), "email", customer.id)
    )
    # The erasure's confirmation letter has left, as the erasure requires.
    letter, _pdf = services.letters.issue(admin, erasure.id, "erasure", "fi", "save")
    access = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 3), "email", customer.id)
    )
    services.requests.identify(admin, access.id, None, "email_on_file")
    return World(
        customer=customer,
        request=request,
        target=target,
        tmp=tmp_path,
        invoice=invoice,
        actions=actions,
        erasure_request=erasure.id,
        identified_access=access.id,
        letter_id=letter.id,
        purpose=services.processing_register.register(admin).purposes[0],
    )


MATRIX = [(role, op) for role in ("admin", "handler", "reader") for op in OPERATIONS]


@pytest.mark.parametrize(("role", "operation"), MATRIX, ids=[f"{r}-{o}" for r, o in MATRIX])
def test_permission_matrix(
    services: Services, world: World, role: str, operation: str, request: pytest.FixtureRequest
) -> None:
    right, call = OPERATIONS[operation]
    actor: Actor = request.getfixturevalue(role)  # only the user this case needs
    path = services.db.path
    before = snapshot(path)
    audit_before = len(audit_rows(path))

    if operation in ALLOWED[role]:
        call(services, actor, world)
        assert all(r["outcome"] != "denied" for r in audit_rows(path)[audit_before:])
        return

    with pytest.raises(PermissionDenied) as info:
        call(services, actor, world)
    assert info.value.right == right
    assert info.value.code == "permission_denied"
    # The denial is on record, committed on its own although the operation rolled back…
    entries = audit_rows(path)[audit_before:]
    assert len(entries) == 1
    assert (entries[0]["actor_id"], entries[0]["outcome"], entries[0]["detail"]) == (
        actor.user_id,
        "denied",
        right,
    )
    # … and nothing else was touched.
    assert snapshot(path) == before
    assert not (world.tmp / "varmuuskopio").exists()
    assert not (world.tmp / "checkpoint.json").exists()
    assert not (world.tmp / "audit.csv").exists()
    assert services.audit.verify().ok


def test_every_public_operation_is_in_the_matrix() -> None:
    """A new public service method must be added to OPERATIONS (and so to the matrix)."""
    from l4d_desktop.core.audit.maintenance import MaintenanceService
    from l4d_desktop.core.audit.viewer import AuditViewerService
    from l4d_desktop.core.customers.consents import ConsentService
    from l4d_desktop.core.customers.invoices import InvoiceService
    from l4d_desktop.core.customers.objections import ObjectionService
    from l4d_desktop.core.customers.profile import CustomerProfileService
    from l4d_desktop.core.customers.service import CustomerService
    from l4d_desktop.core.customers.web_events import WebEventService
    from l4d_desktop.core.demo.service import DemoDataService
    from l4d_desktop.core.disclosure.assembly import SubjectDataService
    from l4d_desktop.core.disclosure.portability import PortabilityService
    from l4d_desktop.core.erasure.service import ErasureService
    from l4d_desktop.core.imports.customers import CustomerImportService
    from l4d_desktop.core.letters.service import LetterService
    from l4d_desktop.core.register.processing import ProcessingRegisterService
    from l4d_desktop.core.register.processors import ProcessorService
    from l4d_desktop.core.requests.actions import RequestActionService
    from l4d_desktop.core.requests.recipients import RecipientNoticeService
    from l4d_desktop.core.requests.service import RequestService
    from l4d_desktop.core.security.users import UserService

    renamed = {"list_requests": "list", "list_users": "list", "get_user": "get"}
    renamed |= {"create_user": "create", "update_user": "update"}
    for prefix, cls in [
        ("customers", CustomerService),
        ("imports", CustomerImportService),
        ("requests", RequestService),
        ("users", UserService),
        ("maintenance", MaintenanceService),
        ("consents", ConsentService),
        ("objections", ObjectionService),
        ("events", WebEventService),
        ("invoices", InvoiceService),
        ("profiles", CustomerProfileService),
        ("demo", DemoDataService),
        ("erasure", ErasureService),
        ("processors", ProcessorService),
        ("recipient_notices", RecipientNoticeService),
        ("request_actions", RequestActionService),
        ("audit_viewer", AuditViewerService),
        ("letters", LetterService),
        ("processing_register", ProcessingRegisterService),
        ("subject_data", SubjectDataService),
        ("portability", PortabilityService),
    ]:
        public = {n for n in vars(cls) if not n.startswith("_") and callable(getattr(cls, n))}
        names = {f"{prefix}.{renamed.get(n, n)}" for n in public}
        assert names <= set(OPERATIONS), names - set(OPERATIONS)


# -- per-user grants and revokes -----------------------------------------------------------------


def test_a_grant_gives_a_reader_the_right_and_inherit_takes_it_back(
    services: Services, admin: Actor, reader: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.customers.create(reader, CustomerInput(name="Ei Saa"))
    info = services.users.set_right(admin, reader.user_id, "customers.edit", True)
    assert "customers.edit" in info.rights
    # The reader's Actor was made before the grant: the service checks the database, not it.
    assert "customers.edit" not in reader.rights
    services.customers.create(reader, CustomerInput(name="Nyt Saa"))

    services.users.set_right(admin, reader.user_id, "customers.edit", None)
    with pytest.raises(PermissionDenied):
        services.customers.create(reader, CustomerInput(name="Ei Enää"))
    assert services.customers.count(admin) == 1


def test_a_revoke_takes_a_role_right_away(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    services.users.set_right(admin, handler.user_id, "customers.view", False)
    with pytest.raises(PermissionDenied):
        services.customers.search(handler, "")
    with pytest.raises(PermissionDenied):
        services.customers.view(handler, customer.id)
    # The handler's other rights are untouched.
    services.customers.create(handler, CustomerInput(name="Toinen Asiakas"))
    services.requests.list_requests(handler)
    # A fresh login reports the effective rights.
    fresh = services.auth.login("kasittelija", HANDLER_PASSWORD)
    assert "customers.view" not in fresh.rights and "customers.edit" in fresh.rights


def test_an_unknown_right_is_refused(services: Services, admin: Actor, reader: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.users.set_right(admin, reader.user_id, "kaikki.oikeudet", True)
    assert (info.value.field, info.value.code) == ("right", "choice_invalid")


# -- the last administrator ----------------------------------------------------------------------


def admin_state(services: Services) -> tuple[Any, ...]:
    path = services.db.path
    return (snapshot(path), len(audit_rows(path)))


@pytest.mark.parametrize(
    "attempt",
    ["deactivate", "demote", "revoke"],
)
def test_the_last_admin_cannot_be_removed(
    services: Services, admin: Actor, handler: Actor, reader: Actor, attempt: str
) -> None:
    before = admin_state(services)
    version = services.users.get_user(admin, admin.user_id).version
    with pytest.raises(BusinessRuleError) as info:
        if attempt == "deactivate":
            services.users.set_active(admin, admin.user_id, False)
        elif attempt == "demote":
            services.users.update_user(
                admin, admin.user_id, version, full_name="Jouni Ojala", title="", role="handler"
            )
        else:
            services.users.set_right(admin, admin.user_id, "users.admin", False)
    assert info.value.code == "last_admin"
    # Nothing half-written: no row, no right, no audit entry changed.
    assert admin_state(services) == before
    me = services.users.get_user(admin, admin.user_id)
    assert (me.active, me.role, me.version) == (True, "admin", version)
    assert "users.admin" in me.rights


def test_an_inactive_admin_does_not_count(services: Services, admin: Actor) -> None:
    other = make_user(services, admin, "varayllapito", "admin", "varapääkäyttäjän oma salasana")
    services.users.set_active(admin, other.user_id, False)
    with pytest.raises(BusinessRuleError) as info:
        services.users.set_active(admin, admin.user_id, False)
    assert info.value.code == "last_admin"


def test_with_a_second_holder_the_first_may_step_down(
    services: Services, admin: Actor, handler: Actor
) -> None:
    # users.admin granted to a handler makes them a holder too.
    services.users.set_right(admin, handler.user_id, "users.admin", True)
    services.users.set_right(admin, admin.user_id, "users.admin", False)
    with pytest.raises(PermissionDenied):
        services.users.list_users(admin)
    # Now the handler is the last holder.
    with pytest.raises(BusinessRuleError):
        services.users.set_right(handler, handler.user_id, "users.admin", None)
    with pytest.raises(BusinessRuleError):
        services.users.set_active(handler, handler.user_id, False)
    services.users.set_right(handler, admin.user_id, "users.admin", None)
    assert "users.admin" in services.users.get_user(admin, admin.user_id).rights
