"""A pause's reason kept per letter language, since the access copy prints it to the person:
an English copy never carries the Finnish words."""

from __future__ import annotations

PAUSE_PREFIX = "pause."


def pause_topic(pause_id: int) -> str:
    """The request text topic of the reason the request waited (pause `pause_id`)."""
    return f"{PAUSE_PREFIX}{pause_id}"


__all__ = ["PAUSE_PREFIX", "pause_topic"]
