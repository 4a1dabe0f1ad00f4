"""The living plan in the search box (schema version 10): an activity at the general level, a
commitment of the action plan and a revision of the plan are found by a word typed in the
search field, each under a heading of its own, and Enter on the hit opens that record's form
where the plan's windows keep it. Reading the plan is not logged: the search is the one
audited act."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_search_all_gui import _plain, _search  # the same typing and reading of the popup

from kopingplan.domain import model as m
from kopingplan.gui.plan.activity_dialog import ActivityDialog
from kopingplan.gui.plan.commitments import CommitmentDialog
from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
from kopingplan.services import activities, plan
from kopingplan.storage import audit

from gui_helpers import open_main_window

pytestmark = pytest.mark.gui


@pytest.fixture
def records(session: Any) -> dict[str, int]:
    activity = activities.add_activity(
        session,
        m.Activity(
            date(2026, 10, 14), m.ActivityKind.DIALOGUE, "Dialog med moskén",
            description="Samtal om kvällarna vid Fritidsgården",
        ),
    )  # fmt: skip
    activities.add_activity(  # listed first: held later
        session, m.Activity(date(2026, 11, 2), m.ActivityKind.TRAINING, "Utbildning i skolan")
    )
    revision = plan.add_revision(
        session,
        m.PlanRevision(
            1, date(2026, 3, 2), "Kommunfullmäktige", "Planen mot våldsbejakande extremism.",
            "Nytt avsnitt om Kyrkskolan",
        ),
    )  # fmt: skip
    newer = plan.add_revision(  # listed first in the plan's window
        session, m.PlanRevision(2, date(2026, 9, 1), "Kommunfullmäktige", "Andra planen.")
    )
    commitment = plan.add_commitment(
        session, m.Commitment(int(revision.id or 0), "Unggruppen träffas på Bokcaféet varje månad")
    )
    return {
        "activity": int(activity.id or 0), "newer": int(newer.id or 0),
        "plan_revision": int(revision.id or 0), "commitment": int(commitment.id or 0),
    }  # fmt: skip


@pytest.fixture
def window(
    records: dict[str, int], controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> Any:
    return open_main_window(controller, qtbot, session, vault_paths)


def _audit_actions(window: Any) -> list[str]:
    """Every action in the access log, oldest first."""
    return [row.action for row in reversed(audit.entries(window.session.vault.conn, limit=-1))]


def _shown(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.mark.parametrize(
    ("word", "kind", "heading", "day", "form"),
    [
        ("moskén", "activity", "Activities at the general level (1)", "2026-10-14", ActivityDialog),
        ("bokcaféet", "commitment", "Commitments of the action plan (1)", "2026-03-02",
         CommitmentDialog),
        ("kyrkskolan", "plan_revision", "Revisions of the action plan (1)", "2026-03-02",
         PlanRevisionDialog),
    ],
)  # fmt: skip
def test_a_hit_of_the_plan_shows_under_its_heading_and_enter_opens_its_form(
    window: Any, records: dict[str, int], word: str, kind: str, heading: str, day: str, form: type
) -> None:
    before = _audit_actions(window)
    results = _search(window, word)
    assert [_plain(h) for h in results.headings()] == [heading]
    assert [(h.kind, h.id) for h in results.hits()] == [(kind, records[kind])]
    line = _plain(results.tree.topLevelItem(0).child(0).text(0))
    assert line.startswith(day) and word in line.lower()
    assert results.tree.currentItem() is results.tree.topLevelItem(0).child(0)
    QTest.keyClick(results.tree, Qt.Key.Key_Return)
    assert not results.isVisible()
    [opened] = _shown(form)
    assert opened.record is not None and opened.record.id == records[kind]
    if kind == "commitment":  # over the plan's window, on the revision it belongs to
        assert opened.revision.id == records["plan_revision"]
    # Its row is chosen in the list under the form, not the one listed first.
    if kind == "activity":
        listed = window.activity_actions.open_list()
        row = listed.activity_at(listed.ui.activityTable.currentIndex())
        assert row.id == records["activity"]
    else:
        listed = window.plan_actions.open_plan()
        row = listed.revision_at(listed.ui.revisionTable.currentIndex())
        assert row.id == records["plan_revision"]
    # The search is audited; opening the plan's record is not (reading the plan is not logged).
    assert _audit_actions(window)[len(before) :] == ["vault.search"]


def test_the_plans_headings_are_swedish(window: Any, tmp_path: Any) -> None:
    window.ui.actionSwedish.trigger()
    try:
        results = _search(window, "fritidsgården")
        assert [_plain(h) for h in results.headings()] == ["Aktiviteter på generell nivå (1)"]
        results.close()
        results = _search(window, "planen")
        assert [_plain(h) for h in results.headings()] == ["Revisioner av handlingsplanen (2)"]
        results.close()
        results = _search(window, "unggruppen")
        assert [_plain(h) for h in results.headings()] == ["Åtaganden i handlingsplanen (1)"]
        assert results.grab().save(str(tmp_path / "search_plan_sv.png"))
    finally:
        window.ui.actionEnglish.trigger()
