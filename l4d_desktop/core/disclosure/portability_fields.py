"""What each file and field of the machine-readable copy holds, in Finnish and in English: the
one list that makes the JSON keys, the CSV files and columns, and the README that explains them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from l4d_desktop.core.disclosure.subject_data import SubjectData

Value = str | int | bool | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Column:
    name: str
    fi: str
    en: str


@dataclass(frozen=True)
class Table:
    """One kind of data: a key of the JSON object and a CSV file."""

    key: str
    file: str
    fi: str
    en: str
    columns: tuple[Column, ...]
    rows: Callable[[SubjectData], list[tuple[Value, ...]]]


def _c(name: str, fi: str, en: str) -> Column:
    return Column(name, fi, en)


_CUSTOMER = (
    _c("customer_number", "asiakasnumero", "customer number"),
    _c("name", "nimi", "name"),
    _c("email", "sähköpostiosoite", "email address"),
    _c("phone", "puhelinnumero kansainvälisessä muodossa", "phone number, international form"),
    _c("street", "katuosoite", "street address"),
    _c("postal_code", "postinumero", "postal code"),
    _c("city", "postitoimipaikka", "city"),
    _c("country", "maa (kaksikirjaiminen koodi, FI = Suomi)", "country (two-letter code)"),
    _c("company", "yritys, jonka nimissä työskentelet", "the company you work for"),
    _c("business_id", "yrityksen y-tunnus", "the company's business ID (y-tunnus)"),
    _c("language", "kirjeiden kieli (fi/sv/en)", "language of letters (fi/sv/en)"),
    _c(
        "source",
        "tietojen lähde: customer = itse antamasi, registry = rekisteri, third_party = kolmas "
        "osapuoli",
        "where the data came from: customer = given by you, registry = a registry, "
        "third_party = a third party",
    ),
    _c("source_name", "rekisterin tai kolmannen osapuolen nimi", "the registry or third party"),
    _c("created_at", "tallennettu rekisteriin (UTC)", "added to the register (UTC)"),
    _c("updated_at", "viimeksi muutettu (UTC)", "last changed (UTC)"),
)
_CONSENTS = (
    _c("purpose", "käyttötarkoituksen tunnus", "purpose code"),
    _c("purpose_fi", "käyttötarkoitus suomeksi", "purpose in Finnish"),
    _c("purpose_en", "käyttötarkoitus englanniksi", "purpose in English"),
    _c("given", "true = suostumus annettu, false = peruttu", "true = given, false = withdrawn"),
    _c("at", "milloin annoit tai peruit sen (UTC)", "when you gave or withdrew it (UTC)"),
    _c("method", "miten (esim. web_form, email, letter)", "how (e.g. web_form, email, letter)"),
    _c("notice_version", "tietosuojaselosteen versio", "version of the privacy notice"),
)
_OBJECTIONS = (
    _c("purpose", "käsittely, jota vastustit", "the processing you objected to"),
    _c("received_on", "vastalauseen saapumispäivä", "the day the objection was received"),
    _c("reason", "perustelusi", "your reasons"),
    _c(
        "outcome",
        "ratkaisu: stopped/upheld = käsittely lopetettu, compelling_grounds = jatkuu "
        "perustelluista syistä, tyhjä = kesken",
        "decision: stopped/upheld = processing ended, compelling_grounds = continues on "
        "compelling grounds, empty = pending",
    ),
    _c("outcome_reason", "ratkaisun perustelut", "the reasons for the decision"),
    _c("decided_at", "ratkaisun aika (UTC)", "when it was decided (UTC)"),
)
_WEB_EVENTS = (
    _c("at", "käynnin aika (UTC)", "time of the visit (UTC)"),
    _c("ip", "IP-osoite", "IP address"),
    _c("referrer", "sivusto, josta tulit", "the site you came from"),
    _c("page", "sivu, jolla kävit", "the page you visited"),
    _c("link", "linkki, jota käytit", "the link you used"),
    _c("banner", "mainospalkki, jonka näit", "the ad banner you saw"),
    _c("user_agent", "selaimen ja laitteen tiedot", "browser and device data"),
)
_INVOICES = (
    _c("invoice_number", "laskun numero", "invoice number"),
    _c("invoice_date", "laskun päivä", "invoice date"),
    _c(
        "amount_cents",
        "summa senteinä (24900 = 249,00 €)",
        "amount in euro cents (24900 = €249.00)",
    ),
    _c("paid", "true = maksettu", "true = paid"),
    _c("buyer_name", "ostajan nimi laskulla", "the buyer's name on the invoice"),
    _c("billing_address", "laskutusosoite", "billing address"),
)


def _customer_rows(d: SubjectData) -> list[tuple[Value, ...]]:
    c = d.customer
    return [
        (
            c.customer_number,
            c.name,
            c.email,
            c.phone,
            c.street,
            c.postal_code,
            c.city,
            c.country,
            c.company,
            c.business_id,
            c.language,
            c.source,
            c.source_name,
            c.created_at,
            c.updated_at,
        )
    ]


TABLES: tuple[Table, ...] = (
    Table(
        "customer",
        "asiakas-customer.csv",
        "Asiakastietosi (yksi rivi); source kertoo, mistä ne on saatu",
        "Your customer data (one row); source tells where they came from",
        _CUSTOMER,
        _customer_rows,
    ),
    Table(
        "consents",
        "suostumukset-consents.csv",
        "Suostumuksesi ja niiden peruutukset, vanhin ensin",
        "Your consents given and withdrawn, oldest first",
        _CONSENTS,
        lambda d: [
            (e.purpose_code, e.purpose_fi, e.purpose_en, e.given, e.at, e.method, e.notice_version)
            for e in d.consents
        ],
    ),
    Table(
        "objections",
        "vastustukset-objections.csv",
        "Vastalauseesi tietojen käsittelyä vastaan",
        "Your objections to processing",
        _OBJECTIONS,
        lambda d: [
            (o.purpose, o.received_on, o.reason, o.outcome, o.outcome_reason, o.decided_at)
            for o in d.objections
        ],
    ),
    Table(
        "web_events",
        "verkkotapahtumat-web_events.csv",
        "Tekniset tiedot käynneistäsi verkkosivustollamme, vanhin ensin",
        "Technical data of your visits to our web site, oldest first",
        _WEB_EVENTS,
        lambda d: [
            (e.at, e.ip, e.referrer, e.page, e.link, e.banner, e.user_agent) for e in d.web_events
        ],
    ),
    Table(
        "invoices",
        "laskut-invoices.csv",
        "Laskusi, vanhin ensin",
        "Your invoices, oldest first",
        _INVOICES,
        lambda d: [
            (
                i.invoice_number,
                i.invoice_date,
                i.amount_cents,
                i.paid,
                i.buyer_name,
                i.billing_address,
            )
            for i in d.invoices
        ],
    ),
)


__all__ = ["TABLES", "Column", "Table", "Value"]
