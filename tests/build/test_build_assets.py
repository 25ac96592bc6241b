"""What the build makes besides the analysis: the icons from the SVG, the Windows version
resource, the build's record and the Linux launcher that checks the C library first."""

from __future__ import annotations

import ast
import json
import os
import struct
import subprocess
from pathlib import Path

import build_assets
import pytest
from PySide6.QtGui import QImage

from l4d_desktop import __version__
from l4d_desktop.paths import resources_dir

SVG = resources_dir() / "icons" / "l4d-desktop.svg"


def test_the_icon_is_rendered_to_pngs_and_a_windows_icon_of_every_size(
    qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    made = build_assets.render_icons(SVG, tmp_path)
    image = QImage(str(made["png"]))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 20).alpha() == 255  # drawn, not empty
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
    data = made["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(build_assets.ICON_SIZES))
    for n, size in enumerate(build_assets.ICON_SIZES):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n
        )
        assert width == height == (0 if size == 256 else size)
        assert (planes, bits) == (1, 32)
        png = data[offset : offset + length]
        assert png.startswith(b"\x89PNG")
        assert QImage.fromData(png).width() == size
    assert QImage(str(made["ico"])).width() > 0  # Qt's own reader takes the file


def test_the_version_resource_names_the_program_and_its_version(tmp_path: Path) -> None:
    path = build_assets.version_file(tmp_path, "1.2.3", "l4d.exe")
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as an expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert "filevers=(1, 2, 3, 0)" in text
    for pair in (
        "('CompanyName', 'Lean 4D Oy')",
        "('ProductName', 'L4D Desktop')",
        "('ProductVersion', '1.2.3')",
        "('OriginalFilename', 'l4d.exe')",
    ):
        assert "StringStruct" + pair in text


def test_the_build_records_its_version_date_and_the_c_library_it_needs(tmp_path: Path) -> None:
    import sys

    binaries = [Path(sys.executable).resolve()]
    path = build_assets.write_build_info(tmp_path, __version__, binaries)
    info = json.loads(path.read_text(encoding="utf-8"))
    assert info["version"] == __version__
    assert len(info["build_date"]) == 10
    if sys.platform == "linux" and build_assets.shutil.which("objdump"):
        major, minor = (int(p) for p in info["glibc_needed"].split("."))
        assert (major, minor) >= (2, 2)
        assert build_assets.read_glibc_needed(path) == info["glibc_needed"]


@pytest.mark.skipif(os.name != "posix", reason="the launcher is a POSIX shell script")
def test_the_launcher_refuses_an_old_c_library_and_otherwise_starts_the_program(
    tmp_path: Path,
) -> None:
    program = tmp_path / "L4D Desktop"
    program.write_text('#!/bin/sh\necho "started with: $*"\n', encoding="utf-8")
    program.chmod(0o755)
    launcher = build_assets.write_launcher(tmp_path, "l4d", "L4D Desktop", "99.0")
    refused = subprocess.run(
        [str(launcher), "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    have = subprocess.run(
        ["getconf", "GNU_LIBC_VERSION"], capture_output=True, text=True, check=False
    ).stdout.split()
    if not have:
        pytest.skip("no GNU C library here")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr.startswith("error: L4D Desktop needs the GNU C library 99.0 or newer")
    assert f"this system has {have[-1]}" in refused.stderr
    launcher = build_assets.write_launcher(tmp_path, "l4d", "L4D Desktop", "2.0")
    link = tmp_path / "bin" / "l4d"  # a link on the PATH to the launcher in the folder
    link.parent.mkdir()
    link.symlink_to(launcher)
    started = subprocess.run(
        [str(link), "user", "list"], capture_output=True, text=True, timeout=30, check=False
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout == "started with: user list\n"
