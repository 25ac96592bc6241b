"""Every public service operation against every role: allowed ones run, refused ones are
audited as denied and change nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    AuthenticationError,
    PermissionDenied,
)
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.core.security.operations_administration import ADMINISTRATION_OPERATIONS
from tests.core.security.operations_evidence import EVIDENCE_OPERATIONS
from tests.core.security.operations_register import REGISTER_OPERATIONS
from tests.core.security.permission_world import ActionWorld, World, snapshot
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows


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


# Both halves, in the order the matrix runs them.
OPERATIONS = {**REGISTER_OPERATIONS, **ADMINISTRATION_OPERATIONS, **EVIDENCE_OPERATIONS}

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
        "requests.put_pause_reason",
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
        "request_actions.record_objection",
        "request_actions.record_objections",
        *EVIDENCE_OPERATIONS,
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
        "letters.support_contact",
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
        "request_evidence.restriction",
        "request_evidence.findings",
        "request_evidence.texts",
        "letters.choices",
        "letters.default_language",
        "letters.archive",
        "letters.support_contact",  # whom to ask for help: every logged-in user
        "processing_register.register",
        "processing_register.register_for_editing",
    },
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
    access = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 3), "email", customer.id)
    )
    services.requests.identify(admin, access.id, None, "email_on_file")
    # The erasure's confirmation letter has left, as the erasure requires: last, so that it
    # describes the data as the erasure will find them (the access request is part of them).
    letter, _pdf = services.letters.issue(admin, erasure.id, "erasure", "fi", "save")
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
        twins=(
            add_customer(services, admin, "Kaksoset Kivi", email="kivi@example.fi"),
            add_customer(services, admin, "Kaksoset Kivi", phone="040 765 4321"),
        ),
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
    from l4d_desktop.core.customers.merge import CustomerMergeService
    from l4d_desktop.core.customers.objections import ObjectionService
    from l4d_desktop.core.customers.profile import CustomerProfileService
    from l4d_desktop.core.customers.removal import CustomerRemovalService
    from l4d_desktop.core.customers.service import CustomerService
    from l4d_desktop.core.customers.web_events import WebEventService
    from l4d_desktop.core.demo.service import DemoDataService
    from l4d_desktop.core.disclosure.assembly import SubjectDataService
    from l4d_desktop.core.disclosure.portability import PortabilityService
    from l4d_desktop.core.erasure.service import ErasureService
    from l4d_desktop.core.imports.customers import CustomerImportService
    from l4d_desktop.core.letters.letter_settings import LetterSettingsService
    from l4d_desktop.core.letters.service import LetterService
    from l4d_desktop.core.register.processing_service import ProcessingRegisterService
    from l4d_desktop.core.register.processors import ProcessorService
    from l4d_desktop.core.requests.actions import RequestActionService
    from l4d_desktop.core.requests.evidence import RequestEvidenceService
    from l4d_desktop.core.requests.recipients import RecipientNoticeService
    from l4d_desktop.core.requests.restrictions import RestrictionDesk
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
        ("request_evidence", RequestEvidenceService),
        ("request_evidence", RestrictionDesk),
        ("audit_viewer", AuditViewerService),
        ("letters", LetterService),
        ("letters", LetterSettingsService),
        ("processing_register", ProcessingRegisterService),
        ("subject_data", SubjectDataService),
        ("portability", PortabilityService),
        ("customer_merge", CustomerMergeService),
        ("customer_removal", CustomerRemovalService),
    ]:
        public = {n for n in vars(cls) if not n.startswith("_") and callable(getattr(cls, n))}
        names = {f"{prefix}.{renamed.get(n, n)}" for n in public}
        assert names <= set(OPERATIONS), names - set(OPERATIONS)
