"""Letters as evidence, on the access response: no letter while a basis it prints is
unconfirmed, every transfer outside the EEA printed with its mechanism, and counts in words that
agree with their number."""

from __future__ import annotations

from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.compose import access as access_letter
from l4d_desktop.core.letters.compose import portability as portability_letter
from l4d_desktop.core.letters.render.pdf import render_letter
from l4d_desktop.core.services import Services
from tests.core.letters.access_contexts import (
    PROCESSOR_US,
    make_context,
    make_register,
    make_subject,
)
from tests.core.letters.access_reading import pdf_pages, squeezed
from tests.helpers.customers import add_maija
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import open_request


def test_an_unconfirmed_basis_stops_the_letter_and_names_the_purpose() -> None:
    register = make_register()
    pending = replace(register.purposes[1], basis_confirmed=False)
    unsure = replace(register, purposes=(register.purposes[0], pending, register.purposes[2]))
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.compose(make_context("en", register=unsure))
    assert refused.value.code == "basis_unconfirmed"
    assert refused.value.params == {"purposes": "p2"}


def test_a_transfer_without_its_mechanism_stops_the_letter() -> None:
    ctx = make_context("fi")
    assert ctx.subject is not None
    bare = tuple(replace(r, transfer="", transfer_detail="") for r in ctx.subject.recipients)
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.compose(replace(ctx, subject=replace(ctx.subject, recipients=bare)))
    assert refused.value.code == "transfer_unrecorded"
    assert refused.value.params == {"processors": PROCESSOR_US}


# One web event and one consent entry, as the PDF prints them: the noun agrees with the number.
ONE = {
    "fi": ("tallennettu 1 tapahtuma,", "(1 merkintä)", "(1 tapahtuma)"),
    "en": ("recorded 1 event of", "(1 entry)", "(1 event)"),
}
MANY = {
    "fi": ("tallennettu 2 tapahtumaa,", "(2 merkintää)", "(2 tapahtumaa)"),
    "en": ("recorded 2 events of", "(2 entries)", "(2 events)"),
}


@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("n", [1, 2])
def test_counted_events_and_entries_agree_with_their_number(language: str, n: int) -> None:
    full = make_subject(events=n)
    subject = replace(full, consents=full.consents[:n])
    access_pdf = render_letter(access_letter.compose(make_context(language, subject)))
    portability = portability_letter.COMPOSERS["portability"](
        make_context(language, subject, kind="portability")
    )
    access_lines = "\n".join(pdf_pages(access_pdf)).splitlines()
    # The device key's narrow first column still holds its header on one line.
    code = "Tunnus" if language == "fi" else "Code"
    assert code in access_lines, code
    printed = squeezed("\n".join(pdf_pages(access_pdf) + pdf_pages(render_letter(portability))))
    for phrase in (ONE if n == 1 else MANY)[language]:
        assert squeezed(phrase) in printed, phrase
    assert squeezed("1 tapahtumaa" if language == "fi" else "1 events") not in printed


# With no processor on record: the table's "none" and the authorities only, never the
# register's words about subcontractors that would contradict it; the retention rules are ours.
NO_PROCESSORS = {
    "fi": ("Emme käytä henkilötietojen käsittelijöitä.", "alihankkij", "Poistamme tai"),
    "en": ("We use no processors.", "subcontractors", "We delete or minimise"),
    "sv": ("Vi anlitar inga personuppgiftsbiträden.", "underleverantör", "Vi raderar eller"),
}
AUTHORITIES = {
    "fi": "Luovutamme tietoja viranomaisille vain, kun laki sitä edellyttää.",
    "en": "We disclose data to authorities only where the law requires it.",
    "sv": "Vi lämnar ut uppgifter till myndigheter endast när lagen kräver det.",
}


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_with_no_processor_the_letter_does_not_speak_of_subcontractors(
    services: Services, admin: Actor, language: str
) -> None:
    maija = add_maija(services, admin)
    rid = open_request(services, admin, maija.id, "access").record.id
    text = " ".join(pdf_text(services.letters.render(admin, rid, "access", language).pdf).split())
    none, subcontractors, we_delete = NO_PROCESSORS[language]
    assert none in text and AUTHORITIES[language] in text
    assert subcontractors not in text.lower()
    assert we_delete in text
    assert "Ohjelma" not in text and "program " not in text.lower()


LANGUAGE_VERSIONS = {
    "fi": "saman kirjeen eri kieliversiot ovat yksi kirje",
    "en": "the language versions of one letter are one letter",
    "sv": "de olika språkversionerna av samma brev är ett brev",
}


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_letters_sent_count_every_language_version_as_one_letter(
    services: Services, admin: Actor, language: str
) -> None:
    maija = add_maija(services, admin)
    rid = open_request(services, admin, maija.id, "access").record.id
    text = " ".join(pdf_text(services.letters.render(admin, rid, "access", language).pdf).split())
    assert LANGUAGE_VERSIONS[language] in text
    assert "Finnish and English versions" not in text and "suomen- ja englanninkiel" not in text
