"""The suppression list: keyed hashes of the emails and phones that must never be marketed to.

An objection to direct marketing is absolute and outlives an erasure of the person, so the list
keeps no name and no address, only a digest that a later import can be checked against. The
digest is keyed with a secret kept in a file beside the database (on a server, in the register's
keep database), never inside it: a copy of the database or of a backup does not let anyone test
candidate numbers against the list (the attacker model is in README.md, "Erasure and the
suppression list").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.store.keep.files import KEY_SUFFIX as KEY_SUFFIX
from l4d_desktop.core.store.keep.files import FileKeyStore, key_path
from l4d_desktop.core.store.models import Setting, Suppression
from l4d_desktop.core.store.session_info import KEY_STORE_KEY, LOCAL_PATH_KEY, KeyStore
from l4d_desktop.core.text import fold

SALT_KEY = "suppression_salt"
# HMAC of a constant under the key: tells the right key file from a wrong or damaged one, and
# that the entries are keyed (a register without it holds entries of the older, unkeyed form).
KEY_CHECK = "suppression_key_check"
KEY_MISSING = "suppression_key_missing"
_CHECK_MESSAGE = b"l4d suppression key check"
# Between the salt and the key in the secret handed to callers that hash many rows (imports).
_SEPARATOR = "\x1e"


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


def _legacy(salt: str, kind: str, value: str) -> str:
    """The unkeyed digest the list held before the key: the input of the keyed one."""
    return hashlib.sha256(f"{salt}\x1f{kind}\x1f{value}".encode()).hexdigest()


def _keyed(key: bytes, legacy: str) -> str:
    return hmac.new(key, legacy.encode(), hashlib.sha256).hexdigest()


def digests(secret: str, email: str, phone: str) -> list[tuple[str, str]]:
    """(kind, digest) of a normalised email (case-folded) and an E.164 phone, when given.

    `secret` is SuppressionList.salt: the salt and the key together, or the salt alone for a
    register whose entries are not keyed yet."""
    salt, _, key_hex = secret.partition(_SEPARATOR)
    key = bytes.fromhex(key_hex) if key_hex else None
    out: list[tuple[str, str]] = []
    for kind, value in (("email", fold(email.strip())), ("phone", phone.strip())):
        if value:
            digest = _legacy(salt, kind, value)
            out.append((kind, digest if key is None else _keyed(key, digest)))
    return out


def key_file(session: Session) -> Path | None:
    """Where the key of this session's database file lives: beside the file, never in it
    (None for a database without a file)."""
    database = session.info.get(LOCAL_PATH_KEY) or session.get_bind().engine.url.database
    if not database or database == ":memory:":
        return None
    return key_path(Path(database))


def key_store(session: Session) -> KeyStore | None:
    """Where the key of this session's register is kept: what the store put in the session
    (a file beside a register file, the keep of a register on a server), else the file."""
    store = session.info.get(KEY_STORE_KEY)
    if store is not None:
        return cast(KeyStore, store)
    path = key_file(session)
    return FileKeyStore(path) if path is not None else None


def _key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_MESSAGE, hashlib.sha256).hexdigest()


def key_fits(session: Session, key: bytes) -> bool:
    """Whether `key` is the one the register's entries were keyed with (a key file found on a
    workstation is checked so before it is given to the server's keep)."""
    check = session.get(Setting, KEY_CHECK)
    return check is not None and hmac.compare_digest(_key_check(key), check.value)


def _entries(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Suppression)) or 0)


def has_legacy_entries(session: Session) -> bool:
    """Whether the list holds entries of the older, unkeyed form (a read, for the start)."""
    return session.get(Setting, KEY_CHECK) is None and _entries(session) > 0


def rekey_legacy_entries(session: Session, *, even_if_empty: bool = False) -> int:
    """Key the entries of the older, unkeyed form in place (their digest becomes the keyed
    digest of itself); makes the key file when there is none. Returns how many were keyed.

    An empty list is left without a key (the key is made with the first entry) unless
    `even_if_empty`."""
    if session.get(Setting, KEY_CHECK) is not None:
        return 0
    store = key_store(session)
    if store is None:
        return 0
    legacy = list(session.execute(select(Suppression.id, Suppression.digest)))
    if not legacy and not even_if_empty:
        return 0
    key = store.read() or store.create()
    for entry_id, digest in legacy:
        session.execute(
            update(Suppression).where(Suppression.id == entry_id).values(digest=_keyed(key, digest))
        )
    session.add(Setting(key=KEY_CHECK, value=_key_check(key)))
    session.flush()
    return len(legacy)


class SuppressionList:
    """Used inside the services' transactions; it checks no rights of its own.

    A missing or wrong key file with entries on the list raises `suppression_key_missing`
    (restore the file from its backup): nothing is matched or added without it, so no objection
    is silently forgotten. With an empty list a new key is simply made on the next add()."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._salt = _salt(session)
        self._key = self._current_key()

    def _current_key(self) -> bytes | None:
        check = self._session.get(Setting, KEY_CHECK)
        if check is None:
            return None  # entries of the unkeyed form, keyed at the next start or add()
        store = key_store(self._session)
        key = store.read() if store is not None else None
        if key is not None and hmac.compare_digest(_key_check(key), check.value):
            return key
        if _entries(self._session):
            raise BusinessRuleError(KEY_MISSING, file=store.where if store else "")
        return None

    def _writable_key(self) -> bytes | None:
        """The key to add entries with, made (and older entries keyed) when there is none."""
        if self._key is not None:
            return self._key
        store = key_store(self._session)
        if store is None:
            return None
        check = self._session.get(Setting, KEY_CHECK)
        if check is None:
            rekey_legacy_entries(self._session, even_if_empty=True)
            self._key = store.read()
        else:  # the list is empty and its key is gone: nothing is lost with a new one
            self._key = store.read() or store.create()
            check.value = _key_check(self._key)
            self._session.flush()
        return self._key

    def add(
        self, email: str, phone: str, today: dt.date, effective_on: dt.date | None = None
    ) -> int:
        """Add the person's email and phone, recorded `today` and in effect from `effective_on`
        (the objection's receipt; default today); an entry already there keeps the earlier day
        of effect. Returns how many entries were new."""
        self._writable_key()
        effect = effective_on or today
        added = 0
        for kind, digest in digests(self.salt, email, phone):
            entry = self._session.scalar(
                select(Suppression).where(Suppression.kind == kind, Suppression.digest == digest)
            )
            if entry is None:
                self._session.add(
                    Suppression(kind=kind, digest=digest, created_on=today, effective_on=effect)
                )
                added += 1
            elif entry.effective_on is None or effect < entry.effective_on:
                entry.effective_on = effect
        self._session.flush()
        return added

    def contains(self, email: str, phone: str) -> bool:
        pairs = digests(self.salt, email, phone)
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
        """The secret digests() needs: the salt, and the key when the entries are keyed."""
        if self._key is None:
            return self._salt
        return f"{self._salt}{_SEPARATOR}{self._key.hex()}"
