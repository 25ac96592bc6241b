"""Issue 13, point 9: a backup holds every password hash, the audit log and the restricted
people, so only the pääkäyttäjä (users.admin) may make one; a refusal is audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.backup import verify_backup
from tests.helpers.database import audit_rows


def test_a_handler_may_export_but_not_back_up(
    services: Services, admin: Actor, handler: Actor, tmp_path: Path
) -> None:
    assert handler.can("data.export") and not handler.can("users.admin")
    dest = tmp_path / "varmuuskopiot" / "l4d.sqlite3"
    with pytest.raises(PermissionDenied) as info:
        services.maintenance.backup(handler, dest)
    assert info.value.right == "users.admin"
    assert not dest.exists() and not dest.parent.exists()
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"], last["outcome"], last["detail"]) == (
        handler.user_id,
        "db.backup",
        "denied",
        "users.admin",
    )


def test_the_paakayttaja_backs_up(services: Services, admin: Actor, tmp_path: Path) -> None:
    dest = tmp_path / "varmuuskopiot" / "l4d.sqlite3"
    services.maintenance.backup(admin, dest)
    assert verify_backup(dest)
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"], last["outcome"]) == (admin.user_id, "db.backup", "ok")
