"""Every sentence a letter can print, in Finland's Swedish: the same keys and, entry by entry,
the same placeholders as the Finnish catalogue (tests/core/letters/languages/test_catalogues.py), kept in
modules by kind of letter as the Finnish ones are. The terms are those of the Swedish text of
Regulation (EU) 2016/679; each module cites the articles its terms come from.
"""

from l4d_desktop.core.letters.words.sv import (
    access,
    annual,
    common,
    evidence_access,
    evidence_outcomes,
    evidence_requests,
    evidence_terms,
    notice,
    outcomes,
    progress,
    retention,
    terms,
)

ENTRIES: dict[str, str] = {
    **common.ENTRIES,
    **terms.ENTRIES,
    **progress.ENTRIES,
    **outcomes.ENTRIES,
    **access.ENTRIES,
    **notice.ENTRIES,
    **evidence_outcomes.ENTRIES,
    **evidence_access.ENTRIES,
    **annual.ENTRIES,
    **evidence_terms.ENTRIES,
    **evidence_requests.ENTRIES,
    **retention.ENTRIES,
}
