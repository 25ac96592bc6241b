"""The one place that finds bundled files and the user's data folder, frozen or not."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from l4d_desktop import APP_NAME, ORG_NAME
from l4d_desktop.core.files.private import OWNER_ONLY_DIR, ensure_private_dir
from l4d_desktop.core.store.address import is_address

DB_FILE_NAME = "l4d.sqlite3"


def bundle_root() -> Path:
    """Folder holding `resources/` and `i18n/`: the PyInstaller bundle or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def i18n_dir() -> Path:
    return bundle_root() / "i18n"


def data_dir() -> Path:
    import platformdirs  # only needed without --db / L4D_DB

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=False))


def default_db_path() -> Path:
    """`L4D_DB` if set to a file, else the database in the user's data folder, which is made
    (or made again) owner-only: it is the program's own folder, unlike one given with --db.
    An `L4D_DB` naming a server is opened before this is asked; "this computer" chosen in the
    window's connection dialog is then the data folder's file."""
    env = os.environ.get("L4D_DB")
    if env and not is_address(env):
        return Path(env).expanduser()
    folder = data_dir()
    ensure_private_dir(folder)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != OWNER_ONLY_DIR:
        folder.chmod(OWNER_ONLY_DIR)
    return folder / DB_FILE_NAME
