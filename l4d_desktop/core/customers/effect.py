"""When an objection or a consent withdrawal takes effect: on receipt (Art. 7(3), 21(3)), not on
the day it was typed in, which the records keep separately."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.clock import OFFICE_ZONE


def receipt_moment(received_on: dt.date, received_at: dt.datetime | None = None) -> dt.datetime:
    """The moment of receipt: the recorded time, else the start of the office's day."""
    if received_at is not None:
        return received_at
    return dt.datetime.combine(received_on, dt.time(), OFFICE_ZONE).astimezone(dt.UTC)


def effective_after(receipt: dt.datetime, since: dt.datetime | None) -> dt.datetime:
    """The ledger entry's time: the receipt, or the consent's own time when the consent was
    given after the receipt (the ledger's state is its latest entry, so the ending entry may
    not come before it)."""
    return max(receipt, since) if since is not None else receipt


__all__ = ["effective_after", "receipt_moment"]
