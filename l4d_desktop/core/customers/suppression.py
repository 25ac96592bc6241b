"""The suppression list: salted hashes of the emails and phones that must never be marketed to.

An objection to direct marketing is absolute and outlives an erasure of the person, so the list
keeps no name and no address, only a digest that a later import can be checked against.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.store.models import Setting, Suppression
from l4d_desktop.core.text import fold

SALT_KEY = "suppression_salt"


def _salt(session: Session) -> str:
    row = session.get(Setting, SALT_KEY)
    if row is None or not row.value:
        # A register created before the salt existed gets one on first use.
        value = secrets.token_hex(32)
        if row is None:
            session.add(Setting(key=SALT_KEY, value=value))
        else:
            row.value = value
        session.flush()
        return value
    return row.value


def digests(salt: str, email: str, phone: str) -> list[tuple[str, str]]:
    """(kind, digest) of a normalised email (case-folded) and an E.164 phone, when given."""
    out: list[tuple[str, str]] = []
    for kind, value in (("email", fold(email.strip())), ("phone", phone.strip())):
        if value:
            digest = hashlib.sha256(f"{salt}\x1f{kind}\x1f{value}".encode()).hexdigest()
            out.append((kind, digest))
    return out


class SuppressionList:
    """Used inside the services' transactions; it checks no rights of its own."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._salt = _salt(session)

    def add(self, email: str, phone: str, today: dt.date) -> int:
        """Add the person's email and phone; returns how many entries were new."""
        added = 0
        for kind, digest in digests(self._salt, email, phone):
            exists = self._session.scalar(
                select(Suppression.id).where(Suppression.kind == kind, Suppression.digest == digest)
            )
            if exists is None:
                self._session.add(Suppression(kind=kind, digest=digest, created_on=today))
                added += 1
        self._session.flush()
        return added

    def contains(self, email: str, phone: str) -> bool:
        pairs = digests(self._salt, email, phone)
        if not pairs:
            return False
        return self._match(pairs)

    def _match(self, pairs: Iterable[tuple[str, str]]) -> bool:
        for kind, digest in pairs:
            stmt = select(Suppression.id).where(
                Suppression.kind == kind, Suppression.digest == digest
            )
            if self._session.scalar(stmt.limit(1)) is not None:
                return True
        return False

    def all_digests(self) -> set[tuple[str, str]]:
        """Every entry, for checking many rows at once (an import)."""
        return {
            (k, d) for k, d in self._session.execute(select(Suppression.kind, Suppression.digest))
        }

    @property
    def salt(self) -> str:
        return self._salt
