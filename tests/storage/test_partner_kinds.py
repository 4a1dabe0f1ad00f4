"""Schema v9 rebuilds organisations and groups for their new kinds (issue 18): not one row that
refers to them is lost or blanked, foreign keys are enforced again afterwards, and the new
kinds are stored while a nameless 'other' group is refused."""

from __future__ import annotations

import pytest
import sqlcipher3

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import InvalidInput
from kopingplan.storage import migrations

REFERRING = (
    "SELECT count(*) FROM persons WHERE organisation_id = 1",
    "SELECT count(*) FROM group_memberships WHERE group_id = 1 AND organisation_id = 1",
    "SELECT count(*) FROM meetings WHERE group_id = 1",
    "SELECT count(*) FROM cases WHERE responsible_group_id = 1",
)


@pytest.fixture
def at_v8() -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn, 8)
    conn.executescript(
        """
        INSERT INTO organisations (id, name, kind, own_unit)
            VALUES (1, 'Västra skolan', 'school', 0);
        INSERT INTO persons (id, given_name, family_name, organisation_id)
            VALUES (1, 'Maja', 'Mentorsson', 1);
        INSERT INTO groups (id, name, kind) VALUES (1, 'Insatsgrupp Väst', 'intervention_group');
        INSERT INTO group_memberships (group_id, role, from_date, organisation_id)
            VALUES (1, 'Skolan', '2026-01-01', 1);
        INSERT INTO meetings (group_id, starts_at)
            VALUES (1, '2026-02-03T09:00:00.000000+00:00');
        INSERT INTO cases
            (id, title, title_key, level, orientation, opened_on, responsible_group_id)
            VALUES (1, 'Adam', 'adam', 'individual', 'right', '2026-01-05', 1);
        """
    )  # fmt: skip
    return conn


def test_every_row_that_refers_to_a_rebuilt_table_stays(at_v8: sqlcipher3.Connection) -> None:
    before = [at_v8.execute(q).fetchone()[0] for q in REFERRING]
    assert before == [1, 1, 1, 1]
    assert migrations.migrate(at_v8) == list(range(9, migrations.LATEST + 1))
    assert [at_v8.execute(q).fetchone()[0] for q in REFERRING] == before
    assert at_v8.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # enforced again
    assert at_v8.execute("PRAGMA foreign_key_check").fetchall() == []
    # And enforced for real: a group with meetings cannot be deleted (RESTRICT).
    with pytest.raises(sqlcipher3.IntegrityError):
        at_v8.execute("DELETE FROM groups WHERE id = 1")


def test_the_new_kinds_are_stored_and_other_needs_its_name(at_v8: sqlcipher3.Connection) -> None:
    migrations.migrate(at_v8)
    at_v8.execute(
        "INSERT INTO organisations (name, kind) VALUES ('Frivården Västerås', 'probation')"
    )
    at_v8.execute("INSERT INTO groups (name, kind) VALUES ('SSPF Köping', 'sspf')")
    at_v8.execute(
        "INSERT INTO groups (name, kind, kind_name)"
        " VALUES ('Trygga Köping', 'other', 'Trygghetsråd')"
    )
    with pytest.raises(sqlcipher3.IntegrityError):
        at_v8.execute("INSERT INTO groups (name, kind) VALUES ('Namnlös', 'other')")
    with pytest.raises(InvalidInput) as refused:
        rules.validate(m.Group("Namnlös", m.GroupKind.OTHER))
    assert refused.value.field == "kind_name"
    rules.validate(m.Group("Trygga Köping", m.GroupKind.OTHER, kind_name="Trygghetsråd"))
