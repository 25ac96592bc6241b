"""Demo data: realistic Finnish customers, with consents, web events and invoices.

For trying the program and for the benchmarks. Every value stored is one the register itself
would store for the same input: the generator builds values only from tables whose entries are
checked against the register's own cleaning (`clean_text`, `clean_email`, `clean_phone`,
`clean_business_id`) the first time they are used, in forms those functions return unchanged
(E.164 phone numbers, lower-case ASCII email addresses, y-tunnus as 1234567-8, five-digit postal
codes). A sample of the generated customers (the first few hundred and then every
`VERIFY_EVERY`-th) is also run through `clean_customer` and `search_text` in full, and a
mismatch stops the fill before its batch is written. Search text and sort key are made by the
same functions `apply_clean` uses.

Rows are written with Core `insert()` executemany in batches, each batch in its own
transaction (so that other users never wait long), and the whole fill is recorded as one
`demo.fill` audit entry holding counts and ids only. Email addresses are on reserved example
domains, so that no message sent from a demo register can reach anyone.

The same seed on the same register at the same clock gives the same data.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any, TypeVar

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.fields import (
    CleanCustomer,
    CustomerInput,
    clean_business_id,
    clean_customer,
    clean_email,
    clean_phone,
    search_text,
)
from l4d_desktop.core.customers.invoices import billing_address
from l4d_desktop.core.customers.service import allocate_numbers
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.counters import DEMO_INVOICE_NUMBER, free_numbers
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ConsentEvent, ConsentPurpose, Customer, Invoice, WebEvent
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text, fold, sort_key
from l4d_desktop.core.vocabulary import ConsentMethod, Right

BATCH = 5000
MAX_CUSTOMERS = 1_000_000
VERIFY_FIRST = 300
VERIFY_EVERY = 97
_INVOICE_DIGITS = 7

# -- the tables the generator draws from --------------------------------------------------------

FI_FEMALE = (
    "Aino", "Anna", "Annika", "Anna-Liisa", "Eeva", "Elina", "Ella", "Emmi", "Hanna", "Heidi",
    "Helena", "Iida", "Johanna", "Julia", "Kaisa", "Katja", "Kyllikki", "Laura", "Leena",
    "Liisa", "Maija", "Marja", "Mervi", "Minna", "Noora", "Outi", "Päivi", "Pälvi", "Pirjo",
    "Riikka", "Sanna", "Sari", "Satu", "Säde", "Sirpa", "Sofia", "Suvi", "Tiina", "Tuula",
    "Venla", "Aila", "Hillevi", "Jenni", "Krista", "Milla", "Nelli", "Oona", "Ronja", "Siiri",
    "Tyyne", "Ulla", "Vilma", "Aada", "Eveliina", "Hely", "Irja", "Kerttu", "Lotta", "Marjatta",
)  # fmt: skip
FI_MALE = (
    "Aleksi", "Antti", "Eero", "Eino", "Elias", "Heikki", "Ilkka", "Jari", "Jukka", "Juha",
    "Juha-Pekka", "Jussi", "Jyrki", "Kalle", "Kari", "Kyösti", "Lauri", "Markku", "Matti",
    "Mikko", "Olli", "Onni", "Pekka", "Petri", "Sami", "Teemu", "Timo", "Tuomas", "Väinö",
    "Ville", "Yrjö", "Aarne", "Arto", "Esa", "Hannu", "Janne", "Joonas", "Kimmo", "Lasse",
    "Mauri", "Niko", "Otto", "Pasi", "Raimo", "Risto", "Seppo", "Toni", "Urho", "Veikko",
    "Tapani", "Eemeli", "Valtteri", "Leevi", "Akseli",
)  # fmt: skip
FI_SURNAMES = (
    "Äijälä", "Pääkkönen", "Hämäläinen", "Mäkelä", "Mäkinen", "Virtanen", "Korhonen",
    "Nieminen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen",
    "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen",
    "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
    "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Räsänen", "Pöllänen", "Kärkkäinen",
    "Hyvönen", "Väisänen", "Jääskeläinen", "Määttä", "Kähkönen", "Törmänen", "Ylönen",
    "Kääriäinen", "Häkkinen", "Räikkönen", "Pöyhönen", "Särkkä", "Kemppainen", "Leppänen",
    "Miettinen", "Pitkänen", "Ikonen", "Manninen", "Peltonen", "Kettunen", "Oksanen",
    "Hirvonen", "Vainio", "Anttila", "Nurmi", "Ylä-Jääski", "Mönkkönen", "Hänninen", "Väätäinen",
    "Lämsä", "Kyllönen", "Pyykkö", "Ylitalo", "Hätinen", "Seppälä", "Honkanen", "Kärki",
    "Mäki-Petäjä", "Sääski", "Ruohonen", "Kauppinen", "Nykänen", "Tähtinen",
)  # fmt: skip
# Swedish-speaking Finns: their own first names and surnames, more often on the coast.
SV_FIRST = (
    "Åsa", "Björn", "Anders", "Johan", "Erik", "Fredrik", "Henrik", "Karl", "Lars", "Mikael",
    "Nils", "Stefan", "Ulf", "Göran", "Åke", "Annika", "Britt", "Camilla", "Ebba", "Ingrid",
    "Karin", "Linnéa", "Maria", "Ulrika", "Märta", "Sören", "Gunnel", "Rasmus",
)  # fmt: skip
SV_SURNAMES = (
    "Öhman", "Lindqvist", "Lindholm", "Söderström", "Grönroos", "Holmström", "Sjöberg",
    "Nyström", "Åkerman", "Björklund", "Wikström", "Forsman", "Strömberg", "Ekholm",
    "Sundqvist", "Backman", "Blomqvist", "Granqvist", "Westerlund", "Åberg", "Nordström",
    "Löfgren", "Sjöholm", "Håkansson",
)  # fmt: skip
# People from elsewhere who live in Finland, the names as they write them: groups whose first
# names and surnames combine freely, and pairs where the surname follows the person's gender.
FOREIGN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Kristjan", "Mari-Liis", "Triin", "Margus", "Kadri", "Tiit", "Liina", "Jaan"),
     ("Tamm", "Kask", "Saar", "Mägi", "Sepp", "Kukk", "Rebane", "Ilves")),
    (("Oleksandr", "Olena", "Dmytro", "Iryna", "Serhii", "Natalia", "Andrii", "Yulia"),
     ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk")),
    (("Ahmed", "Fatima", "Mariam", "Abdullahi", "Hodan", "Omar", "Amina", "Yusuf"),
     ("Hassan", "Abdi", "Ali", "Mohamed", "Al-Sayed", "Warsame", "Farah")),
    (("Hương", "Minh", "Thảo", "Tuấn", "Lan", "Đức"), ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng")),
    (("Jürgen", "Sophie", "Lukas", "Zoë", "François", "Siobhán", "Søren", "Ingrid"),
     ("Müller", "Schäfer", "Lefèvre", "O'Connor", "Ångström", "Sørensen", "Kierkegård", "Brontë")),
    (("Ana Lucía", "José María", "Javier", "Lucía", "Martín"),
     ("Hernández", "García", "Núñez", "Peña", "Muñoz")),
    (("Ayşe", "Emre", "Mehmet", "Zeynep", "Özge"), ("Yılmaz", "Çelik", "Öztürk", "Şahin", "Doğan")),
    (("Priya", "Arjun", "Wei", "Li Na"), ("Raghunathan", "Sharma", "Zhang", "Chen")),
)  # fmt: skip
FOREIGN_PAIRS = (
    ("Šárka", "Łukasiewicz-Öhman"), ("Agnieszka", "Wiśniewska"), ("Tomáš", "Dvořák"),
    ("Paweł", "Kowalczyk"), ("Łucja", "Zielińska"), ("Piotr", "Wójcik"), ("Dmitri", "Ivanov"),
    ("Olga", "Smirnova"), ("Björk", "Guðmundsdóttir"), ("Jana", "Nováková"),
)  # fmt: skip

# (city, weight, postal codes of that city): real codes, weighted roughly by population.
CITIES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Helsinki", 120, (
        "00100", "00120", "00130", "00140", "00150", "00160", "00170", "00180", "00200",
        "00210", "00250", "00260", "00270", "00280", "00300", "00320", "00330", "00340",
        "00350", "00400", "00500", "00510", "00520", "00530", "00540", "00550", "00560",
        "00570", "00580", "00600", "00610", "00700", "00710", "00730", "00780", "00800",
        "00810", "00840", "00900", "00920", "00930", "00940", "00950", "00980", "00990",
    )),
    ("Espoo", 55, (
        "02100", "02110", "02120", "02130", "02150", "02160", "02170", "02180", "02200",
        "02230", "02240", "02270", "02320", "02600", "02610", "02620", "02650", "02660",
        "02680", "02710", "02720", "02730", "02750", "02760", "02770", "02780",
    )),
    ("Vantaa", 45, (
        "01200", "01300", "01350", "01360", "01370", "01380", "01390", "01400", "01450",
        "01510", "01600", "01610", "01620", "01640", "01650", "01660", "01690", "01730",
    )),
    ("Tampere", 45, (
        "33100", "33200", "33210", "33230", "33250", "33270", "33300", "33400", "33500",
        "33540", "33560", "33580", "33610", "33700", "33720", "33800", "33820", "33900",
    )),
    ("Turku", 35, (
        "20100", "20200", "20250", "20300", "20320", "20380", "20400", "20500", "20520",
        "20540", "20700", "20720", "20740", "20750", "20810", "20900",
    )),
    ("Oulu", 35, (
        "90100", "90120", "90130", "90140", "90150", "90230", "90240", "90500", "90550",
        "90570", "90580", "90630", "90650",
    )),
    ("Jyväskylä", 25, ("40100", "40200", "40250", "40320", "40340", "40400", "40520", "40600")),
    ("Lahti", 20, ("15100", "15110", "15140", "15150", "15200", "15300", "15500", "15610")),
    ("Kuopio", 20, ("70100", "70110", "70200", "70300", "70500", "70600", "70780", "70820")),
    ("Kirkkonummi", 12, ("02400", "02440", "02460", "02480")),
    ("Pori", 14, ("28100", "28130", "28190", "28400", "28500")),
    ("Joensuu", 13, ("80100", "80110", "80130", "80200", "80220")),
    ("Lappeenranta", 12, ("53100", "53130", "53300", "53500", "53600", "53850")),
    ("Hämeenlinna", 11, ("13100", "13200", "13210", "13500")),
    ("Vaasa", 11, ("65100", "65200", "65300", "65320", "65370", "65610")),
    ("Seinäjoki", 10, ("60100", "60200", "60320", "60510")),
    ("Rovaniemi", 10, ("96100", "96200", "96300", "96400", "96500")),
    ("Porvoo", 8, ("06100", "06150", "06400", "06500")),
    ("Kotka", 8, ("48100", "48200", "48600")),
    ("Järvenpää", 7, ("04400", "04410", "04420", "04430")),
    ("Kerava", 6, ("04200", "04250", "04260")),
    ("Mikkeli", 8, ("50100", "50130", "50170")),
    ("Hyvinkää", 7, ("05800", "05820", "05830")),
    ("Lohja", 7, ("08100", "08200", "08500")),
    ("Kauniainen", 2, ("02700",)),
    ("Pietarsaari", 3, ("68600", "68620", "68660")),
    ("Maarianhamina", 2, ("22100",)),
    ("Raasepori", 4, ("10600", "10300", "10900")),
    ("Äänekoski", 3, ("44100", "44150")),
    ("Ähtäri", 1, ("63700",)),
    ("Kajaani", 5, ("87100", "87200", "87500")),
    ("Rauma", 5, ("26100", "26200")),
    ("Kemi", 3, ("94100", "94200")),
    ("Nokia", 4, ("37100", "37120", "37150")),
    ("Kangasala", 4, ("36200", "36220", "36240")),
    ("Kempele", 3, ("90440",)),
)  # fmt: skip
# Coastal and bilingual places where Swedish-speaking Finns more often live.
SV_CITIES = (
    "Helsinki",
    "Espoo",
    "Kirkkonummi",
    "Porvoo",
    "Vaasa",
    "Pietarsaari",
    "Maarianhamina",
    "Raasepori",
    "Kauniainen",
    "Turku",
)

STREETS_BY_CITY: dict[str, tuple[str, ...]] = {
    "Helsinki": (
        "Mannerheimintie", "Aleksanterinkatu", "Hämeentie", "Mäkelänkatu", "Fredrikinkatu",
        "Runeberginkatu", "Töölönkatu", "Itäinen Papinkatu", "Kalevankatu", "Annankatu",
        "Bulevardi", "Sturenkatu", "Vilhonvuorenkatu", "Sörnäisten rantatie", "Kaisaniemenkatu",
        "Pohjoinen Hesperiankatu", "Lönnrotinkatu", "Albertinkatu", "Helsinginkatu",
        "Agricolankatu", "Sallatunturintie", "Kontulantie", "Itäväylä", "Pakilantie",
    ),
    "Espoo": (
        "Tapiontori", "Otaniementie", "Leppävaarankatu", "Espoonlahdenkatu", "Kivenlahdentie",
        "Matinkatu", "Olarinkatu", "Soukanväylä", "Kalevalantie", "Kauklahdenväylä",
    ),
    "Vantaa": (
        "Tikkurilantie", "Myyrmäentie", "Martinlaaksontie", "Korsontie", "Hakunilantie",
        "Asolanväylä", "Rekolantie",
    ),
    "Tampere": (
        "Hämeenkatu", "Hämeenpuisto", "Satakunnankatu", "Itsenäisyydenkatu", "Pyynikintie",
        "Sammonkatu", "Hervannan valtaväylä", "Teiskontie", "Näsilinnankatu",
    ),
    "Turku": (
        "Aurakatu", "Yliopistonkatu", "Eerikinkatu", "Humalistonkatu", "Läntinen Rantakatu",
        "Itäinen Rantakatu", "Uudenmaankatu", "Hämeenkatu", "Kupittaankatu",
    ),
    "Oulu": (
        "Isokatu", "Kirkkokatu", "Hallituskatu", "Kajaaninkatu", "Torikatu", "Rautatienkatu",
        "Kaijonharjuntie", "Linnanmaantie",
    ),
    "Kirkkonummi": (
        "Vanha kirkkokuja", "Kirkkotori", "Ervastintie", "Sepäntie", "Gesterbyntie",
        "Masalantie", "Upinniementie",
    ),
    "Jyväskylä": ("Kauppakatu", "Väinönkatu", "Vapaudenkatu", "Puistokatu", "Tourulantie"),
}  # fmt: skip
STREETS_ANYWHERE = (
    "Kauppakatu", "Kirkkokatu", "Koulukatu", "Puistokatu", "Rantakatu", "Asemakatu",
    "Torikatu", "Rautatienkatu", "Satamakatu", "Kuninkaankatu", "Koivukuja", "Kuusitie",
    "Mäntytie", "Pihlajatie", "Vaahterakuja", "Metsätie", "Myllytie", "Peltotie", "Rinnetie",
    "Niittykuja", "Lehtotie", "Harjutie", "Järvenrannantie", "Sireenikuja", "Kielotie",
    "Ahomansikantie", "Kalliotie", "Mäkikatu", "Pajukuja", "Tervakuja", "Kanervatie",
    "Lähteentie", "Hiidenkiventie", "Pääskyntie", "Tähtitorninkatu", "Kivikkokuja",
)  # fmt: skip

COMPANY_TRADES = (
    "Rakennus", "Sähkö", "Putki", "Maalaus", "Kuljetus", "Tilitoimisto", "Konepaja",
    "Kukka", "Kahvila", "Leipomo", "Autokorjaamo", "Puutarha", "LVI", "Siivous", "IT-palvelut",
    "Konsultointi", "Hieronta", "Remontti", "Metsäpalvelu", "Maansiirto", "Kiinteistöhuolto",
    "Kampaamo", "Valokuvaamo", "Käännöspalvelu", "Kehitys",
)  # fmt: skip
COMPANY_FORMS = ("Oy", "Oy", "Oy", "Ky", "Tmi", "Ay", "Oy Ab")
CITY_GENITIVES = {
    "Helsinki": "Helsingin", "Espoo": "Espoon", "Vantaa": "Vantaan", "Tampere": "Tampereen",
    "Turku": "Turun", "Oulu": "Oulun", "Jyväskylä": "Jyväskylän", "Lahti": "Lahden",
    "Kuopio": "Kuopion", "Kirkkonummi": "Kirkkonummen", "Pori": "Porin", "Porvoo": "Porvoon",
}  # fmt: skip
REGISTRIES = (
    "Digi- ja väestötietovirasto (väestötietojärjestelmä)",
    "Patentti- ja rekisterihallitus, kaupparekisteri",
    "Yritys- ja yhteisötietojärjestelmä (YTJ)",
)
THIRD_PARTIES = ("Messukeskus, Rakennusmessut 2025 -osallistujalista", "Yrittäjäyhdistys ry")
# Free-text notes; the flag says whether a note speaks of someone else (reviewed before a letter).
NOTES_FI = (
    ("Toivoo yhteydenottoa mieluiten sähköpostilla.", False),
    ("Laskut paperisena kotiosoitteeseen.", False),
    ("Tavoittaa parhaiten iltapäivisin.", False),
    ("Puoliso Kari hoitaa perheen laskut; soita ensin hänelle.", True),
    ("Kirjanpitäjä Anna Virtanen saa tietoja yrityksen puolesta.", True),
)
NOTES_EN = (
    ("Prefers English in letters and on the phone.", False),
    ("Best reached in the afternoon.", False),
    ("Her colleague Mark Smith handles the invoices.", True),
)

PERSONAL_DOMAINS = ("example.com", "example.net", "example.org")
MOBILE_PREFIXES = ("40", "41", "44", "45", "50")  # 040, 041, 044, 045, 050 without the 0

SITE = "https://www.lean4d.fi"
PAGES = (
    "/", "/", "/palvelut", "/palvelut/lean-valmennus", "/palvelut/prosessikehitys",
    "/hinnasto", "/yhteystiedot", "/blogi", "/blogi/hukan-tunnistaminen-toimistossa",
    "/blogi/5s-menetelma-kaytannossa", "/tapahtumat/lean-aamukahvit", "/en/", "/en/services",
    "/tilaa-uutiskirje", "/referenssit", "/tietosuoja",
)  # fmt: skip
REFERRERS = (
    "", "", "", "https://www.google.com/", "https://www.google.com/", "https://www.google.fi/",
    "https://www.bing.com/", "https://duckduckgo.com/", "https://www.facebook.com/",
    "https://l.instagram.com/", "https://www.linkedin.com/", "https://www.yrittajat.fi/",
    "https://t.co/",
)  # fmt: skip
LINKS = (
    "/yhteystiedot", "/tilaa-uutiskirje", "/hinnasto", "/palvelut/lean-valmennus",
    "mailto:jouni@lean4d.fi", "tel:+358401234567", "https://www.linkedin.com/company/lean4d",
)  # fmt: skip
BANNERS = ("kevatkampanja-2026", "lean-aamukahvit-syksy", "uutiskirje-tilaus", "webinaari-5s")
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
)
# Address blocks of Finnish access providers, so that addresses look like home connections.
IPV4_BLOCKS = ("84.248", "85.76", "91.152", "91.153", "88.112", "62.78", "80.220", "87.92")
IPV6_PREFIXES = (0x200114BA, 0x20012003, 0x20010998)  # first 32 bits

PURPOSE_SHARE = {
    "marketing_email": 0.7,
    "marketing_sms": 0.35,
    "ad_targeting": 0.3,
    "analytics": 0.55,
}
CONSENT_METHODS = (
    (ConsentMethod.WEB_FORM.value, 60),
    (ConsentMethod.EMAIL.value, 15),
    (ConsentMethod.PHONE.value, 10),
    (ConsentMethod.IN_PERSON.value, 10),
    (ConsentMethod.LETTER.value, 5),
)

# Shares of customers with each kind of related data, and of the fields that vary.
SHARE_COMPANY = 0.18
SHARE_CONSENTS = 0.45
SHARE_EVENTS = 0.35
SHARE_INVOICES = 0.30
SHARE_WITHDRAWN = 0.15
SHARE_NO_EMAIL = 0.04
SHARE_NO_PHONE = 0.12
SHARE_EN = 0.10
SHARE_REGISTRY = 0.07
SHARE_THIRD_PARTY = 0.02
SHARE_NOTES = 0.05
HISTORY_DAYS = 4 * 365


@dataclass(frozen=True)
class DemoSummary:
    """What a fill added: counts, and the range of the new customers' ids."""

    customers: int
    consent_events: int
    web_events: int
    invoices: int
    first_customer_id: int | None
    last_customer_id: int | None


# -- checked building blocks --------------------------------------------------------------------

_checked = False


def _check_tables() -> None:
    """Every table entry is text the register stores unchanged (NFC, trimmed, no controls)."""
    global _checked
    if _checked:
        return
    texts: list[str] = [
        *FI_FEMALE, *FI_MALE, *FI_SURNAMES, *SV_FIRST, *SV_SURNAMES,
        *(n for fs, ls in FOREIGN_GROUPS for n in fs + ls),
        *(n for pair in FOREIGN_PAIRS for n in pair), *SV_CITIES,
        *(city for city, _, _ in CITIES), *STREETS_ANYWHERE, *COMPANY_TRADES, *COMPANY_FORMS,
        *CITY_GENITIVES.values(), *REGISTRIES, *THIRD_PARTIES, *(n for n, _ in NOTES_FI + NOTES_EN),
        *(s for streets in STREETS_BY_CITY.values() for s in streets),
    ]  # fmt: skip
    for text in texts:
        if clean_text(text, "demo", max_length=200, multiline=True) != text or " " * 2 in text:
            raise RuntimeError(f"demo table entry is not in stored form: {text!r}")
    for _, _, codes in CITIES:
        if not all(len(c) == 5 and c.isdigit() for c in codes):
            raise RuntimeError("demo postal code is not five digits")
    for prefix in MOBILE_PREFIXES:
        for number in (f"+358{prefix}0000000", f"+358{prefix}9999999"):
            if clean_phone(number) != number:
                raise RuntimeError(f"demo phone range not valid: {prefix}")
    for domain in PERSONAL_DOMAINS:
        address = f"a.b-c_1@{domain}"
        if clean_email(address) != address:
            raise RuntimeError(f"demo email domain not in stored form: {domain}")
    _checked = True


_ASCII = {"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ð": "d", "ı": "i", "þ": "th"}


@lru_cache(maxsize=4096)
def ascii_slug(text: str, joiner: str = ".") -> str:
    """Lower-case ASCII for an email address: Pääkkönen → paakkonen, Łukasiewicz → lukasiewicz."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch):
            continue
        ch = _ASCII.get(ch, ch)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in " -":
            out.append(joiner if ch == " " else "-")
    return "".join(out).strip(".-")


def ytunnus_check_digit(seven: str) -> int | None:
    """The check digit of a y-tunnus body, or None where no check digit exists (remainder 1)."""
    weights = (7, 9, 10, 5, 8, 4, 2)
    remainder = sum(int(d) * w for d, w in zip(seven, weights, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def genitive(surname: str) -> str | None:
    """Virtanen → Virtasen, Laine → Laineen, Pyykkö → Pyykön, Öhman → Öhmanin; None for the
    endings whose genitive needs more than these rules (Niemi → Niemen, Kärki → Kärjen)."""
    if surname.endswith("nen"):
        return surname[:-3] + "sen"
    last = surname[-1]
    if last == "i":
        return None
    if last == "e":
        return surname + "en"
    if last in "aouyäö":
        if surname[-3:-1] in ("kk", "pp", "tt"):  # a long consonant shortens: Särkkä → Särkän
            return surname[:-2] + last + "n"
        return surname + "n"
    if last.isalpha() and last.isascii():
        return surname + "in"
    return None


# -- the generator ------------------------------------------------------------------------------


@dataclass
class _Person:
    """One generated customer with everything linked to it; ids are filled in at insert."""

    values: CleanCustomer
    national_phone: str
    created_at: dt.datetime
    updated_at: dt.datetime
    consents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[dict[str, Any]] = field(default_factory=list)


T = TypeVar("T")


class _Random(random.Random):
    """Draws that cost one random() call each: random.choice and randrange cost ten times more,
    and a fill makes some thirty draws per customer."""

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def number(self, start: int, stop: int | None = None) -> int:
        """Like randrange(start, stop): an int in [start, stop), or in [0, start)."""
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def weighted(self, seq: Sequence[T], cum_weights: Sequence[int]) -> T:
        return seq[bisect_right(cum_weights, self.random() * cum_weights[-1])]


class _Generator:
    def __init__(
        self,
        seed: int,
        now: dt.datetime,
        purposes: dict[str, int],
        taken_emails: set[str],
        taken_phones: set[str],
    ) -> None:
        self.rng = _Random(seed)
        self.now = now
        self.today = office_today(now)
        self.purposes = purposes
        self.emails = taken_emails
        self.phones = taken_phones
        self.city_weights = list(accumulate(w for _, w, _ in CITIES))
        self.sv_cities = [c for c in CITIES if c[0] in SV_CITIES]
        self.sv_weights = list(accumulate(w for _, w, _ in self.sv_cities))
        self.method_names = [m for m, _ in CONSENT_METHODS]
        self.method_weights = list(accumulate(w for _, w in CONSENT_METHODS))
        self.sort_keys: dict[str, str] = {}

    def person(self) -> _Person:
        rng = self.rng
        r = rng.random()
        if r < 0.04:
            if rng.random() < 0.25:
                first, last = rng.pick(FOREIGN_PAIRS)
            else:
                firsts, lasts = rng.pick(FOREIGN_GROUPS)
                first, last = rng.pick(firsts), rng.pick(lasts)
            kind = "foreign"
        elif r < 0.12:
            first, last = rng.pick(SV_FIRST), rng.pick(SV_SURNAMES)
            kind = "sv"
        else:
            first = rng.pick(FI_FEMALE if rng.random() < 0.5 else FI_MALE)
            # Some Finns carry a Swedish-sounding surname and the other way round.
            last = rng.pick(SV_SURNAMES if rng.random() < 0.03 else FI_SURNAMES)
            kind = "fi"
        name = f"{first} {last}"
        if kind == "sv":
            city, _, codes = rng.weighted(self.sv_cities, self.sv_weights)
        else:
            city, _, codes = rng.weighted(CITIES, self.city_weights)
        postal_code = rng.pick(codes)
        street = self._street(city)
        company = business_id = domain = ""
        if rng.random() < SHARE_COMPANY:
            company, business_id, domain = self._company(first, last, city)
        email = "" if rng.random() < SHARE_NO_EMAIL else self._email(first, last, domain)
        phone = "" if rng.random() < SHARE_NO_PHONE else self._phone()
        en_share = 0.7 if kind == "foreign" else SHARE_EN
        language = "en" if rng.random() < en_share else "fi"
        r = rng.random()
        if r < SHARE_REGISTRY:
            source, source_name = "registry", rng.pick(REGISTRIES)
        elif r < SHARE_REGISTRY + SHARE_THIRD_PARTY:
            source, source_name = "third_party", rng.pick(THIRD_PARTIES)
        else:
            source, source_name = "customer", ""
        notes, third_party = "", True
        if rng.random() < SHARE_NOTES:
            notes, third_party = rng.pick(NOTES_EN if language == "en" else NOTES_FI)
        values = CleanCustomer(
            name=name,
            email=email,
            phone=phone,
            street=street,
            postal_code=postal_code,
            city=city,
            country="FI",
            company=company,
            language=language,
            business_id=business_id,
            source=source,
            source_name=source_name,
            notes=notes,
            notes_third_party=third_party,
        )
        created = self._between(self.now - dt.timedelta(days=HISTORY_DAYS), self.now)
        updated = created
        if rng.random() < 0.3:
            updated = self._between(created, self.now)
        person = _Person(
            values=values,
            national_phone="0" + phone[4:] if phone else "",
            created_at=created,
            updated_at=updated,
        )
        if rng.random() < SHARE_CONSENTS:
            self._consents(person)
        if rng.random() < SHARE_EVENTS:
            self._events(person)
        if rng.random() < SHARE_INVOICES:
            self._invoices(person)
        return person

    def sort_key(self, name: str) -> str:
        key = self.sort_keys.get(name)
        if key is None:
            key = self.sort_keys[name] = sort_key(name)
        return key

    # -- fields --

    def _street(self, city: str) -> str:
        rng = self.rng
        own = STREETS_BY_CITY.get(city)
        street = rng.pick(own if own and rng.random() < 0.6 else STREETS_ANYWHERE)
        number = rng.pick((rng.number(1, 30), rng.number(1, 130)))
        r = rng.random()
        if street.endswith("katu") or r < 0.35:  # a block of flats: staircase and flat
            return f"{street} {number} {rng.pick('ABCDE')} {rng.number(1, 60)}"
        if r < 0.5:  # a terraced house
            return f"{street} {number} {rng.pick('ABC')}"
        return f"{street} {number}"

    def _company(self, first: str, last: str, city: str) -> tuple[str, str, str]:
        """A company's name, y-tunnus (check digit computed) and the name part of its domain."""
        rng = self.rng
        trade = rng.pick(COMPANY_TRADES)
        form = rng.pick(COMPANY_FORMS)
        r = rng.random()
        if form == "Tmi":
            stem = f"{first} {last}"
        elif r < 0.5 and (owner := genitive(last)) is not None:
            stem = f"{owner} {trade}"
        elif r < 0.75 and city in CITY_GENITIVES:
            stem = f"{CITY_GENITIVES[city]} {trade}"
        else:
            stem = f"{trade}-{last}"
        company = f"Tmi {stem}" if form == "Tmi" else f"{stem} {form}"
        while True:
            body = f"{rng.number(100000, 3300000):07d}"
            check = ytunnus_check_digit(body)
            if check is not None:
                return company, f"{body}-{check}", ascii_slug(stem, "")

    def _email(self, first: str, last: str, company_domain: str) -> str:
        rng = self.rng
        f = ascii_slug(first.split()[0])
        s = ascii_slug(last)
        style = rng.random()
        if style < 0.55:
            local = f"{f}.{s}"
        elif style < 0.7:
            local = f"{f}{s}"
        elif style < 0.85:
            local = f"{f[0]}.{s}"
        else:
            local = f"{f}.{s}{rng.number(1, 100)}"
        if company_domain and rng.random() < 0.6:
            domain = f"{company_domain}.example.com"
        else:
            domain = rng.pick(PERSONAL_DOMAINS)
        email = f"{local}@{domain}"
        n = 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def _phone(self) -> str:
        rng = self.rng
        while True:
            phone = f"+358{rng.pick(MOBILE_PREFIXES)}{rng.number(10**7):07d}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    def _between(self, start: dt.datetime, end: dt.datetime) -> dt.datetime:
        """A moment in [start, end), to the microsecond."""
        return start + (end - start) * self.rng.random()

    # -- linked rows --

    def _method(self) -> str:
        return self.rng.weighted(self.method_names, self.method_weights)

    def _consents(self, person: _Person) -> None:
        rng = self.rng
        for code, share in PURPOSE_SHARE.items():
            purpose_id = self.purposes.get(code)
            if purpose_id is None or rng.random() >= share:
                continue
            given_at = self._between(person.created_at, self.now)
            method = self._method()
            person.consents.append(self._consent(purpose_id, True, given_at, method))
            if rng.random() < SHARE_WITHDRAWN:
                withdrawn_at = self._between(given_at, self.now)
                if withdrawn_at > given_at:
                    method = rng.pick(("web_form", "email", "phone"))
                    person.consents.append(self._consent(purpose_id, False, withdrawn_at, method))

    def _consent(
        self, purpose_id: int, given: bool, at: dt.datetime, method: str
    ) -> dict[str, Any]:
        # A web form records itself; staff type the others in within a couple of days.
        delay = 0 if method == "web_form" else self.rng.number(300, 2 * 86400)
        recorded = min(at + dt.timedelta(seconds=delay), self.now)
        return {
            "purpose_id": purpose_id,
            "given": given,
            "at": at,
            "method": method,
            "recorded_at": recorded,
        }

    def _ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.8:
            return f"{rng.pick(IPV4_BLOCKS)}.{rng.number(256)}.{rng.number(1, 255)}"
        prefix = rng.pick(IPV6_PREFIXES)
        value = (prefix << 96) | (rng.getrandbits(32) << 64) | rng.getrandbits(64)
        return ipaddress.IPv6Address(value).compressed

    def _events(self, person: _Person) -> None:
        rng = self.rng
        home_ip, mobile_ip = self._ip(), self._ip()
        desktop, mobile = (
            rng.pick(USER_AGENTS[:4] + USER_AGENTS[7:]),
            rng.pick(USER_AGENTS[4:7]),
        )
        start = max(person.created_at, self.now - dt.timedelta(days=365))
        times = sorted(self._between(start, self.now) for _ in range(rng.number(1, 8)))
        for at in times:
            on_mobile = rng.random() < 0.4
            r = rng.random()
            person.events.append(
                {
                    "at": at,
                    "ip": mobile_ip if on_mobile else home_ip,
                    "referrer": rng.pick(REFERRERS),
                    "page": SITE + rng.pick(PAGES),
                    "link": rng.pick(LINKS) if r < 0.25 else "",
                    "banner": rng.pick(BANNERS) if 0.25 <= r < 0.4 else "",
                    "user_agent": mobile if on_mobile else desktop,
                }
            )

    def _invoices(self, person: _Person) -> None:
        rng = self.rng
        first_day = office_today(person.created_at)
        span = (self.today - first_day).days
        for _ in range(rng.number(1, 6)):
            day = first_day + dt.timedelta(days=rng.number(span + 1))
            euros = rng.pick((49, 89, 120, 189, 250, 390, 480, 650, 990, 1250, 2400, 4900))
            cents = euros * 100 + rng.pick((0, 0, 0, 50, 90))
            age = (self.today - day).days
            paid = rng.random() < (0.97 if age > 30 else 0.4)
            # Written on its date in office hours; marked paid when the payment came in.
            created = dt.datetime.combine(day, dt.time(6 + rng.number(9)), dt.UTC)
            created = min(created + dt.timedelta(minutes=rng.number(60)), self.now)
            updated = (
                min(created + dt.timedelta(days=rng.number(3, 21)), self.now) if paid else created
            )
            person.invoices.append(
                {"invoice_date": day, "amount_cents": cents, "paid": paid,
                 "created_at": created, "updated_at": updated}
            )  # fmt: skip


# -- the service --------------------------------------------------------------------------------


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _verify(person: _Person, customer_number: str, text: str) -> None:
    """Run one generated customer through the register's own cleaning; it must not change."""
    v = person.values
    data = CustomerInput(
        name=v.name,
        email=v.email,
        phone=v.phone,
        street=v.street,
        postal_code=v.postal_code,
        city=v.city,
        country=v.country,
        company=v.company,
        language=v.language,
        business_id=v.business_id,
        source=v.source,
        source_name=v.source_name,
        notes=v.notes,
        notes_third_party=v.notes_third_party,
    )
    cleaned = clean_customer(data)
    if v.business_id and clean_business_id(v.business_id) != v.business_id:
        raise RuntimeError("demo y-tunnus is not in stored form")
    if cleaned != v or search_text(cleaned, customer_number) != text:
        raise RuntimeError("demo customer is not in the form the register stores")


def _first(ids: list[int]) -> int | None:
    return ids[0] if ids else None


def _counts(counts: dict[str, int]) -> str:
    """customers=…,consents=…,events=…,invoices=…: the audit detail of a fill (counts only)."""
    return ",".join(f"{k}={v}" for k, v in counts.items())


def _invoice_numbers(session: Session, count: int) -> list[str]:
    """Seven-digit numbers from the demo's own counter, passing over any typed in already."""
    if not count:
        return []
    numbers = free_numbers(session, DEMO_INVOICE_NUMBER, count, Invoice.invoice_number)
    if len(numbers[-1]) > _INVOICE_DIGITS:
        raise RuntimeError("demo invoice numbers exhausted")
    return numbers


class DemoDataService(Service):
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        super().__init__(db, audit, clock)
        self.settings = SettingsStore()

    def fill(
        self,
        actor: Actor,
        customers: int,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
        *,
        batch_size: int = BATCH,
    ) -> DemoSummary:
        """Add `customers` made-up customers with consents, web events and invoices.

        Needs `users.admin`. Batches of `batch_size` customers commit one by one, so that other
        users never wait long; `progress(done, total)` is called after each. The fill is audited
        once, as `demo.fill` with the counts, in the transaction of its last batch.
        """
        if not 0 <= customers <= MAX_CUSTOMERS:
            raise ValueError(f"customers must be between 0 and {MAX_CUSTOMERS}")
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        _check_tables()
        with self._unit(actor, Right.USERS_ADMIN, "demo.fill", write=False) as (session, _):
            purposes = {
                code: pid
                for code, pid in session.execute(
                    select(ConsentPurpose.code, ConsentPurpose.id).where(
                        ConsentPurpose.code.in_(PURPOSE_SHARE), ConsentPurpose.active.is_(True)
                    )
                )
            }
            emails = {fold(e) for e in session.scalars(select(Customer.email)) if e}
            phones = {p for p in session.scalars(select(Customer.phone)) if p}
        gen = _Generator(seed, self.clock(), purposes, emails, phones)
        done = {"customers": 0, "consents": 0, "events": 0, "invoices": 0}  # committed
        first_id: int | None = None
        last_id: int | None = None
        final = audited = False
        try:
            while True:
                people = [
                    gen.person() for _ in range(min(batch_size, customers - done["customers"]))
                ]
                batch = {
                    "customers": len(people),
                    "consents": sum(len(p.consents) for p in people),
                    "events": sum(len(p.events) for p in people),
                    "invoices": sum(len(p.invoices) for p in people),
                }
                final = done["customers"] + len(people) >= customers
                with self._unit(actor, Right.USERS_ADMIN, "demo.fill") as (session, user):
                    ids = self._write_batch(session, user.id, people, done["customers"], gen)
                    if final:
                        counts = {k: done[k] + batch[k] for k in done}
                        self.audit.append(
                            session,
                            actor_id=user.id,
                            action="demo.fill",
                            object_type="customer",
                            object_id=first_id if first_id is not None else _first(ids),
                            detail=_counts(counts),
                        )
                audited = final
                done = {k: done[k] + batch[k] for k in done}
                if ids:
                    first_id = ids[0] if first_id is None else first_id
                    last_id = ids[-1]
                if progress is not None:
                    progress(done["customers"], customers)
                if final:
                    break
        except BaseException:  # Ctrl+C on the command line too
            if done["customers"] and not audited:
                # Batches already committed stay; the log says how many there are.
                self.audit.append_separately(
                    actor_id=actor.user_id,
                    action="demo.fill",
                    object_type="customer",
                    object_id=first_id,
                    outcome="failed",
                    detail=_counts(done),
                )
            raise
        return DemoSummary(
            customers=done["customers"],
            consent_events=done["consents"],
            web_events=done["events"],
            invoices=done["invoices"],
            first_customer_id=first_id,
            last_customer_id=last_id,
        )

    def _write_batch(
        self,
        session: Session,
        user_id: int,
        people: Sequence[_Person],
        offset: int,
        gen: _Generator,
    ) -> list[int]:
        if not people:
            return []
        numbers = allocate_numbers(session, len(people))
        notice_version = self.settings.get(session, "notice_version")
        rows: list[dict[str, Any]] = []
        for i, (person, number) in enumerate(zip(people, numbers, strict=True)):
            v = person.values
            # search_text() with the national number worked out without parsing it again.
            parts = [v.name, v.email, v.phone, person.national_phone, v.company, number]
            text = fold("\n".join(p for p in parts if p))
            if offset + i < VERIFY_FIRST or (offset + i) % VERIFY_EVERY == 0:
                _verify(person, number, text)
            rows.append(
                {
                    "customer_number": number,
                    "name": v.name,
                    "email": v.email,
                    "phone": v.phone,
                    "street": v.street,
                    "postal_code": v.postal_code,
                    "city": v.city,
                    "country": v.country,
                    "company": v.company,
                    "business_id": v.business_id,
                    "language": v.language,
                    "source": v.source,
                    "source_name": v.source_name,
                    "notes": v.notes,
                    "notes_third_party": v.notes_third_party,
                    "restricted": False,
                    "restricted_at": None,
                    "search_text": text,
                    "sort_key": gen.sort_key(v.name),
                    "import_id": None,
                    "created_at": person.created_at,
                    "updated_at": person.updated_at,
                    "version": 1,
                }
            )
        customers = _table(Customer)
        # The ids the database gave, in the rows' order.
        ids = list(
            session.scalars(
                insert(customers).returning(customers.c.id, sort_by_parameter_order=True), rows
            )
        )
        invoice_numbers = iter(_invoice_numbers(session, sum(len(p.invoices) for p in people)))
        consents: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        invoices: list[dict[str, Any]] = []
        for person, cid in zip(people, ids, strict=True):
            v = person.values
            for c in person.consents:
                consents.append(
                    {
                        **c,
                        "customer_id": cid,
                        "notice_version": notice_version,
                        "recorded_by": user_id,
                        "request_id": None,
                    }
                )
            for e in person.events:
                events.append({**e, "customer_id": cid, "import_id": None})
            if person.invoices:
                address = billing_address(
                    Customer(
                        company=v.company,
                        street=v.street,
                        postal_code=v.postal_code,
                        city=v.city,
                        country=v.country,
                    )
                )
                for inv in person.invoices:
                    invoices.append(
                        {
                            **inv,
                            "customer_id": cid,
                            "invoice_number": next(invoice_numbers),
                            "buyer_name": v.name,
                            "billing_address": address,
                            "created_by": user_id,
                        }
                    )
        if consents:
            session.execute(insert(_table(ConsentEvent)), consents)
        if events:
            session.execute(insert(_table(WebEvent)), events)
        if invoices:
            session.execute(insert(_table(Invoice)), invoices)
        return ids


__all__ = [
    "BATCH",
    "DemoDataService",
    "DemoSummary",
    "ascii_slug",
    "genitive",
    "ytunnus_check_digit",
]
