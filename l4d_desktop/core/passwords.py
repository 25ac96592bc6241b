"""Password policy (NIST SP 800-63B-4) and argon2id hashing.

Passwords are NFKC-normalised before checking and hashing. This is decided once: changing the
normalisation later would make every stored hash unverifiable.
"""

from __future__ import annotations

import unicodedata
from functools import cached_property

from l4d_desktop.core.errors import ValidationError

MIN_LENGTH = 15
MAX_LENGTH = 1024
# zxcvbn's estimate is quadratic in length; a long password is strong by length anyway.
_STRENGTH_SAMPLE = 64
_MIN_SCORE = 3  # zxcvbn 0–4: 3 = "safely unguessable"


def normalise(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def check_policy(password: str, username: str = "", field: str = "password") -> str:
    """Return the normalised password, or raise ValidationError naming why it is refused."""
    pw = normalise(password)
    if len(pw) < MIN_LENGTH:
        raise ValidationError(field, "password_too_short", min=MIN_LENGTH)
    if len(pw) > MAX_LENGTH:
        raise ValidationError(field, "password_too_long", max=MAX_LENGTH)
    folded = pw.casefold()
    user = normalise(username).casefold().strip()
    if len(user) >= 3 and user in folded:
        raise ValidationError(field, "password_contains_username")
    if strength(pw, username) < _MIN_SCORE:
        raise ValidationError(field, "password_common")
    return pw


def strength(password: str, username: str = "") -> int:
    """zxcvbn score 0–4 of the start of the password; common passwords and patterns score low."""
    from zxcvbn import zxcvbn  # imported on first use: its word lists cost a moment to load

    sample = normalise(password)[:_STRENGTH_SAMPLE]
    if not sample:
        return 0
    inputs = [username] if username else []
    return int(zxcvbn(sample, user_inputs=inputs)["score"])


class PasswordHasher:
    """argon2id; the defaults are RFC 9106's low-memory profile, above OWASP's minimum."""

    def __init__(self, time_cost: int = 3, memory_cost: int = 65536, parallelism: int = 4) -> None:
        # argon2 is imported here, not at the top: the first window shows the password hint
        # (this module's rules) before the database layer and its hasher are needed.
        from argon2 import PasswordHasher as _Argon2Hasher
        from argon2 import Type

        self._hasher = _Argon2Hasher(
            time_cost=time_cost,
            memory_cost=memory_cost,
            parallelism=parallelism,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )

    def hash(self, normalised_password: str) -> str:
        return self._hasher.hash(normalised_password)

    def verify(self, stored_hash: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        try:
            return self._hasher.verify(stored_hash, normalise(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        return self._hasher.check_needs_rehash(stored_hash)

    @cached_property
    def _dummy_hash(self) -> str:
        import secrets

        return self._hasher.hash(secrets.token_urlsafe(24))

    def burn_equal_time(self, password: str) -> None:
        """Spend one verification on an unknown user, so that timing does not tell who exists."""
        self.verify(self._dummy_hash, password)
