"""Country names in an imported file: every country pycountry knows, in Finnish, Swedish and
English, in any case and with or without accents, becomes its ISO code; rows naming them are
imported into a real register instead of being rejected."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pycountry
import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.imports.country_names import country_code
from l4d_desktop.core.imports.customer_csv import normalise_country
from l4d_desktop.core.services import Services
from tests.helpers.database import raw_db


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Ahvenanmaa", "AX"),
        ("ahvenanmaa", "AX"),
        ("Åland", "AX"),
        ("ÅLAND", "AX"),
        ("Aland", "AX"),
        ("Åland Islands", "AX"),
        ("Kreikka", "GR"),
        ("Grekland", "GR"),
        ("GREECE", "GR"),
        ("greece", "GR"),
        ("Etelä-Afrikka", "ZA"),
        ("etela afrikka", "ZA"),
        ("Sydafrika", "ZA"),
        ("South Africa", "ZA"),
        ("Japani", "JP"),
        ("Tyskland", "DE"),
        ("Côte d'Ivoire", "CI"),
        ("cote d'ivoire", "CI"),
        ("Norsunluurannikko", "CI"),
        ("Elfenbenskusten", "CI"),
        ("Tšekki", "CZ"),
        ("Etelä-Korea", "KR"),
        ("Iso-Britannia", "GB"),
        ("USA", "US"),
        ("grc", "GR"),
        ("  Kreikka  ", "GR"),
    ],
)
def test_country_names_in_finnish_swedish_and_english(value: str, code: str) -> None:
    assert normalise_country(value) == code


def test_every_country_pycountry_knows_resolves_in_all_three_languages() -> None:
    import gettext

    catalogues = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("fi", "sv")
    }
    countries = list(pycountry.countries)
    assert len(countries) == 249
    unresolved = []
    for country in countries:
        fi = catalogues["fi"].gettext(country.name)
        sv = catalogues["sv"].gettext(country.name)
        for name in (country.name, fi, sv, country.name.upper(), fi.casefold(), sv.upper()):
            if country_code(name) != country.alpha_2:
                unresolved.append((country.alpha_2, name))
    assert unresolved == []
    # The catalogues really translate (many names are spelt alike: Latvia, Kenia, Chile).
    for lang in ("fi", "sv"):
        assert sum(catalogues[lang].gettext(c.name) != c.name for c in countries) > 120


@pytest.mark.parametrize("value", ["Atlantis", "Suomi-Ruotsi", "Kreikkaa", "ÅL", ""])
def test_what_names_no_country_is_passed_on_for_validation(value: str) -> None:
    assert country_code(value) is None


def test_the_names_are_not_loaded_when_the_module_is_imported() -> None:
    """Start-up does not pay: importing the customer file reader loads no country catalogue."""
    code = (
        "import sys\n"
        "import l4d_desktop.core.imports.customer_csv\n"
        "assert 'pycountry' not in sys.modules, 'pycountry loaded at import'\n"
        "from l4d_desktop.core.imports.customer_csv import normalise_country\n"
        "assert normalise_country('Ahvenanmaa') == 'AX'\n"
        "assert 'pycountry' in sys.modules\n"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root, env=_env(root))


def _env(root: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(root)}


def _countries(path: Path) -> dict[str, Any]:
    with raw_db(path) as conn:
        return dict(conn.execute("SELECT name, country FROM customers").fetchall())


def test_rows_naming_countries_in_finnish_and_swedish_are_imported(
    services: Services, admin: Actor
) -> None:
    data = (
        "Nimi;Sähköposti;Maa\n"
        "Anna Ahvenlahti;anna@esimerkki.fi;Ahvenanmaa\n"
        "Nikos Papadopoulos;nikos@esimerkki.fi;Kreikka\n"
        "Sven Grek;sven@esimerkki.fi;Grekland\n"
        "Mary Greek;mary@esimerkki.fi;GREECE\n"
        "Åsa Åländer;asa@esimerkki.fi;Åland\n"
        "Keijo Keksitty;keijo@esimerkki.fi;Atlantis\n"
    ).encode()
    plan = services.imports.plan(admin, data)
    assert [p.row for p in plan.problems] == [7]
    assert plan.problems[0].field == "country"
    result = services.imports.run(admin, plan, all_or_nothing=False)
    assert (result.imported, result.rejected) == (5, 1)
    assert _countries(services.db.path) == {
        "Anna Ahvenlahti": "AX",
        "Nikos Papadopoulos": "GR",
        "Sven Grek": "GR",
        "Mary Greek": "GR",
        "Åsa Åländer": "AX",
    }
