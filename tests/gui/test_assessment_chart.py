"""The case window's chart of the exit plan's assessment across revisions (issue 17).

A coordinator opening "Exit and relatives" on a case whose plan was revised sees, beside the
plan in force, how motivation and needs went from one revision to the next, and in words what
stands out. One revision has nothing to compare, so no chart is shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.storage import audit

from gui_helpers import add_cases, unlock

pytestmark = pytest.mark.gui

A, N = m.PracticalArea, m.NeedStatus


def _plan(session: Any, case_id: int, revision: int, motivation: int, needs: dict, before=None):
    return session.save(
        m.ExitPlan(
            case_id,
            datetime(2026, 2 * revision, 6, 10, tzinfo=UTC),
            revision=revision,
            motivation=motivation,
            practical_needs=tuple(m.PracticalNeed(a, s) for a, s in needs.items()),
            social_items=(
                m.SocialItem(m.SocialKind.FRIEND, "Gamla gänget", m.Influence.PULLS_BACK),
            ),
            supersedes_id=before,
        )
    )


@pytest.fixture
def cases(session: Any) -> dict[str, int]:
    revised, single = add_cases(session, [("Adam i Centrum", "individual"), ("Bea", "individual")])
    first = _plan(session, revised, 1, 4, {A.HOUSING: N.PRESENT, A.HEALTH: N.UNKNOWN})
    second = _plan(
        session,
        revised,
        2,
        2,
        {A.HOUSING: N.PRESENT, A.HEALTH: N.UNKNOWN, A.ECONOMY: N.NOT_PRESENT},
        before=first.id,
    )
    _plan(session, single, 1, 3, {A.HOUSING: N.PRESENT})
    return {"revised": revised, "single": single, "plan": second.id}


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any, cases: Any) -> Any:
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def test_a_revised_plan_shows_its_trend_and_says_what_stands_out(
    window: Any, qtbot: Any, cases: Any, tmp_path: Any
) -> None:
    view = window.open_case(cases["revised"])
    qtbot.waitExposed(view)
    view.ui.tabs.setCurrentWidget(view.ui.supportTab)
    chart = view.support.chart
    assert chart is not None and chart.isVisible()
    words = chart.findings.text()
    assert "Motivation has fallen from 4 to 2" in words
    assert "Needs in the last two revisions: Housing." in words
    assert "Not assessed in the last two revisions: Health" in words
    assert chart.grid.accessibleDescription() == words  # what the picture shows, for a reader
    # The chart and every line under it fit the tab: nothing is cut at the window's size.
    qtbot.waitUntil(
        lambda: chart.findings.height() >= chart.findings.heightForWidth(chart.findings.width())
    )
    assert chart.grid.height() >= chart.grid.sizeHint().height()
    view.grab().save(str(tmp_path / "assessment.png"))
    # Reading the older revisions is part of opening the plan, not another act.
    rows = audit.entries(window.session.vault.conn, action="exit_plans.view", limit=-1)
    assert [r.entity_id for r in rows] == [cases["plan"]]


def test_a_single_revision_shows_no_chart(window: Any, qtbot: Any, cases: Any) -> None:
    view = window.open_case(cases["single"])
    view.ui.tabs.setCurrentWidget(view.ui.supportTab)
    assert view.support.chart is None or not view.support.chart.isVisible()


def test_the_chart_speaks_swedish_after_a_language_switch(
    window: Any, qtbot: Any, cases: Any, controller: Any
) -> None:
    view = window.open_case(cases["revised"])
    view.ui.tabs.setCurrentWidget(view.ui.supportTab)
    controller.set_language("sv")
    words = view.support.chart.findings.text()
    assert "Motivationen har sjunkit från 4 till 2" in words
    assert "Boende" in words
