"""Customers for tests: one way to add a person to the register, Maija as most tests know her,
and files of web events for an import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services

MAIJA = "Maija Meikäläinen"
MAIJA_CONTACT = {"email": "maija@example.fi", "phone": "040 123 4567"}
# Where she lives and works, for the tests that print or show an address.
MAIJA_ADDRESS = {
    "street": "Vanha kirkkokuja 19",
    "postal_code": "02520",
    "city": "Kirkkonummi",
    "company": "Lean 4D Oy",
}


def add_customer(services: Services, actor: Actor, name: str, **fields: Any) -> CustomerRecord:
    return services.customers.create(actor, CustomerInput(name=name, **fields))


def add_maija(services: Services, actor: Actor, **fields: Any) -> CustomerRecord:
    """Maija Meikäläinen with her email address and phone number; `fields` add to them."""
    return add_customer(services, actor, MAIJA, **{**MAIJA_CONTACT, **fields})


def event_lines(email: str, count: int, start: dt.datetime | None = None) -> list[str]:
    """JSON Lines of `count` page views by `email`, one minute apart."""
    start = start or dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    return [
        json.dumps(
            {
                "email": email,
                "time": (start + dt.timedelta(minutes=i)).isoformat(),
                "ip": "192.0.2.7",
                "page": f"/tuotteet/{i}",
                "referrer": "https://www.example.com/haku",
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
            }
        )
        for i in range(count)
    ]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
