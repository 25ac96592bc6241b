"""What others could do with a file the program wrote: its permission bits."""

from __future__ import annotations

import stat
from pathlib import Path


def mode(path: Path) -> int:
    """The permission bits alone (0o600 means owner-only), without the file-type bits."""
    return stat.S_IMODE(path.stat().st_mode)
