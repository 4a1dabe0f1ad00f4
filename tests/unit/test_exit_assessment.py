"""The exit plan's assessment across revisions: what a coordinator should see at a glance."""

from __future__ import annotations

from datetime import UTC, datetime

from kopingplan.domain import model as m
from kopingplan.domain.exit_assessment import trend

A = m.PracticalArea
N = m.NeedStatus


def plan(revision: int, motivation: int | None, needs: dict[A, N], social=()) -> m.ExitPlan:
    return m.ExitPlan(
        case_id=1,
        created_at=datetime(2026, revision, 1, 9, tzinfo=UTC),
        revision=revision,
        motivation=motivation,
        practical_needs=tuple(m.PracticalNeed(a, s) for a, s in needs.items()),
        social_items=tuple(m.SocialItem(k, "x", i) for k, i in social),
    )


def test_one_revision_has_nothing_to_compare() -> None:
    result = trend([plan(1, 3, {A.HOUSING: N.PRESENT})])
    assert not result.comparable
    assert result.motivation_fell is None
    assert result.lasting_needs == () and result.unassessed == ()


def test_a_falling_motivation_is_seen_and_a_rising_one_is_not() -> None:
    assert trend([plan(1, 4, {}), plan(2, 2, {})]).motivation_fell == (4, 2)
    assert trend([plan(1, 2, {}), plan(2, 4, {})]).motivation_fell is None
    assert trend([plan(1, 4, {}), plan(2, None, {})]).motivation_fell is None
    # Only the latest step counts: a fall long ago that has been made up is not news.
    assert trend([plan(1, 5, {}), plan(2, 2, {}), plan(3, 3, {})]).motivation_fell is None


def test_a_need_in_the_last_two_revisions_is_lasting_and_a_met_one_is_not() -> None:
    plans = [
        plan(1, 3, {A.HOUSING: N.PRESENT, A.ECONOMY: N.PRESENT, A.HEALTH: N.UNKNOWN}),
        plan(2, 3, {A.HOUSING: N.PRESENT, A.ECONOMY: N.NOT_PRESENT, A.HEALTH: N.UNKNOWN}),
    ]
    result = trend(plans)
    assert result.lasting_needs == (A.HOUSING,)
    assert result.unassessed == (A.HEALTH,)
    assert result.areas == (A.HOUSING, A.HEALTH, A.ECONOMY)  # the vocabulary's order


def test_revisions_are_lined_up_oldest_first_and_only_the_latest_are_kept() -> None:
    plans = [plan(r, r % 5 + 1, {}) for r in (3, 1, 2, 8, 7, 6, 5, 4)]
    result = trend(plans, latest=6)
    assert [p.revision for p in result.points] == [3, 4, 5, 6, 7, 8]


def test_the_social_dimension_is_counted_per_revision() -> None:
    social = [
        (m.SocialKind.RELATIVE, m.Influence.SUPPORTS),
        (m.SocialKind.FRIEND, m.Influence.PULLS_BACK),
        (m.SocialKind.FRIEND, m.Influence.PULLS_BACK),
        (m.SocialKind.WORK, m.Influence.NEUTRAL),
    ]
    point = trend([plan(1, 3, {}, social)]).points[0]
    assert (point.supports, point.pulls_back) == (1, 2)
