"""A register in which the person's data can be assembled: Maija with every kind of data and
requests, Eino with data of his own that must never appear in Maija's answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.database import raw_db

MAIJA = CustomerInput(
    name="Maija Meikäläinen",
    email="maija@example.fi",
    phone="040 123 4567",
    street="Vanha kirkkokuja 19",
    postal_code="02520",
    city="Kirkkonummi",
    company="=Kaava Oy",
    business_id="2989855-5",
    language="fi",
    source="third_party",
    source_name="Yritysrekisteri Oy",
    notes="Puoliso Pekka soitti hänen puolestaan.",
    notes_third_party=True,
)
EINO = CustomerInput(name="Eino Toinen", email="eino@toinen.example", phone="050 765 4321")

EVENTS_CSV = (
    b"email;time;ip;referrer;page;link;banner;user_agent\n"
    b"maija@example.fi;2026-11-01T10:00:00+02:00;192.0.2.7;https://haku.example/;/hinnasto;"
    b"/tilaa;syksy-banneri;Firefox\n"
    b'maija@example.fi;2026-11-02T08:00:00Z;192.0.2.8;;"=HYPERLINK(""http://x.example"")";'
    b";@banneri;-Safari\n"
    b"eino@toinen.example;2026-11-03T08:00:00Z;198.51.100.99;;/eino-sivu;;;Opera\n"
)


@dataclass(frozen=True)
class Scenario:
    maija: int
    eino: int
    access: int  # Maija's identified access request
    portability: int  # Maija's identified portability request
    other: int  # an earlier request of Maija of another type, refused and closed
    eino_access: int


def identify(services: Services, actor: Actor, request_id: int) -> None:
    """The identity check: the request came from the email address on file."""
    services.requests.identify(actor, request_id, None, "email_on_file")


def build_scenario(services: Services, admin: Actor, clock: FakeClock) -> Scenario:
    """Maija with consents, objections, web events, invoices, requests and views; Eino with
    data of his own that must never appear in Maija's answer."""
    db_file = services.db.path
    maija = services.customers.create(admin, MAIJA).id
    eino = services.customers.create(admin, EINO).id
    services.consents.record(
        admin, maija, "marketing_email", True, "web_form",
        at=dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC),
    )  # fmt: skip
    services.consents.record(admin, maija, "analytics", True, "letter")
    services.consents.record(admin, eino, "analytics", True, "email")
    services.objections.record(
        admin, maija, "analytics", dt.date(2026, 11, 20), "En halua seurantaa."
    )
    services.objections.record(admin, maija, "direct_marketing", dt.date(2026, 11, 21))
    services.objections.record(admin, eino, "analytics", dt.date(2026, 11, 22), "Einon syy")
    with raw_db(db_file) as conn:  # the handler's decisions, as the objection desk records them
        conn.execute(
            "UPDATE objections SET outcome = 'compelling_grounds', decided_by = 1, "
            "outcome_reason = 'Laskujen varmentaminen.', "
            "decided_at = '2026-11-23 12:00:00.000000' WHERE purpose = 'analytics' AND id = 1"
        )
        conn.execute("UPDATE objections SET outcome = 'stopped' WHERE purpose = 'direct_marketing'")
    services.events.import_file(admin, EVENTS_CSV, "verkko.csv")
    services.invoices.add(admin, maija, "2026-0042", dt.date(2026, 5, 4), "249,00", paid=True)
    services.invoices.add(admin, maija, "2026-0043", dt.date(2026, 6, 1), "-12,50")
    services.invoices.add(admin, eino, "2026-0099", dt.date(2026, 6, 2), "99,00")
    services.customers.view(admin, maija)  # customer_service
    clock.advance(days=1)
    services.customers.view(admin, maija, "billing")
    services.customers.view(admin, eino, "eino_only")
    other = services.requests.register(
        admin, RequestInput("other", dt.date(2026, 11, 2), "letter", maija)
    ).id
    identify(services, admin, other)
    services.requests.close(admin, other, "refused", "Ei koske rekisteriä.", basis="other")
    access = services.requests.register(
        admin,
        RequestInput(
            "access",
            dt.date(2026, 11, 24),
            "email",
            maija,
            requester_text="Haluan kopion kaikista tiedoistani.",
            requester_name="Maija Meikäläinen",
            requester_contact="maija@example.fi",
        ),
    ).id
    services.requests.pause(admin, access, "Odotetaan vahvistusta.")
    services.requests.resume(admin, access)
    portability = services.requests.register(
        admin, RequestInput("portability", dt.date(2026, 11, 25), "email", maija)
    ).id
    eino_access = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 25), "phone", eino)
    ).id
    for rid in (access, portability, eino_access):
        identify(services, admin, rid)
    return Scenario(maija, eino, access, portability, other, eino_access)
