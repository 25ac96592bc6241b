"""Finnish: what the erasure, objection and withdrawal letters say from their records, and the
Art. 19 paragraph from the recipients checklist."""

ENTRIES: dict[str, str] = {
    # -- The erasure letter (Art. 17): the day it promises, what is left, the backups
    "erasure.intro_by": (
        "Saimme {day} pyyntösi poistaa henkilötietosi (tietosuoja-asetuksen 17 artikla). Poistamme "
        "tietosi asiakasrekisteristämme viimeistään {erase_by}."
    ),
    "erasure.erase_by": "Poistetaan viimeistään",
    "erasure.afterwards_all": (
        "Poistamisen jälkeen emme enää pysty yhdistämään sinua aiempiin tietoihisi. Jos asioit "
        "kanssamme myöhemmin, tietosi kirjataan kuten uuden asiakkaan."
    ),
    "erasure.afterwards_invoices": (
        "Poistamisen jälkeen emme enää pysty yhdistämään sinua aiempiin tietoihisi lukuun "
        "ottamatta edellä lueteltuja laskuja: niissä säilyvät nimesi ja laskutusosoitteesi, "
        "kunnes laskut poistetaan. Jos asioit kanssamme myöhemmin, tietosi kirjataan kuten uuden "
        "asiakkaan, eikä niitä yhdistetä säilytettäviin laskuihin."
    ),
    "erasure.afterwards_suppression": (
        "Edellä kuvattu markkinoinnin estolistan tiiviste säilyy: jos annat meille myöhemmin "
        "saman sähköpostiosoitteen tai puhelinnumeron, tunnistamme sen tiivisteen avulla ja "
        "jätämme sinut markkinoinnin ulkopuolelle."
    ),
    "erasure.backups": (
        "Poistetut tiedot voivat säilyä varmuuskopioissamme vielä enintään {days} ajan, kunnes "
        "varmuuskopiot korvautuvat uusilla. Viimeistään {date} tietosi on poistettu myös "
        "varmuuskopioista."
    ),
    "count.day.one": "{n} päivän",
    "count.day.other": "{n} päivän",
    # -- Art. 19: the recipients as the checklist records them
    "recipients19.none": (
        "Tietojasi ei ole luovutettu vastaanottajille, joille {act} olisi ilmoitettava "
        "(tietosuoja-asetuksen 19 artikla)."
    ),
    "recipients19.told": (
        "Ilmoitimme {act} seuraaville vastaanottajille (tietosuoja-asetuksen 19 artikla):"
    ),
    "recipients19.told_line": "{name}: ilmoitettu {date}",
    "recipients19.not_told": (
        "Emme ilmoittaneet {act} seuraaville vastaanottajille, koska se osoittautui mahdottomaksi "
        "tai olisi vaatinut kohtuutonta vaivaa:"
    ),
    "recipients19.not_told_line": "{name}: {reason}",
    "recipients19.pending": "Ilmoitamme {act} vielä seuraaville vastaanottajille:",
    # -- The withdrawal letter (Art. 7(3), 17(1)(b)): what relied only on the consent
    "withdrawal.erased.heading": "Tiedot, jotka perustuivat vain suostumukseesi",
    "withdrawal.erased": (
        "Poistimme seuraavat tiedot, jotka perustuivat vain peruuttamaasi suostumukseen "
        "(tietosuoja-asetuksen 17 artiklan 1 kohdan b alakohta):"
    ),
    "withdrawal.erased_line": "{what}, poistettu {date}",
    "withdrawal.to_erase": (
        "Poistamme vielä seuraavat tiedot, jotka perustuivat vain peruuttamaasi suostumukseen, "
        "viimeistään {due} (tietosuoja-asetuksen 17 artiklan 1 kohdan b alakohta):"
    ),
    "withdrawal.nothing_only": (
        "Meillä ei ollut tietoja, joiden ainoa peruste olisi ollut peruuttamasi suostumus, joten "
        "peruutuksen vuoksi ei ollut poistettavaa."
    ),
    "withdrawal.full_erasure": (
        "Voit myös pyytää kaikkien henkilötietojesi poistamista (tietosuoja-asetuksen 17 artikla). "
        "Poistamme silloin kaikki tiedot, joiden säilyttämiseen meillä ei ole muuta perustetta; "
        "esimerkiksi laskut on säilytettävä kirjanpitolain mukaan. Pyynnön voit tehdä vastaamalla "
        "tähän kirjeeseen tai ottamalla meihin yhteyttä."
    ),
}
