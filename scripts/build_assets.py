"""What build.spec makes besides the analysis: icons from the SVG, the Windows version resource,
the build's own record (version, date, the C library it needs) and the Linux launcher."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
BUILD_INFO_NAME = "build-info.json"
COMPANY = "Lean 4D Oy"
PRODUCT = "L4D Desktop"
DESCRIPTION = "Customer register and data subject request desk"


# -- icons -----------------------------------------------------------------------------------


def render_icons(svg: Path, out: Path) -> dict[str, Path]:
    """The SVG rendered with Qt's own renderer (QtSvg, already bundled for the window icon) to a
    PNG per size and one multi-size Windows .ico; returns {"ico": …, "png": the 256 px one}."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"build: {svg} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    pngs: list[tuple[int, bytes]] = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        png = bytes(data.data())
        (out / f"{svg.stem}-{size}.png").write_bytes(png)
        pngs.append((size, png))
    ico = out / f"{svg.stem}.ico"
    ico.write_bytes(ico_file(pngs))
    return {"ico": ico, "png": out / f"{svg.stem}-256.png"}


def ico_file(images: Iterable[tuple[int, bytes]]) -> bytes:
    """A Windows icon holding PNG images (allowed since Windows Vista): the ICONDIR header, one
    16-byte entry per image, then the images. A size of 256 is written as 0, as the format says."""
    images = list(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


# -- the Windows version resource ------------------------------------------------------------


def version_file(out: Path, version: str, original_name: str) -> Path:
    """PyInstaller's version file (a VSVersionInfo expression) for one executable: what
    Explorer's Details tab and Windows' own dialogs show."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    fixed = tuple(numbers)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": f"{PRODUCT}: {DESCRIPTION}",
        "FileVersion": version,
        "InternalName": original_name.removesuffix(".exe"),
        "LegalCopyright": f"© {dt.date.today().year} {COMPANY}",
        "OriginalFilename": original_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040b04b0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x040b, 1200, 0x0409, 1200])])
  ]
)
"""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"version-{original_name.removesuffix('.exe')}.txt"
    path.write_text(text, encoding="utf-8")
    return path


# -- the build's record ----------------------------------------------------------------------

GLIBC_SYMBOL = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.\d+)?")


def glibc_needed(binaries: Iterable[Path]) -> str:
    """The newest GNU C library version any of the bundle's binaries asks for (the highest
    GLIBC_x.y symbol version in their version-needed tables, read with objdump), or ""."""
    objdump = shutil.which("objdump")
    if sys.platform != "linux" or objdump is None:
        return ""
    newest = (0, 0)
    for path in binaries:
        done = subprocess.run(
            [objdump, "-p", str(path)], capture_output=True, check=False, timeout=60
        )
        for major, minor in GLIBC_SYMBOL.findall(done.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}" if newest != (0, 0) else ""


def write_build_info(out: Path, version: str, binaries: Iterable[Path]) -> Path:
    """build-info.json: version, build date, the system built on and the C library needed.
    The program reads it (About, and the start-up check of the C library)."""
    import platform

    built_on = platform.libc_ver()
    info = {
        "version": version,
        "build_date": dt.datetime.now(dt.UTC).date().isoformat(),
        "platform": sys.platform,
        "machine": platform.machine(),
        "built_on": f"{built_on[0]} {built_on[1]}".strip(),
        "glibc_needed": glibc_needed(binaries),
    }
    out.mkdir(parents=True, exist_ok=True)
    path = out / BUILD_INFO_NAME
    path.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_glibc_needed(build_info: Path) -> str:
    return str(json.loads(build_info.read_text(encoding="utf-8")).get("glibc_needed", ""))


# -- the Linux command-line launcher ---------------------------------------------------------

LAUNCHER = """#!/bin/sh
# The command-line face of L4D Desktop: the same program as "L4D Desktop" beside this script
# (one copy of the program's archive instead of two). Before starting it, check that the
# system's C library is new enough for the bundle ({glibc}); the program itself cannot say so
# when its libraries fail to load.
here=$(dirname "$(readlink -f "$0")")
need="{glibc}"
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | cut -d' ' -f2)
if [ -n "$need" ] && [ -n "$have" ] && [ "$(printf '%s\\n%s\\n' "$need" "$have" | sort -V | head -n1)" != "$need" ]; then
    text="L4D Desktop needs the GNU C library $need or newer; this system has $have. Use a build made for this system (see the README's section on the double-click app)."
    echo "error: $text" >&2
    if [ ! -t 2 ]; then  # started from a menu: no terminal shows the line above
        zenity --error --text="$text" 2>/dev/null || kdialog --error "$text" 2>/dev/null ||
            xmessage "$text" 2>/dev/null || true
    fi
    exit 1
fi
exec "$here/{program}" "$@"
"""


def write_launcher(folder: Path, name: str, program: str, glibc: str) -> Path:
    path = folder / name
    path.write_text(LAUNCHER.format(glibc=glibc, program=program), encoding="utf-8")
    path.chmod(0o755)
    return path
