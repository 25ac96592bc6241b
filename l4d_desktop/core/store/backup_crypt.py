"""Backups encrypted under a passphrase, so that a copy on a memory stick is useless without it,
while automatic backups are still made when nobody is there to type the passphrase.

The passphrase (scrypt) wraps an X25519 private key; only its public half is needed to encrypt.
The settings keep the public key and the wrapped private key (`BackupKey.to_setting`), never the
passphrase: the program can make encrypted backups by itself, and reading one needs the
passphrase. Each backup gets an ephemeral key pair; X25519 + HKDF-SHA256 give its content key,
and the file is encrypted with AES-256-GCM in 64 KiB chunks (the STREAM construction: the nonce
holds a random prefix, the chunk's number and a last-chunk flag, so chunks cannot be dropped,
reordered or cut off). File layout (all integers big-endian):

    magic "L4DBKENC" (8) | version 1 (1) | scrypt log2 N, r, p (1 each) | salt (16)
    | wrap nonce (12) | wrapped private key (48) | public key (32) | ephemeral public key (32)
    | nonce prefix (7) | chunk size (4)
    then chunks: AES-256-GCM(chunk, nonce = prefix | number (4) | last (1), aad = header)

A wrong passphrase fails the key unwrapping (StorageError "backup_passphrase_wrong"); a damaged
file fails a chunk's tag (StorageError "restore_invalid").
"""

from __future__ import annotations

import base64
import json
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from l4d_desktop.core.errors import StorageError, ValidationError
from l4d_desktop.core.files.temp import TempFiles

MAGIC = b"L4DBKENC"
VERSION = 1
CHUNK = 64 * 1024
# scrypt at 2**15 × 8: 32 MiB and about a tenth of a second, per derivation (RFC 7914's
# interactive figure doubled); the parameters are in each file, so they can be raised later.
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
MIN_PASSPHRASE = 12
_HEAD = struct.Struct(">8sBBBB16s12s48s32s32s7sI")
_INFO = b"l4d-desktop backup v1"


@dataclass(frozen=True)
class BackupKey:
    """The backup key as the settings keep it: the public key and the private one wrapped."""

    log2_n: int
    r: int
    p: int
    salt: bytes
    wrap_nonce: bytes
    wrapped: bytes
    public: bytes

    @classmethod
    def create(cls, passphrase: str) -> BackupKey:
        check_passphrase(passphrase)
        private = X25519PrivateKey.generate()
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
        wrapped = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(), MAGIC)
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce, wrapped, public)

    def to_setting(self) -> str:
        fields = {
            "n": self.log2_n, "r": self.r, "p": self.p,
            **{k: base64.b64encode(getattr(self, k)).decode() for k in _BINARY},
        }  # fmt: skip
        return json.dumps(fields, sort_keys=True)

    @classmethod
    def from_setting(cls, value: str) -> BackupKey | None:
        """The key a setting holds; None for an empty setting (backups not encrypted)."""
        if not value.strip():
            return None
        try:
            raw = json.loads(value)
            binary = {k: base64.b64decode(raw[k], validate=True) for k in _BINARY}
            return cls(int(raw["n"]), int(raw["r"]), int(raw["p"]), **binary)
        except (ValueError, KeyError, TypeError):
            raise StorageError(
                "backup_failed", reason="the backup key setting is damaged"
            ) from None

    def unwrap(self, passphrase: str) -> X25519PrivateKey:
        kek = _derive(passphrase, self.salt, self.log2_n, self.r, self.p)
        try:
            raw = AESGCM(kek).decrypt(self.wrap_nonce, self.wrapped, MAGIC)
        except InvalidTag:
            raise StorageError("backup_passphrase_wrong") from None
        return X25519PrivateKey.from_private_bytes(raw)


_BINARY = ("salt", "wrap_nonce", "wrapped", "public")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "passphrase_too_short", min=MIN_PASSPHRASE)


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if not 10 <= log2_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise StorageError("restore_invalid", reason="unsupported key parameters")
    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def _content_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public, info=_INFO)
    return hkdf.derive(shared)


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def encrypt_file(plain: Path, out: Path, key: BackupKey) -> None:
    """Write `plain` encrypted for `key` into `out` (an empty file the caller owns)."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(key.public))
    aead = AESGCM(_content_key(shared, eph_public, key.public))
    prefix = os.urandom(7)
    header = _HEAD.pack(
        MAGIC, VERSION, key.log2_n, key.r, key.p, key.salt, key.wrap_nonce, key.wrapped,
        key.public, eph_public, prefix, CHUNK,
    )  # fmt: skip
    with open(plain, "rb") as src, open(out, "wb") as dst:
        dst.write(header)
        number, chunk = 0, src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = not following
            dst.write(aead.encrypt(_nonce(prefix, number, last), chunk, header))
            if last:
                break
            number, chunk = number + 1, following


def decrypt_file(encrypted: Path, out: Path, passphrase: str) -> None:
    """Write the backup `encrypted` holds into `out`; a wrong passphrase or a damaged file
    raises StorageError and leaves `out` to the caller to remove."""
    with open(encrypted, "rb") as src, open(out, "wb") as dst:
        header = src.read(_HEAD.size)
        try:
            fields = _HEAD.unpack(header)
        except struct.error:
            raise StorageError("restore_invalid", reason="not an encrypted backup") from None
        magic, version, log2_n, r, p, salt, wnonce, wrapped, public, eph, prefix, size = fields
        if magic != MAGIC or version != VERSION or not 0 < size <= 16 * CHUNK:
            raise StorageError("restore_invalid", reason="not an encrypted backup")
        key = BackupKey(log2_n, r, p, salt, wnonce, wrapped, public)
        shared = key.unwrap(passphrase).exchange(X25519PublicKey.from_public_bytes(eph))
        aead = AESGCM(_content_key(shared, eph, public))
        number, sealed = 0, src.read(size + 16)
        while True:
            following = src.read(size + 16)
            last = not following
            try:
                dst.write(aead.decrypt(_nonce(prefix, number, last), sealed, header))
            except InvalidTag:
                raise StorageError(
                    "restore_invalid", reason="the encrypted backup is damaged"
                ) from None
            if last:
                break
            number, sealed = number + 1, following


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", number, 1 if last else 0)


@contextmanager
def opened_backup(backup: Path, passphrase: str | None, temp_root: Path) -> Iterator[Path]:
    """The backup as a plain database file: itself when not encrypted, else a decrypted copy in
    the program's private temporary folder, removed afterwards (and after a kill, at the next
    start). An encrypted backup without a passphrase raises "backup_passphrase_needed"."""
    if not is_encrypted(backup) or backup.is_symlink():
        yield backup
        return
    if not passphrase:
        raise StorageError("backup_passphrase_needed")
    temps = TempFiles(temp_root)
    try:
        plain = temps.new_file(suffix=".sqlite3")
        decrypt_file(backup, plain, passphrase)
        yield plain
    finally:
        temps.cleanup()


__all__ = [
    "MIN_PASSPHRASE",
    "BackupKey",
    "check_passphrase",
    "decrypt_file",
    "encrypt_file",
    "is_encrypted",
    "opened_backup",
]
