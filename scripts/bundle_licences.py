"""The licence notices of everything the bundle carries, collected at build time from the
installed packages' own metadata (importlib.metadata), so that no list is kept by hand.

Each bundled Python distribution gets a folder `licenses/<name>-<version>/` with the licence
files its wheel ships (License-File entries, or LICENSE*/COPYING*/NOTICE* in its dist-info).
Qt for Python's wheels ship none: their licence is stated in the metadata ("LGPL-3.0-only OR
…"), and the LGPL and the GPL it builds on are copied from scripts/licence_texts/. The Python
interpreter's licence comes from its own installation; on Debian-like systems the copyright
file of every system library the bundle carries is added from /usr/share/doc. `index.json`
lists them all for the About dialog.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "licence_texts"
LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
# Licences stated only by their SPDX expression in the metadata, and the texts they need.
SPDX_TEXTS = {"LGPL-3.0-only": ("LGPL-3.0.txt", "GPL-3.0.txt")}
OWN = frozenset({"l4d-desktop"})  # the program itself: its terms are Lean 4D's own


def bundled_distributions(top_level_names: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide any of the bundle's top-level modules."""
    providers = metadata.packages_distributions()
    names: set[str] = set()
    for module in top_level_names:
        names.update(providers.get(module, ()))
    found = {}
    for name in sorted(names - OWN, key=str.casefold):
        dist = metadata.distribution(name)
        found[dist.metadata["Name"].casefold()] = dist
    return list(found.values())


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, bytes]]:
    files = []
    for entry in dist.files or ():
        parts = entry.parts
        in_dist_info = parts[0].endswith(".dist-info")
        if in_dist_info and (LICENCE_NAME.match(entry.name) or "licenses" in parts[1:-1]):
            path = Path(str(entry.locate()))
            if path.is_file():
                files.append(("__".join(parts[1:]), path.read_bytes()))
    return files


def _stated_licence(dist: metadata.Distribution) -> str:
    """The SPDX expression, or the first line of the free-text License field."""
    text = (dist.metadata.get("License-Expression") or dist.metadata.get("License") or "").strip()
    return text.splitlines()[0] if text else ""


def collect(out: Path, top_level_names: Iterable[str], system_libraries: Iterable[Path]) -> Path:
    """Write the licence folder to `out` (made afresh) and return it."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    index = []
    for dist in bundled_distributions(top_level_names):
        name, version = dist.metadata["Name"], dist.version
        folder = out / f"{name}-{version}"
        folder.mkdir()
        stated = _stated_licence(dist)
        files = _licence_files(dist)
        if not files:
            for key, texts in SPDX_TEXTS.items():
                if key in stated:
                    files = [(t, (TEXTS / t).read_bytes()) for t in texts]
        if not files:
            sys.exit(f"build: no licence text found for {name} {version} ({stated!r})")
        for file_name, data in files:
            (folder / file_name).write_bytes(data)
        index.append(_entry(name, version, stated, folder, out))
    python = _python_licence()
    if python is not None:
        folder = out / f"Python-{sys.version.split()[0]}"
        folder.mkdir()
        shutil.copyfile(python, folder / "LICENSE.txt")
        index.append(_entry("Python", sys.version.split()[0], "PSF-2.0", folder, out))
    for package, copyright_file in _debian_copyrights(system_libraries):
        folder = out / f"system-{package}"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(copyright_file, folder / "copyright")
        index.append(_entry(package, "", "see copyright", folder, out))
    (out / "index.json").write_text(
        json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return out


def _entry(name: str, version: str, stated: str, folder: Path, out: Path) -> dict[str, object]:
    files = sorted(p.relative_to(out).as_posix() for p in folder.rglob("*") if p.is_file())
    return {"name": name, "version": version, "license": stated, "files": files}


def _python_licence() -> Path | None:
    for base in (sysconfig.get_paths()["stdlib"], sys.base_prefix):
        candidate = Path(base) / "LICENSE.txt"
        if candidate.is_file():
            return candidate
    return None


def _debian_copyrights(libraries: Iterable[Path]) -> list[tuple[str, Path]]:
    """(package, its copyright file) for the system libraries, through `dpkg -S`."""
    dpkg = shutil.which("dpkg")
    paths = set()
    for library in libraries:
        real = str(Path(library).resolve())
        paths.add(real)
        # With a merged /usr, dpkg knows a file under either name.
        if real.startswith("/usr/lib/"):
            paths.add(real.removeprefix("/usr"))
        elif real.startswith("/lib/"):
            paths.add("/usr" + real)
    if dpkg is None or not paths:
        return []
    done = subprocess.run(
        [dpkg, "-S", *sorted(paths)], capture_output=True, text=True, check=False, timeout=120
    )
    packages = set()
    for line in done.stdout.splitlines():
        package = line.split(":", 1)[0].strip()
        if package and "," not in package:
            packages.add(package)
    found = []
    for package in sorted(packages):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            found.append((package, copyright_file))
    return found
