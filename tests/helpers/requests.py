"""Requests for tests: registered on one day, by email, and (unless told otherwise) with the
identity check recorded, as the request desk's everyday case."""

from __future__ import annotations

import datetime as dt
from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services

RECEIVED = dt.date(2026, 11, 20)


def register_request(
    services: Services,
    admin: Actor,
    customer_id: int | None,
    rtype: str,
    *,
    identified: bool = True,
    channel: str = "email",
) -> RequestRecord:
    """A request registered and, unless told otherwise, with its identity check recorded."""
    r = services.requests.register(admin, RequestInput(rtype, RECEIVED, channel, customer_id))
    if identified:
        return services.requests.identify(admin, r.id, None, "email_on_file")
    return r


def open_request(
    services: Services, admin: Actor, customer_id: int | None, rtype: str, **how: Any
) -> RequestDetail:
    """The same request as a request window loads it: everything the register holds on it
    (`how`: identified=False, channel=… as for `register_request`)."""
    r = register_request(services, admin, customer_id, rtype, **how)
    return services.requests.detail(admin, r.id)
