"""One workstation of the concurrency test: `python -m tests.core.store.concurrent_worker ADDRESS
FOLDER SEED COUNT` runs COUNT mixed actions against the register and prints one JSON line with
what it did, the customer numbers it was given, the customers it erased, and every error (its
type only)."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import ConflictError, ValidationError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services, open_services
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

# Two erasures per workstation, at fixed points (each issues its letter and rewrites the
# personal tables, which makes it the slowest action by far).
ERASE_AT = (40, 140)
IMPORT_ROWS = 3
MIX = ("create", "create", "edit", "view", "consent", "search") * 2 + ("import",)


def _erase(services: Services, admin: Actor, customer_id: int) -> None:
    """An erasure request for the customer, its letter, then the erasure itself."""
    request = services.requests.register(
        admin, RequestInput("erasure", dt.date.today(), "email", customer_id)
    )
    services.letters.issue(admin, request.id, "erasure", "fi", "save")
    plan = services.erasure.plan(admin, request.id)
    services.erasure.run(admin, request.id, plan.token)


def main(address: str, folder: str, seed: int, count: int) -> int:
    rng = random.Random(seed)
    services = open_services(address, hasher=cheap_hasher(), local_folder=Path(folder))
    done: dict[str, int] = {}
    errors: list[str] = []
    numbers: list[str] = []
    edits: list[tuple[int, str]] = []  # (customer id, the city this worker saved last)
    mine: list[int] = []
    erased: list[int] = []
    imported = 0
    spent: dict[str, float] = {}  # seconds per kind of action
    try:
        admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
        for i in range(count):
            # An import now and then (about one action in 13), as an office imports a list.
            action = rng.choice(MIX)
            if i in ERASE_AT and len(mine) > 1:
                action = "erase"
            started = time.monotonic()
            try:
                if action == "erase":
                    cid = mine.pop(rng.randrange(len(mine)))
                    _erase(services, admin, cid)
                    erased.append(cid)
                elif action == "import":
                    names = "".join(f"Tuotu {seed}-{i}-{n}\r\n" for n in range(IMPORT_ROWS))
                    plan = services.imports.plan(admin, f"Nimi\r\n{names}".encode())
                    result = services.imports.run(admin, plan, all_or_nothing=True)
                    imported += result.imported
                elif action == "create" or not mine:
                    action = "create"
                    c = services.customers.create(
                        admin,
                        CustomerInput(name=f"Asiakas {seed}-{i}", email=f"a{seed}.{i}@example.fi"),
                    )
                    mine.append(c.id)
                    numbers.append(c.customer_number)
                elif action == "edit":
                    cid = rng.choice(mine)
                    held = services.customers.view(admin, cid)
                    city = f"Kaupunki {seed}-{i}"
                    try:
                        services.customers.update(
                            admin,
                            cid,
                            held.version,
                            CustomerInput(name=held.name, email=held.email, city=city),
                        )
                        edits.append((cid, city))
                    except ConflictError:
                        done["conflict"] = done.get("conflict", 0) + 1
                elif action == "view":
                    services.customers.view(admin, rng.choice(mine))
                elif action == "consent":
                    try:
                        services.consents.record(
                            admin,
                            rng.choice(mine),
                            "marketing_email",
                            rng.random() < 0.5,
                            "web_form",
                        )
                    except ValidationError as exc:
                        if exc.code != "consent_unchanged":  # given twice: the rule, no error
                            raise
                        done["unchanged"] = done.get("unchanged", 0) + 1
                else:
                    services.customers.search(admin, f"asiakas {seed}")
                done[action] = done.get(action, 0) + 1
            except Exception as exc:
                errors.append(f"{action}:{type(exc).__name__}:{getattr(exc, 'code', '')}")
            spent[action] = spent.get(action, 0.0) + time.monotonic() - started
    finally:
        services.db.dispose()
    report = {"done": done, "errors": errors, "numbers": numbers, "edits": edits}
    print(json.dumps({**report, "erased": erased, "imported": imported, "spent": spent}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
