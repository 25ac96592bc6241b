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
- `LUEMINUT-README.txt`: what every file and field means, in Finnish, Swedish and English.

The files and fields are listed in disclosure/portability_fields.py; the bundle is written
atomically into a new folder or a ZIP file inside the chosen folder by disclosure/staging.py.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.disclosure import readme_sv
from l4d_desktop.core.disclosure.access_files import tables_for
from l4d_desktop.core.disclosure.assembly import collect, subject_request
from l4d_desktop.core.disclosure.portability_fields import TABLES, Table, Value
from l4d_desktop.core.disclosure.staging import (
    NAME_PREFIX,
    Bundle,
    bundle_name,
    check_target,
    discard,
    publish,
    stage,
    write_files,
)
from l4d_desktop.core.disclosure.subject_data import EXPORT_ACTION, SubjectData
from l4d_desktop.core.files.csv_export import write_csv
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right

FORMAT = "l4d-personal-data/1"
JSON_FILE = "tiedot-data.json"
README_FILE = "LUEMINUT-README.txt"


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
    for table in tables_for(data, TABLES):
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


def readme(tables: tuple[Table, ...] = TABLES) -> bytes:
    """The description of every file and field, Finnish first, then Swedish, then English."""
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
    sv = [line.format(json_file=JSON_FILE) for line in readme_sv.INTRO]
    for table in tables:
        sv_table, sv_columns = readme_sv.TABLES[table.key]
        fi.append(f"{table.file} (JSON: {table.key}): {table.fi}")
        sv.append(f"{table.file} (JSON: {table.key}): {sv_table}")
        en.append(f"{table.file} (JSON: {table.key}): {table.en}")
        for col in table.columns:
            fi.append(f"  {col.name}: {col.fi}")
            sv.append(f"  {col.name}: {sv_columns[col.name]}")
            en.append(f"  {col.name}: {col.en}")
        fi.append("")
        sv.append("")
        en.append("")
    lines = [*fi, "-" * 72, "", *sv, "-" * 72, "", *en]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def bundle_files(data: SubjectData) -> list[tuple[str, bytes]]:
    """The bundle's files as (name, content), in a fixed order."""
    tables = tables_for(data, TABLES)
    files = [(README_FILE, readme(tables)), (JSON_FILE, bundle_json(data))]
    files += [(table.file, bundle_csv(table, data)) for table in tables]
    return files


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
            check_target(target)
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


__all__ = [
    "FORMAT",
    "JSON_FILE",
    "NAME_PREFIX",
    "README_FILE",
    "TABLES",
    "Bundle",
    "PortabilityService",
    "bundle_csv",
    "bundle_files",
    "bundle_json",
    "bundle_name",
    "readme",
    "write_files",
]
