"""Letter catalogue, fi: the retention rules as the privacy notice and the access response print
them (the periods the program applies)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    "retention_rules.heading": "Säilytysajat tietoryhmittäin",
    "retention_rules.intro": (
        "Poistamme tai pienennämme tiedot näiden sääntöjen mukaan, kun säilytysaika on kulunut."
    ),
    "retention_rules.kind": "Tiedot",
    "retention_rules.period": "Säilytysaika",
    "retention_rules.counts_from": "Lasketaan",
    "retention_rules.none": "Säilytyssääntöjä ei ole kirjattu.",
    "retention_from.event_time": "tapahtuman ajankohdasta",
    "retention_from.withdrawal": "suostumuksen perumisesta",
    "retention_from.last_contact": (
        "viimeisestä asioinnista (lasku, suostumus, pyyntö, kirje tai tietojen muutos)"
    ),
    "retention_from.closure": "pyynnön sulkemisesta",
    "retention_from.accounting_act": "sen vuoden lopusta, jona tilikausi päättyi",
    "retention_from.last_failure": "viimeisestä epäonnistuneesta kirjautumisesta",
}
