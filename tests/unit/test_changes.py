"""What changed: every committed write tells the session which kinds of record it changed, from
its own audit rows; readings (an opening, a print) and rolled-back writes change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kopingplan.domain import model as m
from kopingplan.services import cases, search
from kopingplan.services.changes import Changes
from kopingplan.services.session import Session


def _case(session: Session) -> int:
    case = session.save(
        m.Case("Bertil i skolan", m.Level.SPECIFIC, m.Orientation.RIGHT, date(2026, 3, 2))
    )
    assert case.id is not None
    return case.id


def test_a_save_is_collected_with_its_kind_and_id(session: Session) -> None:
    session.changes.take()
    case_id = _case(session)
    note = session.save(m.Note(case_id, datetime(2026, 3, 3, 9, tzinfo=UTC), "Samtal."))

    changes = session.changes.take()

    assert changes.ids("cases") == {case_id}
    assert changes.ids("notes") == {note.id}
    assert not session.changes.take()  # taken once


def test_an_opening_a_reload_and_a_search_change_nothing(session: Session) -> None:
    case_id = _case(session)
    session.changes.take()

    cases.open_case(session, case_id)  # an audited reading ("cases.open")
    cases.reload_case(session, case_id)
    search.search(session, "Bertil")  # audited too ("vault.search"), with its number of hits

    assert not session.changes.take()


def test_a_write_that_is_rolled_back_changes_nothing(session: Session) -> None:
    session.changes.take()
    with pytest.raises(RuntimeError), session.vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        session_audit_row(session, conn)
        raise RuntimeError("refused")

    assert not session.changes.take()


def session_audit_row(session: Session, conn: object) -> None:
    from kopingplan.storage import audit

    audit.append(conn, session.actor, "cases.close", "cases", 1)


def test_the_collector_tells_its_listener_only_of_changes(session: Session) -> None:
    calls: list[int] = []
    session.changes.on_pending = lambda: calls.append(1)
    case_id = _case(session)
    cases.open_case(session, case_id)

    assert calls == [1]


def test_changes_merge_and_name_kinds_from_the_action_when_no_entity() -> None:
    rows = [
        ("exchange.legal_bases", "", None),
        ("cases.open", "cases", 4),
        ("notes.create", "notes", 2),
    ]
    changes = Changes.from_audit(rows).merged(Changes.of("notes", ids=[3]))

    assert changes.kinds == {"exchange", "notes"}
    assert changes.ids("notes") == {2, 3}
    assert changes.touches("cases", "notes") and not changes.touches("cases")
