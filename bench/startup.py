"""Start-up time until the first window is shown, as a ratio to a bare PySide6 window.

Each measurement is a fresh `python -c` process, so interpreter start-up, imports, the database
and the first dialog all count, for the app and for the baseline alike. The parent passes its
time.perf_counter() at launch; the child prints perf_counter() minus that from a zero-timer after
the window's show() (a system-wide monotonic clock on Linux, Windows and macOS). Runs are
interleaved and rotated, so that a slow moment of the machine does not favour one kind.

    make bench                       # N=7, target 1.5x
    python bench/startup.py --runs 15 --target 1.5
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "kaksi karhua kiipesi kuusen latvaan"
CHILD_TIMEOUT = 120

BASELINE_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

t0 = float(sys.argv[1])
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("baseline")
window.show()

def shown():
    assert window.isVisible()
    print(f"{time.perf_counter() - t0:.6f}", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""

# The GUI start as `l4d_desktop.cli.main` and `l4d_desktop.app.run_gui` do it, up to the first
# dialog, with the entry point's own argument parsing in front; no hook in the program itself.
# The app shows its first dialog before the database layer has loaded (in a thread): the child
# also reports when the services are ready, and quits only then, so that no thread is cut off
# mid-import.
APP_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from l4d_desktop.cli.parser import db_path_of, gui_arguments
from l4d_desktop.app import start_gui

t0 = float(sys.argv[1])
flow = start_gui(db_path_of(gui_arguments(["--db", sys.argv[2]])))
app = QApplication.instance()
seen = {}

def shown():
    assert flow.dialog is not None and flow.dialog.isVisible()
    seen["shown"] = time.perf_counter() - t0
    seen["dialog"] = type(flow.dialog).__name__
    print("-- shown --", file=sys.stderr, flush=True)  # splits the -X importtime profile
    ready()

def ready():
    if flow.services is None:
        QTimer.singleShot(2, ready)
        return
    now = time.perf_counter() - t0
    print(f"{seen['shown']:.6f} {now:.6f} {seen['dialog']}", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
if flow.services is not None:
    flow.services.db.dispose()
"""

EXPECTED_DIALOG = {"first-run": "FirstRunDialog", "login": "LoginDialog"}


def isolated_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "L4D_DB"}
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
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


class Bench:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.env = isolated_env(self.home)
        self.login_db = work / "initialised.sqlite3"
        self.fresh_count = 0

    def initialise_login_db(self) -> None:
        subprocess.run(
            [
                *(sys.executable, "-m", "l4d_desktop", "--db", str(self.login_db), "init"),
                *("--admin", "boss", "--full-name", "Testi Pääkäyttäjä", "--password-stdin"),
            ],
            input=PASSWORD + "\n",
            env=self.env,
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
            check=True,
        )

    def fresh_db(self) -> Path:
        """A first start creates and migrates the database, so each run gets a new file."""
        self.fresh_count += 1
        return self.work / f"fresh-{self.fresh_count}.sqlite3"

    def child(self, kind: str, python_flags: tuple[str, ...] = ()) -> subprocess.Popen[str]:
        code, extra = {
            "baseline": (BASELINE_CHILD, []),
            "first-run": (APP_CHILD, [str(self.fresh_db())]),
            "login": (APP_CHILD, [str(self.login_db)]),
        }[kind]
        t0 = time.perf_counter()
        return subprocess.Popen(
            [sys.executable, *python_flags, "-c", code, repr(t0), *extra],
            env=self.env,
            cwd=self.work,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def measure(self, kind: str) -> tuple[float, float]:
        """Seconds until the first window was shown, and until the app was ready for input
        behind it (the same for the baseline)."""
        process = self.child(kind)
        try:
            out, err = process.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise SystemExit(f"{kind} child did not finish in {CHILD_TIMEOUT} s") from None
        fields = out.split()
        if process.returncode != 0 or not fields:
            raise SystemExit(f"{kind} child failed ({process.returncode}):\n{err[-3000:]}")
        if kind in EXPECTED_DIALOG and fields[2] != EXPECTED_DIALOG[kind]:
            raise SystemExit(f"{kind} start showed {fields[2]}, not {EXPECTED_DIALOG[kind]}")
        shown = float(fields[0])
        return shown, float(fields[1]) if len(fields) > 1 else shown

    def import_profile(self, kind: str, top: int = 15) -> str:
        """`python -X importtime` of one start: the costliest imports, for a failing ratio."""
        process = self.child(kind, ("-X", "importtime"))
        _, err = process.communicate(timeout=CHILD_TIMEOUT)
        rows: list[tuple[int, int, str]] = []
        by_package: dict[str, int] = defaultdict(int)
        for line in err.splitlines():
            if line == "-- shown --":
                break  # what follows loads behind the window and is not part of the target
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
            if not m:
                continue
            own, cumulative, indent, name = int(m[1]), int(m[2]), len(m[3]), m[4]
            by_package[name.split(".")[0]] += own
            if indent <= 4:  # imported by the child itself, or one level below
                rows.append((cumulative, indent, name))
        lines = ["slowest imports before the first window (cumulative, by what imported them):"]
        for cumulative, indent, name in sorted(rows, reverse=True)[:top]:
            lines.append(f"  {cumulative / 1000:8.1f} ms  {' ' * (indent - 1)}{name}")
        lines.append("time spent in each package's own modules before the first window:")
        for name, own in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"  {own / 1000:8.1f} ms  {name}")
        return "\n".join(lines)


def compile_project() -> None:
    """Bytecode for the program's modules, as an installed or frozen program has it.

    The packages of the baseline (PySide6) were compiled when they were installed. Python writes
    the program's own .pyc files on first import, unless the environment forbids it
    (PYTHONDONTWRITEBYTECODE, set on some build machines): then every start would compile every
    module from source, which is not what a user's start does.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "l4d_desktop")],
        check=True,
        timeout=CHILD_TIMEOUT,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each kind")
    parser.add_argument("--target", type=float, default=1.5, help="largest acceptable ratio")
    parser.add_argument("--profile", action="store_true", help="print the import profile")
    args = parser.parse_args(argv)

    kinds = ["baseline", "first-run", "login"]
    with tempfile.TemporaryDirectory(prefix="l4d-bench-") as tmp:
        bench = Bench(Path(tmp))
        bench.initialise_login_db()
        compile_project()
        for kind in kinds:  # warm the file cache; not counted
            bench.measure(kind)
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        ready: dict[str, list[float]] = {kind: [] for kind in kinds}
        for run in range(args.runs):
            order = kinds[run % 3 :] + kinds[: run % 3]
            for kind in order:
                shown, loaded = bench.measure(kind)
                times[kind].append(shown)
                ready[kind].append(loaded)
        profile = bench.import_profile("login")

    base = statistics.median(times["baseline"])
    print(f"start-up until the first window is shown, {args.runs} runs each, medians:")
    print(f"  {'bare QMainWindow':<28}{base * 1000:8.0f} ms")
    verdict = True
    for kind, label in (("first-run", "first-run dialog (new db)"), ("login", "login dialog")):
        median = statistics.median(times[kind])
        ratio = median / base
        verdict = verdict and ratio <= args.target
        spread = f"min {min(times[kind]) * 1000:.0f}, max {max(times[kind]) * 1000:.0f}"
        print(f"  {label:<28}{median * 1000:8.0f} ms  ratio {ratio:.2f}x  ({spread})")
    print("database and services ready behind the window (not part of the target), medians:")
    for kind, label in (("first-run", "first run (creates, migrates)"), ("login", "login")):
        print(f"  {label:<28}{statistics.median(ready[kind]) * 1000:8.0f} ms")
    print(f"target <= {args.target:.2f}x: {'PASS' if verdict else 'FAIL'}")
    if args.profile or not verdict:
        print(profile)
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
