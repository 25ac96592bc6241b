"""The machine-readable copy for an access (Art. 15(3)) or portability (Art. 20) request.

The bundle holds the data the person provided and the data observed from their use of the web
site: the contact record, the consent ledger, objections, web events and invoices.

Files (all UTF-8):
- `tiedot-data.json`: everything in one JSON object, keys in sorted order, dates and times in
  ISO 8601 (times in UTC), exact values.
- one CSV file per kind (`asiakas-customer.csv`, `suostumukset-consents.csv`,
  `vastustukset-objections.csv`, `verkkotapahtumat-web_events.csv`, `laskut-invoices.csv`):
  UTF-8 with a byte order mark, comma-separated with RFC 4180 quoting and CRLF line ends (the
  same dialect as the register's other CSV exports, from core.csv_export); text that a
  spreadsheet would run as a formula gets a leading apostrophe.
- `LUEMINUT-README.txt`: what every file and field means, in Finnish and in English.

The bundle is written into a new folder or a ZIP file inside the chosen folder, atomically: the
files go to a hidden temporary name in that same folder and are renamed into place only when
complete, so a failure leaves nothing behind (and no temporary copy of the data anywhere else);
what a crashed run left there is removed by the next bundle written into that folder.
Folders are 0700 and files 0600, like the database.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import OFFICE_ZONE, Clock
from l4d_desktop.core.disclosure.subject_data import (
    EXPORT_ACTION,
    SubjectData,
    collect,
    subject_request,
)
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.csv_export import write_csv
from l4d_desktop.core.files.private import OWNER_ONLY_DIR, OWNER_ONLY_FILE
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right

FORMAT = "l4d-personal-data/1"
JSON_FILE = "tiedot-data.json"
README_FILE = "LUEMINUT-README.txt"
NAME_PREFIX = "henkilotiedot-personal-data-"
# A bundle being written: ".<name>.<pid>-<random>.tmp" in the target folder.
TEMP_SUFFIX = ".tmp"

Value = str | int | bool | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Column:
    name: str
    fi: str
    en: str


@dataclass(frozen=True)
class Table:
    """One kind of data: a key of the JSON object and a CSV file."""

    key: str
    file: str
    fi: str
    en: str
    columns: tuple[Column, ...]
    rows: Callable[[SubjectData], list[tuple[Value, ...]]]


def _c(name: str, fi: str, en: str) -> Column:
    return Column(name, fi, en)


_CUSTOMER = (
    _c("customer_number", "asiakasnumero", "customer number"),
    _c("name", "nimi", "name"),
    _c("email", "sähköpostiosoite", "email address"),
    _c("phone", "puhelinnumero kansainvälisessä muodossa", "phone number, international form"),
    _c("street", "katuosoite", "street address"),
    _c("postal_code", "postinumero", "postal code"),
    _c("city", "postitoimipaikka", "city"),
    _c("country", "maa (kaksikirjaiminen koodi, FI = Suomi)", "country (two-letter code)"),
    _c("company", "yritys, jonka nimissä työskentelet", "the company you work for"),
    _c("business_id", "yrityksen y-tunnus", "the company's business ID (y-tunnus)"),
    _c("language", "kirjeiden kieli (fi/en)", "language of letters (fi/en)"),
    _c(
        "source",
        "tietojen lähde: customer = itse antamasi, registry = rekisteri, third_party = kolmas "
        "osapuoli",
        "where the data came from: customer = given by you, registry = a registry, "
        "third_party = a third party",
    ),
    _c("source_name", "rekisterin tai kolmannen osapuolen nimi", "the registry or third party"),
    _c("created_at", "tallennettu rekisteriin (UTC)", "added to the register (UTC)"),
    _c("updated_at", "viimeksi muutettu (UTC)", "last changed (UTC)"),
)
_CONSENTS = (
    _c("purpose", "käyttötarkoituksen tunnus", "purpose code"),
    _c("purpose_fi", "käyttötarkoitus suomeksi", "purpose in Finnish"),
    _c("purpose_en", "käyttötarkoitus englanniksi", "purpose in English"),
    _c("given", "true = suostumus annettu, false = peruttu", "true = given, false = withdrawn"),
    _c("at", "milloin annoit tai peruit sen (UTC)", "when you gave or withdrew it (UTC)"),
    _c("method", "miten (esim. web_form, email, letter)", "how (e.g. web_form, email, letter)"),
    _c("notice_version", "tietosuojaselosteen versio", "version of the privacy notice"),
)
_OBJECTIONS = (
    _c("purpose", "käsittely, jota vastustit", "the processing you objected to"),
    _c("received_on", "vastalauseen saapumispäivä", "the day the objection was received"),
    _c("reason", "perustelusi", "your reasons"),
    _c(
        "outcome",
        "ratkaisu: stopped/upheld = käsittely lopetettu, compelling_grounds = jatkuu "
        "perustelluista syistä, tyhjä = kesken",
        "decision: stopped/upheld = processing ended, compelling_grounds = continues on "
        "compelling grounds, empty = pending",
    ),
    _c("decided_at", "ratkaisun aika (UTC)", "when it was decided (UTC)"),
)
_WEB_EVENTS = (
    _c("at", "käynnin aika (UTC)", "time of the visit (UTC)"),
    _c("ip", "IP-osoite", "IP address"),
    _c("referrer", "sivusto, josta tulit", "the site you came from"),
    _c("page", "sivu, jolla kävit", "the page you visited"),
    _c("link", "linkki, jota käytit", "the link you used"),
    _c("banner", "mainospalkki, jonka näit", "the ad banner you saw"),
    _c("user_agent", "selaimen ja laitteen tiedot", "browser and device data"),
)
_INVOICES = (
    _c("invoice_number", "laskun numero", "invoice number"),
    _c("invoice_date", "laskun päivä", "invoice date"),
    _c(
        "amount_cents",
        "summa senteinä (24900 = 249,00 €)",
        "amount in euro cents (24900 = €249.00)",
    ),
    _c("paid", "true = maksettu", "true = paid"),
    _c("buyer_name", "ostajan nimi laskulla", "the buyer's name on the invoice"),
    _c("billing_address", "laskutusosoite", "billing address"),
)


def _customer_rows(d: SubjectData) -> list[tuple[Value, ...]]:
    c = d.customer
    return [
        (
            c.customer_number,
            c.name,
            c.email,
            c.phone,
            c.street,
            c.postal_code,
            c.city,
            c.country,
            c.company,
            c.business_id,
            c.language,
            c.source,
            c.source_name,
            c.created_at,
            c.updated_at,
        )
    ]


TABLES: tuple[Table, ...] = (
    Table(
        "customer",
        "asiakas-customer.csv",
        "Asiakastietosi (yksi rivi); source kertoo, mistä ne on saatu",
        "Your customer data (one row); source tells where they came from",
        _CUSTOMER,
        _customer_rows,
    ),
    Table(
        "consents",
        "suostumukset-consents.csv",
        "Suostumuksesi ja niiden peruutukset, vanhin ensin",
        "Your consents given and withdrawn, oldest first",
        _CONSENTS,
        lambda d: [
            (e.purpose_code, e.purpose_fi, e.purpose_en, e.given, e.at, e.method, e.notice_version)
            for e in d.consents
        ],
    ),
    Table(
        "objections",
        "vastustukset-objections.csv",
        "Vastalauseesi tietojen käsittelyä vastaan",
        "Your objections to processing",
        _OBJECTIONS,
        lambda d: [
            (o.purpose, o.received_on, o.reason, o.outcome, o.decided_at) for o in d.objections
        ],
    ),
    Table(
        "web_events",
        "verkkotapahtumat-web_events.csv",
        "Tekniset tiedot käynneistäsi verkkosivustollamme, vanhin ensin",
        "Technical data of your visits to our web site, oldest first",
        _WEB_EVENTS,
        lambda d: [
            (e.at, e.ip, e.referrer, e.page, e.link, e.banner, e.user_agent) for e in d.web_events
        ],
    ),
    Table(
        "invoices",
        "laskut-invoices.csv",
        "Laskusi, vanhin ensin",
        "Your invoices, oldest first",
        _INVOICES,
        lambda d: [
            (
                i.invoice_number,
                i.invoice_date,
                i.amount_cents,
                i.paid,
                i.buyer_name,
                i.billing_address,
            )
            for i in d.invoices
        ],
    ),
)


@dataclass(frozen=True)
class Bundle:
    """A written bundle: the folder or ZIP file, and the names of the files in it."""

    path: Path
    files: tuple[str, ...]
    as_zip: bool


def bundle_name(request_id: int, when: dt.datetime) -> str:
    """The folder's (or ZIP's) name: the request and the office date, nothing personal."""
    day = when.astimezone(OFFICE_ZONE).date()
    return f"{NAME_PREFIX}{request_id}-{day.isoformat()}"


def _json_value(value: Value) -> str | int | bool | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _csv_value(value: Value) -> Value:
    return value.astimezone(dt.UTC) if isinstance(value, dt.datetime) else value


def bundle_json(data: SubjectData) -> bytes:
    document: dict[str, object] = {
        "format": FORMAT,
        "generated_at": _json_value(data.assembled_at),
        "request": {"id": data.request_id, "type": data.request_type},
    }
    for table in TABLES:
        rows = [
            {col.name: _json_value(v) for col, v in zip(table.columns, row, strict=True)}
            for row in table.rows(data)
        ]
        document[table.key] = rows[0] if table.key == "customer" else rows
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")


def bundle_csv(table: Table, data: SubjectData) -> bytes:
    out = io.StringIO(newline="")
    write_csv(
        out,
        [c.name for c in table.columns],
        ([_csv_value(v) for v in row] for row in table.rows(data)),
    )
    return out.getvalue().encode("utf-8")


def readme() -> bytes:
    """The description of every file and field, Finnish first, then English."""
    fi = [
        "HENKILÖTIETOSI LEAN 4D OY:N ASIAKASREKISTERISTÄ",
        "",
        "Tässä paketissa ovat antamasi tiedot ja tiedot, jotka on havaittu käyttäessäsi",
        "verkkosivustoamme, koneellisesti luettavassa muodossa (EU:n tietosuoja-asetus,",
        "15 artiklan 3 kohta ja 20 artikla). Kaikki tiedostot ovat UTF-8-muodossa.",
        "",
        f"{JSON_FILE}: kaikki tiedot yhtenä JSON-tiedostona. Päivämäärät ja ajat ovat",
        "ISO 8601 -muodossa, ajat UTC-aikaa. Arvot ovat täsmälleen tallennetun mukaiset.",
        "",
        "CSV-tiedostot: yksi tiedosto kutakin tietolajia kohden, pilkulla erotettu,",
        "UTF-8 BOM-merkillä (avautuu Excelissä ja LibreOfficessa). Jos teksti alkaa",
        "merkillä = + - tai @, sen eteen on lisätty heittomerkki ('), jottei taulukko-",
        "ohjelma suorita sitä kaavana; JSON-tiedostossa arvo on ilman sitä.",
        "",
    ]
    en = [
        "YOUR PERSONAL DATA FROM THE CUSTOMER REGISTER OF LEAN 4D OY",
        "",
        "This bundle holds the data you provided and the data observed from your use of",
        "our web site, in a machine-readable form (GDPR Art. 15(3) and Art. 20). Every",
        "file is UTF-8.",
        "",
        f"{JSON_FILE}: all of the data in one JSON file. Dates and times are ISO 8601,",
        "times in UTC. Values are exactly as stored.",
        "",
        "CSV files: one file per kind of data, comma-separated, UTF-8 with a byte order",
        "mark (opens in Excel and LibreOffice). Text beginning with = + - or @ has an",
        "apostrophe (') added in front so that a spreadsheet does not run it as a",
        "formula; the JSON file has the value without it.",
        "",
    ]
    for table in TABLES:
        fi.append(f"{table.file} (JSON: {table.key}): {table.fi}")
        en.append(f"{table.file} (JSON: {table.key}): {table.en}")
        for col in table.columns:
            fi.append(f"  {col.name}: {col.fi}")
            en.append(f"  {col.name}: {col.en}")
        fi.append("")
        en.append("")
    lines = [*fi, "-" * 72, "", *en]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def bundle_files(data: SubjectData) -> list[tuple[str, bytes]]:
    """The bundle's files as (name, content), in a fixed order."""
    files = [(README_FILE, readme()), (JSON_FILE, bundle_json(data))]
    files += [(table.file, bundle_csv(table, data)) for table in TABLES]
    return files


@dataclass(frozen=True)
class Staged:
    """A complete bundle under a hidden temporary name, waiting to be renamed into place."""

    temp: Path
    final: Path
    files: tuple[str, ...]
    as_zip: bool


def stage(
    files: Sequence[tuple[str, bytes]],
    target_dir: Path,
    name: str,
    as_zip: bool,
    when: dt.datetime,
) -> Staged:
    """Write the files under a temporary name in `target_dir`; remove it all on any failure."""
    target_dir = Path(target_dir)
    _check_target(target_dir)
    final = target_dir / (f"{name}.zip" if as_zip else name)
    if os.path.lexists(final):
        raise L4DError("bundle_exists", path=str(final))
    sweep_leftovers(target_dir)
    temp: Path | None = None
    prefix = f".{name}.{os.getpid()}-"
    try:
        if as_zip:
            fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target_dir)
            temp = Path(temp_name)
            _write_zip(fd, files, when)
        else:
            temp = Path(tempfile.mkdtemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target_dir))
            _private_dir(temp)
            for file_name, content in files:
                _write_private(temp / file_name, content)
            _fsync_dir(temp)
    except BaseException as exc:
        if temp is not None:
            _remove(temp)
        if isinstance(exc, OSError):
            raise _write_failed(target_dir, exc) from None
        raise
    return Staged(temp, final, tuple(n for n, _ in files), as_zip)


def publish(staged: Staged) -> Bundle:
    """Rename the staged bundle to its final name (never over an existing one)."""
    try:
        if os.path.lexists(staged.final):
            raise L4DError("bundle_exists", path=str(staged.final))
        os.rename(staged.temp, staged.final)
        _fsync_dir(staged.final.parent)
    except BaseException as exc:
        discard(staged)
        if isinstance(exc, OSError):
            raise _write_failed(staged.final.parent, exc) from None
        raise
    return Bundle(staged.final, staged.files, staged.as_zip)


def discard(staged: Staged) -> None:
    _remove(staged.temp)


def write_files(
    files: Sequence[tuple[str, bytes]],
    target_dir: Path,
    name: str,
    as_zip: bool,
    when: dt.datetime,
) -> Bundle:
    """Write a bundle atomically: all of it under its final name, or nothing at all."""
    return publish(stage(files, target_dir, name, as_zip, when))


def sweep_leftovers(target_dir: Path) -> int:
    """Remove the hidden temporary bundles a crashed run left in `target_dir` (those of a
    process still running are kept); return how many went."""
    removed = 0
    for entry in Path(target_dir).iterdir():
        name = entry.name
        if not (name.startswith("." + NAME_PREFIX) and name.endswith(TEMP_SUFFIX)):
            continue
        owner = name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1].partition("-")[0]
        if owner.isdigit() and not _process_alive(int(owner)):
            _remove(entry)
            removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # not checked there: a leftover stays rather than a live run's files go
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _check_target(target_dir: Path) -> None:
    if not target_dir.is_dir() or not os.access(target_dir, os.W_OK | os.X_OK):
        raise L4DError("bundle_target_invalid", path=str(target_dir))


def _write_failed(target_dir: Path, exc: OSError) -> L4DError:
    # The reason is the system's words for the failure (e.g. "No space left on device").
    return L4DError(
        "bundle_write_failed", path=str(target_dir), reason=exc.strerror or type(exc).__name__
    )


def _private_dir(path: Path) -> None:
    if os.name == "posix":
        path.chmod(OWNER_ONLY_DIR)


def _write_private(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    with open(fd, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())


def _write_zip(fd: int, files: Sequence[tuple[str, bytes]], when: dt.datetime) -> None:
    """A ZIP with the files at its top level, each marked owner-only, dated `when`."""
    if os.name == "posix":
        os.fchmod(fd, OWNER_ONLY_FILE)
    local = when.astimezone(OFFICE_ZONE)
    stamp = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    with open(fd, "wb") as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for file_name, content in files:
                info = zipfile.ZipInfo(file_name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (0o100000 | OWNER_ONLY_FILE) << 16
                archive.writestr(info, content)
        raw.flush()
        os.fsync(raw.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class PortabilityService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def write_bundle(
        self, actor: Actor, request_id: int, target_dir: Path, as_zip: bool = False
    ) -> Bundle:
        """Write the person's machine-readable copy into a new folder (or ZIP) in `target_dir`.

        Needs `requests.handle`, `data.export` and `customers.view`; the request must be an
        identified access or portability request. A restriction never leaves anything out.
        The export is audited against the customer with the purpose "request:<id>" once the
        files are complete, just before they are renamed into place.
        """
        target = Path(target_dir)
        rights = (Right.DATA_EXPORT, Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        with self._unit(actor, rights, EXPORT_ACTION, write=False) as (
            session,
            _,
        ):
            request = subject_request(session, request_id)
            _check_target(target)
            data = collect(session, request, self.clock())
        staged = stage(
            bundle_files(data),
            target,
            bundle_name(request_id, data.assembled_at),
            as_zip,
            data.assembled_at,
        )
        try:
            self.audit.append_separately(
                actor_id=actor.user_id,
                action=EXPORT_ACTION,
                object_type="customer",
                object_id=data.customer.id,
                detail=f"request:{request_id}",
            )
        except BaseException:
            discard(staged)
            raise
        return publish(staged)
