"""The lägesbild's overall assessments have a retention kind of their own (issue 18): listed
when five years have passed since the period (or its latest correction), not a day before;
deleted for good with their earlier versions and their words in the search index; kept with
a reason; their period a setting like the others; a "keep" decision goes with the record."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from test_retention import _traces

from kopingplan import errors
from kopingplan.services import retention, situation
from kopingplan.services.retention import RetentionKind, RetentionPolicy
from kopingplan.services.session import Session
from kopingplan.storage import audit

TODAY = date(2026, 11, 1)
MARKER = "Qzvbedömningsmarkör"
KIND = RetentionKind.SITUATION_ASSESSMENT


def _written(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def _due(session: Session, today: date = TODAY) -> set[tuple[str, int]]:
    return {(item.kind.value, item.id) for item in retention.review_list(session, today)}


@pytest.fixture
def old(session: Session) -> dict[str, int]:
    # The period ended 2021-06-30, written on its last day: due on 2026-06-30.
    first = situation.add_assessment(
        session, date(2021, 1, 1), date(2021, 6, 30), f"Lugnt i Ängen. {MARKER}",
        now=_written(date(2021, 6, 30)),
    )  # fmt: skip
    # As old a period, but corrected in 2022: counted from the correction (due 2027-01-10).
    corrected = situation.add_assessment(
        session, date(2021, 1, 1), date(2021, 6, 30), "Oro vid busstationen.",
        now=_written(date(2021, 7, 2)),
    )  # fmt: skip
    situation.correct_assessment(
        session, int(corrected.id or 0), "Oro vid busstationen och torget.", reason="ny uppgift",
        now=_written(date(2022, 1, 10)),
    )  # fmt: skip
    return {"first": int(first.id or 0), "corrected": int(corrected.id or 0)}


def test_an_assessment_is_due_five_years_after_its_period_or_correction(
    session: Session, old: dict[str, int]
) -> None:
    assert retention.load_policy(session).months(KIND) == 60
    due = _due(session)
    assert (KIND.value, old["first"]) in due
    assert (KIND.value, old["corrected"]) not in due
    assert (KIND.value, old["first"]) not in _due(session, date(2026, 6, 29))
    assert (KIND.value, old["corrected"]) in _due(session, date(2027, 1, 10))
    [item] = [i for i in retention.review_list(session, TODAY) if i.kind is KIND]
    assert item.reference_on == date(2021, 6, 30) and item.due_on == date(2026, 6, 30)
    assert item.label.startswith("2021-01-01 – 2021-06-30: Lugnt i Ängen.")


def test_it_goes_for_good_with_its_versions_and_its_words(
    session: Session, old: dict[str, int]
) -> None:
    situation.correct_assessment(
        session, old["first"], f"Lugnt i Ängen, med en ny rad. {MARKER}", reason="rättning",
        now=_written(date(2021, 6, 30)),
    )  # fmt: skip
    assert _traces(session, MARKER) > 0
    report = retention.delete(session, [(KIND, old["first"])], today=TODAY)
    assert report.deleted[KIND.value] == 1
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM situation_assessment_versions WHERE record_id = ?",
                        (old["first"],)).fetchone()[0] == 0  # fmt: skip
    assert _traces(session, MARKER) == 0  # neither the text, its version nor its index words
    row = audit.entries(conn, action="retention.delete", limit=1)[0]
    assert row.entity == "situation_assessments" and row.entity_id == old["first"]
    assert row.details["removed"] == {"situation_assessment_versions": 1}
    assert MARKER not in str(row.details)


def test_it_is_kept_with_a_reason_and_the_decision_goes_with_it(
    session: Session, old: dict[str, int]
) -> None:
    retention.keep(session, KIND, old["first"], "Jämförs i nästa rapport", date(2027, 3, 1),
                   today=TODAY)  # fmt: skip
    assert (KIND.value, old["first"]) not in _due(session)
    assert (KIND.value, old["first"]) in _due(session, date(2027, 3, 1))
    with pytest.raises(errors.NotFound):  # refused, nothing written
        retention.keep(session, KIND, 999, "Finns inte", today=TODAY)
    with pytest.raises(retention.RetentionNotDue):  # not due yet: a deletion is refused
        retention.delete(session, [(KIND, old["corrected"])], today=TODAY)
    assert (
        session.vault.conn.execute("SELECT count(*) FROM situation_assessments").fetchone()[0] == 2
    )
    retention.delete(session, [(KIND, old["first"])], today=date(2027, 3, 1))
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM retention_decisions").fetchone()[0] == 0


def test_its_period_is_a_setting(session: Session, old: dict[str, int]) -> None:
    retention.save_policy(session, RetentionPolicy(situation_assessment_months=120))
    assert retention.load_policy(session).situation_assessment_months == 120
    assert (KIND.value, old["first"]) not in _due(session)
    row = audit.entries(session.vault.conn, action="retention.policy", limit=1)[0]
    assert row.details["months"]["situation_assessment"] == 120


def test_the_record_of_processing_names_its_period(session: Session) -> None:
    from kopingplan.services import accountability

    body = repr(accountability.processing_record(session).body)
    assert repr(("Samlade bedömningar av lägesbilden", "5 år", "efter perioden")) in body
