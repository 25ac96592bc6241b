"""One-time passwords for a reset: made by the program, never chosen by the administrator."""

from __future__ import annotations

import datetime as dt
import secrets

# Lower-case letters and digits without the look-alikes 0/o, 1/l/i: read aloud or copied by hand
# from the screen without doubt. 31 symbols: 4.95 bits each.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
RANDOM_CHARACTERS = 20  # about 99 bits
GROUP = 5
VALID_FOR = dt.timedelta(hours=72)


def generate() -> str:
    """20 random characters from `ALPHABET` in groups of five joined by hyphens (23 in all).

    The hyphens are part of the password as hashed; they only make it easier to read out.
    """
    chars = [secrets.choice(ALPHABET) for _ in range(RANDOM_CHARACTERS)]
    return "-".join("".join(chars[i : i + GROUP]) for i in range(0, RANDOM_CHARACTERS, GROUP))


def expired(expires_at: dt.datetime | None, now: dt.datetime) -> bool:
    return expires_at is not None and now >= expires_at
