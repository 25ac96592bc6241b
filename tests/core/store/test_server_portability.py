"""What SQLite lets pass and a server refuses: the same calls must work on both engines."""

from __future__ import annotations

from sqlalchemy import select

from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import AuditEntry
from tests.helpers.users import ADMIN_PASSWORD


def test_saving_many_letter_settings_at_once_is_audited_in_full(
    server_services: Services,
) -> None:
    services = server_services
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    values = services.letters.settings_values(admin)
    changed = {
        k: (v + " Oy" if v else "Lean 4D Oy")
        for k, v in values.items()
        if k.startswith(("controller_name", "controller_city", "privacy_contact_name"))
        or k.startswith(("register_name", "authority_name"))
    }
    assert len(",".join(changed)) > 80  # more than the audit detail's column once held
    services.letters.update_settings(admin, changed)
    assert {k: services.letters.settings_values(admin)[k] for k in changed} == changed
    with services.db.read() as session:
        detail = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "settings.letters.update")
        ).one()
    assert set(detail.split(",")) == set(changed)
    assert services.audit.verify().ok
