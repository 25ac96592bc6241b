"""Password policy (NIST SP 800-63B-4) and argon2id hashing.

Passwords are NFKC-normalised before checking and hashing. This is decided once: changing the
normalisation later would make every stored hash unverifiable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import without_invisible

MIN_LENGTH = 15
MAX_LENGTH = 1024
# zxcvbn's estimate is quadratic in length; a long password is strong by length anyway.
_STRENGTH_SAMPLE = 64
_MIN_SCORE = 3  # zxcvbn 0–4: 3 = "safely unguessable"
# A password that is only known words and patterns ("Salasana12345678!", "Password12345678!")
# scores 3 by a hair (1.0e8 guesses): such a one must reach 4 (1e10) unless at least this many
# of its characters are outside any word or pattern zxcvbn knows.
_MIN_SCORE_OF_PATTERNS_ONLY = 4
_UNRECOGNISED_CHARACTERS = 4
_SPACES = re.compile(r"\s+")


def normalise(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def visible_length(password: str) -> int:
    """The length the minimum is judged by: zero-width and direction marks add no strength."""
    return len(without_invisible(password))


def check_policy(password: str, username: str = "", field: str = "password") -> str:
    """Return the normalised password, or raise ValidationError naming why it is refused."""
    pw = normalise(password)
    problem = _problem(pw, username)
    if problem is not None:
        code, params = problem
        raise ValidationError(field, code, **params)
    return pw


@dataclass(frozen=True)
class PasswordHint:
    """What the password box can show while the user types (see `strength_hint`).

    `reason` is the code `check_policy` would refuse the password with (an `Errors` text in the
    GUI), or None when it would be accepted. `score` is zxcvbn's 0–4, for a meter.
    """

    acceptable: bool
    reason: str | None
    score: int
    length: int
    min_length: int = MIN_LENGTH
    max_length: int = MAX_LENGTH


def strength_hint(password: str, username: str = "") -> PasswordHint:
    """The policy's verdict on a password being typed; pure, never raises, no I/O.

    Counts characters after NFKC and without invisible ones, as the policy does. Under the minimum length only the length
    is judged (no estimate is spent on a prefix that cannot be accepted yet).
    """
    pw = normalise(password)
    length = visible_length(pw)
    if length < MIN_LENGTH:
        return PasswordHint(False, "password_too_short", 0, length)
    problem = _problem(pw, username)
    score = strength(pw, username) if length <= MAX_LENGTH else 4
    if problem is not None:
        return PasswordHint(False, problem[0], min(score, 2), length)
    return PasswordHint(True, None, score, length)


def _problem(pw: str, username: str) -> tuple[str, dict[str, int]] | None:
    """The first rule the normalised password breaks, as (code, parameters)."""
    if visible_length(pw) < MIN_LENGTH:
        return "password_too_short", {"min": MIN_LENGTH}
    if len(pw) > MAX_LENGTH:
        return "password_too_long", {"max": MAX_LENGTH}
    folded = pw.casefold()
    user = normalise(username).casefold().strip()
    if len(user) >= 3 and user in folded:
        return "password_contains_username", {}
    if not _strong_enough(_estimate(pw, username)):
        return "password_common", {}
    # "Lean 4D Lean 4D 2025!": spaces must not hide words zxcvbn would match without them.
    joined = _SPACES.sub("", pw)
    if joined != pw and not _strong_enough(_estimate(joined, username)):
        return "password_common", {}
    return None


def strength(password: str, username: str = "") -> int:
    """zxcvbn score 0–4 of the start of the password; common passwords and patterns score low,
    Finnish ones (`finnish_words`) like English ones."""
    result = _estimate(password, username)
    return int(result["score"]) if result else 0


def _estimate(password: str, username: str) -> dict[str, Any] | None:
    from zxcvbn import zxcvbn  # imported on first use: its word lists cost a moment to load

    from l4d_desktop.core.security.finnish_words import ranked_words

    sample = normalise(password)[:_STRENGTH_SAMPLE]
    if not sample:
        return None
    # Our words go in as zxcvbn's "user inputs": ranked and matched like its own dictionaries
    # (also reversed and in l33t), the username first.
    inputs = [username, *ranked_words()] if username else list(ranked_words())
    result: dict[str, Any] = zxcvbn(sample, user_inputs=inputs)
    return result


def _strong_enough(result: dict[str, Any] | None) -> bool:
    if result is None:
        return False
    score = int(result["score"])
    if score < _MIN_SCORE:
        return False
    unrecognised = sum(len(m["token"]) for m in result["sequence"] if m["pattern"] == "bruteforce")
    return unrecognised >= _UNRECOGNISED_CHARACTERS or score >= _MIN_SCORE_OF_PATTERNS_ONLY


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
        """A well-formed hash with this hasher's parameters that no password matches, made
        without running argon2: making it by hashing cost a fresh process (every command line)
        a second run for an unknown user, and so told unknown users from known ones."""
        import base64
        import secrets

        def b64(size: int) -> str:
            return base64.b64encode(secrets.token_bytes(size)).decode("ascii").rstrip("=")

        h = self._hasher
        params = f"m={h.memory_cost},t={h.time_cost},p={h.parallelism}"
        return f"$argon2id$v=19${params}${b64(16)}${b64(32)}"

    def burn_equal_time(self, password: str) -> None:
        """Spend one verification on an unknown user, so that timing does not tell who exists."""
        self.verify(self._dummy_hash, password)
