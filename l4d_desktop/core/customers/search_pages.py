"""How a keystroke's first page and capped count are asked, so that every kind of text costs
about as many rows as it matches (or as the page needs) on each engine, never the whole list."""

from __future__ import annotations

from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.customers.search import (
    IndexRow,
    RecentMatches,
    Terms,
    index_row,
    search_filter,
)
from l4d_desktop.core.store.commit_watch import CommitVersion
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Customer

# How far along the list's order a server looks first: a text matching at least one row in
# 50 there (COMMON) has its page there after a few milliseconds, and its count is asked so
# that it stops early; one matching more than the cap there is "more than" at once.
LEAD_ROWS = 10_000
COMMON = LEAD_ROWS // 50

Key = tuple[Terms, CommitVersion | None]
_Row = TypeVarTuple("_Row")
_ORDER = ("sort_key", "id")


def _index_rows(cond: ColumnElement[bool]) -> Select[str, int, str]:
    return select(Customer.sort_key, Customer.id, Customer.search_text).where(cond)


def _in_order(stmt: Select[*_Row], limit: int) -> Select[*_Row]:
    columns = stmt.selected_columns
    return stmt.order_by(*(columns[name] for name in _ORDER)).limit(limit)


def first_matches(
    db: Database, terms: Terms, cond: ColumnElement[bool], cap: int, *, common: bool = False
) -> Select[*tuple[Any, ...]]:
    """At most `cap` matches, sorted in list order: every match when there are fewer. Unless
    the substring index narrows the search, they are also the first `cap` in that order.

    SQLite reads a search by walking the order's covering index, so the first `cap` matches in
    order cost no more than any `cap`. A server's trigram index is used through a MATERIALIZED
    CTE: its plan is made for fetching every match (through the index whenever a term has a
    trigram, whatever the planner guesses of the term's frequency), and the outer LIMIT stops
    it early. Under a plain LIMIT the planner walks the order index, or the table, expecting to
    meet matches soon: a rare email, or a first name late in the alphabet, then costs the whole
    index. A search known to be `common` (met often at the head of the list) is asked plainly:
    a plain LIMIT stops after a few rows, where the index would first list every match.
    """
    if common or not db.index_narrows(terms):
        return _in_order(_index_rows(cond), cap)
    hits = _index_rows(cond).cte("hits").prefix_with("MATERIALIZED")
    few = select(hits).limit(cap).subquery("few")
    return select(few).order_by(*(few.c[name] for name in _ORDER))


def top_matches(
    db: Database, terms: Terms, cond: ColumnElement[bool], limit: int
) -> Select[*tuple[Any, ...]]:
    """The first `limit` matches in list order. Through the substring index they are found
    and sorted (costing as many rows as match), never by walking the order index (costing as
    many rows as come before the last one shown): many matches that all sort late, such as a
    common first name near the end of the alphabet, are found at once."""
    if not db.index_narrows(terms):
        return _in_order(_index_rows(cond), limit)
    hits = _index_rows(cond).cte("hits").prefix_with("MATERIALIZED")
    return select(hits).order_by(*(hits.c[name] for name in _ORDER)).limit(limit)


def _leading(query: str, at_most: int) -> Select[str, int, str]:
    """Up to `at_most` matches among the first LEAD_ROWS customers of the list, in order."""
    lead = _in_order(select(Customer.sort_key, Customer.id, Customer.search_text), LEAD_ROWS)
    head = lead.subquery("lead")
    stmt = select(head.c.sort_key, head.c.id, head.c.search_text)
    cond = search_filter(query, head.c.search_text)
    if cond is not None:
        stmt = stmt.where(cond)
    return stmt.order_by(head.c.sort_key, head.c.id).limit(at_most)


def probe(
    db: Database,
    session: Session,
    recent: RecentMatches,
    key: Key,
    cond: ColumnElement[bool],
    at_most: int,
    *,
    common: bool = False,
) -> tuple[IndexRow, ...]:
    """Up to `at_most` + 1 matches in list order (every one if no more), kept for the next
    call: the Customers tab asks for the page and then the count of the same text."""
    terms, version = key
    stmt = first_matches(db, terms, cond, at_most + 1, common=common)
    found = tuple(index_row(r) for r in session.execute(stmt))
    if version is not None:
        complete = len(found) <= at_most
        recent.put(terms, version, len(found), found, exact=complete)
    return found


def first_page(
    db: Database,
    session: Session,
    recent: RecentMatches,
    key: Key,
    query: str,
    limit: int,
    at_most: int,
) -> tuple[IndexRow, ...]:
    """The first `limit` (≤ `at_most`) matches of `query` in list order.

    SQLite walks its covering index in list order: the walk to the first at_most + 1 matches
    gives the page and the count both. A server finds a common text's page at the head of the
    list; a rarer one's matches through the trigram index (every one while they are few, then
    kept), and many that sort late through the trigram index and a sort of them.
    """
    cond = search_filter(query)
    if cond is None:
        raise ValueError("a first page of matches needs search terms")
    if db.substring_index:
        lead = tuple(index_row(r) for r in session.execute(_leading(query, limit)))
        if len(lead) == limit:
            return lead
    found = probe(db, session, recent, key, cond, at_most)
    if len(found) <= at_most or not db.index_narrows(key[0]):
        return found[:limit]
    return tuple(index_row(r) for r in session.execute(top_matches(db, key[0], cond, limit)))


def at_head(db: Database, session: Session, query: str, at_most: int) -> int:
    """How many matches (up to `at_most` + 1) a server finds among the first LEAD_ROWS of the
    list; 0 on SQLite, whose search reads the list in order anyway."""
    if not db.substring_index:
        return 0
    head = _leading(query, at_most + 1).subquery("head")
    return int(session.scalar(select(func.count()).select_from(head)) or 0)


__all__ = ["COMMON", "LEAD_ROWS", "at_head", "first_matches", "first_page", "probe", "top_matches"]
