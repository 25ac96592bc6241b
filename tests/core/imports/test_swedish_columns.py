"""A customer list kept in Swedish: its column names and its language and consent values are
understood as the Finnish and English ones are, and the customers are written to in Swedish."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.imports.customer_csv import map_header, normalise_language, parse_consent
from l4d_desktop.core.services import Services

SWEDISH_HEADER = [
    "Kundnummer",
    "Namn",
    "E-post",
    "Telefon",
    "Gatuadress",
    "Postnummer",
    "Postanstalt",
    "Land",
    "Företag",
    "FO-nummer",
    "Språk",
    "Samtycke till marknadsföring",
    "Anteckningar",
]

SWEDISH_FILE = (
    ";".join(SWEDISH_HEADER)
    + "\r\n"
    + "S-1;Åsa Lindqvist;asa.lindqvist@exempel.fi;040 765 4321;Strandvägen 2;02400;"
    "Kyrkslätt;Finland;;;svenska;ja;\r\n"
    + "S-2;Björn Sundström;bjorn@exempel.se;+46 8 123 456;Storgatan 1;111 22;Stockholm;"
    "Sverige;Sundström AB;;ruotsi;nej;\r\n"
    + "S-3;Peter Smith;peter@example.com;;;;;Storbritannien;;;engelska;;\r\n"
)


def test_the_swedish_column_names_are_the_fields() -> None:
    columns, ignored = map_header(SWEDISH_HEADER)
    assert ignored == ()
    assert [columns[i] for i in range(len(SWEDISH_HEADER))] == [
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
    ]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("svenska", "sv"),
        ("Svenska", "sv"),
        ("på svenska", "sv"),
        ("ruotsi", "sv"),
        ("Swedish", "sv"),
        ("SV", "sv"),
        ("finska", "fi"),
        ("engelska", "en"),
        ("tyska", "tyska"),  # no letter language: left for the validation to refuse
    ],
)
def test_swedish_language_values(value: str, code: str) -> None:
    assert normalise_language(value) == code


def test_swedish_yes_and_no() -> None:
    assert parse_consent("Ja") is True and parse_consent("nej") is False
    assert parse_consent("kanske") is None


def test_a_swedish_file_is_imported_with_swedish_letters(services: Services, admin: Actor) -> None:
    plan = services.imports.plan(admin, SWEDISH_FILE.encode("utf-8"))
    assert plan.problems == () and plan.ignored_columns == ()
    assert [r.customer.language for r in plan.rows] == ["sv", "sv", "en"]
    assert [r.customer.country for r in plan.rows] == ["FI", "SE", "GB"]
    assert [r.marketing_consent for r in plan.rows] == [True, False, False]
