"""Customer lists from spreadsheets: columns recognised by their Finnish, Swedish or English
names.

Only what a spreadsheet makes ambiguous is settled here (which column is which, "Suomi" for
FI, "kyllä" for a consent); whether a value is acceptable is decided by the customer
validation the import runs afterwards, so the rules live in one place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.files.csv_export import FORMULA_TRIGGERS
from l4d_desktop.core.imports import swedish_columns
from l4d_desktop.core.imports.country_names import country_code, name_key
from l4d_desktop.core.imports.tabular import RowProblem, decode_bytes, read_table
from l4d_desktop.core.imports.workbook import is_workbook, read_workbook

__all__ = [
    "FIELDS",
    "CustomerFile",
    "RawCustomerRow",
    "RowProblem",
    "header_key",
    "map_header",
    "normalise_country",
    "normalise_language",
    "parse_consent",
    "read_customer_file",
]

FIELDS: tuple[str, ...] = (
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
    "marketing_consent",
    "notes",
)

# Written as people type them; `header_key` folds case, accents, spaces, hyphens and dots,
# so "Sähköposti", "SAHKOPOSTI" and "Sähkö-posti" need only one entry.
_ALIASES: dict[str, tuple[str, ...]] = {
    "customer_number": (
        "Asiakasnumero",
        "Asiakasnro",
        "Asiakastunnus",
        "Customer number",
        "Customer no",
        "Customer nr",
        "Customer ID",
    ),
    "name": (
        "Nimi",
        "Koko nimi",
        "Asiakkaan nimi",
        "Asiakas",
        "Name",
        "Full name",
        "Customer name",
        "Customer",
    ),
    "email": (
        "Sähköposti",
        "Sähköpostiosoite",
        "S-posti",
        "Email",
        "Email address",
        "Mail",
    ),
    "phone": (
        "Puhelin",
        "Puhelinnumero",
        "Puh",
        "Puhelin nro",
        "Matkapuhelin",
        "Kännykkä",
        "GSM",
        "Phone",
        "Phone number",
        "Telephone",
        "Tel",
        "Mobile",
        "Mobile phone",
    ),
    "street": (
        "Katuosoite",
        "Osoite",
        "Lähiosoite",
        "Postiosoite",
        "Street",
        "Street address",
        "Address",
    ),
    "postal_code": (
        "Postinumero",
        "Postinro",
        "Postal code",
        "Postcode",
        "Post code",
        "Zip",
        "Zip code",
    ),
    "city": ("Postitoimipaikka", "Kaupunki", "Paikkakunta", "Kunta", "City", "Town"),
    "country": ("Maa", "Country"),
    "company": (
        "Yritys",
        "Yrityksen nimi",
        "Firma",
        "Company",
        "Company name",
        "Organisation",
        "Organization",
    ),
    "business_id": ("Y-tunnus", "Business ID", "Business identity code"),
    "language": ("Kieli", "Asiointikieli", "Language"),
    "marketing_consent": (
        "Markkinointilupa",
        "Markkinointisuostumus",
        "Markkinointi",
        "Marketing consent",
        "Marketing",
    ),
    "notes": (
        "Lisätiedot",
        "Huomautukset",
        "Huomautus",
        "Muistiinpanot",
        "Kommentit",
        "Notes",
        "Note",
        "Comments",
    ),
}

_LANGUAGES: dict[str, tuple[str, ...]] = {
    "fi": ("fi", "fin", "suomi", "suomeksi", "finnish"),
    "en": ("en", "eng", "englanti", "englanniksi", "english"),
}

_CONSENT_YES = frozenset({"kyllä", "kylla", "k", "yes", "y", "x", "1", "true"})
_CONSENT_YES |= swedish_columns.CONSENT_YES
_CONSENT_NO = frozenset({"", "ei", "e", "no", "n", "0", "false"}) | swedish_columns.CONSENT_NO

_SPACES = re.compile(r"\s+")


def header_key(text: str) -> str:
    """The form a name is compared in: no case, accents, spaces, hyphens, dots or underscores."""
    return name_key(text)


def _index(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(alias): target for target, aliases in table.items() for alias in aliases}


_HEADER_FIELDS = (
    _index(_ALIASES) | _index(swedish_columns.SWEDISH_ALIASES) | {header_key(f): f for f in FIELDS}
)
_LANGUAGE_CODES = _index(_LANGUAGES) | _index(swedish_columns.LANGUAGE_VALUES)


@dataclass(frozen=True)
class RawCustomerRow:
    """One data row: the file's text per field, before validation.

    `values` holds every field the file has except `marketing_consent`, which is parsed into
    the flag: None when the file has no such column or the cell was not understood (the row
    then also has a problem listed).
    """

    row: int
    values: Mapping[str, str]
    marketing_consent: bool | None


@dataclass(frozen=True)
class CustomerFile:
    ignored_columns: tuple[str, ...]
    fields: tuple[str, ...]
    rows: tuple[RawCustomerRow, ...]
    problems: tuple[RowProblem, ...]


def map_header(header: Sequence[str]) -> tuple[dict[int, str], tuple[str, ...]]:
    """Column index → field, and the names of the columns no field claims (in file order)."""
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        shown = _SPACES.sub(" ", unicodedata.normalize("NFC", title)).strip()
        if not shown:
            continue  # Excel leaves empty header cells after the last used column
        target = _HEADER_FIELDS.get(header_key(title))
        if target is None:
            if shown not in ignored:
                ignored.append(shown)
        elif target in columns.values():
            raise FileFormatError("column_duplicate", column=target)
        else:
            columns[index] = target
    if "name" not in columns.values():
        raise FileFormatError("column_missing", column="name")
    return columns, tuple(ignored)


def normalise_country(value: str) -> str:
    """ISO 3166 alpha-2 for a country name in Finnish, Swedish or English (any case or
    accents); an unknown value passes on for validation to judge."""
    text = value.strip()
    code = country_code(text)
    if code is not None:
        return code
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return text


def normalise_language(value: str) -> str:
    text = value.strip()
    return _LANGUAGE_CODES.get(header_key(text), text)


def parse_consent(value: str) -> bool | None:
    """True or False for the ways a spreadsheet says yes or no; None when it says neither."""
    text = unicodedata.normalize("NFC", value).strip().casefold()
    if text in _CONSENT_YES:
        return True
    if text in _CONSENT_NO:
        return False
    return None


def _unneutralise(value: str) -> str:
    # Our own export puts "'" before text a spreadsheet would run as a formula ("+358…");
    # a file exported here and imported back must give the same values.
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def read_customer_file(data: bytes) -> CustomerFile:
    table = read_workbook(data) if is_workbook(data) else read_table(decode_bytes(data))
    columns, ignored = map_header(table.header)
    fields = tuple(f for f in FIELDS if f in columns.values())
    width = len(table.header)
    # A column holds few distinct countries, languages and consent words: each is worked out
    # once per file. Plain text columns are taken as they are.
    convert = {
        "country": _Memo(normalise_country),
        "language": _Memo(normalise_language),
        "marketing_consent": _Memo(parse_consent),
    }
    plain = [(i, t) for i, t in columns.items() if t not in convert]
    converted = [(i, t, convert[t]) for i, t in columns.items() if t in convert]
    rows: list[RawCustomerRow] = []
    problems: list[RowProblem] = list(table.problems)
    for table_row in table.rows:
        cells = table_row.cells
        if len(cells) != width:
            problems.append(RowProblem(table_row.number, "", "cell_count"))
            continue
        if "'" in "".join(cells):  # cheap test first; an O'Brien only costs the exact one
            cells = [_unneutralise(cell) for cell in cells]
        values = {target: cells[index] for index, target in plain}
        consent: bool | None = None
        for index, target, memo in converted:
            value = memo(cells[index])
            if target == "marketing_consent":
                consent = value  # type: ignore[assignment]
                if consent is None:
                    problems.append(
                        RowProblem(table_row.number, "marketing_consent", "choice_invalid")
                    )
            else:
                values[target] = value  # type: ignore[assignment]
        rows.append(RawCustomerRow(table_row.number, values, consent))
    return CustomerFile(
        ignored_columns=ignored,
        fields=fields,
        rows=tuple(rows),
        problems=tuple(problems),
    )


class _Memo:
    """A pure function of one cell's text, remembered per distinct text for one file."""

    def __init__(self, fn: Callable[[str], object]) -> None:
        self._fn = fn
        self._seen: dict[str, object] = {}

    def __call__(self, cell: str) -> object:
        try:
            return self._seen[cell]
        except KeyError:
            value = self._seen[cell] = self._fn(cell)
            return value
