"""The files the customer-import tests import (Finnish and English headers, CSV bytes), and what
they read back: the register's tables, customers by name, the imports' rows, the progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpers.database import raw_db

FINNISH_HEADER = (
    "Asiakasnumero;Nimi;Sähköposti;Puhelin;Katuosoite;Postinumero;Postitoimipaikka;Maa;"
    "Yritys;Y-tunnus;Kieli;Markkinointilupa;Lisätiedot"
)
FINNISH_ROWS = [
    "A-100;Pirjo Pääkkönen;pirjo@esimerkki.fi;040 123 4567;Kauppakatu 1;40100;Jyväskylä;"
    "Suomi;Pääkkönen Oy;2989855-5;suomi;kyllä;Soita aamulla",
    ";Åke Öhman;ake.ohman@esimerkki.fi;+358 50 7654321;Rantatie 2;65100;Vaasa;Suomi;;;saksa;ei;",
    ";Äijä Mäkelä;aija@esimerkki.fi;0401112223;Myllytie 3;33100;Tampere;FI;;;fi;k;",
]
# Row 3 asks for Swedish, which the register does not offer: one problem, on that row.
FINNISH_FILE = "\r\n".join([FINNISH_HEADER, *FINNISH_ROWS]) + "\r\n"

ENGLISH_FILE = (
    "Name,Email,Phone,City,Marketing consent,Favourite colour\n"
    "Pirjo Pääkkönen,pirjo@esimerkki.fi,040 123 4567,Jyväskylä,yes,blue\n"
    '"Öhman, Åke",ake.ohman@esimerkki.fi,050 7654321,Vaasa,no,red\n'
)

TABLES = (
    "customers",
    "consent_events",
    "objections",
    "suppressions",
    "settings",
    "web_events",
    "requests",
)


def snapshot(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    with raw_db(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def customers(path: Path) -> list[dict[str, Any]]:
    with raw_db(path) as conn:
        conn.row_factory = lambda cur, row: {
            d[0]: v for d, v in zip(cur.description, row, strict=True)
        }
        return conn.execute("SELECT * FROM customers ORDER BY id").fetchall()


def by_name(path: Path) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in customers(path)}


def imports_rows(path: Path) -> list[tuple[Any, ...]]:
    with raw_db(path) as conn:
        return conn.execute(
            "SELECT status, imported, updated, rejected, duplicates FROM imports ORDER BY id"
        ).fetchall()


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return ("\n".join(lines) + "\n").encode(encoding)


# -- writing ----------------------------------------------------------------------------------


def _progress_log() -> tuple[list[tuple[int, int]], Any]:
    seen: list[tuple[int, int]] = []
    return seen, lambda done, total: seen.append((done, total))
