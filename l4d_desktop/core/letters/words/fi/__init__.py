"""Every sentence a letter can print, in Finnish: the reference catalogue.

Keys are stable identifiers; `{name}` placeholders are filled by the letter code (see
words/catalogue.py). Every other language's catalogue has exactly these keys and, entry by
entry, the same placeholders (tests/core/letters/languages/test_catalogues.py). The entries are kept in
modules by kind of letter; a key belongs to one of them.
"""

from l4d_desktop.core.letters.words.fi import (
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
