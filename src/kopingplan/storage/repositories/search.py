"""Full-text search over every kind of record (v1/20_search.sql, v5, v9/40_search_all.sql,
v9/95_assessment_search.sql, v10/10_plan_search.sql)."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime

import sqlcipher3

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.identity_number import IdentityNumber, InvalidIdentityNumber
from kopingplan.storage.mapping import Connection, SqlValue
from kopingplan.storage.repositories import long_snippet

# The FTS rowid is (code << KIND_SHIFT) + the source row's id, one code per source table; the
# same constants are written into the triggers of the SQL files named above.
KIND_SHIFT = 48
# The kinds of hit, in the order they are listed, each with the (contiguous) codes of its
# source tables: a kind is one rowid range.
KIND_RANGES: dict[str, tuple[int, int]] = {
    "case": (4, 4),
    "concern": (5, 5),
    "person": (17, 17),
    "organisation": (16, 16),
    "note": (3, 3),
    "contact": (2, 2),
    "exit_plan": (14, 15),  # plans, their measures
    "relative_support": (10, 10),  # the threads' contacts
    "meeting": (11, 13),  # meetings, agenda items, actions
    "incident": (8, 9),  # incidents, their support entries
    "incoming_item": (7, 7),
    "situation_entry": (1, 1),
    "situation_assessment": (18, 18),  # the lägesbild's overall assessments (v9/95)
    "activity": (19, 19),  # activities at the general level (v10)
    "commitment": (20, 20),  # the action plan's commitments (v10)
    "plan_revision": (21, 21),  # the action plan's revisions (v10)
    "attachment": (6, 6),
}
KINDS = tuple(KIND_RANGES)
# The day or instant a hit is dated by, per code: (table, column, looked up by the source
# row's id or by the hit's ref_id). Persons and organisations have none. A commitment is
# dated by the day its revision was adopted, read through this join (its own due day is
# optional, and a day still to come would read as when it was written).
_COMMITMENT_DAYS = (
    "(SELECT c.id AS id, r.adopted_on AS adopted_on FROM commitments AS c "
    "JOIN plan_revisions AS r ON r.id = c.revision_id)"
)
_WHEN: dict[int, tuple[str, str, bool]] = {
    1: ("situation_entries", "observed_on", True),
    2: ("contacts", "occurred_at", True),
    3: ("notes", "written_at", True),
    4: ("cases", "opened_on", True),
    5: ("concerns", "received_on", True),
    6: ("attachments", "added_at", True),
    7: ("incoming_items", "received_at", True),
    8: ("incidents", "occurred_on", False),
    9: ("incidents", "occurred_on", False),
    10: ("relative_support_contacts", "occurred_at", True),
    11: ("meetings", "starts_at", False),
    12: ("meetings", "starts_at", False),
    13: ("meetings", "starts_at", False),
    14: ("exit_plans", "created_at", False),
    15: ("exit_plans", "created_at", False),
    18: ("situation_assessments", "written_at", True),
    19: ("activities", "held_on", True),
    20: (_COMMITMENT_DAYS, "adopted_on", True),
    21: ("plan_revisions", "adopted_on", True),
}
_ATTACHMENT_CODE = 6
# Terms of up to this many characters are served by the prefix index (prefix = '1 2 3' in
# v1/20_search.sql). A longer prefix term makes FTS5 merge the doclists of every word it
# starts, again for each query that uses it: at 20,000 cases "skolan"* took 30-50 ms per
# kind's rowid range (13 then; 14 with the assessments), the word "skolan" itself 0.1 ms. So a
# longer term is looked up once in the index's vocabulary and searched as the words it
# starts ("skol" → "skola" OR "skolan" OR …), which seeks (0.2-3 ms a range; the look-up
# 1-30 ms). More words than MAX_EXPANSION: the prefix phrase as typed.
PREFIX_INDEXED = 3
MAX_EXPANSION = 256
# Person hits are listed by name: up to this many matching persons are sorted, more are read
# in name order from the index (see _persons).
PERSONS_SORTED_UP_TO = 500
# The hits each kind's first query reads with their snippets, in fair shares of the limit
# (2-4 measured alike; 1 made a word of middling spread read most kinds twice).
FIRST_SHARE = 3
# At most this many characters of an attachment's text are indexed (a 20 MB PDF of text).
ATTACHMENT_TEXT_LIMIT = 2_000_000

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
    return " ".join(_prefix(term) for term in _terms(text))


def _terms(text: str) -> list[str]:
    terms: list[str] = []
    for term in _TERM.findall(unicodedata.normalize("NFC", text)):
        term = term[:MAX_TERM_CHARS]
        if term.casefold() not in (known.casefold() for known in terms):
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    if not terms:
        raise errors.InvalidSearch()
    return terms


def _prefix(term: str) -> str:
    # Terms hold no quote characters, but doubling is FTS5's escape, so stay safe regardless.
    return '"' + term.replace('"', '""') + '"*'


def _word(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _match(conn: Connection, text: str) -> str:
    """:func:`fts_query`, with each term longer than the prefix index serves written as the
    words of the index it starts (see :data:`PREFIX_INDEXED`)."""
    parts = []
    for term in _terms(text):
        words = _words_starting(conn, term) if len(term) > PREFIX_INDEXED else None
        if not words:  # served by the prefix index, or none or too many words: as typed
            parts.append(_prefix(term))
        else:
            parts.append("(" + " OR ".join(map(_word, words)) + ")")
    return " AND ".join(parts)  # FTS5's implicit AND does not join bracketed groups


def _words_starting(conn: Connection, term: str) -> list[str] | None:
    """The index's words that start with ``term`` (case folded as unicode61 folds), from
    FTS5's vocabulary table (kept in the connection's temporary schema, in memory); None when
    there are more than :data:`MAX_EXPANSION`."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
        "USING fts5vocab(main, 'search_index', 'row')"
    )
    low = term.lower()
    rows = conn.execute(
        "SELECT term FROM temp.search_terms WHERE term >= ? AND term < ? LIMIT ?",
        (low, low[:-1] + chr(min(ord(low[-1]) + 1, 0x10FFFF)), MAX_EXPANSION + 1),
    ).fetchall()
    return None if len(rows) > MAX_EXPANSION else [str(row[0]) for row in rows]


def search(
    conn: Connection,
    query: str,
    limit: int = 50,
    *,
    kind: str | None = None,
) -> list[m.SearchHit]:
    """Records whose text contains words starting with every term of ``query``, at most
    ``limit``, grouped by kind in the order of :data:`KINDS`.

    Each kind is one query over its rowid range, newest (highest id) first; persons by name in
    Swedish order. When more than ``limit`` match, the hits are shared out evenly over the kinds
    that have any, so a word common in notes does not hide the one person it names. Ranking by
    relevance (bm25) was measured at ~2 s for a word in most of 500,000 notes, while walking the
    rowids backwards stops after ``limit`` hits. ``kind`` narrows the search to one kind.

    A query that is a whole personnummer (any form identity_number.py reads) also finds the
    person who has it, by exact match: the number is never in the index, so no prefix or part of
    it finds anyone.

    There is deliberately no case filter: case_id is an UNINDEXED column, so filtering on it
    reads every hit of the query (1.1 s for a common word in 500,000 notes), and driving the
    search from the case's own rows runs the prefix query once per row (measured 0.4-2.7 s).
    """
    if kind is not None and kind not in KIND_RANGES:
        raise ValueError(f"no searchable kind {kind!r}")
    exact = _person_by_number(conn, query) if kind in (None, "person") else {}
    match = _match(conn, query)
    names = (kind,) if kind is not None else KINDS
    # First each kind's newest hits with their snippets, FIRST_SHARE fair shares of the limit:
    # when the kinds have that many between them, the hits listed are among these, and each
    # kind costs one query instead of two (rowids, then the listed ones' snippets). Kinds that
    # filled their share are read in full when the others left room; _share hands out one hit
    # per kind per round, so it picks the same hits either way. At 20,000 cases (load 1.8):
    # "s" 30 -> 18 ms, "a" 20 -> 12.5, "sk" 12 -> 8, "skolan" 14 -> 11.6, a rare word +0.3.
    share = min(limit, FIRST_SHARE * -(-limit // len(names)))
    hits = dict(exact)
    groups: list[list[int]] = []
    for name in names:
        if name == "person":
            groups.append(_persons(conn, match, limit, list(exact)))
        else:
            newest = _newest(conn, match, KIND_RANGES[name], share)
            hits |= newest
            groups.append(list(newest))
    full = [i for i, name in enumerate(names) if name != "person" and len(groups[i]) == share]
    if share < limit and sum(min(len(group), share) for group in groups) < limit:
        for i in full:
            groups[i] = _rowids(conn, match, KIND_RANGES[names[i]], limit)
    shared = _share(groups, limit)
    for name, group in zip(names, shared, strict=True):
        if any(rowid not in hits for rowid in group):
            hits |= _snippets(conn, match, KIND_RANGES[name], [r for r in group if r not in exact])
    chosen = [rowid for group in shared for rowid in group]
    return _dated(conn, [(rowid, hits[rowid]) for rowid in chosen if rowid in hits])


def _query(conn: Connection, sql: str, params: list[SqlValue]) -> list[tuple[SqlValue, ...]]:
    try:
        rows: list[tuple[SqlValue, ...]] = conn.execute(sql, params).fetchall()
    except sqlcipher3.OperationalError as error:
        # fts_query() makes this unreachable; should it ever happen, the user gets the
        # search error, never an SQL message.
        if "fts5" in str(error).lower():
            raise errors.InvalidSearch() from error
        raise
    return rows


# One line per hit: _hits shows the body's line breaks (between a record's texts) as
# long_snippet.SEPARATOR. The rowid comes first, so the day can be looked up by the source
# row (_dated) and then dropped.
# A long row's snippet is made in Python from its text (long_snippet.py: FTS5's snippet() costs
# the square of the row's hits); CASE evaluates snippet() only for the others.
_COLUMNS = (
    "search_index.rowid, search_index.kind, search_index.ref_id, search_index.case_id, "
    f"CASE WHEN length(search_index.body) > {long_snippet.LONG} THEN NULL "
    "ELSE snippet(search_index, 3, ?, ?, ?, ?) END, "
    f"CASE WHEN length(search_index.body) > {long_snippet.LONG} THEN search_index.body END"
)
_SNIPPET: list[SqlValue] = [HIT_START, HIT_END, ELLIPSIS, SNIPPET_TOKENS]


# A hit and the rowid of its source row (for _dated).
_Found = tuple[int, m.SearchHit]


def _rowids(conn: Connection, match: str, codes: tuple[int, int], limit: int) -> list[int]:
    # A rowid range: FTS5 seeks it instead of filtering every hit.
    rows = _query(
        conn,
        "SELECT rowid FROM search_index WHERE search_index MATCH ? "
        "AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
        [match, codes[0] << KIND_SHIFT, ((codes[1] + 1) << KIND_SHIFT) - 1, limit],
    )
    return [int(str(row[0])) for row in rows]


def _snippets(
    conn: Connection, match: str, codes: tuple[int, int], rowids: list[int]
) -> dict[int, m.SearchHit]:
    """The hits of ``rowids`` (of one kind) with their snippets. The newest of a range again by
    the range (rowid = ? per listed hit makes FTS5 set up the query once per hit); persons,
    listed by name, by their rowids."""
    if not rowids:
        return {}
    if codes != KIND_RANGES["person"]:
        return _newest(conn, match, codes, len(rowids))
    rows = _query(
        conn,
        f"SELECT {_COLUMNS} FROM search_index WHERE search_index MATCH ? "
        f"AND rowid IN ({', '.join('?' * len(rowids))})",
        [*_SNIPPET, match, *rowids],
    )
    return _hits(rows, match)


def _newest(
    conn: Connection, match: str, codes: tuple[int, int], count: int
) -> dict[int, m.SearchHit]:
    """The newest ``count`` hits of a kind's rowid range with their snippets, newest first."""
    low, high = codes[0] << KIND_SHIFT, ((codes[1] + 1) << KIND_SHIFT) - 1
    rows = _query(
        conn,
        f"SELECT {_COLUMNS} FROM search_index WHERE search_index MATCH ? "
        "AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
        [*_SNIPPET, match, low, high, count],
    )
    return _hits(rows, match)


def _hits(rows: list[tuple[SqlValue, ...]], match: str) -> dict[int, m.SearchHit]:
    found = {}
    for rowid, kind, ref_id, case_id, snippet, long_text in rows:
        case = None if case_id is None else int(str(case_id))
        if snippet is None:
            snippet = long_snippet.snippet(str(long_text), match, HIT_START, HIT_END, ELLIPSIS)
        else:
            snippet = long_snippet.one_line(str(snippet))
        found[int(str(rowid))] = m.SearchHit(str(kind), int(str(ref_id)), case, str(snippet))
    return found


def _persons(conn: Connection, match: str, limit: int, exact: list[int]) -> list[int]:
    """Person hits by family name, then given name, in Swedish order (persons.name_key of
    v9/60_person_sort_key.sql: å ä ö after z), the one whose personnummer the query was (if
    any) first."""
    code = KIND_RANGES["person"][0]
    low, high = code << KIND_SHIFT, ((code + 1) << KIND_SHIFT) - 1
    wanted = limit + len(exact)
    # Sorting every matching person by name cost 7-24 ms for "a" at 20,000 cases (9,300 of
    # 40,000 persons match: a row lookup and a sort each). So: up to PERSONS_SORTED_UP_TO
    # matches are sorted (≤ 1 ms); more are found by reading persons_name_key in order, each
    # person checked against the matches (an in-memory list FTS5 fills once), stopping at the
    # limit: ~1.4 ms for "a", since a broad word meets the limit early. A rare word the other
    # way would read the whole name index (3.5-6 ms): hence the probe.
    found = _query(
        conn,
        "SELECT rowid FROM search_index WHERE search_index MATCH ? "
        "AND rowid BETWEEN ? AND ? LIMIT ?",
        [match, low, high, PERSONS_SORTED_UP_TO + 1],
    )
    if not found:
        return exact[:limit]
    if len(found) <= PERSONS_SORTED_UP_TO:
        ids = [int(str(row[0])) - low for row in found]
        rows = _query(
            conn,
            f"SELECT {low} + id FROM persons WHERE id IN ({', '.join('?' * len(ids))}) "
            "ORDER BY name_key, id LIMIT ?",
            [*ids, wanted],
        )
    else:
        rows = _query(
            conn,
            f"SELECT {low} + p.id FROM persons AS p INDEXED BY persons_name_key "
            f"WHERE {low} + p.id IN (SELECT rowid FROM search_index "
            "WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?) "
            "ORDER BY p.name_key, p.id LIMIT ?",
            [match, low, high, wanted],
        )
    return (exact + [int(str(row[0])) for row in rows if row[0] not in exact])[:limit]


def _person_by_number(conn: Connection, query: str) -> dict[int, m.SearchHit]:
    """The person whose personnummer the whole query is, by rowid; {} when it is not one."""
    try:
        digits = IdentityNumber.parse(query).digits
    except InvalidIdentityNumber:
        return {}
    row = conn.execute(
        "SELECT id, given_name, family_name FROM persons WHERE identity_number = ?", (digits,)
    ).fetchone()
    if row is None:
        return {}
    # The name, not the number, is what the list shows.
    person = m.SearchHit("person", int(row[0]), None, f"{row[1]} {row[2]}")
    return {(KIND_RANGES["person"][0] << KIND_SHIFT) + person.id: person}


def _share(groups: list[list[int]], limit: int) -> list[list[int]]:
    """The first hits of each group, ``limit`` in all, shared out one by one over the groups
    that still have hits, so every kind that matched is seen."""
    taken = [0] * len(groups)
    total = 0
    while total < limit:
        before = total
        for index, group in enumerate(groups):
            if taken[index] < len(group) and total < limit:
                taken[index] += 1
                total += 1
        if total == before:
            break
    return [group[:count] for group, count in zip(groups, taken, strict=True)]


def _dated(conn: Connection, found: list[_Found]) -> list[m.SearchHit]:
    """The hits with their day or instant, one query per source table."""
    wanted: dict[tuple[str, str], set[int]] = {}
    keys: list[tuple[str, str, int] | None] = []
    for rowid, hit in found:
        when = _WHEN.get(rowid >> KIND_SHIFT)
        if when is None:
            keys.append(None)
            continue
        table, column, by_source = when
        ref = rowid & ((1 << KIND_SHIFT) - 1) if by_source else hit.id
        wanted.setdefault((table, column), set()).add(ref)
        keys.append((table, column, ref))
    values: dict[tuple[str, str, int], str] = {}
    for (table, column), refs in wanted.items():
        marks = ", ".join("?" * len(refs))
        for ref, value in conn.execute(
            f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", sorted(refs)
        ):
            values[(table, column, int(ref))] = str(value)
    return [
        hit if key is None or key not in values else _with_when(hit, values[key])
        for (_, hit), key in zip(found, keys, strict=True)
    ]


def _with_when(hit: m.SearchHit, value: str) -> m.SearchHit:
    when: date | datetime = (
        date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    )
    return m.SearchHit(hit.kind, hit.id, hit.case_id, hit.snippet, when)


def add_attachment_text(conn: Connection, attachment_id: int, text: str) -> None:
    """Adds the text of an attachment (a PDF's, extracted in memory) to its index row, after
    the file name the trigger put there. At most :data:`ATTACHMENT_TEXT_LIMIT` characters."""
    text = text[:ATTACHMENT_TEXT_LIMIT].strip()
    if not text:
        return
    conn.execute(
        "UPDATE search_index SET body = body || char(10) || ? WHERE rowid = ?",
        (text, (_ATTACHMENT_CODE << KIND_SHIFT) + attachment_id),
    )


def index_stored_attachment(conn: Connection, attachment_id: int, text: str) -> None:
    """Indexes an attachment stored before schema version 9 that has no index row yet (a PDF:
    40_search_all.sql's backfill leaves those to migrations.index_pdf_texts): its file name and
    ``text``, at most :data:`ATTACHMENT_TEXT_LIMIT` characters of it, in one insert.

    One insert, not the backfill's row and then add_attachment_text: replacing a row makes
    FTS5's secure-delete remove the old row's words from every doclist they are in, 6.5 ms a
    PDF whose words are common ("oro", "skolan") at 20,000 cases, against 0.25 ms.
    """
    text = text[:ATTACHMENT_TEXT_LIMIT].strip()
    conn.execute(
        "INSERT INTO search_index (rowid, kind, ref_id, case_id, body) "
        "SELECT row_id, kind, ref_id, case_id, concat_ws(char(10), body, nullif(?, '')) "
        "FROM search_rows_attachments WHERE source_id = ?",
        (text, attachment_id),
    )


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
