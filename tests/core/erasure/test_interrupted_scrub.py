"""An erasure whose process dies between its commit and the checkpoint: the person is still in
the WAL's earlier page versions until the next start completes the checkpoint."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.scrub import pending_marker
from tests.core.erasure.test_erasure import EMAIL, file_bytes, found_in, identifiers, make_person
from tests.helpers.clock import FakeClock
from tests.helpers.users import ADMIN_PASSWORD

# Runs the erasure in a process of its own that is killed (os._exit: no cleanup, no
# checkpoint) the moment the commit is done and the checkpoint would begin.
KILLED_AFTER_COMMIT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import l4d_desktop.core.erasure.service as service
    from l4d_desktop.core.services import open_services
    from tests.helpers.clock import FakeClock
    from tests.helpers.users import cheap_hasher

    service.scrub_wal = lambda *a, **k: os._exit(9)
    svc = open_services(Path(sys.argv[1]), clock=FakeClock(), hasher=cheap_hasher())
    actor = svc.auth.login("paakayttaja", sys.argv[2])
    request_id = int(sys.argv[3])
    svc.erasure.run(actor, request_id, svc.erasure.plan(actor, request_id).token)
    """
)


def test_a_kill_between_commit_and_checkpoint_is_finished_at_the_next_start(
    services: Services, admin: Actor, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    p = make_person(services, admin, invoices=0, events=5)
    path: Path = services.db.path
    services.db.dispose()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [str(path), ADMIN_PASSWORD, str(p.erasure_id)]
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_COMMIT, *args], env=env, capture_output=True
    )
    assert done.returncode == 9, done.stderr.decode()
    # Committed, but the WAL still holds the person, and the marker says a checkpoint is owed.
    assert pending_marker(services.db).exists()
    assert EMAIL in found_in(file_bytes(path), identifiers())
    again = open_services(path, clock=clock, hasher=fast_hasher)
    try:
        assert again.erasure.start_scrub is not None and again.erasure.start_scrub.ok
        assert not pending_marker(again.db).exists()
        assert found_in(file_bytes(path), identifiers()) == []
        with again.db.read() as session:
            from l4d_desktop.core.store.models import DataSubjectRequest

            request = session.get(DataSubjectRequest, p.erasure_id)
            assert request is not None and request.erased_at is not None
    finally:
        again.db.dispose()


def test_a_start_with_nothing_owed_does_no_checkpoint(services: Services) -> None:
    assert services.erasure.start_scrub is None
    assert not pending_marker(services.db).exists()
