"""Letter catalogue, sv: the retention rules as the privacy notice and the access response print
them (the periods the program applies; lagring, Art. 5.1 e och 13.2 a i förordning (EU)
2016/679)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    "retention_rules.heading": "Hur länge varje slag av uppgifter lagras",
    "retention_rules.intro": (
        "Vi raderar eller minimerar uppgifterna enligt dessa regler när tiden har gått ut."
    ),
    "retention_rules.kind": "Uppgifter",
    "retention_rules.period": "Lagras i",
    "retention_rules.counts_from": "Räknas",
    "retention_rules.none": "Inga regler för lagringstid har registrerats.",
    "retention_from.event_time": "från tidpunkten för händelsen",
    "retention_from.withdrawal": "från återkallandet av samtycket",
    "retention_from.last_contact": (
        "från den senaste kontakten (faktura, samtycke, begäran, brev eller ändrade uppgifter)"
    ),
    "retention_from.closure": "från det att begäran avslutades",
    "retention_from.accounting_act": "från utgången av det år då räkenskapsperioden gick ut",
    "retention_from.last_failure": "från det senaste misslyckade inloggningsförsöket",
}
