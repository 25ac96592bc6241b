"""What the build recorded about itself (version, date, the C library it needs) and the licence
notices it carries, read by the start-up check and the About dialog; Qt-free, so that the check
can run before Qt's libraries are loaded."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.paths import bundle_root

BUILD_INFO_FILE = "build-info.json"
LICENCES_FOLDER = "licenses"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    build_date: str  # ISO date (UTC) of the build
    built_on: str  # "glibc 2.36" on Linux
    glibc_needed: str  # the newest GNU C library version a bundled binary asks for, or ""


@dataclass(frozen=True)
class Licence:
    """One bundled component's notice: its name, version, stated licence and the files
    (relative to the licence folder) holding the texts."""

    name: str
    version: str
    licence: str
    files: tuple[str, ...]


def read_build_info(root: Path | None = None) -> BuildInfo | None:
    """The build's record, or None when the program runs from its sources (or the file is
    unreadable: nothing then is claimed about the build)."""
    path = (root or bundle_root()) / BUILD_INFO_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return BuildInfo(
            version=str(data["version"]),
            build_date=str(data["build_date"]),
            built_on=str(data.get("built_on", "")),
            glibc_needed=str(data.get("glibc_needed", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split("."):
        digits = "".join(c for c in part if c.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def system_glibc() -> str:
    """The running system's GNU C library version ("2.36"), or "" (Windows, macOS, musl)."""
    try:
        value = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        return ""
    return value.split()[-1] if value and value.startswith("glibc") else ""


def c_library_problem(info: BuildInfo | None, have: str) -> str | None:
    """The message to stop with when the system's C library (`have`) is older than the one the
    build needs; None when it is new enough or either is unknown."""
    if info is None or not info.glibc_needed or not have:
        return None
    if _version_tuple(have) >= _version_tuple(info.glibc_needed):
        return None
    return (
        f"L4D Desktop needs the GNU C library {info.glibc_needed} or newer; this system has "
        f"{have}. Use a build made for this system (see the README's section on the "
        "double-click app)."
    )


def check_c_library() -> str | None:
    """The start-up check of a built copy on Linux (see c_library_problem)."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return None
    return c_library_problem(read_build_info(), system_glibc())


def system_program_environment() -> dict[str, str]:
    """The environment for starting a program of the system (lp, zenity): in a built copy, the
    library path it had before the bundle's own libraries were put first (PyInstaller keeps it
    as *_ORIG), so that the program loads the system's libraries, not ours."""
    env = dict(os.environ)
    for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
        original = env.pop(name + "_ORIG", None)
        if getattr(sys, "frozen", False):
            env.pop(name, None)
            if original is not None:
                env[name] = original
    return env


def licences_dir(root: Path | None = None) -> Path:
    return (root or bundle_root()) / LICENCES_FOLDER


def bundled_licences(root: Path | None = None) -> list[Licence]:
    """The licence notices the build collected (empty when running from the sources)."""
    try:
        index = json.loads((licences_dir(root) / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    found = []
    for entry in index if isinstance(index, list) else ():
        try:
            found.append(
                Licence(
                    str(entry["name"]),
                    str(entry.get("version", "")),
                    str(entry.get("license", "")),
                    tuple(str(f) for f in entry.get("files", ())),
                )
            )
        except (KeyError, TypeError, AttributeError):
            continue
    return found


def licence_text(licence: Licence, root: Path | None = None) -> str:
    """The texts of one notice, one after the other; a file outside the folder is skipped."""
    folder = licences_dir(root).resolve()
    parts = []
    for name in licence.files:
        path = (folder / name).resolve()
        if not path.is_relative_to(folder) or not path.is_file():
            continue
        parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n\n".join(parts)
