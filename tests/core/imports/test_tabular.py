"""Spreadsheet CSV as offices export it: encodings, delimiters, quoting and row numbers."""

from __future__ import annotations

import pytest

from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports.tabular import (
    RowProblem,
    Table,
    TableRow,
    decode_bytes,
    detect_delimiter,
    read_table,
)


def _code(err: pytest.ExceptionInfo[FileFormatError]) -> str:
    return err.value.code


# --- decoding --------------------------------------------------------------------------------


def test_utf8_with_a_bom_loses_the_bom() -> None:
    assert decode_bytes(b"\xef\xbb\xbfNimi\r\nP\xc3\xa4\xc3\xa4kk\xc3\xb6nen\r\n") == (
        "Nimi\r\nPääkkönen\r\n"
    )


def test_utf8_without_a_bom() -> None:
    assert decode_bytes("Nimi\nÄijälä\n".encode()) == "Nimi\nÄijälä\n"


def test_windows_1252_is_the_fallback() -> None:
    data = "Nimi;Kaupunki\r\nPääkkönen;Jyväskylä € ’\r\n".encode("cp1252")
    assert data == b"Nimi;Kaupunki\r\nP\xe4\xe4kk\xf6nen;Jyv\xe4skyl\xe4 \x80 \x92\r\n"
    assert decode_bytes(data) == "Nimi;Kaupunki\r\nPääkkönen;Jyväskylä € ’\r\n"


def test_bytes_that_windows_1252_does_not_define_are_refused() -> None:
    with pytest.raises(FileFormatError) as err:
        decode_bytes(b"Nimi\r\nP\xe4\x81kk\r\n")  # 0x81 is undefined in cp1252
    assert _code(err) == "encoding_unknown"


def test_a_binary_file_is_refused_rather_than_read_as_garbage() -> None:
    utf16 = "Nimi\r\nPirjo\r\n".encode("utf-16")
    with pytest.raises(FileFormatError) as err:
        decode_bytes(utf16)
    assert _code(err) == "encoding_unknown"


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(FileFormatError) as err:
        decode_bytes(data)
    assert _code(err) == "file_empty"


# --- delimiters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Nimi;Sähköposti;Puhelin\n", ";"),
        ("Name,Email,Phone\n", ","),
        ("Name\tEmail\tPhone\n", "\t"),
        ('"Nimi, koko";"Osoite"\n', ";"),  # the comma is inside quotes
        ('"a;b;c",d\n', ","),
        ("Nimi\na,b,c,d\n", ";"),  # one column: only the header line counts
        ("\n\r\nName,Email\n", ","),  # blank lines before the header
        ("Nimi,Osoite;Puhelin\n", ";"),  # a tie goes to the Finnish Excel delimiter
    ],
)
def test_the_delimiter_comes_from_the_header_line(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


# --- reading ---------------------------------------------------------------------------------


def test_semicolon_file_with_crlf() -> None:
    table = read_table("Nimi;Kaupunki\r\nPirjo;Oulu\r\nMatti;Turku\r\n")
    assert table == Table(
        header=["Nimi", "Kaupunki"],
        rows=[TableRow(2, ["Pirjo", "Oulu"]), TableRow(3, ["Matti", "Turku"])],
        delimiter=";",
    )


def test_comma_file_with_lf_and_no_final_newline() -> None:
    table = read_table("Name,City\nPirjo,Oulu")
    assert table.delimiter == ","
    assert table.rows == [TableRow(2, ["Pirjo", "Oulu"])]


def test_tab_file() -> None:
    table = read_table("Name\tCity\nVirtanen, Pirjo\tOulu\n")
    assert table.rows == [TableRow(2, ["Virtanen, Pirjo", "Oulu"])]


def test_quoted_cells_keep_delimiters_quotes_and_line_breaks_and_count_as_one_row() -> None:
    text = 'Nimi;Osoite;Lisätiedot\r\nPirjo;"Katu 1;\r\nB 2";"sanoi ""hei"""\r\nMatti;Tie 3;\r\n'
    table = read_table(text)
    assert table.rows == [
        TableRow(2, ["Pirjo", "Katu 1;\nB 2", 'sanoi "hei"']),
        TableRow(3, ["Matti", "Tie 3", ""]),
    ]


def test_blank_rows_are_skipped_but_counted() -> None:
    text = "Nimi;Kaupunki\n\nPirjo;Oulu\n;\n  ;  \n\r\nMatti;Turku\n\n"
    table = read_table(text)
    assert table.rows == [TableRow(3, ["Pirjo", "Oulu"]), TableRow(7, ["Matti", "Turku"])]


def test_blank_rows_before_the_header_are_counted_too() -> None:
    table = read_table("\n;;\nNimi;Kaupunki\nPirjo;Oulu\n")
    assert table.header_number == 3
    assert table.rows == [TableRow(4, ["Pirjo", "Oulu"])]


def test_rows_of_another_width_are_passed_on_as_they_are() -> None:
    table = read_table("a;b;c\n1;2\n1;2;3;4\n")
    assert table.rows == [TableRow(2, ["1", "2"]), TableRow(3, ["1", "2", "3", "4"])]


def test_a_bom_left_in_the_text_is_not_part_of_the_first_column() -> None:
    assert read_table("\ufeffNimi;Kaupunki\n").header == ["Nimi", "Kaupunki"]


def test_header_only() -> None:
    table = read_table("Nimi;Kaupunki\r\n")
    assert (table.header, table.rows) == (["Nimi", "Kaupunki"], [])


def test_only_blank_rows_is_an_empty_file() -> None:
    with pytest.raises(FileFormatError) as err:
        read_table(";;\n\n ; \n")
    assert _code(err) == "file_empty"


def test_a_cell_beyond_the_csv_limit_names_the_row_but_no_data() -> None:
    huge = "x" * 200_000
    with pytest.raises(FileFormatError) as err:
        read_table(f"Nimi\nPirjo\n{huge}\n")
    assert err.value.code == "file_unreadable"
    assert err.value.params == {"reason": "row 3 is not valid CSV"}


def test_decoded_bytes_read_end_to_end() -> None:
    data = "Nimi;Kaupunki\r\nPääkkönen;Jyväskylä\r\n".encode("cp1252")
    assert read_table(decode_bytes(data)).rows == [TableRow(2, ["Pääkkönen", "Jyväskylä"])]


def test_a_row_problem_is_its_row_field_and_code() -> None:
    assert RowProblem(3, "page", "too_long", {"max": 2000}) == RowProblem(3, "page", "too_long")
    assert RowProblem(3, "page", "too_long") != RowProblem(4, "page", "too_long")
    assert RowProblem(3, "page", "too_long", {"max": 2000}).params == {"max": 2000}
