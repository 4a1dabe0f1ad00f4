"""Full-text search over cases, notes, contacts and lägesbild entries (20_search.sql)."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator

import sqlcipher3

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.storage.mapping import Connection, SqlValue

# The FTS rowid is (kind code << KIND_SHIFT) + the source row's id; the same constants are
# written into the triggers of 20_search.sql.
KIND_SHIFT = 48
# 5 = concern (schema v5, sql/v5/10_concerns.sql): listed first, the newest work coming in.
KIND_CODES = {"concern": 5, "case": 4, "note": 3, "contact": 2, "situation_entry": 1}

# Marks around the matching words in SearchHit.snippet. Control characters cannot occur in
# stored text (domain.rules refuses them), so they cannot be confused with content; the GUI
# escapes the snippet and then turns them into highlighting, the CLI into brackets.
HIT_START = "\x02"
HIT_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12

# Bounds on what one query may ask of FTS5. More terms only narrow an AND further; longer
# terms are cut (a prefix search on the cut term still finds the word).
MAX_TERMS = 16
MAX_TERM_CHARS = 64

# A term is a run of letters and digits: the characters unicode61 keeps in a token (Unicode
# L* and N*). Everything else, including every FTS5 operator character, separates terms, as it
# does when the text was indexed.
_TERM = re.compile(r"[^\W_]+")


def fts_query(text: str) -> str:
    """User text → a MATCH expression that cannot be an FTS5 syntax error.

    Every term becomes a quoted prefix phrase ("term"*), joined by FTS5's implicit AND, so
    AND / OR / NOT / NEAR typed by the user are words to look for, not operators. Raises
    :class:`errors.InvalidSearch` when no letter or digit is left.
    """
    terms: list[str] = []
    for term in _TERM.findall(unicodedata.normalize("NFC", text)):
        term = term[:MAX_TERM_CHARS]
        if term.casefold() not in (known.casefold() for known in terms):
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    if not terms:
        raise errors.InvalidSearch()
    # Terms hold no quote characters, but doubling is FTS5's escape, so stay safe regardless.
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def search(
    conn: Connection,
    query: str,
    limit: int = 50,
    *,
    kind: str | None = None,
) -> list[m.SearchHit]:
    """Records whose text contains words starting with every term of ``query``.

    Order: cases first, then notes, contacts and lägesbild entries, each newest first (the
    rowid scheme of 20_search.sql). Ranking by relevance (bm25) was measured at ~2 s for a word
    in most of 500,000 notes, while walking the rowids backwards stops after ``limit`` hits.
    ``kind`` ("case", "note", "contact", "situation_entry") narrows the search to one kind.

    There is deliberately no case filter: case_id is an UNINDEXED column, so filtering on it
    reads every hit of the query (1.1 s for a common word in 500,000 notes), and driving the
    search from the case's own rows runs the prefix query once per row (measured 0.4-2.7 s).
    """
    match = fts_query(query)
    clauses = ["search_index MATCH ?"]
    params: list[SqlValue] = [HIT_START, HIT_END, ELLIPSIS, SNIPPET_TOKENS, match]
    if kind is not None:
        try:
            code = KIND_CODES[kind]
        except KeyError:
            raise ValueError(f"no searchable kind {kind!r}") from None
        # A rowid range: FTS5 seeks it instead of filtering every hit.
        clauses.append("rowid BETWEEN ? AND ?")
        params.extend([code << KIND_SHIFT, ((code + 1) << KIND_SHIFT) - 1])
    params.append(limit)
    sql = (
        # One line per hit: the body's line breaks become spaces.
        "SELECT kind, ref_id, case_id, "
        "replace(snippet(search_index, 3, ?, ?, ?, ?), char(10), ' ') "
        f"FROM search_index WHERE {' AND '.join(clauses)} ORDER BY rowid DESC LIMIT ?"
    )
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlcipher3.OperationalError as error:
        # fts_query() makes this unreachable; should it ever happen, the user gets the
        # search error, never an SQL message.
        if "fts5" in str(error).lower():
            raise errors.InvalidSearch() from error
        raise
    return [m.SearchHit(kind=row[0], id=row[1], case_id=row[2], snippet=row[3]) for row in rows]


@contextlib.contextmanager
def deleting_in_bulk(conn: Connection) -> Iterator[None]:
    """Deletes many records (a retention run) without FTS5 secure-delete's per-row cost.

    Secure-delete removes each deleted row's tokens from the index at once, at 25-40 ms per
    note in a 500,000-note vault: deleting 200 cases took 160 s. Inside this block it is off
    (2.4 s for the same deletes, leaving delete markers), and on leaving the block the index is
    rewritten into one segment without the deleted rows ('optimize', ~12 s at that size), so no
    deleted token stays in the file either way. SQLite's secure_delete (on in every vault)
    zeroes the pages the old segments free.

    Use it inside the caller's transaction, around the deletes only; worth it from a dozen or so
    cases up. If the block raises, the caller rolls back, which also restores the setting.
    """
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)")
    yield
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)")
