"""The double-click build: both programs start from the bundle, which carries the migrations and
the translations. One PyInstaller build per session (minutes); `L4D_REUSE_DIST=1` tests the
folder `make dist` left in dist/ instead."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from l4d_desktop import APP_NAME, __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = ".exe" if sys.platform == "win32" else ""
PASSWORD = "kaksi karhua kiipesi kuusen latvaan"
BUILD_TIMEOUT = 40 * 60
RUN_TIMEOUT = 120
GUI_ALIVE_SECONDS = 5.0


@dataclass(frozen=True)
class Bundle:
    folder: Path

    @property
    def cli(self) -> Path:
        return self.folder / f"l4d{SUFFIX}"

    @property
    def gui(self) -> Path:
        return self.folder / f"{APP_NAME}{SUFFIX}"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    if os.environ.get("L4D_REUSE_DIST") == "1":
        folder = ROOT / "dist" / APP_NAME
        if not folder.is_dir():
            pytest.fail(f"L4D_REUSE_DIST=1 but {folder} does not exist: run `make dist` first")
        yield Bundle(folder)
        return
    base = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(base / "config")}  # its cache, too
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(base / "dist"),
        "--workpath",
        str(base / "work"),
        str(ROOT / "build.spec"),
    ]
    try:
        built = subprocess.run(
            command,
            cwd=base,
            env=env,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
        if built.returncode != 0:
            pytest.fail(f"PyInstaller failed ({built.returncode}):\n{built.stderr[-4000:]}")
        yield Bundle(base / "dist" / APP_NAME)
    finally:
        shutil.rmtree(base, ignore_errors=True)  # ~200 MB of build and bundle


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


def isolated_env(home: Path) -> dict[str, str]:
    """No display, and every per-user folder (settings, data, logs) inside the test's tmp."""
    env = {k: v for k, v in os.environ.items() if k != "L4D_DB"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    return env


def run_cli(
    bundle: Bundle, home: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle.cli), *args],
        input=stdin,
        env=isolated_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
        check=False,
    )


def init_args(db: Path) -> list[str]:
    return [
        "--db",
        str(db),
        "init",
        "--admin",
        "boss",
        "--full-name",
        "Testi Pääkäyttäjä",
        "--password-stdin",
    ]


def migrated(db: Path) -> bool:
    """The bundled migrations have run: Alembic's version table holds a revision."""
    if not db.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    except sqlite3.Error:
        return False


def test_console_program_prints_its_version(bundle: Bundle, home: Path) -> None:
    result = run_cli(bundle, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"l4d {__version__}"


def test_init_creates_the_database_through_the_bundled_migrations(
    bundle: Bundle, home: Path, tmp_path: Path
) -> None:
    db = tmp_path / "x.sqlite3"
    first = run_cli(bundle, home, *init_args(db), stdin=PASSWORD + "\n")
    assert first.returncode == 0, first.stderr
    assert db.is_file()

    again = run_cli(bundle, home, *init_args(db), stdin=PASSWORD + "\n")
    assert again.returncode != 0
    assert "Traceback" not in again.stderr
    lines = again.stderr.splitlines()
    assert len(lines) == 1, again.stderr
    assert lines[0].startswith("error: ")


def test_translations_are_bundled(bundle: Bundle) -> None:
    ours = bundle.internal / "i18n" / "l4d_fi.qm"
    assert ours.is_file()
    # A compiled catalogue keeps its translations as UTF-16: a known one must be there.
    assert "Asiakkaat".encode("utf-16-be") in ours.read_bytes()
    # Qt's own dialogs (buttons of message boxes, file dialogs) follow the language, too.
    assert any(bundle.internal.rglob("qtbase_fi.qm"))


def test_windowed_program_starts_and_stays_up(bundle: Bundle, home: Path, tmp_path: Path) -> None:
    db = tmp_path / "gui.sqlite3"
    log = tmp_path / "gui-output.txt"
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [str(bundle.gui), "--db", str(db)],
            env=isolated_env(home),
            cwd=home,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            started = time.monotonic()
            # Alive for a few seconds, and far enough to have created and migrated the database
            # behind its first window (a slow machine gets more time for that, never less for
            # staying up).
            while time.monotonic() - started < GUI_ALIVE_SECONDS or (
                not migrated(db) and time.monotonic() - started < RUN_TIMEOUT
            ):
                if process.poll() is not None:
                    break
                time.sleep(0.2)
            exit_code = process.poll()
        finally:
            process.kill()
            process.wait(timeout=RUN_TIMEOUT)
    output = log.read_text(encoding="utf-8", errors="replace")
    assert exit_code is None, f"the window program exited with {exit_code}:\n{output}"
    assert migrated(db), output
    assert "Traceback" not in output
    # A failure behind the window shows a message box (which keeps the process alive) and is
    # logged.
    app_log = home / ".local" / "share" / APP_NAME / "logs" / "l4d.log"
    logged = app_log.read_text(encoding="utf-8") if app_log.exists() else ""
    assert " ERROR " not in logged and " CRITICAL " not in logged, logged


# The purposes the processing register is seeded with (migration 0007).
SEEDED_PURPOSES = (
    "customer_relationship",
    "services",
    "billing",
    "ad_targeting",
    "analytics",
    "marketing",
    "rights_protection",
    "statutory_duties",
)


def test_the_bundle_prints_letters_with_its_embedded_fonts(
    bundle: Bundle, home: Path, tmp_path: Path
) -> None:
    """The calibration page and the privacy notice from the frozen program: the fonts, the
    country names and the processing register's seed travel with the bundle."""
    db = tmp_path / "letters.sqlite3"
    made = run_cli(bundle, home, *init_args(db), stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    login = ["--db", str(db), "--user", "boss", "--password-stdin"]
    page = tmp_path / "calibration.pdf"
    result = run_cli(
        bundle, home, *login, "letter", "calibration", "--lang", "fi", "--out", str(page),
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # The notice is printed only once the pääkäyttäjä has confirmed every purpose's basis.
    for purpose in SEEDED_PURPOSES:
        result = run_cli(
            bundle, home, *login, "register", "confirm", purpose, stdin=PASSWORD + "\n"
        )
        assert result.returncode == 0, result.stderr
    notice = tmp_path / "notice.pdf"
    result = run_cli(
        bundle, home, *login, "register", "notice", "--lang", "en", "--out", str(notice),
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    for path, words in ((page, "Ikkunakuoren kalibrointisivu"), (notice, "Finland")):
        pdf = PdfReader(path)
        assert words in "".join(p.extract_text() for p in pdf.pages)
        for p in pdf.pages:
            for font in (p["/Resources"].get("/Font") or {}).values():
                assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()


def test_the_bundle_carries_its_record_licences_and_icon_and_nothing_unused(
    bundle: Bundle,
) -> None:
    """Issue 17, points 6–8: what the build adds, and what it leaves out."""
    import json

    info = json.loads((bundle.internal / "build-info.json").read_text(encoding="utf-8"))
    assert info["version"] == __version__ and info["build_date"]
    index = json.loads((bundle.internal / "licenses" / "index.json").read_text(encoding="utf-8"))
    names = {entry["name"].casefold() for entry in index}
    assert {"pyside6_essentials", "shiboken6", "sqlalchemy", "reportlab", "python"} <= names
    for entry in index:
        for name in entry["files"]:
            assert (bundle.internal / "licenses" / name).is_file(), name
    assert (bundle.internal / "resources" / "icons" / "l4d-desktop-256.png").is_file()
    files = [p.relative_to(bundle.internal).as_posix() for p in bundle.internal.rglob("*")]
    assert not [f for f in files if "Qt6Qml" in f or "Qt6Quick" in f or "VirtualKeyboard" in f]
    translations = sorted(f.rsplit("/", 1)[1] for f in files if "/translations/" in f)
    assert translations == ["qtbase_en.qm", "qtbase_fi.qm", "qtbase_sv.qm"]
    locales = {f.split("/")[2] for f in files if f.startswith("pycountry/locales/")}
    assert locales <= {"fi", "sv", "en"} and {"fi", "sv"} <= locales
    holiday_names = [f for f in files if f.startswith("holidays/locale/") and f.endswith(".mo")]
    assert holiday_names and all(f.endswith("/FI.mo") for f in holiday_names)
    if sys.platform != "win32":
        # One program: the command-line face is a script starting it, not a second copy.
        assert bundle.cli.read_bytes().startswith(b"#!/bin/sh")
