"""Memory of the running app with 100 000 customers and the Customers tab open, against the same
app on an empty register (target: less than 100 MB more).

Each measurement is a fresh process, run offscreen (QT_QPA_PLATFORM=offscreen) with its own
home folder: it opens the services on the database, logs the administrator in, opens the main
window as the login does (StartFlow._open_main_window), makes sure the Customers tab is the
current one, waits until its table holds the first page and its count, lets the event loop run
a moment, and then reads its own resident set size (VmRSS from /proc/self/status; where there
is no /proc, the peak from getrusage). Runs of the two kinds alternate; medians are compared.

The registers are the cached demo registers of bench/demo_db.py (built once); runs use copies.

    make bench                                   # 100 000 customers, limit 100 MB
    python bench/memory.py --customers 100000 --runs 3 --limit-mb 100
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import demo_db
from startup import isolated_env

CHILD_TIMEOUT = 300

CHILD = """
import sys, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from l4d_desktop.app import StartFlow, create_application
from l4d_desktop.core.services import open_services

db, username, password, expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def rss_kib():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]), "VmRSS"
    except OSError:
        pass
    import resource  # no /proc (macOS, BSD): the peak is the nearest figure there is

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (peak // 1024 if sys.platform == "darwin" else peak), "peak RSS (getrusage)"


app, settings, language = create_application()
services = open_services(Path(db))
actor = services.auth.login(username, password)
flow = StartFlow(language, settings, services)
flow._open_main_window(actor)
window = flow.window
tab = window.customers_tab
window.tabs.setCurrentWidget(tab)
table = tab.findChild(QTableView, "customer_table")
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    QCoreApplication.processEvents()
    shown = table.model().rowCount()
    if shown >= min(expected, 200) and getattr(tab, "_total", None) == expected:
        break
    time.sleep(0.01)
else:
    raise SystemExit(f"the Customers tab did not show its first page ({shown} rows)")
settled = time.monotonic() + 1.0  # paint, lazy fetches, timers: a moment of normal running
while time.monotonic() < settled:
    QCoreApplication.processEvents()
    time.sleep(0.01)
kib, source = rss_kib()
print(kib, shown, tab._total, source, flush=True)
window.close()
services.db.dispose()
"""


def measure(db: Path, customers: int, work: Path) -> tuple[int, int, str]:
    """(RSS in KiB, rows shown, where the figure came from) of one run of the app on `db`."""
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    copy = demo_db.working_copy(db, work / "data")
    process = subprocess.run(
        [
            *(sys.executable, "-c", CHILD, str(copy)),
            *(demo_db.USERNAME, demo_db.PASSWORD, str(customers)),
        ],
        env=isolated_env(home),
        cwd=work,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )
    fields = process.stdout.split(maxsplit=3)
    if process.returncode != 0 or len(fields) < 4:
        raise SystemExit(f"memory child failed ({process.returncode}):\n{process.stderr[-3000:]}")
    return int(fields[0]), int(fields[1]), fields[3].strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="measured runs of each kind")
    parser.add_argument("--limit-mb", type=float, default=100.0, help="largest difference")
    parser.add_argument("--cache-dir", type=Path, default=demo_db.DEFAULT_CACHE)
    parser.add_argument("--rebuild", action="store_true", help="build the demo registers anew")
    args = parser.parse_args(argv)

    registers = {
        0: demo_db.cached_db(0, args.cache_dir, rebuild=args.rebuild),
        args.customers: demo_db.cached_db(args.customers, args.cache_dir, rebuild=args.rebuild),
    }
    results: dict[int, list[int]] = {n: [] for n in registers}
    source = ""
    shown = 0
    with tempfile.TemporaryDirectory(prefix="l4d-bench-memory-") as tmp:
        for run in range(args.runs):
            order = list(registers) if run % 2 == 0 else list(reversed(registers))
            for n in order:
                kib, rows, source = measure(registers[n], n, Path(tmp) / f"{n}-{run}")
                results[n].append(kib)
                shown = rows if n else shown

    empty = statistics.median(results[0]) / 1024
    full = statistics.median(results[args.customers]) / 1024
    difference = full - empty
    verdict = difference < args.limit_mb
    print(f"memory of the app with the Customers tab open ({source}), {args.runs} runs, medians:")
    print(f"  {'empty register':<36}{empty:8.1f} MB")
    print(f"  {f'{args.customers} customers ({shown} rows shown)':<36}{full:8.1f} MB")
    print(f"  {'difference':<36}{difference:8.1f} MB")
    print(f"difference < {args.limit_mb:.0f} MB: {'PASS' if verdict else 'FAIL'}")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
