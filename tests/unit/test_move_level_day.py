"""A level move dated before the case was opened is refused by the services themselves (not only
by the move's form): cases.move_case_level and a batch's move_case_level name the day's field
in the case rule's words and store nothing."""

from __future__ import annotations

from datetime import date

import pytest

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.services import cases
from kopingplan.services.session import Session

OPENED = date(2026, 3, 2)


def _case(session: Session) -> model.Case:
    return session.save(
        model.Case("Oro för elev", model.Level.SPECIFIC, model.Orientation.RIGHT, OPENED)
    )


def test_a_move_before_the_opening_day_is_refused_and_nothing_changes(session: Session) -> None:
    case = _case(session)
    assert case.id is not None
    with pytest.raises(errors.InvalidInput) as caught:
        cases.move_case_level(session, case.id, model.Level.INDIVIDUAL, "Skärpt", date(2026, 3, 1))
    assert (caught.value.field, caught.value.problem) == ("changed_on", rules.BEFORE_CASE_OPENED)
    opened = cases.open_case(session, case.id)
    assert opened.case.level is model.Level.SPECIFIC
    assert [c.from_level for c in opened.level_history] == [None]


def test_a_move_on_the_opening_day_is_stored(session: Session) -> None:
    case = _case(session)
    assert case.id is not None
    moved = cases.move_case_level(session, case.id, model.Level.INDIVIDUAL, "Skärpt", OPENED)
    assert moved.level is model.Level.INDIVIDUAL
    assert cases.open_case(session, case.id).level_history[-1].changed_on == OPENED


def test_a_batch_move_before_the_opening_day_is_refused(session: Session) -> None:
    case = _case(session)
    with pytest.raises(errors.InvalidInput) as caught, session.batch("test.fill") as batch:
        batch.move_case_level(case, model.Level.INDIVIDUAL, "Skärpt", date(2025, 1, 1))
    assert caught.value.field == "changed_on"
    assert caught.value.problem == rules.BEFORE_CASE_OPENED
    assert case.id is not None
    assert session.get(model.Case, case.id).level is model.Level.SPECIFIC
