"""Schema v9 moves the one-line agreement of v1 organisations ("agreement", "agreement until")
into v8's agreements, one row each, and drops the two columns (issue 18): the kind, title, note
and period are the ones the migration promises, agreements already there keep their ids, and
nothing else of the organisation is lost."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlcipher3

from kopingplan.domain import model as m
from kopingplan.storage import mapping, migrations
from kopingplan.storage import repositories as repo
from kopingplan.storage.repositories.activities import AGREEMENTS, agreements_of

MENTORS = "Mentorsstöd för unga\nTvå mentorer, kvällar och helger.\n"


def _v8(created_at: str | None) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn, 8)
    if created_at is not None:
        conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (created_at,))
    return conn


@pytest.fixture
def at_v8() -> sqlcipher3.Connection:
    """A vault made on 10 March 2026, with the old agreements of every shape, and one agreement
    of v8 already."""
    conn = _v8("2026-03-10T08:15:00+00:00")
    rows = [
        (1, "Mentorsnätverket Bron", "iop_partner", MENTORS, "2027-12-31", "Ring Lena"),
        (2, "Läxhjälpen", "civil_society", "IOP-avtal om läxhjälp", None, ""),
        (3, "IF Mälarvågen", "sports_club", "Hyresavtal för klubblokalen", "2025-06-30", ""),
        (4, "Västra skolan", "school", "", None, "Rektor: Eva"),
        (5, "Mälarbo Bostäder", "housing_company", "", "2028-06-30", ""),
        (6, "Tomma föreningen", "civil_society", "  \n ", None, ""),
    ]
    conn.executemany(
        "INSERT INTO organisations (id, name, kind, phone, agreement, agreement_until, notes,"
        " own_unit) VALUES (?, ?, ?, '0221-1', ?, ?, ?, 0)",
        rows,
    )
    conn.execute(
        "INSERT INTO agreements (id, organisation_id, kind, title, starts_on, ends_on)"
        " VALUES (1, 1, 'other', 'Lokalavtal', '2026-01-01', '2026-12-31')"
    )
    conn.execute(
        "INSERT INTO persons (id, given_name, family_name, organisation_id)"
        " VALUES (1, 'Lena', 'Mentorsson', 1)"
    )
    return conn


def _agreements(conn: sqlcipher3.Connection, organisation_id: int) -> list[m.Agreement]:
    return sorted(agreements_of(conn, organisation_id), key=lambda a: a.id or 0)


def test_each_old_agreement_becomes_one_agreement_with_its_period(
    at_v8: sqlcipher3.Connection,
) -> None:
    migrations.migrate(at_v8)
    kept, mentors = _agreements(at_v8, 1)
    assert (kept.id, kept.title, kept.ends_on) == (1, "Lokalavtal", date(2026, 12, 31))
    assert mentors.id is not None and mentors.id > 1  # after the agreements already there
    assert mentors == m.Agreement(
        1,
        m.AgreementKind.IOP,  # the organisation is an IOP partner
        "Mentorsstöd för unga",  # the first line
        date(2026, 3, 10),  # the day the vault was made
        date(2027, 12, 31),
        note=MENTORS.strip(),  # the whole text
        id=mentors.id,
    )
    (homework,) = _agreements(at_v8, 2)
    assert homework.kind is m.AgreementKind.IOP  # the text starts with "IOP"
    assert (homework.title, homework.starts_on, homework.ends_on) == (
        "IOP-avtal om läxhjälp",
        date(2026, 3, 10),
        None,
    )
    (rent,) = _agreements(at_v8, 3)
    assert rent.kind is m.AgreementKind.OTHER
    # It ended before the vault was made: it starts on 1 January of its last year.
    assert (rent.starts_on, rent.ends_on) == (date(2025, 1, 1), date(2025, 6, 30))
    assert _agreements(at_v8, 4) == []  # no agreement: none made up
    (end_only,) = _agreements(at_v8, 5)  # an end day without a text is not lost
    assert (end_only.title, end_only.note, end_only.ends_on) == ("Avtal", "", date(2028, 6, 30))
    assert _agreements(at_v8, 6) == []  # blanks only: no agreement
    assert at_v8.execute("SELECT count(*) FROM agreements").fetchone()[0] == 5
    # Open reminders, as any agreement's: none is marked done by the move.
    assert at_v8.execute(
        "SELECT count(*) FROM agreements WHERE reminder_done_on IS NOT NULL"
    ).fetchone() == (0,)


def test_the_columns_go_and_nothing_else_of_an_organisation_is_lost(
    at_v8: sqlcipher3.Connection,
) -> None:
    migrations.migrate(at_v8)
    columns = [row[1] for row in at_v8.execute("PRAGMA table_info(organisations)")]
    assert "agreement" not in columns and "agreement_until" not in columns
    organisations = {o.id: o for o in mapping.select(at_v8, repo.ORGANISATIONS)}
    assert len(organisations) == 6
    assert organisations[1] == m.Organisation(
        "Mentorsnätverket Bron", m.OrganisationKind.IOP_PARTNER, phone="0221-1",
        notes="Ring Lena", id=1,
    )  # fmt: skip
    assert organisations[4].notes == "Rektor: Eva"
    assert at_v8.execute("SELECT organisation_id FROM persons WHERE id = 1").fetchone() == (1,)
    assert at_v8.execute("PRAGMA foreign_key_check").fetchall() == []
    # A new organisation is stored without them, and its agreement by the agreements' table.
    new_id = mapping.insert(
        at_v8, repo.ORGANISATIONS, m.Organisation("Nattvandrarna", m.OrganisationKind.OTHER)
    )
    mapping.insert(
        at_v8, AGREEMENTS, m.Agreement(new_id, m.AgreementKind.OTHER, "Nattvandring", date.today())
    )
    assert [a.title for a in agreements_of(at_v8, new_id)] == ["Nattvandring"]


def test_search_finds_an_organisation_by_name_notes_and_its_moved_agreement(
    at_v8: sqlcipher3.Connection,
) -> None:
    migrations.migrate(at_v8)

    def found(word: str) -> list[tuple[str, int]]:
        return [(hit.kind, hit.id) for hit in repo.search(at_v8, word)]

    assert found("mentorsnätverket") == [("organisation", 1)]  # name
    assert found("lena") == [("person", 1), ("organisation", 1)]  # the person; the notes
    assert found("kvällar") == [("organisation", 1)]  # the moved agreement's note
    assert found("hyresavtal") == [("organisation", 3)]  # and its title
    assert found("rektor") == [("organisation", 4)]


def test_a_vault_without_a_creation_day_starts_the_agreement_on_the_day_it_moves() -> None:
    conn = _v8(None)
    conn.execute(
        "INSERT INTO organisations (id, name, kind, agreement)"
        " VALUES (1, 'Bron', 'iop_partner', 'Mentorer')"
    )
    migrations.migrate(conn)
    (agreement,) = agreements_of(conn, 1)
    assert agreement.starts_on == datetime.now(UTC).date()
    assert agreement.ends_on is None
