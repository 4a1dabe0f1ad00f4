"""Hostile review of session 9's changes (helper 124): odd input that the new code must survive."""

from __future__ import annotations

from datetime import date

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.flows.export import DRAFT_KIND
from kopingplan.services import drafts
from kopingplan.services.session import Session

ORAL = "oral_disclosure"


def a_case(session: Session, title: str) -> int:
    case = session.save(m.Case(title, m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 2, 1)))
    assert case.id is not None
    return case.id


def stored(session: Session) -> set[tuple[str, str]]:
    return {(kind, ref) for kind, ref, _saved in drafts.list_drafts(session)}


def test_a_draft_naming_a_case_number_beyond_sqlites_integers_does_not_stop_a_deletion(
    session: Session,
) -> None:
    """A draft edited by hand (or damaged) may name a case id SQLite cannot bind: deleting a
    case (by hand, or at gallring) must still work, and such a draft names no case there is."""
    gone_case = a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", {"fields": {"case_ids": [2**70]}})
    drafts.save_draft(session, DRAFT_KIND, "case:x", {"fields": {"case_ids": [-(2**64)]}})

    session.delete(m.Case, gone_case)

    with pytest.raises(errors.NotFound):
        session.get(m.Case, gone_case)
    assert stored(session) == set()


def test_a_draft_naming_more_cases_than_sqlite_takes_in_one_query_does_not_stop_a_deletion(
    session: Session,
) -> None:
    """An oral disclosure's cases are typed (or pasted) by hand; 300,000 numbers are more
    than one statement may bind."""
    gone_case, kept_case = a_case(session, "Ärende Södra"), a_case(session, "Ärende Norra")
    typed = ", ".join(str(n) for n in range(100, 300_100))
    drafts.save_draft(session, ORAL, "new", {"values": {"cases": typed}})
    drafts.save_draft(session, ORAL, f"case:{kept_case}", {"values": {"cases": str(kept_case)}})

    session.delete(m.Case, gone_case)

    with pytest.raises(errors.NotFound):
        session.get(m.Case, gone_case)
    assert stored(session) == {(ORAL, f"case:{kept_case}")}
