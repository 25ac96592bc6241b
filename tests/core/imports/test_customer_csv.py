"""Customer lists from spreadsheets: columns by Finnish or English name, values pre-normalised."""

from __future__ import annotations

import pytest

from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports import customer_csv
from l4d_desktop.core.imports.customer_csv import (
    FIELDS,
    CustomerFile,
    RawCustomerRow,
    RowProblem,
    header_key,
    map_header,
    normalise_country,
    normalise_language,
    parse_consent,
    read_customer_file,
)

FINNISH_EXCEL = (
    "Asiakasnumero;Nimi;Sähköposti;Puhelin;Katuosoite;Postinumero;Postitoimipaikka;Maa;"
    "Yritys;Y-tunnus;Kieli;Markkinointilupa;Lisätiedot\r\n"
    "A-100;Pirjo Pääkkönen;pirjo@esimerkki.fi;040 123 4567;Kauppakatu 1;40100;Jyväskylä;"
    "Suomi;Pääkkönen Oy;2989855-5;suomi;kyllä;Soita aamulla\r\n"
)


def _raises(data: bytes) -> FileFormatError:
    with pytest.raises(FileFormatError) as err:
        read_customer_file(data)
    return err.value


# --- whole files -----------------------------------------------------------------------------


def test_a_finnish_excel_file_in_windows_1252() -> None:
    result = read_customer_file(FINNISH_EXCEL.encode("cp1252"))
    assert result == CustomerFile(
        ignored_columns=(),
        fields=FIELDS,
        rows=(
            RawCustomerRow(
                row=2,
                values={
                    "customer_number": "A-100",
                    "name": "Pirjo Pääkkönen",
                    "email": "pirjo@esimerkki.fi",
                    "phone": "040 123 4567",
                    "street": "Kauppakatu 1",
                    "postal_code": "40100",
                    "city": "Jyväskylä",
                    "country": "FI",
                    "company": "Pääkkönen Oy",
                    "business_id": "2989855-5",
                    "language": "fi",
                    "notes": "Soita aamulla",
                },
                marketing_consent=True,
            ),
        ),
        problems=(),
    )


def test_the_same_file_in_utf8_with_and_without_a_bom_reads_the_same() -> None:
    plain = read_customer_file(FINNISH_EXCEL.encode("cp1252"))
    assert read_customer_file(FINNISH_EXCEL.encode("utf-8")) == plain
    assert read_customer_file(FINNISH_EXCEL.encode("utf-8-sig")) == plain


def test_an_english_comma_file_with_quoted_cells() -> None:
    data = (
        b"Full Name,E-mail address,Street address,Country,Marketing consent\n"
        b'"Virtanen, Pirjo",pirjo@example.com,"Main Street 1\nFlat 2",Sweden,no\n'
    )
    result = read_customer_file(data)
    assert result.fields == ("name", "email", "street", "country", "marketing_consent")
    assert result.rows == (
        RawCustomerRow(
            row=2,
            values={
                "name": "Virtanen, Pirjo",
                "email": "pirjo@example.com",
                "street": "Main Street 1\nFlat 2",
                "country": "SE",
            },
            marketing_consent=False,
        ),
    )


def test_a_tab_separated_file() -> None:
    result = read_customer_file(b"Name\tCity\nPirjo\tOulu\n")
    assert result.rows == (RawCustomerRow(2, {"name": "Pirjo", "city": "Oulu"}, None),)


def test_no_consent_column_means_no_consent_value() -> None:
    result = read_customer_file(b"Nimi\nPirjo\n")
    assert result.fields == ("name",)
    assert result.rows[0].marketing_consent is None


def test_unknown_columns_are_ignored_but_listed_once_in_file_order() -> None:
    data = "ID;Nimi;  Syntymä   päivä ;Sukunimi;;ID\n7;Pirjo;1.1.1970;P;;7\n".encode()
    result = read_customer_file(data)
    assert result.ignored_columns == ("ID", "Syntymä päivä", "Sukunimi")
    assert result.rows == (RawCustomerRow(2, {"name": "Pirjo"}, None),)


def test_the_programs_own_export_reads_back() -> None:
    data = (
        "\ufeffid,customer_number,name,email,phone,street,postal_code,city,country,company,"
        "language\r\n"
        "1,A-1,'=SUM(A1),p@example.com,'+358401234567,Katu 1,00100,Helsinki,FI,,fi\r\n"
    ).encode()
    result = read_customer_file(data)
    assert result.ignored_columns == ("id",)
    assert result.rows[0].values["name"] == "=SUM(A1)"
    assert result.rows[0].values["phone"] == "+358401234567"
    assert result.rows[0].values["country"] == "FI"


def test_an_apostrophe_before_ordinary_text_is_kept() -> None:
    result = read_customer_file(b"Nimi\n'Pirjo'\n")
    assert result.rows[0].values["name"] == "'Pirjo'"


def test_values_are_passed_on_untrimmed_for_validation_to_clean() -> None:
    result = read_customer_file(b"Nimi;Maa;Kieli\n Pirjo ; suomi ; English \n")
    assert result.rows[0].values == {"name": " Pirjo ", "country": "FI", "language": "en"}


# --- row problems ----------------------------------------------------------------------------


def test_a_row_of_another_width_is_reported_with_its_spreadsheet_row_number() -> None:
    data = (
        b"Nimi;Kaupunki\r\n"
        b"Pirjo;Oulu\r\n"
        b'"Matti\r\nMeik\xc3\xa4l\xc3\xa4inen";Turku\r\n'  # one row over two lines
        b"\r\n"  # a blank row still has a number
        b"Liisa\r\n"
        b"Kalle;Pori;extra\r\n"
        b"Aino;Vaasa\r\n"
    )
    result = read_customer_file(data)
    assert result.problems == (RowProblem(5, "", "cell_count"), RowProblem(6, "", "cell_count"))
    assert [r.row for r in result.rows] == [2, 3, 7]
    assert result.rows[1].values["name"] == "Matti\nMeikäläinen"


def test_a_consent_that_is_neither_yes_nor_no_is_a_problem_of_that_row() -> None:
    data = "Nimi;Markkinointilupa\nPirjo;X\nMatti;ehkä\nLiisa;\n".encode()
    result = read_customer_file(data)
    assert result.problems == (RowProblem(3, "marketing_consent", "choice_invalid"),)
    assert [(r.row, r.marketing_consent) for r in result.rows] == [(2, True), (3, None), (4, False)]


# --- whole-file problems ---------------------------------------------------------------------


def test_no_name_column() -> None:
    err = _raises(b"Email;Phone\na@example.com;040\n")
    assert (err.code, err.params) == ("column_missing", {"column": "name"})


def test_a_file_without_a_header_row_is_missing_the_name_column_and_leaks_nothing() -> None:
    err = _raises("Pirjo Pääkkönen;pirjo@esimerkki.fi\n".encode())
    assert (err.code, err.params) == ("column_missing", {"column": "name"})
    assert "Pirjo" not in str(err) and "esimerkki" not in str(err)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nimi;Name", "name"),
        ("Nimi;Sähköposti;E-mail", "email"),
        ("Nimi;Puhelin;GSM", "phone"),
        ("Nimi;Postinro;Zip", "postal_code"),
        ("Nimi;Kieli;ASIOINTIKIELI", "language"),
    ],
)
def test_two_columns_for_the_same_field(header: str, field: str) -> None:
    err = _raises(f"{header}\n".encode())
    assert (err.code, err.params) == ("column_duplicate", {"column": field})


def test_an_undecodable_file() -> None:
    assert _raises(b"Nimi\nP\x81\n").code == "encoding_unknown"


def test_an_empty_file() -> None:
    assert _raises(b"\xef\xbb\xbf\r\n").code == "file_empty"


# --- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("NIMI", "name"),
        ("koko NIMI", "name"),
        ("Full name", "name"),
        ("  Asiakkaan   nimi ", "name"),
        ("customer NAME", "name"),
        ("sähköposti", "email"),
        ("Sahkoposti", "email"),
        ("SÄHKÖPOSTIOSOITE", "email"),
        ("S-posti", "email"),
        ("e-mail", "email"),
        ("E-Mail Address", "email"),
        ("email address", "email"),
        ("puhelinnumero", "phone"),
        ("Puh.", "phone"),
        ("puh", "phone"),
        ("MATKAPUHELIN", "phone"),
        ("gsm", "phone"),
        ("Phone Number", "phone"),
        ("telephone", "phone"),
        ("Tel", "phone"),
        ("MOBILE", "phone"),
        ("osoite", "street"),
        ("Lähiosoite", "street"),
        ("street address", "street"),
        ("ADDRESS", "street"),
        ("postinumero", "postal_code"),
        ("POSTCODE", "postal_code"),
        ("post code", "postal_code"),
        ("Zip Code", "postal_code"),
        ("postal_code", "postal_code"),
        ("kaupunki", "city"),
        ("Paikkakunta", "city"),
        ("TOWN", "city"),
        ("maa", "country"),
        ("Yrityksen nimi", "company"),
        ("FIRMA", "company"),
        ("organisation", "company"),
        ("Organization", "company"),
        ("Y-TUNNUS", "business_id"),
        ("ytunnus", "business_id"),
        ("Business id", "business_id"),
        ("asiointikieli", "language"),
        ("Asiakasnro", "customer_number"),
        ("Customer No.", "customer_number"),
        ("customer id", "customer_number"),
        ("customer_number", "customer_number"),
        ("markkinointisuostumus", "marketing_consent"),
        ("Marketing Consent", "marketing_consent"),
        ("huomautukset", "notes"),
        ("MUISTIINPANOT", "notes"),
        ("notes", "notes"),
    ],
)
def test_header_variants(title: str, field: str) -> None:
    columns, ignored = map_header(["Nimi" if field != "name" else "Lisätiedot", title])
    assert columns[1] == field
    assert ignored == ()


def test_every_alias_maps_to_its_own_field() -> None:
    # One alias silently claimed by two fields would send a column to the wrong field.
    for field, aliases in customer_csv._ALIASES.items():
        for alias in aliases:
            assert customer_csv._HEADER_FIELDS[header_key(alias)] == field, alias
    assert set(customer_csv._ALIASES) == set(FIELDS)


def test_header_key_folds_case_accents_and_punctuation() -> None:
    assert header_key("  Sähkö-Posti. ") == header_key("SAHKOPOSTI") == "sahkoposti"
    assert header_key("Customer_No") == "customerno"


# --- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Suomi", "FI"),
        ("FINLAND", "FI"),
        (" finland ", "FI"),
        ("Ruotsi", "SE"),
        ("Sweden", "SE"),
        ("norja", "NO"),
        ("Norway", "NO"),
        ("Tanska", "DK"),
        ("Denmark", "DK"),
        ("Viro", "EE"),
        ("Eesti", "EE"),
        ("Estonia", "EE"),
        ("Saksa", "DE"),
        ("Germany", "DE"),
        ("Iso-Britannia", "GB"),
        ("iso britannia", "GB"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("uk", "GB"),
        ("Yhdysvallat", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("Ranska", "FR"),
        ("France", "FR"),
        ("Espanja", "ES"),
        ("Spain", "ES"),
        ("Italia", "IT"),
        ("Italy", "IT"),
        ("Alankomaat", "NL"),
        ("Hollanti", "NL"),
        ("Netherlands", "NL"),
        ("Puola", "PL"),
        ("Poland", "PL"),
        ("Latvia", "LV"),
        ("Liettua", "LT"),
        ("Lithuania", "LT"),
        ("Islanti", "IS"),
        ("Iceland", "IS"),
        ("Itävalta", "AT"),
        ("ITAVALTA", "AT"),
        ("Austria", "AT"),
        ("Sveitsi", "CH"),
        ("Switzerland", "CH"),
        ("Belgia", "BE"),
        ("Belgium", "BE"),
        ("Irlanti", "IE"),
        ("Ireland", "IE"),
        ("Portugali", "PT"),
        ("Portugal", "PT"),
        ("Venäjä", "RU"),
        ("Russia", "RU"),
        ("fi", "FI"),
        (" se ", "SE"),
        ("Jp", "JP"),
        ("", ""),
        ("   ", ""),
        ("Atlantis", "Atlantis"),
        ("F1", "F1"),
        ("ÅL", "ÅL"),
    ],
)
def test_country_names_become_codes(value: str, code: str) -> None:
    assert normalise_country(value) == code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("suomi", "fi"),
        ("Suomi", "fi"),
        ("FINNISH", "fi"),
        ("fi", "fi"),
        ("FI", "fi"),
        ("fin", "fi"),
        ("englanti", "en"),
        ("English", "en"),
        ("EN", "en"),
        ("eng", "en"),
        ("", ""),
        ("ruotsi", "sv"),
        ("saksa", "saksa"),
        ("sv", "sv"),
    ],
)
def test_languages_become_codes(value: str, code: str) -> None:
    assert normalise_language(value) == code


@pytest.mark.parametrize(
    ("value", "consent"),
    [
        ("kyllä", True),
        ("KYLLÄ", True),
        ("Kylla", True),
        ("k", True),
        ("Yes", True),
        ("y", True),
        ("x", True),
        (" X ", True),
        ("1", True),
        ("TRUE", True),
        ("ei", False),
        ("EI", False),
        ("e", False),
        ("no", False),
        ("N", False),
        ("0", False),
        ("False", False),
        ("", False),
        ("  ", False),
        ("ehkä", None),
        ("2", None),
        ("kyllä ei", None),
    ],
)
def test_consent_values(value: str, consent: bool | None) -> None:
    assert parse_consent(value) is consent
