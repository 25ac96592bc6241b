"""Encrypted backups: a copy on a memory stick holds none of the person's bytes and is restored
with its passphrase only; automatic backups are encrypted without anyone typing it, and a damaged,
cut-off or reordered file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import StorageError, ValidationError
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.backup_crypt import CHUNK, is_encrypted
from tests.helpers.customers import MAIJA, MAIJA_CONTACT, add_maija
from tests.helpers.database import audit_rows, raw_db

PASSPHRASE = "korppi lentää yöllä 42"
NEEDLES = [MAIJA, MAIJA_CONTACT["email"], "Meik"]


def person_bytes(blob: bytes) -> list[str]:
    found = []
    for text in NEEDLES:
        for encoding in ("utf-8", "utf-16-le"):
            if text.encode(encoding) in blob:
                found.append(text)
    return found


def test_an_encrypted_backup_holds_none_of_the_person_and_opens_with_its_passphrase_only(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_maija(services, admin)
    stick = tmp_path / "muistitikku" / "l4d.sqlite3.enc"
    services.maintenance.backup(admin, stick, PASSPHRASE)
    blob = stick.read_bytes()
    assert is_encrypted(stick) and len(blob) > CHUNK  # more than one chunk
    assert person_bytes(blob) == []
    assert not list(stick.parent.glob(".*"))  # no plain partial beside it
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["detail"]) == ("db.backup", "encrypted")


def test_restore_needs_the_right_passphrase_and_a_wrong_one_changes_nothing(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_maija(services, admin)
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3.enc", PASSPHRASE)
    path = services.db.path
    for passphrase, code in ((None, "backup_passphrase_needed"), ("väärä salasana", "backup_passphrase_wrong")):  # fmt: skip
        with pytest.raises(StorageError) as err:
            services.retention.restore(admin, backup, passphrase=passphrase)
        assert err.value.code == code
        assert services.customers.count(admin, "") == 1
    with pytest.raises(StorageError) as err:
        services.retention.preview_restore(admin, backup, "väärä salasana")
    assert err.value.code == "backup_passphrase_wrong"
    # The temporary folder keeps no decrypted copy.
    assert person_bytes(b"".join(p.read_bytes() for p in _files_beside(path))) == []

    assert services.retention.preview_restore(admin, backup, PASSPHRASE).erasures == 0
    report = services.retention.restore(admin, backup, passphrase=PASSPHRASE)
    assert report.target == path
    with raw_db(path) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [(MAIJA,)]
    assert person_bytes(b"".join(p.read_bytes() for p in _files_beside(path))) == []


def _files_beside(db_path: Path) -> list[Path]:
    """Every file in the database's folder, its temporary folder included, but the database
    and its own WAL and SHM."""
    own = {db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")}
    return [p for p in db_path.parent.rglob("*") if p.is_file() and p not in own]


def test_a_damaged_cut_off_or_reordered_backup_is_refused(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_maija(services, admin)
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3.enc", PASSPHRASE)
    blob = backup.read_bytes()
    sealed = CHUNK + 16  # a chunk and its tag
    head_size = 8 + 4 + 16 + 12 + 48 + 32 + 32 + 7 + 4  # the layout in backup_crypt's docstring
    chunks = [blob[i : i + sealed] for i in range(head_size, len(blob), sealed)]
    assert len(chunks) >= 2
    flipped = bytearray(blob)
    flipped[head_size + 10] ^= 1
    variants = {
        "flipped": bytes(flipped),
        "cut": blob[:head_size] + b"".join(chunks[:-1]),
        "reordered": blob[:head_size] + chunks[1] + chunks[0] + b"".join(chunks[2:]),
    }
    huge = bytearray(blob)
    huge[head_size - 4 : head_size] = (1 << 31).to_bytes(4, "big")  # a chunk size to exhaust memory
    variants["huge_chunks"] = bytes(huge)
    variants["header_only"] = blob[:head_size]
    for name, content in variants.items():
        bad = tmp_path / f"{name}.sqlite3.enc"
        bad.write_bytes(content)
        with pytest.raises(StorageError) as err:
            services.retention.restore(admin, bad, passphrase=PASSPHRASE)
        assert err.value.code == "restore_invalid", name
        assert services.customers.count(admin, "") == 1


def test_automatic_backups_are_encrypted_under_the_setting_without_the_passphrase(
    services: Services, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "varmuuskopiot"
    monkeypatch.setenv("L4D_BACKUP_DIR", str(folder))
    add_maija(services, admin)
    with pytest.raises(ValidationError) as err:
        services.maintenance.set_backup_passphrase(admin, "lyhyt")
    assert (err.value.field, err.value.code) == ("passphrase", "passphrase_too_short")
    assert not services.maintenance.backups_encrypted(admin)

    services.maintenance.set_backup_passphrase(admin, PASSPHRASE)
    assert services.maintenance.backups_encrypted(admin)
    with raw_db(services.db.path) as conn:
        (setting,) = conn.execute("SELECT value FROM settings WHERE key = 'backup_key'").fetchone()
    assert set(json.loads(setting)) == {"n", "r", "p", "salt", "wrap_nonce", "wrapped", "public"}
    assert PASSPHRASE.encode() not in services.db.path.read_bytes()

    made = services.maintenance.backup_if_due(admin)
    assert made is not None and made.name.endswith(".sqlite3.enc") and is_encrypted(made)
    assert person_bytes(made.read_bytes()) == []
    assert services.maintenance.last_backup(admin) is not None
    assert [r["detail"] for r in audit_rows(services.db.path) if r["action"] == "db.backup"] == [
        "auto,encrypted"
    ]
    assert [r["detail"] for r in audit_rows(services.db.path) if r["action"] == "settings.backup_key"] == ["on"]  # fmt: skip
    report = services.retention.restore(admin, made, passphrase=PASSPHRASE)
    assert report.erasures_replayed == 0

    services.maintenance.set_backup_passphrase(admin, None)  # from now on, plain again
    assert not services.maintenance.backups_encrypted(admin)


def test_a_link_to_an_encrypted_backup_is_refused_not_followed(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3.enc", PASSPHRASE)
    link = tmp_path / "link.sqlite3.enc"
    link.symlink_to(backup)
    with pytest.raises(StorageError) as err:
        services.retention.restore(admin, link, passphrase=PASSPHRASE)
    assert err.value.code == "restore_invalid"
