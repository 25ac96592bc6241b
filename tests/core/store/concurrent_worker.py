"""One workstation of the concurrency test: `python -m tests.core.store.concurrent_worker ADDRESS
FOLDER SEED COUNT` runs COUNT mixed actions against the register and prints one JSON line with
what it did, the customer numbers it was given, and every error (its type only)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import ConflictError, ValidationError
from l4d_desktop.core.services import open_services
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher


def main(address: str, folder: str, seed: int, count: int) -> int:
    rng = random.Random(seed)
    services = open_services(address, hasher=cheap_hasher(), local_folder=Path(folder))
    done: dict[str, int] = {}
    errors: list[str] = []
    numbers: list[str] = []
    edits: list[tuple[int, str]] = []  # (customer id, the city this worker saved last)
    mine: list[int] = []
    try:
        admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
        for i in range(count):
            action = rng.choice(("create", "create", "edit", "view", "consent", "search"))
            try:
                if action == "create" or not mine:
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
    finally:
        services.db.dispose()
    print(json.dumps({"done": done, "errors": errors, "numbers": numbers, "edits": edits}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
