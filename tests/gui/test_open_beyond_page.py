"""A record opened from outside its list (a search hit, a draft reopened after unlocking) is
also the chosen row of the list under its form, however far down the list it lies: lists read
their rows a page at a time (paged_model.PAGE_SIZE), and the row of a record past the first
page was not chosen, so closing the form left the coordinator, and the keyboard, at the top.
A record the list does not show (a filter hides it) leaves the choice as it was."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

from kopingplan.domain import model as m
from kopingplan.gui.common.paged_model import PAGE_SIZE
from kopingplan.gui.plan.activity_dialog import ActivityDialog
from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
from kopingplan.gui.shell import search_hits
from kopingplan.services import activities, agreements, plan, search

from gui_helpers import open_main_window

pytestmark = pytest.mark.gui

ROWS = PAGE_SIZE + 25  # more than one page: the oldest are on the second
FIRST_DAY = date(2019, 1, 1)
SCREENSHOT = Path("/tmp/kp-h132/activity_beyond_page.png")


@pytest.fixture
def oldest(session: Any) -> dict[str, int]:
    """ROWS activities a day apart and a newer one, listed newest first: the first made
    ("Aktivitet 000") is the last row, on the list's second page."""
    made = [
        activities.add_activity(
            session,
            m.Activity(
                FIRST_DAY + timedelta(days=number),
                m.ActivityKind.DIALOGUE,
                f"Aktivitet {number:03d}",
            ),
        )
        for number in range(ROWS)
    ]
    newest = activities.add_activity(
        session, m.Activity(date(2026, 3, 1), m.ActivityKind.TRAINING, "Utbildning i skolan")
    )
    return {"activity": int(made[0].id or 0), "newest": int(newest.id or 0)}


@pytest.fixture
def first_revision(session: Any) -> int:
    """ROWS revisions of the action plan, newest first: revision 1 is on the second page."""
    made = [
        plan.add_revision(
            session,
            m.PlanRevision(
                number + 1,
                FIRST_DAY + timedelta(days=number),
                "Kommunfullmäktige",
                f"Planen nr {number + 1}",
            ),
        )
        for number in range(ROWS)
    ]
    return int(made[0].id or 0)


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """The vault unlocked in the app (a test names its records' fixture before this one)."""
    return open_main_window(controller, qtbot, session, vault_paths)


def _current_text(table: QTableView, column: int) -> str:
    """The current row's text in ``column``, as the list shows it; "" without a current row."""
    index = table.currentIndex()
    return str(index.siblingAtColumn(column).data() or "") if index.isValid() else ""


def _in_view(table: QTableView, index: QModelIndex) -> bool:
    return table.viewport().rect().contains(table.visualRect(index))


def _chosen_rows(table: QTableView) -> list[int]:
    return [index.row() for index in table.selectionModel().selectedRows()]


def _search_hit(session: Any, word: str, kind: str) -> Any:
    """The hit the search box lists for ``word`` (the coordinator's Enter opens it)."""
    [hit] = search.search(session, word, kind=kind)
    return hit


@pytest.mark.parametrize("way", ["search", "draft"])
def test_an_activity_past_the_first_page_is_the_lists_chosen_row(
    oldest: dict[str, int], window: Any, way: str, qtbot: Any
) -> None:
    if way == "search":  # Enter on the hit in the search box
        form = search_hits.open_hit(window, _search_hit(window.session, "000", "activity"))
    else:  # a form left open at a lock, reopened after unlocking
        form = window.activity_actions.open_activity(oldest["activity"])
    assert isinstance(form, ActivityDialog) and form.record is not None
    assert form.record.id == oldest["activity"]
    listed = window.activity_actions.open_list()
    table = listed.ui.activityTable
    assert listed.model.total == ROWS + 1
    assert _current_text(table, 2) == "Aktivitet 000"  # the title
    assert _current_text(table, 0) == "2019-01-01"
    assert _chosen_rows(table) == [ROWS]  # the last row, chosen, not only framed
    assert _in_view(table, table.currentIndex())
    if way == "draft":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert listed.grab().save(str(SCREENSHOT))
    form.reject()
    qtbot.waitUntil(lambda: not form.isVisible())
    assert _current_text(table, 2) == "Aktivitet 000"  # the coordinator is still there


def test_an_activity_the_filter_hides_leaves_the_choice_as_it_was(
    oldest: dict[str, int], window: Any
) -> None:
    listed = window.activity_actions.open_list()
    year = listed.ui.yearFilter
    year.setCurrentIndex(year.findData(2026))  # only "Utbildning i skolan"
    assert _current_text(listed.ui.activityTable, 2) == "Utbildning i skolan"
    form = window.activity_actions.open_activity(oldest["activity"])
    assert isinstance(form, ActivityDialog) and form.record is not None
    assert form.record.id == oldest["activity"]  # still opened: the form is what was asked
    assert _current_text(listed.ui.activityTable, 2) == "Utbildning i skolan"
    form.reject()


def test_a_revision_past_the_first_page_is_the_plans_chosen_row(
    first_revision: int, window: Any
) -> None:
    """The action plan's list of revisions shares the list dialog: a draft of revision 1
    reopened after unlocking has revision 1 chosen under it, its text shown below."""
    form = window.plan_actions.open_revision(first_revision)
    assert isinstance(form, PlanRevisionDialog) and form.record is not None
    listed = window.plan_actions.open_plan()
    table = listed.ui.revisionTable
    assert listed.revision_at(table.currentIndex()).id == first_revision
    row_texts = [_current_text(table, c) for c in range(listed.model.columnCount())]
    assert "2019-01-01" in row_texts
    assert listed.ui.textView.toPlainText() == "Planen nr 1"
    assert _in_view(table, table.currentIndex())
    form.reject()


def test_an_agreement_opened_by_id_is_the_chosen_row_of_its_organisations_list(
    window: Any,
) -> None:
    """The short lists in a record's window share the opening: an agreement's draft reopened
    in its organisation's window has its row chosen there."""
    session = window.session
    partner = session.save(m.Organisation("Köpings IF", m.OrganisationKind.SPORTS_CLUB))
    made = [
        agreements.add_agreement(
            session,
            m.Agreement(int(partner.id or 0), m.AgreementKind.IOP, title, date(2026, 1, day)),
        )
        for day, title in ((5, "Nattvandring"), (6, "Läxhjälp"), (7, "Sommarlovsaktiviteter"))
    ]
    view = window.windows.open_organisation(int(partner.id or 0))
    form = view.agreements.open_record(made[1].id)
    assert form is not None and form.record.id == made[1].id
    current = view.agreements.tree.currentItem()
    assert current is not None and current.text(1) == "Läxhjälp"
    form.reject()


def test_the_table_scrolls_to_the_chosen_row(oldest: dict[str, int], window: Any) -> None:
    """Chosen through the list's own select (a save, a search hit): in view, at the middle."""
    listed = window.activity_actions.open_list()
    table = listed.ui.activityTable
    table.scrollTo(listed.model.index(0, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert listed.select(oldest["activity"])
    assert _in_view(table, table.currentIndex())
    assert not listed.select(-1)  # not in the list: nothing changes
    assert _current_text(table, 2) == "Aktivitet 000"
