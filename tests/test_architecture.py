"""The core never imports Qt or the ui package: walk every import of every core module."""

from __future__ import annotations

import ast
from pathlib import Path

import l4d_desktop

CORE = Path(l4d_desktop.__file__).parent / "core"
FORBIDDEN = ("PySide6", "shiboken6", "l4d_desktop.ui", "l4d_desktop.app")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            if node.module == "l4d_desktop":
                names += [f"l4d_desktop.{a.name}" for a in node.names]
    return names


def test_core_imports_no_qt_and_no_ui() -> None:
    offenders = [
        f"{path.relative_to(CORE)}: {name}"
        for path in CORE.rglob("*.py")
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nfrom l4d_desktop import ui\n")
    assert _imports(bad) == ["PySide6.QtCore", "l4d_desktop", "l4d_desktop.ui"]


def test_the_first_window_does_not_wait_for_the_database_layer() -> None:
    """The GUI start path shows its first window before SQLAlchemy, Alembic and argon2 load
    (they load in a worker thread behind it): importing them here would slow every start."""
    import subprocess
    import sys

    heavy = (
        "sqlalchemy",
        "alembic",
        "argon2",
        "phonenumbers",
        "email_validator",
        "holidays",
        "stdnum",
        # windows that are needed only after login
        "l4d_desktop.ui.shell.lock_screen",
        "l4d_desktop.ui.shell.main_window",
    )
    code = (
        "import sys, l4d_desktop.cli, l4d_desktop.cli.parser, l4d_desktop.app\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
