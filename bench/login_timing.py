"""Login timing: a failed login of an unknown user against a wrong password for a known user.

The answer is the same for both; so should the time be, or a stopwatch tells which usernames
exist. With the production argon2 parameters, `AuthService.login` is timed for a username that
does not exist (one argon2 verification against a dummy hash) and for an existing user with a
wrong password (one verification against the stored hash). The two kinds alternate, after a
warm-up, each attempt on a fresh username key so that throttling never answers first (a
throttled attempt is refused before any verification, for both kinds alike); the medians must
be within `--tolerance` (10 %) of each other.

    make bench                                      # 25 rounds, tolerance 10 %
    python bench/login_timing.py --rounds 41 --tolerance 0.10
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l4d_desktop.core.errors import AuthenticationError  # noqa: E402
from l4d_desktop.core.security.auth import LockoutPolicy  # noqa: E402
from l4d_desktop.core.security.passwords import PasswordHasher  # noqa: E402
from l4d_desktop.core.services import Services, open_services  # noqa: E402

PASSWORD = "kaksi karhua kiipesi kuusen latvaan"
WRONG = "kolme karhua kiipesi koivun latvaan"
USERS = 8


class Clock:
    """A day per attempt: every failure series has run out before the next attempt."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def failed_login(services: Services, clock: Clock, username: str) -> float:
    clock.now += dt.timedelta(days=1)
    start = time.perf_counter()
    try:
        services.auth.login(username, WRONG)
    except AuthenticationError:
        pass
    else:  # pragma: no cover - the benchmark's own sanity check
        raise SystemExit("a wrong password was accepted")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--tolerance", type=float, default=0.10)
    args = parser.parse_args()

    clock = Clock()
    hasher = PasswordHasher()  # the production parameters
    # Delays and locks never start: the attempts under test must each reach the hasher.
    policy = LockoutPolicy(free_failures=10**6, lock_after=10**6)
    with tempfile.TemporaryDirectory(prefix="l4d-login-bench-") as work:
        services = open_services(
            Path(work) / "l4d.sqlite3", clock=clock, hasher=hasher, lockout=policy
        )
        try:
            admin = services.auth.create_first_admin("paakayttaja", "Testi Pääkäyttäjä", PASSWORD)
            names = [f"kayttaja{i}" for i in range(USERS)]
            for name in names:
                services.users.create_user(
                    admin, name, name.title(), "reader", PASSWORD + " " + name[-1]
                )
            unknown = [f"tuntematon{i}" for i in range(USERS)]

            times: dict[str, list[float]] = {"unknown user": [], "wrong password": []}
            for r in range(args.warmup + args.rounds):
                # Alternate which kind goes first, so that neither profits from the order.
                kinds = [("unknown user", unknown), ("wrong password", names)]
                if r % 2:
                    kinds.reverse()
                for kind, pool in kinds:
                    elapsed = failed_login(services, clock, pool[r % USERS])
                    if r >= args.warmup:
                        times[kind].append(elapsed)
        finally:
            services.db.dispose()

    m_unknown = statistics.median(times["unknown user"]) * 1000
    m_known = statistics.median(times["wrong password"]) * 1000
    difference = abs(m_unknown - m_known) / max(m_unknown, m_known)
    print(f"login timing, argon2 {hasher._hasher.memory_cost} KiB, t={hasher._hasher.time_cost}, "
          f"p={hasher._hasher.parallelism}, {args.rounds} rounds")  # fmt: skip
    print(f"  {'failed login, unknown user (median)':<45} {m_unknown:8.1f} ms")
    print(f"  {'failed login, known user, wrong password':<45} {m_known:8.1f} ms")
    ok = difference <= args.tolerance
    print(f"difference {difference * 100:.1f} %, target <= {args.tolerance * 100:.0f} %: "
          f"{'PASS' if ok else 'FAIL'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
