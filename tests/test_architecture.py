"""The rules between the program's packages, checked by reading every module's source; each
checker is also shown catching a violation planted in a throw-away tree."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import l4d_desktop

PACKAGE = Path(l4d_desktop.__file__).parent

# Rule 1. The core is the office's work without a face: no Qt, no window, no command line.
CORE_MUST_NOT_IMPORT = (
    "PySide6",
    "shiboken6",
    "l4d_desktop.ui",
    "l4d_desktop.app",
    "l4d_desktop.cli",
)
# Rule 2. The GUI goes through the services; the store is theirs.
STORE = "l4d_desktop.core.store"
# Rule 3. Only the store knows the engine: its driver, its pragmas, its catalogue.
ENGINE_MODULES = ("sqlite3",)
ENGINE_WORDS = re.compile(r"\bpragma\b|\bsqlite_(?:master|schema)\b", re.IGNORECASE)
# Rule 4. Widgets serve every feature, so none of them may know a feature.
WIDGETS = "l4d_desktop.ui.widgets"
FEATURES = tuple(
    f"l4d_desktop.ui.{name}"
    for name in ("customers", "requests", "letters", "register", "admin", "imports", "shell")
)
# Rule 5. A module is read in one sitting, a folder is taken in at a glance.
MAX_LINES = 400
MAX_MODULES = 25
# Modules that are tables of data rather than logic, exempt from the line limit (paths below
# l4d_desktop/, with the reason). An entry whose file is gone fails, so the list cannot rot.
DATA_TABLES = {
    "core/store/migrations/versions/0007_processing_register.py": (
        "the shipped processing register's texts, inside a migration that is never edited again"
    ),
    "ui/texts/errors.py": "the core's error codes in words, one entry per code and nothing else",
}
# The tests and the benchmarks are read in one sitting too (folders below the repository).
REPOSITORY = Path(__file__).resolve().parent.parent
SUITES = ("tests", "bench")
# Suite modules exempt from the line limit (paths below the repository, with the reason).
SUITE_DATA_TABLES: dict[str, str] = {}


@dataclass(frozen=True)
class Module:
    name: str  # dotted, as Python imports it
    path: Path
    is_package: bool

    def tree(self) -> ast.Module:
        return ast.parse(self.path.read_text(encoding="utf-8"), str(self.path))

    def within(self, *packages: str) -> bool:
        return within(self.name, packages)


def within(name: str, packages: Iterable[str]) -> bool:
    """`name` is one of `packages` or inside one ("l4d_desktop.app_log" is not inside
    "l4d_desktop.app")."""
    return any(name == p or name.startswith(p + ".") for p in packages)


def modules(root: Path) -> list[Module]:
    """Every module below the package folder `root`, named as Python would import it."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found.append(Module(".".join(parts), path, is_package))
    return found


def _imports(module: Module) -> list[str]:
    """The dotted names a module imports, relative imports resolved; for `from X import y`
    inside the program, X.y as well, since y may be a module."""
    package = module.name.split(".") if module.is_package else module.name.split(".")[:-1]
    names: list[str] = []
    nodes = [n for n in ast.walk(module.tree()) if isinstance(n, ast.Import | ast.ImportFrom)]
    for node in sorted(nodes, key=lambda n: (n.lineno, n.col_offset)):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            names.append(source)
            if source.split(".")[0] == "l4d_desktop":
                names += [f"{source}.{a.name}" for a in node.names]
    return names


def import_offences(
    root: Path, inside: str, forbidden: Iterable[str], *, except_in: Iterable[str] = ()
) -> list[str]:
    """`module: imported name` for every import of `forbidden` by a module inside `inside`."""
    forbidden, except_in = tuple(forbidden), tuple(except_in)
    return [
        f"{m.name}: {name}"
        for m in modules(root)
        if m.within(inside) and not m.within(*except_in)
        for name in _imports(m)
        if within(name, forbidden)
    ]


def _docstrings(tree: ast.Module) -> set[int]:
    owners = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, owners)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def engine_word_offences(root: Path) -> list[str]:
    """`module:line: text` for every string (docstrings aside) outside the store that speaks
    the engine's own language: a PRAGMA, or its catalogue table."""
    found: list[tuple[str, int, str]] = []
    for m in modules(root):
        if m.within(STORE):
            continue
        tree = m.tree()
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and ENGINE_WORDS.search(node.value)
            ):
                found.append((m.name, node.lineno, node.value))
    return [f"{name}:{line}: {value[:60]!r}" for name, line, value in sorted(found)]


def size_offences(root: Path, data_tables: Iterable[str]) -> list[str]:
    """Modules over MAX_LINES lines (declared data tables aside) and folders over MAX_MODULES
    modules, as paths below `root`."""
    exempt = set(data_tables)
    found = []
    folders: dict[Path, int] = {}
    for m in modules(root):
        rel = m.path.relative_to(root).as_posix()
        folders[m.path.parent] = folders.get(m.path.parent, 0) + 1
        lines = len(m.path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and rel not in exempt:
            found.append(f"{rel}: {lines} lines")
    for folder, count in sorted(folders.items()):
        if count > MAX_MODULES:
            found.append(f"{folder.relative_to(root).as_posix() or '.'}/: {count} modules")
    return found


# -- the rules, on the program as it is -------------------------------------------------------


def test_core_imports_no_qt_and_no_ui() -> None:
    assert import_offences(PACKAGE, "l4d_desktop.core", CORE_MUST_NOT_IMPORT) == []


def test_the_ui_never_reaches_into_the_store() -> None:
    assert import_offences(PACKAGE, "l4d_desktop.ui", [STORE]) == []


def test_only_the_store_imports_the_database_driver() -> None:
    assert import_offences(PACKAGE, "l4d_desktop", ENGINE_MODULES, except_in=[STORE]) == []


def test_only_the_store_sends_pragmas_or_reads_the_engine_catalogue() -> None:
    assert engine_word_offences(PACKAGE) == []


def test_widgets_know_no_feature() -> None:
    assert import_offences(PACKAGE, WIDGETS, FEATURES) == []


def test_no_module_too_long_and_no_folder_too_crowded() -> None:
    assert size_offences(PACKAGE, DATA_TABLES) == []


def test_every_declared_data_table_exists() -> None:
    assert [rel for rel in DATA_TABLES if not (PACKAGE / rel).is_file()] == []


def test_no_test_or_benchmark_module_too_long_and_no_folder_too_crowded() -> None:
    found = []
    for suite in SUITES:
        exempt = [rel.removeprefix(f"{suite}/") for rel in SUITE_DATA_TABLES]
        found += [f"{suite}/{o}" for o in size_offences(REPOSITORY / suite, exempt)]
    assert found == []


def test_every_declared_suite_exemption_exists() -> None:
    assert [rel for rel in SUITE_DATA_TABLES if not (REPOSITORY / rel).is_file()] == []


def test_the_checks_read_the_whole_program() -> None:
    names = {m.name for m in modules(PACKAGE)}
    assert {"l4d_desktop", "l4d_desktop.app", "l4d_desktop.core.services"} <= names
    assert any(n.startswith(STORE + ".") for n in names)
    assert any(n.startswith(WIDGETS + ".") for n in names)


# -- each check catches a planted violation ----------------------------------------------------


def plant(root: Path, files: dict[str, str]) -> Path:
    """A throw-away package tree `l4d_desktop/…` holding `files` (path → source)."""
    package = root / "l4d_desktop"
    for rel, source in {"__init__.py": "", **files}.items():
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return package


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nfrom l4d_desktop import ui\n")
    imports = _imports(Module("bad", bad, is_package=False))
    assert imports == ["PySide6.QtCore", "l4d_desktop", "l4d_desktop.ui"]


def test_the_core_check_catches_qt_the_ui_and_the_app_even_relatively(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/bad.py": (
                "from PySide6.QtCore import QObject\n"
                "import shiboken6\n"
                "from ..ui import widgets\n"
                "def later():\n"
                "    import l4d_desktop.app\n"
            ),
            "core/fine.py": "import l4d_desktop.app_log\nfrom l4d_desktop.core import clock\n",
        },
    )
    assert import_offences(root, "l4d_desktop.core", CORE_MUST_NOT_IMPORT) == [
        "l4d_desktop.core.bad: PySide6.QtCore",
        "l4d_desktop.core.bad: shiboken6",
        "l4d_desktop.core.bad: l4d_desktop.ui",
        "l4d_desktop.core.bad: l4d_desktop.ui.widgets",
        "l4d_desktop.core.bad: l4d_desktop.app",
    ]


def test_the_store_check_catches_a_ui_module_importing_the_store(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "ui/customers/bad.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n"
                "    from l4d_desktop.core.store.settings import SettingsStore\n"
                "from l4d_desktop.core import store\n"
            ),
            "ui/customers/fine.py": "from l4d_desktop.core.services import Services\n",
        },
    )
    assert import_offences(root, "l4d_desktop.ui", [STORE]) == [
        "l4d_desktop.ui.customers.bad: l4d_desktop.core.store.settings",
        "l4d_desktop.ui.customers.bad: l4d_desktop.core.store.settings.SettingsStore",
        "l4d_desktop.ui.customers.bad: l4d_desktop.core.store",
    ]


def test_the_driver_check_catches_sqlite3_anywhere_but_the_store(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "core/customers/bad.py": "import sqlite3\n",
            "ui/bad.py": "from sqlite3 import connect\n",
            "core/store/database.py": "import sqlite3\n",
        },
    )
    assert import_offences(root, "l4d_desktop", ENGINE_MODULES, except_in=[STORE]) == [
        "l4d_desktop.core.customers.bad: sqlite3",
        "l4d_desktop.ui.bad: sqlite3",
    ]


def test_the_engine_word_check_catches_pragmas_and_the_catalogue_outside_the_store(
    tmp_path: Path,
) -> None:
    root = plant(
        tmp_path,
        {
            "core/customers/search.py": (
                '"""Watches the PRAGMA data_version through the store (a docstring may say so)."""\n'
                "def version(conn):\n"
                '    return conn.exec_driver_sql("PRAGMA data_version").scalar()\n'
                "def tables(conn):\n"
                '    return conn.execute(text("SELECT name FROM sqlite_master"))\n'
                "def mode(conn):\n"
                '    return conn.exec_driver_sql(f"pragma {NAME}")\n'
            ),
            "core/store/database.py": 'PRAGMAS = ("PRAGMA foreign_keys=ON",)\n',
        },
    )
    assert engine_word_offences(root) == [
        "l4d_desktop.core.customers.search:3: 'PRAGMA data_version'",
        "l4d_desktop.core.customers.search:5: 'SELECT name FROM sqlite_master'",
        "l4d_desktop.core.customers.search:7: 'pragma '",
    ]


def test_the_widget_check_catches_a_widget_that_knows_a_feature(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "ui/widgets/bad.py": (
                "from l4d_desktop.ui.customers.tab import CustomersTab\n"
                "from l4d_desktop.ui import shell\n"
            ),
            "ui/widgets/fine.py": (
                "from l4d_desktop.ui.widgets.record_table import RecordTableModel\n"
                "from l4d_desktop.ui.operations import run_in_background\n"
            ),
        },
    )
    assert import_offences(root, WIDGETS, FEATURES) == [
        "l4d_desktop.ui.widgets.bad: l4d_desktop.ui.customers.tab",
        "l4d_desktop.ui.widgets.bad: l4d_desktop.ui.customers.tab.CustomersTab",
        "l4d_desktop.ui.widgets.bad: l4d_desktop.ui.shell",
    ]


def test_the_size_check_catches_a_long_module_and_a_crowded_folder(tmp_path: Path) -> None:
    long = "x = 1\n" * (MAX_LINES + 1)
    crowded = {f"core/crowded/m{i:02}.py": "" for i in range(MAX_MODULES + 1)}
    root = plant(
        tmp_path,
        {
            "core/long.py": long,
            "core/at_the_limit.py": "x = 1\n" * MAX_LINES,
            "core/words/table.py": long,
            **crowded,
        },
    )
    assert size_offences(root, ["core/words/table.py"]) == [
        f"core/long.py: {MAX_LINES + 1} lines",
        f"core/crowded/: {MAX_MODULES + 1} modules",
    ]


# -- start-up ----------------------------------------------------------------------------------


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
