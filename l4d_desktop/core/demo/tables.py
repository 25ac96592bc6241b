"""The tables the demo generator draws from: names, places, companies, notes, web visits,
and the shares of customers with each kind of data. Every entry is checked, on first use, to be
text the register stores unchanged (checks.check_tables)."""

from __future__ import annotations

from l4d_desktop.core.vocabulary import ConsentMethod

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
