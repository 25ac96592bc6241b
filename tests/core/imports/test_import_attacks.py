"""Customer files that try to get round the register's rules: updates of a restricted person or
of a row edited since the preview, mixed encodings, an unclosed quote."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db


def _names(services: Services) -> dict[int, tuple[str, str]]:
    with raw_db(services.db.path) as conn:
        rows = conn.execute("SELECT id, name, email FROM customers ORDER BY id").fetchall()
    return {cid: (name, email) for cid, name, email in rows}


def _file(*lines: str) -> bytes:
    return ("\r\n".join(("Nimi;Sähköposti;Puhelin", *lines)) + "\r\n").encode("utf-8")


# -- 12: updates obey the rules edits obey ------------------------------------------------------


def test_an_update_of_a_restricted_person_is_reported_not_written(
    services: Services, admin: Actor
) -> None:
    held = add_customer(services, admin, "Rajoitettu Henkilö", email="rajoitettu@esimerkki.fi")
    free = add_customer(services, admin, "Vapaa Henkilö", email="vapaa@esimerkki.fi")
    services.customers.set_restriction(admin, held.id, True)
    plan = services.imports.plan(
        admin,
        _file(
            "Muutettu Nimi;rajoitettu@esimerkki.fi;040 1234567",
            "Vapaa Uusi;vapaa@esimerkki.fi;",
        ),
    )
    result = services.imports.run(admin, plan, all_or_nothing=False, on_duplicate="update")
    assert (result.updated, result.rejected) == (1, 1)
    assert result.problems == (RowProblem(2, "", "customer_restricted"),)
    names = _names(services)
    assert names[held.id] == ("Rajoitettu Henkilö", "rajoitettu@esimerkki.fi")
    assert names[free.id][0] == "Vapaa Uusi"


def test_a_row_edited_since_the_preview_is_a_conflict_and_the_edit_stays(
    services: Services, admin: Actor
) -> None:
    edited = add_customer(services, admin, "Alkuperäinen Nimi", email="muokattu@esimerkki.fi")
    other = add_customer(services, admin, "Toinen Henkilö", email="toinen@esimerkki.fi")
    plan = services.imports.plan(
        admin,
        _file("Tiedoston Nimi;muokattu@esimerkki.fi;", "Toinen Päivitetty;toinen@esimerkki.fi;"),
    )
    # Between the preview and the run, someone saves the customer in the customer window.
    services.customers.update(
        admin,
        edited.id,
        edited.version,
        CustomerInput(name="Käsin Korjattu", email="muokattu@esimerkki.fi"),
    )
    result = services.imports.run(admin, plan, all_or_nothing=False, on_duplicate="update")
    assert result.problems == (RowProblem(2, "", "changed_since_preview"),)
    assert (result.updated, result.skipped, result.rejected) == (1, 0, 1)
    names = _names(services)
    assert names[edited.id][0] == "Käsin Korjattu"
    assert names[other.id][0] == "Toinen Päivitetty"
    # A fresh preview sees the new version: the update then goes through.
    again = services.imports.plan(admin, _file("Tiedoston Nimi;muokattu@esimerkki.fi;"))
    assert services.imports.run(admin, again, all_or_nothing=True, on_duplicate="update").updated
    assert _names(services)[edited.id][0] == "Tiedoston Nimi"


# -- 13: encodings, ignored columns, unclosed quotes ---------------------------------------------


def test_one_windows_1252_byte_in_a_utf8_file_costs_only_its_row(
    services: Services, admin: Actor
) -> None:
    data = (
        "Nimi;Sähköposti;Väri\r\n".encode()
        + "Äijä Öhman;aija@esimerkki.fi;sininen\r\n".encode()
        + "Pirjo Pääkkönen;pirjo@esimerkki.fi;\r\n".encode("cp1252")
        + "Åsa Sjöberg;asa@esimerkki.fi;\r\n".encode()
    )
    plan = services.imports.plan(admin, data)
    assert plan.problems == (RowProblem(3, "", "encoding_invalid"),)
    assert plan.fields == ("name", "email")  # "Sähköposti" is still a column
    assert plan.ignored_columns == ("Väri",)
    result = services.imports.run(admin, plan, all_or_nothing=False)
    assert (result.imported, result.rejected) == (2, 1)
    assert result.ignored_columns == ("Väri",)
    assert sorted(_names(services).values()) == [
        ("Äijä Öhman", "aija@esimerkki.fi"),
        ("Åsa Sjöberg", "asa@esimerkki.fi"),
    ]


def test_a_whole_windows_1252_file_is_still_read_as_such(services: Services, admin: Actor) -> None:
    data = "Nimi;Sähköposti\r\nÄijä Öhman;aija@esimerkki.fi\r\n".encode("cp1252")
    plan = services.imports.plan(admin, data)
    assert plan.problems == () and plan.fields == ("name", "email")
    assert plan.rows[0].customer.name == "Äijä Öhman"


def test_a_header_with_invalid_bytes_is_refused_not_misread(
    services: Services, admin: Actor
) -> None:
    data = "Nimi;Sähköposti\r\n".encode("cp1252") + "Äijä;a@esimerkki.fi\r\n".encode()
    with pytest.raises(FileFormatError) as info:
        services.imports.plan(admin, data)
    assert info.value.code == "header_encoding_invalid"


def test_an_unclosed_quote_is_reported_at_the_row_where_it_starts(
    services: Services, admin: Actor
) -> None:
    data = _file(
        "Eka Rivi;eka@esimerkki.fi;",
        '"Toka Rivi;toka@esimerkki.fi;',
        "Kolmas Rivi;kolmas@esimerkki.fi;",
        "Neljäs Rivi;neljas@esimerkki.fi;",
    )
    plan = services.imports.plan(admin, data)
    assert plan.problems == (RowProblem(3, "", "quote_unclosed"),)
    assert [r.customer.name for r in plan.rows] == ["Eka Rivi"]
    assert plan.rejected_count == 1
