"""The benchmarks' register of demo customers, built once and kept in a cache folder.

Building 100 000 customers with their consents, web events and invoices takes half a minute, so
the file is kept (by default in the system's temp folder, `l4d-bench/`) and reused while it is
of the same version: the file name carries a fingerprint of the demo-data generator, the schema
migrations, the customer count and the seed, so a change to any of them builds a new one (and
removes the stale ones). A file is renamed into place only when complete. Benchmarks work on a
copy, so that logging in and the audit entries of a run never change the cached file.

    python bench/demo_db.py --customers 100000     # build (or find) it and print its path

Beyond 100 000 customers the register is the 100 000 one's customers written again, varied
(bench/large_register.py): the generator would take most of an hour for a million.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

import large_register

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

USERNAME = "boss"
FULL_NAME = "Testi Pääkäyttäjä"
PASSWORD = "kaksi karhua kiipesi kuusen latvaan"
SEED = 1
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "l4d-bench"
_SOURCES = ("l4d_desktop/core/demo", "l4d_desktop/core/store/migrations/versions")
_LARGE_SOURCE = ("bench/large_register.py",)


def fingerprint(customers: int, seed: int = SEED) -> str:
    digest = hashlib.sha256(f"{customers}:{seed}:{USERNAME}:{PASSWORD}".encode())
    for name in _SOURCES + (_LARGE_SOURCE if customers > large_register.TEMPLATE else ()):
        path = ROOT / name
        files = sorted(path.glob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def cached_db(
    customers: int,
    cache_dir: Path = DEFAULT_CACHE,
    *,
    rebuild: bool = False,
    seed: int = SEED,
    log: bool = True,
) -> Path:
    """The path of a complete demo register of `customers` customers, built if needed."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"demo-{customers}-{fingerprint(customers, seed)}.sqlite3"
    if path.exists() and not rebuild:
        return path
    for stale in cache_dir.glob(f"demo-{customers}-*.sqlite3*"):
        stale.unlink()
    building = cache_dir / f"building-{customers}.sqlite3"
    for side in cache_dir.glob(f"{building.name}*"):
        side.unlink()
    if log:
        print(f"building a demo register of {customers} customers in {cache_dir} …", flush=True)
    started = time.perf_counter()
    if customers > large_register.TEMPLATE:  # the template's customers written again, varied
        template = cached_db(large_register.TEMPLATE, cache_dir, seed=seed, log=log)
        large_register.build(building, customers, template)
    else:
        _build(building, customers, seed)
    building.rename(path)
    if log:
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def _build(path: Path, customers: int, seed: int) -> None:
    from l4d_desktop.core.security.passwords import PasswordHasher
    from l4d_desktop.core.services import open_services

    # Cheap hashing parameters: logging in to the benchmark file need not take a second.
    hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    services = open_services(path, hasher=hasher)
    try:
        services.auth.create_first_admin(USERNAME, FULL_NAME, PASSWORD, "")
        actor = services.auth.login(USERNAME, PASSWORD)
        services.demo.fill(actor, customers, seed=seed)
        services.db.checkpoint()  # everything in the main file, nothing left in the WAL
    finally:
        services.db.dispose()
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.unlink()


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of the cached register for one run."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "l4d.sqlite3"
    shutil.copyfile(source, target)
    target.chmod(0o600)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    print(cached_db(args.customers, args.cache_dir, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    sys.exit(main())
