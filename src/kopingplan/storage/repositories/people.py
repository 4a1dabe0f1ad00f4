"""Queries about people, organisations and working groups: the registry's lists and details.

**Swedish order of names.** Persons have a stored sort key, ``persons.name_key`` (v9, filled
on every insert and update from :func:`person_sort_key`: family name, then given name,
case-folded, å ä ö after z, other accents dropped), with an index: a page of the person list,
sorted or filtered, is an index walk. Organisations (a few hundred) have none; their list
orders by ``kp_name_key(name)``, a function registered on the connection for the query that
needs it, computing :func:`title_sort_key` (names repeat, so it keeps the keys of one query in
a dict). It is never part of the schema, so the vault stays readable without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, SqlValue, from_sql_date, from_sql_datetime
from kopingplan.storage.repositories.tables import GROUPS, PERSONS, person_sort_key, title_sort_key
from kopingplan.storage.where import escape_like

# Keys remembered during one query; beyond this many distinct names they are computed afresh.
_KEY_CACHE_MAX = 50_000


def register_name_key(conn: Connection) -> None:
    """Makes ``kp_name_key(text)`` available on ``conn`` (a fresh cache each time)."""
    cache: dict[str, str] = {}

    def key(text: str | None) -> str:
        if not text:
            return ""
        found = cache.get(text)
        if found is None:
            found = title_sort_key(text)
            if len(cache) < _KEY_CACHE_MAX:
                cache[text] = found
        return found

    conn.create_function("kp_name_key", 1, key, deterministic=True)


def register_person_key(conn: Connection) -> None:
    """Makes ``kp_person_key(family_name, given_name)`` available on ``conn``: what v9 fills
    ``persons.name_key`` of the persons already stored with (SQLite has no Swedish order)."""

    def key(family_name: str | None, given_name: str | None) -> str:
        return person_sort_key(family_name or "", given_name or "")

    conn.create_function("kp_person_key", 2, key, deterministic=True)


def _name_filter(text: str | None, folded: str) -> tuple[list[str], list[SqlValue]]:
    """Every word of ``text`` must occur in ``folded`` (an SQL expression of folded text)."""
    clauses: list[str] = []
    params: list[SqlValue] = []
    if not text or not text.strip():
        return clauses, params
    for word in title_sort_key(text).split():
        clauses.append(f"{folded} LIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(word)}%")
    return clauses, params


# --- persons -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    """One line of the person list; the identity number itself is not in it."""

    id: int
    given_name: str
    family_name: str
    birth_year: int | None
    organisation_id: int | None
    organisation_name: str
    title: str
    has_identity_number: bool
    case_count: int

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def _person_where(
    text: str | None, professionals_only: bool, organisation_id: int | None
) -> tuple[str, list[SqlValue]]:
    clauses, params = _name_filter(text, "p.name_key")
    digits = "".join(ch for ch in (text or "") if ch.isascii() and ch.isdigit())
    if text and digits and len(digits) >= 4 and not text.strip("0123456789- +"):
        # A number typed into the filter looks at the identity number instead of the name.
        clauses, params = ["p.identity_number LIKE ?"], [f"%{digits}%"]
    if professionals_only:
        clauses.append("p.organisation_id IS NOT NULL")
    if organisation_id is not None:
        clauses.append("p.organisation_id = ?")
        params.append(organisation_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_PERSON_ORDER = "p.name_key, p.id"  # the index persons_name_key


def person_page(
    conn: Connection,
    text: str | None = None,
    *,
    professionals_only: bool = False,
    organisation_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[PersonRow]:
    """Persons by family name, then given name, in Swedish order. ``text``: every word must
    be part of the name; or digits (at least four) that are part of the identity number."""
    where, params = _person_where(text, professionals_only, organisation_id)
    # The page first (one sort over the folded names), then the joins for its rows only.
    sql = f"""
        SELECT p.id, p.given_name, p.family_name, p.birth_year, p.organisation_id, o.name,
               p.title, p.identity_number IS NOT NULL,
               (SELECT count(DISTINCT cp.case_id) FROM case_participants AS cp
                WHERE cp.person_id = p.id)
        FROM (SELECT * FROM persons AS p{where} ORDER BY {_PERSON_ORDER} LIMIT ? OFFSET ?) AS p
        LEFT JOIN organisations AS o ON o.id = p.organisation_id
        ORDER BY {_PERSON_ORDER}
    """
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [
        PersonRow(
            id=row[0],
            given_name=row[1],
            family_name=row[2],
            birth_year=row[3],
            organisation_id=row[4],
            organisation_name=row[5] or "",
            title=row[6],
            has_identity_number=bool(row[7]),
            case_count=int(row[8]),
        )
        for row in rows
    ]


def person_count(
    conn: Connection,
    text: str | None = None,
    *,
    professionals_only: bool = False,
    organisation_id: int | None = None,
) -> int:
    where, params = _person_where(text, professionals_only, organisation_id)
    return int(conn.execute(f"SELECT count(*) FROM persons AS p{where}", params).fetchone()[0])


def identity_number_taken(conn: Connection, number: str, own_id: int | None = None) -> bool:
    """Whether another person than ``own_id`` already has this identity number."""
    others = mapping.count(conn, PERSONS, "identity_number = ? AND id IS NOT ?", (number, own_id))
    return others > 0


def responsible_persons(conn: Connection) -> list[PersonRow]:
    """The persons who hold at least one case (the case list's filter), in Swedish order."""
    rows = conn.execute(
        f"""
        SELECT p.id, p.given_name, p.family_name, p.birth_year, p.organisation_id, o.name,
               p.title, p.identity_number IS NOT NULL, 0
        FROM persons AS p LEFT JOIN organisations AS o ON o.id = p.organisation_id
        WHERE p.id IN (SELECT DISTINCT responsible_person_id FROM cases
                       WHERE responsible_person_id IS NOT NULL)
        ORDER BY {_PERSON_ORDER}
        """
    ).fetchall()
    return [PersonRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], bool(r[7]), 0) for r in rows]


@dataclass(frozen=True)
class PersonCaseRow:
    """A case a person is part of: as a participant (``role`` a CaseRole value) or as the
    professional who holds it (``role`` "responsible")."""

    case_id: int
    title: str
    level: m.Level
    status: m.CaseStatus
    role: str
    relation: str


def person_cases(conn: Connection, person_id: int) -> list[PersonCaseRow]:
    rows = conn.execute(
        """
        SELECT c.id, c.title, c.level, c.status, cp.role, cp.relation, c.title_key
        FROM case_participants AS cp JOIN cases AS c ON c.id = cp.case_id
        WHERE cp.person_id = ?1
        UNION ALL
        SELECT c.id, c.title, c.level, c.status, 'responsible', '', c.title_key
        FROM cases AS c WHERE c.responsible_person_id = ?1
        ORDER BY 4 DESC, 7, 1
        """,
        (person_id,),
    ).fetchall()
    return [PersonCaseRow(r[0], r[1], m.Level(r[2]), m.CaseStatus(r[3]), r[4], r[5]) for r in rows]


# --- organisations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: m.OrganisationKind
    phone: str
    person_count: int


def _organisation_where(
    text: str | None, kind: m.OrganisationKind | None
) -> tuple[str, list[SqlValue]]:
    clauses, params = _name_filter(text, "kp_name_key(o.name)")
    if kind is not None:
        clauses.append("o.kind = ?")
        params.append(m.OrganisationKind(kind).value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def organisation_page(
    conn: Connection,
    text: str | None = None,
    kind: m.OrganisationKind | None = None,
    *,
    limit: int = 100,
    offset: int = 0,
) -> list[OrganisationRow]:
    register_name_key(conn)
    where, params = _organisation_where(text, kind)
    rows = conn.execute(
        f"""
        SELECT o.id, o.name, o.kind, o.phone,
               (SELECT count(*) FROM persons AS p WHERE p.organisation_id = o.id)
        FROM organisations AS o{where}
        ORDER BY kp_name_key(o.name), o.id LIMIT ? OFFSET ?
        """,
        (*params, limit, offset),
    ).fetchall()
    return [
        OrganisationRow(
            r[0],
            r[1],
            m.OrganisationKind(r[2]),
            r[3],
            int(r[4]),
        )
        for r in rows
    ]


def organisation_count(
    conn: Connection, text: str | None = None, kind: m.OrganisationKind | None = None
) -> int:
    register_name_key(conn)
    where, params = _organisation_where(text, kind)
    return int(
        conn.execute(f"SELECT count(*) FROM organisations AS o{where}", params).fetchone()[0]
    )


# --- groups and relatives' support -------------------------------------------------------------


def groups(conn: Connection) -> list[m.Group]:
    """The working groups (a handful), youth group first."""
    return mapping.select(conn, GROUPS, order_by="kind DESC, name, id")


@dataclass(frozen=True)
class SupportThreadRow:
    """A relative's support thread of a case, for the case view."""

    id: int
    opened_on: date
    relation: str
    relative_name: str  # the person's name, or the pseudonym of an anonymous relative
    contact_count: int
    last_contact_at: datetime | None
    follow_up_on: date | None  # the latest contact's follow-up day, if it asked for one


def relative_support_threads(conn: Connection, case_id: int) -> list[SupportThreadRow]:
    if not mapping.storable(case_id):
        return []  # an id SQLite cannot hold names no record
    rows = conn.execute(
        """
        SELECT rs.id, rs.opened_on, rs.relation, rs.pseudonym, p.given_name, p.family_name,
               (SELECT count(*) FROM relative_support_contacts AS k
                WHERE k.relative_support_id = rs.id),
               (SELECT k.occurred_at FROM relative_support_contacts AS k
                WHERE k.relative_support_id = rs.id ORDER BY k.occurred_at DESC, k.id DESC
                LIMIT 1),
               (SELECT k.follow_up_on FROM relative_support_contacts AS k
                WHERE k.relative_support_id = rs.id ORDER BY k.occurred_at DESC, k.id DESC
                LIMIT 1)
        FROM relative_supports AS rs LEFT JOIN persons AS p ON p.id = rs.person_id
        WHERE rs.case_id = ?
        ORDER BY rs.opened_on DESC, rs.id DESC
        """,
        (case_id,),
    ).fetchall()
    return [
        SupportThreadRow(
            id=r[0],
            opened_on=from_sql_date(r[1]),
            relation=r[2],
            relative_name=f"{r[4] or ''} {r[5] or ''}".strip() or r[3],
            contact_count=int(r[6]),
            last_contact_at=None if r[7] is None else from_sql_datetime(r[7]),
            follow_up_on=None if r[8] is None else from_sql_date(r[8]),
        )
        for r in rows
    ]
