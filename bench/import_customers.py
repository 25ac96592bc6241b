"""Customer CSV import through the service, as a ratio to a plain sqlite3 executemany.

A file of realistic Finnish customers (names with å, ä and ö, mobile numbers written the ways
people write them, emails, street addresses, some companies with a y-tunnus, some marketing
consents) is imported by `CustomerImportService` — read, validated, checked for duplicates and
the suppression list, written in batches with its consent events and audit entry — into a fresh
database; the time counted is plan() + run(), from the file's bytes to the last commit. The
baseline inserts the very same clean rows (read back from that database, put in the file's
order) with one `executemany` of the stdlib sqlite3 module into another fresh database of the
same schema, created by the same migrations. Each measurement runs in a fresh process, the
kinds interleaved, and the medians are compared. The same rows pre-sorted by name are timed
too, for comparison only: the import writes in that order (see CustomerImportService).

    make bench                                        # with the other benchmarks
    make bench IMPORT_BENCH_ARGS="--runs 7"
    python bench/import_customers.py --rows 100000 --runs 5 --target 4
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import pickle
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "kaksi karhua kiipesi kuusen latvaan"
CHILD_TIMEOUT = 600


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Common Finnish given names and surnames (and some Swedish-speaking ones), so that full names
# rarely repeat in 100 000 rows while single names do, as in a real customer list.
FIRST_NAMES = _words(
    """
    Matti Pekka Juha Timo Mikko Jari Kari Antti Jukka Markku Mika Hannu Heikki Seppo Janne
    Ari Sami Petri Marko Ville Jussi Tuomas Lauri Eero Väinö Jääko Åke Aleksi Joonas Juho
    Eetu Onni Elias Leevi Eino Oliver Toivo Otto Veeti Niilo Kalle Olli Risto Pentti Pertti
    Esa Arto Reijo Raimo Erkki Tapio Veikko Aarne Ilmari Yrjö Jyrki Ossi Keijo Kyösti Björn
    Göran Mårten Sören Henrik Anna Maria Tuula Päivi Ritva Leena Pirjo Sari Minna Marja Tiina
    Riitta Anne Liisa Eeva Kaisa Elina Aino Helmi Sointu Åsa Kyllikki Säde Lyydia Hannele
    Märta Sanna Laura Johanna Katja Heidi Susanna Jenni Emilia Ella Venla Aada Iida Eevi
    Pihla Lilja Siiri Vilja Enni Kerttu Hilla Nelli Ronja Aurora Sofia Saara Oona Veera Inka
    Tyyne Impi Lempi Vieno Sylvi Martta Elsa Ebba Gunilla Solveig Ingrid Brita Kristiina Ulla
    """
)
SURNAMES = _words(
    """
    Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
    Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
    Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen
    Leinonen Hiltunen Miettinen Hirvonen Aaltonen Kallio Pitkänen Manninen Väisänen Räsänen
    Jääskeläinen Pääkkönen Öhman Åberg Söderström Östman Ålander Kärkkäinen Pöllänen Häkkinen
    Ylönen Könönen Mäntylä Hyvärinen Kääriäinen Lindqvist Sjöberg Lindholm Nyström Grönroos
    Backman Holmström Wikström Sundqvist Björklund Lindroos Forsman Blomqvist Eklund Åström
    Vähä-Aho Ylä-Mononen Ala-Kokko Yli-Hukka Kauppinen Lampinen Peltonen Ojala Harju Lappalainen
    Seppälä Kettunen Koivisto Mustonen Hakala Vainio Toivonen Anttila Moilanen Nurmi Lindberg
    Partanen Kiiskinen Rautiainen Nyman Pulkkinen Honkanen Mikkonen Huttunen Hakkarainen
    Tikkanen Laaksonen Rissanen Kokkonen Hämäläinen Oksanen Ketola Tiainen Kivelä Halonen
    Pesonen Vesterinen Nurminen Sirviö Rinne Jokela Koponen Leppänen Mäki Immonen Lehto
    Sillanpää Riihimäki Määttä Kemppainen Pyykkönen Huhtala Kähkönen Keränen Tähtinen Hänninen
    Heiskanen Kukkonen Lähteenmäki Syrjälä Väänänen Kärki Sääski Pöyhönen Rönkkö Ruotsalainen
    Öster Kemppinen Lönnqvist Juntunen Hyvönen Niskanen Kinnunen Sorsa Tervo Ruuska Soininen
    """
)
STREETS = _words(
    """
    Hämeenkatu Mannerheimintie Aleksanterinkatu Kauppakatu Koulukatu Rantatie Myllytie
    Kirkkokatu Pääskysentie Sääksjärventie Kävelykatu Länsiväylä Töölönkatu Ässäkuja Öljytie
    Åkerlundinkatu Väinämöisenkatu Puistokatu Kalevankatu Jänkätie Satamakatu Asemakatu
    Koivukuja Mäntytie Kuusitie Pihlajatie Vaahterakuja Tammelanpuistokatu Sepänkatu
    """
)
CITIES = (
    ("00100", "Helsinki"),
    ("02100", "Espoo"),
    ("01300", "Vantaa"),
    ("33100", "Tampere"),
    ("20100", "Turku"),
    ("40100", "Jyväskylä"),
    ("90100", "Oulu"),
    ("15110", "Lahti"),
    ("70100", "Kuopio"),
    ("65100", "Vaasa"),
    ("13100", "Hämeenlinna"),
    ("44100", "Äänekoski"),
    ("04600", "Mäntsälä"),
    ("42100", "Jämsä"),
    ("22100", "Maarianhamina"),
    ("96100", "Rovaniemi"),
)
DOMAINS = _words(
    """
    gmail.com hotmail.com outlook.com yahoo.com icloud.com elisanet.fi kolumbus.fi luukku.com
    suomi24.fi saunalahti.fi welho.com netti.fi pp.inet.fi live.fi hotmail.fi msn.com
    """
)
COMPANY_WORDS = _words(
    """
    Rakennus Sähkö Kuljetus Tilitoimisto Kauneushoitola Leipomo Konepaja Metsä Puutarha
    Kiinteistöhuolto Kahvila Hammaslääkäri Lämpö Kultasepänliike Äänistudio
    """
)
MOBILE_PREFIXES = ("040", "041", "044", "045", "046", "050", "0400", "0440", "0500")
HEADER = (
    "Asiakasnumero",
    "Nimi",
    "Sähköposti",
    "Puhelin",
    "Katuosoite",
    "Postinumero",
    "Postitoimipaikka",
    "Maa",
    "Yritys",
    "Y-tunnus",
    "Kieli",
    "Markkinointilupa",
    "Lisätiedot",
)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


def business_id(rng: random.Random) -> str:
    """A y-tunnus with its check digit (weights 7 9 10 5 8 4 2; remainder 1 is never used)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(7)]
        remainder = sum(d * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if remainder != 1:
            check = 0 if remainder == 0 else 11 - remainder
            return "".join(map(str, digits)) + f"-{check}"


def phone(rng: random.Random, n: int) -> str:
    prefix = rng.choice(MOBILE_PREFIXES)
    subscriber = f"{(n * 7919 + rng.randint(0, 7918)) % 10_000_000:07d}"
    if len(prefix) == 4:
        subscriber = subscriber[1:]
    style = rng.random()
    if style < 0.45:
        return f"{prefix} {subscriber}"
    if style < 0.65:
        return f"{prefix}{subscriber}"
    if style < 0.80:
        return f"{prefix} {subscriber[:3]} {subscriber[3:]}"
    if style < 0.90:
        return f"{prefix}-{subscriber}"
    return f"+358 {prefix[1:]} {subscriber}"


def customer_rows(count: int, seed: int = 20261124) -> list[list[str]]:
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for n in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        given = f"{first} {rng.choice(FIRST_NAMES)}" if rng.random() < 0.3 else first
        postal, city = rng.choice(CITIES)
        company, y_tunnus = "", ""
        if rng.random() < 0.2:
            company = f"{last}n {rng.choice(COMPANY_WORDS)} Oy"
            y_tunnus = business_id(rng)
        street = f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
        if rng.random() < 0.4:
            street += f" {rng.choice('ABCDEF')} {rng.randint(1, 40)}"
        rows.append(
            [
                "" if rng.random() < 0.1 else str(200_000 + n),
                f"{given} {last}",
                f"{ascii_fold(first)}.{ascii_fold(last)}{n}@{rng.choice(DOMAINS)}",
                phone(rng, n),
                street,
                postal,
                city,
                "Suomi",
                company,
                y_tunnus,
                "suomi" if rng.random() < 0.9 else "englanti",
                "kyllä" if rng.random() < 0.3 else "ei",
                "Soittaa mieluiten iltaisin" if rng.random() < 0.05 else "",
            ]
        )
    return rows


def customer_csv(count: int, seed: int = 20261124) -> bytes:
    """The file as Finnish Excel saves it: UTF-8 with a BOM, ";" between cells, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(customer_rows(count, seed))
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# -- the children: each measurement in a fresh process ------------------------------------------

IMPORT_CHILD = """
import json, sys, time
from pathlib import Path
from l4d_desktop.core.services import open_services

db, csv_path, password = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
services = open_services(db)
services.auth.create_first_admin("boss", "Testi Pääkäyttäjä", password, "")
admin = services.auth.login("boss", password)
data = csv_path.read_bytes()
t0 = time.perf_counter()
plan = services.imports.plan(admin, data)
t1 = time.perf_counter()
result = services.imports.run(admin, plan, all_or_nothing=True)
t2 = time.perf_counter()
services.db.dispose()
print(json.dumps({"plan": t1 - t0, "run": t2 - t1, "imported": result.imported,
                  "rejected": result.rejected, "total_rows": plan.total_rows}))
"""

BASELINE_CHILD = """
import json, pickle, sqlite3, sys, time
from pathlib import Path
from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.database import Database

db, rows_path = Path(sys.argv[1]), Path(sys.argv[2])
columns, rows = pickle.loads(rows_path.read_bytes())
database = Database(db)  # the same schema, made by the same migrations
migrate.upgrade(database)
database.dispose()
sql = f"INSERT INTO customers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
conn = sqlite3.connect(db)
t0 = time.perf_counter()
conn.executemany(sql, rows)
conn.commit()
t1 = time.perf_counter()
conn.close()
print(json.dumps({"total": t1 - t0}))
"""


class Bench:
    def __init__(self, work: Path, rows: int) -> None:
        self.work = work
        self.count = rows
        self.csv = work / "asiakkaat.csv"
        self.csv.write_bytes(customer_csv(rows))
        self.file_rows = customer_rows(rows)
        self.runs = 0

    def _child(self, code: str, *args: str) -> dict[str, float]:
        self.runs += 1
        env = {k: v for k, v in os.environ.items() if k != "L4D_DB"}
        env["PYTHONPATH"] = str(ROOT)
        out = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            cwd=self.work,
            env=env,
            timeout=CHILD_TIMEOUT,
            check=False,
        )
        if out.returncode != 0:
            raise SystemExit(f"child failed ({out.returncode}):\n{out.stderr[-3000:]}")
        result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
        return result

    def fresh(self) -> Path:
        return self.work / f"db-{self.runs}" / "l4d.sqlite3"

    def import_once(self) -> tuple[dict[str, float], Path]:
        db = self.fresh()
        result = self._child(IMPORT_CHILD, str(db), str(self.csv), PASSWORD)
        if result["imported"] != self.count or result["rejected"]:
            raise SystemExit(f"the import did not take every row: {result}")
        return result, db

    def clean_rows(self, imported: Path) -> Path:
        """The rows the import stored (all columns but the id), in the file's order."""
        position = {row[2]: n for n, row in enumerate(self.file_rows)}  # emails are unique
        conn = sqlite3.connect(imported)
        columns = [r[1] for r in conn.execute("PRAGMA table_info(customers)") if r[1] != "id"]
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM customers").fetchall()
        conn.close()
        email = columns.index("email")
        rows.sort(key=lambda r: position[r[email]])
        sort_key_at = columns.index("sort_key")
        path = self.work / "rows.pickle"
        path.write_bytes(pickle.dumps((columns, rows)))
        sorted_path = self.work / "rows-sorted.pickle"
        sorted_path.write_bytes(pickle.dumps((columns, sorted(rows, key=lambda r: r[sort_key_at]))))
        return path

    def baseline(self, rows: Path) -> float:
        return self._child(BASELINE_CHILD, str(self.fresh()), str(rows))["total"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="customers in the file")
    parser.add_argument("--runs", type=int, default=3, help="measured runs of each kind")
    parser.add_argument("--target", type=float, default=4.0, help="largest acceptable ratio")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="l4d-import-bench-") as tmp:
        bench = Bench(Path(tmp), args.rows)
        # Warm-up (not counted): also gives the clean rows the baseline inserts.
        _, imported = bench.import_once()
        rows = bench.clean_rows(imported)
        sorted_rows = rows.with_name("rows-sorted.pickle")
        bench.baseline(rows)
        plans: list[float] = []
        runs: list[float] = []
        totals: list[float] = []
        base: list[float] = []
        base_sorted: list[float] = []
        for n in range(args.runs):
            kinds = ["baseline", "import", "sorted"]
            for kind in kinds[n % 3 :] + kinds[: n % 3]:
                if kind == "baseline":
                    base.append(bench.baseline(rows))
                elif kind == "sorted":
                    base_sorted.append(bench.baseline(sorted_rows))
                else:
                    result, _ = bench.import_once()
                    plans.append(result["plan"])
                    runs.append(result["run"])
                    totals.append(result["plan"] + result["run"])

    median = statistics.median
    ratio = median(totals) / median(base)
    print(f"customer import of {args.rows} rows, {args.runs} runs each, medians (fresh databases):")
    print(f"  {'plain sqlite3 executemany':<40}{median(base):8.2f} s  (file order: the baseline)")
    print(f"  {'  the same rows sorted by name':<40}{median(base_sorted):8.2f} s  (for comparison)")
    print(f"  {'import through the service':<40}{median(totals):8.2f} s  ratio {ratio:.2f}x")
    print(f"  {'  plan: read, validate, check':<40}{median(plans):8.2f} s")
    print(f"  {'  run: write in batches':<40}{median(runs):8.2f} s")
    spread = ", ".join(f"{t:.2f}" for t in totals)
    print(f"  import runs: {spread}; baseline runs: {', '.join(f'{t:.2f}' for t in base)}")
    verdict = ratio <= args.target
    print(f"target <= {args.target:.2f}x: {'PASS' if verdict else 'FAIL'}")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
