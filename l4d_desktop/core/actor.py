"""The logged-in user as the faces hold it (kept free of the database layer, so that the first
window can be shown before that layer has loaded)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Services re-check the user against the database on every call; this is only a token."""

    user_id: int
    username: str
    full_name: str
    role: str
    rights: frozenset[str]
    must_change_password: bool = False

    def can(self, right: str) -> bool:
        """For showing or hiding controls only; the services decide for real."""
        return str(right) in self.rights
