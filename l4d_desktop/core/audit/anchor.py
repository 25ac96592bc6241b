"""The chain's anchor: its last known head, kept outside the database file so a copy of that
file, however rewritten, cannot also rewrite what the program remembers about it."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from pathlib import Path

from l4d_desktop import APP_NAME, ORG_NAME
from l4d_desktop.core.audit.chain import Checkpoint, Link
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.private import write_private

# An administrator may keep the anchors elsewhere (another disk, a folder shared by the
# accounts that use one database); it must not be the database's own folder.
ANCHOR_DIR_ENV = "L4D_AUDIT_ANCHOR_DIR"

log = logging.getLogger(__name__)


def anchor_folder() -> Path:
    env = os.environ.get(ANCHOR_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, ORG_NAME)) / "audit-anchors"


def anchor_path(db_path: Path) -> Path | None:
    """Where the anchor of the database at `db_path` lives; None if that would be inside the
    database's folder (whoever can change the database could change the anchor too)."""
    resolved = Path(db_path).expanduser().resolve()
    folder = anchor_folder().expanduser().resolve()
    if folder == resolved.parent or resolved.parent in folder.parents:
        return None
    # Keyed by the database's path: the name says nothing about it, one file per database.
    key = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return folder / f"{key}.json"


class Anchor:
    """Reads and moves forward the anchor of one database; never fails the caller's work."""

    def __init__(self, db_path: Path) -> None:
        self.path = anchor_path(db_path)
        if self.path is None:
            log.warning("audit anchor folder is inside the database folder: no anchor kept")

    def read(self) -> Checkpoint | None:
        """The anchored head, or None when there is none yet (or it cannot be read)."""
        if self.path is None or not self.path.exists():
            return None
        try:
            return Checkpoint.from_file(self.path)
        except L4DError:
            log.warning("audit anchor unreadable, treated as missing")
            return None

    def move_to(self, head: Link) -> None:
        """Record `head`; an anchor already further on (another run of the program) is kept."""
        if self.path is None:
            return
        current = self.read()
        if current is not None and current.head_id >= head.id:
            return
        self._write(self.path, head)

    def reset_to(self, head: Link) -> None:
        """After a restore: the restored log is shorter than the anchor remembers, by design.
        The anchor is set to the restored head (the restore itself is the chain's next entry),
        so that `audit verify` does not report the restore as a truncation."""
        if self.path is not None:
            self._write(self.path, head)

    @staticmethod
    def _write(path: Path, head: Link) -> None:
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        cp = Checkpoint(head_id=head.id, head_hash=head.hash, count=head.id, created_at=created)
        try:
            write_private(path, (cp.to_json() + "\n").encode("utf-8"), make_folders=True)
        except OSError as exc:
            log.warning("audit anchor not written: %s", exc.strerror or type(exc).__name__)

    def forget(self) -> None:
        """Remove the anchor (of a temporary file that no longer exists)."""
        if self.path is not None:
            self.path.unlink(missing_ok=True)
