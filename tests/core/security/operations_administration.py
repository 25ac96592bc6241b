"""The operations of administration and of a request's actions, with the right each needs and a
call that exercises it: users, audit, maintenance, erasure, processors, letters, the register."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.merge import MergeResult
from l4d_desktop.core.customers.records import CustomerRecord
from l4d_desktop.core.register.processing import Purpose
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.core.security.permission_world import ActionWorld, Operation, World


def _aw(w: World) -> ActionWorld:
    assert w.actions is not None
    return w.actions


def _twins(w: World) -> tuple[CustomerRecord, CustomerRecord]:
    assert w.twins is not None
    return w.twins


def _merge(s: Services, a: Actor, w: World) -> MergeResult:
    kept, duplicate = _twins(w)
    return s.customer_merge.merge(
        a,
        kept.customer_number,
        duplicate.customer_number,
        kept_version=kept.version,
        duplicate_version=duplicate.version,
    )


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


# operation name → (the right it needs, the call)
ADMINISTRATION_OPERATIONS: dict[str, tuple[str, Operation]] = {
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
    "maintenance.backup_if_due": (
        "users.admin",  # the automatic backup at start: the same copy as a backup by hand
        lambda s, a, w: s.maintenance.backup_if_due(a),
    ),
    "maintenance.last_backup": ("users.admin", lambda s, a, w: s.maintenance.last_backup(a)),
    "maintenance.backup_settings": (
        "users.admin",
        lambda s, a, w: s.maintenance.backup_settings(a),
    ),
    "maintenance.backups_encrypted": (
        "users.admin",
        lambda s, a, w: s.maintenance.backups_encrypted(a),
    ),
    "maintenance.set_backup_settings": (
        "users.admin",
        lambda s, a, w: s.maintenance.set_backup_settings(a, str(w.tmp / "kopiot"), 7),
    ),
    "maintenance.set_backup_passphrase": (
        "users.admin",
        lambda s, a, w: s.maintenance.set_backup_passphrase(a, "korppi lentää yöllä 42"),
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
    "request_actions.record_objection": (
        "requests.handle",
        lambda s, a, w: s.request_actions.record_objection(a, _aw(w).objection, "analytics"),
    ),
    "request_actions.record_objections": (
        "requests.handle",
        lambda s, a, w: s.request_actions.record_objections(
            a, _aw(w).objection, ["direct_marketing"]
        ),
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
    # Whom to ask for help (About): every role may read it, so no right is ever named.
    "letters.support_contact": ("", lambda s, a, w: s.letters.support_contact(a)),
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
    "processing_register.confirm_basis": (
        "users.admin",
        lambda s, a, w: s.processing_register.confirm_basis(a, "billing"),
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
    # Correcting the register: the pääkäyttäjä's alone.
    "customer_merge.plan": (
        "users.admin",
        lambda s, a, w: s.customer_merge.plan(
            a, _twins(w)[0].customer_number, _twins(w)[1].customer_number
        ),
    ),
    "customer_merge.merge": ("users.admin", _merge),
    "customer_removal.uses": (
        "users.admin",
        lambda s, a, w: s.customer_removal.uses(a, _twins(w)[1].id),
    ),
    "customer_removal.remove": (
        "users.admin",
        lambda s, a, w: s.customer_removal.remove(a, _twins(w)[1].id, _twins(w)[1].version),
    ),
}
