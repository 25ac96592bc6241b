"""Letter catalogue, en: the retention rules as the privacy notice and the access response print
them (the periods the program applies)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    "retention_rules.heading": "How long each kind of data is kept",
    "retention_rules.intro": (
        "We delete or minimise the data by these rules once the period has passed."
    ),
    "retention_rules.kind": "Data",
    "retention_rules.period": "Kept for",
    "retention_rules.counts_from": "Counted",
    "retention_rules.none": "No retention rules are recorded.",
    "retention_from.event_time": "from the time of the event",
    "retention_from.withdrawal": "from the withdrawal of the consent",
    "retention_from.last_contact": (
        "from the last contact (invoice, consent, request, letter or change of details)"
    ),
    "retention_from.closure": "from the closure of the request",
    "retention_from.accounting_act": "from the end of the year in which the financial year ended",
    "retention_from.last_failure": "from the last failed login",
}
