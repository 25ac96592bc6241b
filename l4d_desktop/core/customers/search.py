"""As-you-type search over the customer register: folded terms, the SQL filter, and the
matches of recent keystrokes kept for the next, narrower one."""

from __future__ import annotations

import re
import string
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

from l4d_desktop.core.store.commit_watch import CommitVersion
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Customer
from l4d_desktop.core.text import fold

_PHONE_LIKE = re.compile(r"\+?[\d\s()./-]{3,}")
_PHONE_SEPARATORS = re.compile(r"[\s()./-]")
# A search with at most this many matches keeps them (their index rows) for the next keystroke.
MATCH_SET_MAX = 2000
# A query is bounded before it becomes SQL: each term is one LIKE (SQLite refuses a pattern over
# 50 000 bytes and an expression tree over 1 000 deep), and no customer's search text is long
# enough for a longer term or more words to narrow a real search. Further terms are ignored and
# a longer term is cut, so a pasted page searches by its beginning instead of failing.
SEARCH_TERMS_MAX = 16
SEARCH_TERM_CHARS = 100


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_terms(query: str) -> list[str]:
    """Folded search terms. A phone-like query is one term without separators (040 123 → 040123).

    At most SEARCH_TERMS_MAX distinct terms, each cut to SEARCH_TERM_CHARS characters.
    """
    # Only the beginning of a pasted text is looked at: folding 100 000 characters per keystroke
    # would be slow, and the terms kept come from the beginning anyway.
    q = fold(query[: SEARCH_TERMS_MAX * (SEARCH_TERM_CHARS + 1) * 2]).strip()
    if not q:
        return []
    if _PHONE_LIKE.fullmatch(q) and sum(ch.isdigit() for ch in q) >= 3:
        return [_PHONE_SEPARATORS.sub("", q)[:SEARCH_TERM_CHARS]]
    terms: list[str] = []
    for word in q.split():
        term = word[:SEARCH_TERM_CHARS]
        if term not in terms:
            terms.append(term)
            if len(terms) == SEARCH_TERMS_MAX:
                break
    return terms


def search_filter(
    query: str, column: ColumnElement[str] | None = None
) -> ColumnElement[bool] | None:
    """Every term of `query` in the search text (`column`: its copy in a subquery)."""
    terms = search_terms(query)
    if not terms:
        return None
    text = Customer.search_text if column is None else column
    return and_(*(text.like(f"%{_like_escape(t)}%", escape="\\") for t in terms))


Terms = tuple[str, ...]
# (sort_key, id, search_text) of a customer, as the search index holds them.
IndexRow = tuple[str, int, str]


@dataclass(frozen=True)
class _Matches:
    count: int
    # Every match in list order, when there are at most MATCH_SET_MAX of them.
    rows: tuple[IndexRow, ...] | None
    # False: there are at least `count` matches (a search that stopped looking at the cap).
    exact: bool = True


def narrows(terms: Terms, wider: Terms) -> bool:
    """Whether every customer matching `terms` also matches `wider`: each of the wider query's
    terms is part of one of ours ("pää" → "pääk", "tiina" → "tiina m")."""
    return all(any(w in t for t in terms) for w in wider)


# LIKE compares ASCII letters without case and every other character as it is.
_LIKE_CASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_ASCII_UPPER = re.compile("[A-Z]")


def index_row(row: Sequence[Any]) -> IndexRow:
    """(sort_key, id, search_text) as kept: the text as LIKE compares it. The register stores
    it case-folded already, so it is rewritten only in a row some other tool wrote."""
    key, id_, text = row
    if _ASCII_UPPER.search(text):
        text = text.translate(_LIKE_CASE)
    return (key, id_, text)


def matching(rows: tuple[IndexRow, ...], terms: Terms) -> tuple[IndexRow, ...]:
    """The rows whose search text holds every term, as `search_filter` selects them."""
    wanted = [t.translate(_LIKE_CASE) for t in terms]
    return tuple(r for r in rows if all(t in r[2] for t in wanted))


class RecentMatches:
    """What the latest searches matched, kept while nothing is committed to the database.

    Typing narrows a search a letter at a time, and the Customers tab asks for the first page
    and then the count of each. Once a search has at most MATCH_SET_MAX matches, their index
    rows are kept: the next keystroke's matches are among them, so its page and count are
    picked from those instead of scanning the whole search index again. The count of a search
    whose first page held every match is kept too.

    Everything kept belongs to one state of the database, named by the store's commit watch:
    a commit by any connection, in this process or another, changes the version, and the cache
    is then emptied. A unit of work may use and add entries only when the version read before
    it began and the one read once its snapshot was taken agree: nothing was committed in
    between, so its snapshot is that state. A server's watch names the unit's snapshot from
    inside it, with one statement on the unit's own connection.
    """

    SIZE = 8

    def __init__(self, db: Database) -> None:
        self._watch = db.commit_watch()
        self._in_snapshot = self._watch.in_snapshot
        self._lock = threading.Lock()
        self._version: CommitVersion | None = None
        self._entries: OrderedDict[Terms, _Matches] = OrderedDict()

    def version(self) -> CommitVersion | None:
        """The database's version before a unit begins, or None if it cannot be read (or need
        not be: a server's watch names the unit's snapshot from inside it)."""
        if self._in_snapshot:
            return None
        return self._current(self._watch.version())

    def stable(self, before: CommitVersion | None, session: Session) -> CommitVersion | None:
        """The version a unit's snapshot shows; call once the snapshot is taken. With a watch
        that reads from outside, `before` is the version read before the unit began, and the
        answer is None if a commit came in between (or no version can be read)."""
        if self._in_snapshot:
            return self._current(self._watch.version_in(session))
        if before is None:
            return None
        return before if self._current(self._watch.version()) == before else None

    def _current(self, version: CommitVersion | None) -> CommitVersion | None:
        """`version` as the database's state now: what was kept for another is dropped."""
        if version is None:
            return None
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            return version

    def get(self, terms: Terms, version: CommitVersion | None) -> _Matches | None:
        """What `terms` matched in `version`: kept, or picked from the rows of a wider search."""
        with self._lock:
            if version is None or version != self._version:
                return None
            exact = self._entries.get(terms)
            if exact is not None:
                return exact
            wider = [
                m for w, m in self._entries.items() if m.rows is not None and narrows(terms, w)
            ]
        narrowest = min(wider, key=lambda m: m.count, default=None)
        if narrowest is None or narrowest.rows is None:
            return None
        rows = matching(narrowest.rows, terms)
        self.put(terms, version, len(rows), rows)
        return _Matches(len(rows), rows)

    def put(
        self,
        terms: Terms,
        version: CommitVersion,
        count: int,
        rows: tuple[IndexRow, ...] | None,
        *,
        exact: bool = True,
    ) -> None:
        """Keep what `terms` matched: `count` matches, or with `exact` False at least that many."""
        with self._lock:
            if version != self._version:
                return
            kept = rows if exact and rows is not None and len(rows) <= MATCH_SET_MAX else None
            self._entries[terms] = _Matches(count, kept, exact)
            self._entries.move_to_end(terms)
            while len(self._entries) > self.SIZE:
                self._entries.popitem(last=False)
