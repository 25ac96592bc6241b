"""The demo generator: made-up customers with their consents, web visits and invoices, the same
for the same seed and clock."""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, TypeVar

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.fields import CleanCustomer
from l4d_desktop.core.demo.forms import ascii_slug, genitive, ytunnus_check_digit
from l4d_desktop.core.demo.tables import (
    BANNERS,
    CITIES,
    CITY_GENITIVES,
    COMPANY_FORMS,
    COMPANY_TRADES,
    CONSENT_METHODS,
    FI_FEMALE,
    FI_MALE,
    FI_SURNAMES,
    FOREIGN_GROUPS,
    FOREIGN_PAIRS,
    HISTORY_DAYS,
    IPV4_BLOCKS,
    IPV6_PREFIXES,
    LINKS,
    MOBILE_PREFIXES,
    NOTES_EN,
    NOTES_FI,
    PAGES,
    PERSONAL_DOMAINS,
    PURPOSE_SHARE,
    REFERRERS,
    REGISTRIES,
    SHARE_COMPANY,
    SHARE_CONSENTS,
    SHARE_EN,
    SHARE_EVENTS,
    SHARE_INVOICES,
    SHARE_NO_EMAIL,
    SHARE_NO_PHONE,
    SHARE_NOTES,
    SHARE_REGISTRY,
    SHARE_THIRD_PARTY,
    SHARE_WITHDRAWN,
    SITE,
    STREETS_ANYWHERE,
    STREETS_BY_CITY,
    SV_CITIES,
    SV_FIRST,
    SV_SURNAMES,
    THIRD_PARTIES,
    USER_AGENTS,
)
from l4d_desktop.core.text import sort_key


@dataclass
class Person:
    """One generated customer with everything linked to it; ids are filled in at insert."""

    values: CleanCustomer
    national_phone: str
    created_at: dt.datetime
    updated_at: dt.datetime
    consents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[dict[str, Any]] = field(default_factory=list)


T = TypeVar("T")


class Draws(random.Random):
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


class Generator:
    def __init__(
        self,
        seed: int,
        now: dt.datetime,
        purposes: dict[str, int],
        taken_emails: set[str],
        taken_phones: set[str],
    ) -> None:
        self.rng = Draws(seed)
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

    def person(self) -> Person:
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
        person = Person(
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

    def _consents(self, person: Person) -> None:
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

    def _events(self, person: Person) -> None:
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

    def _invoices(self, person: Person) -> None:
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
