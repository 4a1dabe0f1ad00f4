"""The table of every domain class, and the case list's sort key."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar, cast

from kopingplan.domain import model as m
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage.mapping import Connection, Table

T = TypeVar("T")

# Letters Swedish sorts after z, in this order: å, ä, ö (æ and ø are sorted as ä and ö).
# They map to U+0080..U+0082: above every ASCII character and below every other letter that
# survives the folding, and C1 control characters can never be part of a stored title
# (domain.rules refuses them), so the mapped characters stand for nothing else.
_AFTER_Z = {"å": "\x80", "ä": "\x81", "æ": "\x81", "ö": "\x82", "ø": "\x82"}
# Swedish alphabetises ü as y: Müller sorts as Myller.
_AS_LETTER = {"ü": "y"}


def title_sort_key(title: str) -> str:
    """A text whose plain BINARY order is Swedish alphabetical order, near enough for a list.

    Stored in ``cases.title_key`` (the SQL sort hook, see 10_domain.sql): case-folded, accents
    other than å ä ö removed (é sorts as e), runs of white space collapsed. The case list's
    text filter folds the user's text the same way, so "åsa" finds "ÅSA" and "Åsa".
    """
    if title.isascii():  # the same result; the Unicode walk below is the slow part
        return " ".join(title.lower().split())
    folded = unicodedata.normalize("NFC", title).casefold()
    parts: list[str] = []
    for char in folded:
        mapped = _AFTER_Z.get(char) or _AS_LETTER.get(char)
        if mapped is None:
            mapped = "".join(
                c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
            )
        parts.append(mapped)
    return " ".join("".join(parts).split())


def _case_title_key(case: m.Case) -> str:
    return title_sort_key(case.title)


def person_sort_key(family_name: str, given_name: str) -> str:
    """Stored in ``persons.name_key`` (see v9/60_person_sort_key.sql): the family name's
    :func:`title_sort_key`, a tab, the given name's. The tab sorts below every character a key
    holds, so the column's BINARY order is by family name, then by given name, in Swedish."""
    return f"{title_sort_key(family_name)}\t{title_sort_key(given_name)}"


def _person_name_key(person: m.Person) -> str:
    return person_sort_key(person.family_name, person.given_name)


# ``kind`` (third argument) is the record's name in "There is no {kind} with number {id}",
# marked for the translators in a context of its own.
CASES = Table(
    m.Case, "cases", QT_TRANSLATE_NOOP("Kinds", "case"), derived={"title_key": _case_title_key}
)
LEVEL_CHANGES = Table(m.LevelChange, "level_changes", QT_TRANSLATE_NOOP("Kinds", "level change"))
PERSONS = Table(
    m.Person,
    "persons",
    QT_TRANSLATE_NOOP("Kinds", "person"),
    derived={"name_key": _person_name_key},
)
CASE_PARTICIPANTS = Table(
    m.CaseParticipant, "case_participants", QT_TRANSLATE_NOOP("Kinds", "case participant")
)
ORGANISATIONS = Table(m.Organisation, "organisations", QT_TRANSLATE_NOOP("Kinds", "organisation"))
CONTACTS = Table(m.Contact, "contacts", QT_TRANSLATE_NOOP("Kinds", "contact"))
NOTES = Table(m.Note, "notes", QT_TRANSLATE_NOOP("Kinds", "note"))
SITUATION_ENTRIES = Table(
    m.SituationEntry, "situation_entries", QT_TRANSLATE_NOOP("Kinds", "situation entry")
)
GROUPS = Table(m.Group, "groups", QT_TRANSLATE_NOOP("Kinds", "group"))
GROUP_MEMBERSHIPS = Table(
    m.GroupMembership, "group_memberships", QT_TRANSLATE_NOOP("Kinds", "group membership")
)
MEETINGS = Table(m.Meeting, "meetings", QT_TRANSLATE_NOOP("Kinds", "meeting"))
MEETING_ATTENDEES = Table(
    m.MeetingAttendee, "meeting_attendees", QT_TRANSLATE_NOOP("Kinds", "meeting attendee")
)
AGENDA_ITEMS = Table(m.AgendaItem, "agenda_items", QT_TRANSLATE_NOOP("Kinds", "agenda item"))
MEETING_ACTIONS = Table(
    m.MeetingAction, "meeting_actions", QT_TRANSLATE_NOOP("Kinds", "meeting action")
)
EXIT_PLANS = Table(m.ExitPlan, "exit_plans", QT_TRANSLATE_NOOP("Kinds", "exit plan"))
MEASURES = Table(m.Measure, "measures", QT_TRANSLATE_NOOP("Kinds", "measure"))
FOLLOW_UPS = Table(m.FollowUp, "follow_ups", QT_TRANSLATE_NOOP("Kinds", "follow-up"))
RELATIVE_SUPPORTS = Table(
    m.RelativeSupport, "relative_supports", QT_TRANSLATE_NOOP("Kinds", "relative support")
)
RELATIVE_SUPPORT_CONTACTS = Table(
    m.RelativeSupportContact,
    "relative_support_contacts",
    QT_TRANSLATE_NOOP("Kinds", "relative support contact"),
)
DISCLOSURES = Table(m.Disclosure, "disclosures", QT_TRANSLATE_NOOP("Kinds", "disclosure"))
INCIDENTS = Table(m.Incident, "incidents", QT_TRANSLATE_NOOP("Kinds", "incident"))
PLAN_REVISIONS = Table(
    m.PlanRevision, "plan_revisions", QT_TRANSLATE_NOOP("Kinds", "plan revision")
)

ALL_TABLES: tuple[Table[Any], ...] = (
    CASES, LEVEL_CHANGES, PERSONS, CASE_PARTICIPANTS, ORGANISATIONS, CONTACTS, NOTES,
    SITUATION_ENTRIES, GROUPS, GROUP_MEMBERSHIPS, MEETINGS, MEETING_ATTENDEES, AGENDA_ITEMS,
    MEETING_ACTIONS, EXIT_PLANS, MEASURES, FOLLOW_UPS, RELATIVE_SUPPORTS,
    RELATIVE_SUPPORT_CONTACTS, DISCLOSURES, INCIDENTS, PLAN_REVISIONS,
)  # fmt: skip
_BY_CLASS: dict[type, Table[Any]] = {table.cls: table for table in ALL_TABLES}


def table_for(cls: type[T]) -> Table[T]:
    """The table a domain class is stored in (``KeyError`` for a class that has none)."""
    return cast("Table[T]", _BY_CLASS[cls])


def with_persons(
    conn: Connection,
    table: Table[T],
    where: str,
    params: tuple[object, ...],
    first: Callable[[T], int] = lambda _link: 0,
) -> list[tuple[T, m.Person]]:
    """The rows of ``table`` (``link.*``, a table with a ``person_id``) that match ``where``,
    each with its person: by ``first``, then family and given name (the Swedish keys, hence
    sorted here: a case or a meeting has a handful of people), then row id."""
    rows = conn.execute(
        f"SELECT {table.select_list('link')}, {PERSONS.select_list('p')} "
        f"FROM {table.name} AS link JOIN persons AS p ON p.id = link.person_id WHERE {where}",
        params,
    ).fetchall()
    pairs = [(link, PERSONS.from_row(person)) for link, person in map(table.split_row, rows)]
    pairs.sort(
        key=lambda pair: (
            first(pair[0]),
            title_sort_key(pair[1].family_name),
            title_sort_key(pair[1].given_name),
            getattr(pair[0], "id", None) or 0,
        )
    )
    return pairs


def counts(conn: Connection) -> dict[str, int]:
    """Rows per domain table, for ``info`` and restore checks. Numbers only, never content."""
    return {
        table.name: int(conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0])
        for table in ALL_TABLES
    }
