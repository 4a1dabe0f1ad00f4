"""What a walk of the plan's window, the activities and the lägesbild's period assessments at
1366x768 found, checked as the coordinator sees it: a commitment's long "Carried out by" read
whole (its rows wrap, with room for Å Ä Ö), a group whose kind has parentheses named without
parentheses inside parentheses, the activity form's partners given room, the activities' title
column given room, and a period assessment chosen once it is saved."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget

from kopingplan.domain import model
from kopingplan.gui.common.text_room import accent_overflow
from kopingplan.services import activities, plan, situation

from gui_helpers import open_main_window, settle, type_text

pytestmark = pytest.mark.gui

LONG_NAMES = (
    "Dialogmöte med trossamfunden",
    "Barn och Utbildning, Köpings kommun",
    "Kultur och Fritid, Köpings kommun",
    "Social och Arbetsmarknad, Köpings kommun",
)


@pytest.fixture
def plan_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """A revision with a commitment carried out by many, and groups whose kinds differ."""
    revision = plan.add_revision(
        session, model.PlanRevision(1, date(2017, 9, 25), "Kommunfullmäktige", "Handlingsplan")
    )
    with session.batch("test.fill") as batch:
        youth = batch.add(model.Group("Unggruppen", model.GroupKind.YOUTH_GROUP))
        batch.add(model.Group("SSPF Köping", model.GroupKind.SSPF))
        batch.add(model.Group("Intervention group", model.GroupKind.INTERVENTION_GROUP))
        organisations = [
            batch.add(model.Organisation(name, model.OrganisationKind.MUNICIPALITY))
            for name in LONG_NAMES
        ]
    plan.add_commitment(
        session,
        model.Commitment(
            revision.id,
            "Personal i skola och fritid erbjuds grundutbildning vartannat år.",
            date(2026, 10, 28),
            (youth.id,),
            (),
            tuple(o.id for o in organisations),
        ),
    )
    plan.add_commitment(session, model.Commitment(revision.id, "Årlig Översyn av Ämnet"))
    window = open_main_window(controller, qtbot, session, vault_paths)
    dialog = window.plan_actions.open_plan()
    qtbot.waitExposed(dialog)
    dialog.resize(1100, 620)  # as on a 1366x768 laptop
    settle(qtbot)
    return dialog


def _needed_height(tree: QTreeWidget, row: int, column: int) -> int:
    """What the cell's text needs, wrapped at its column's width, with Å Ä Ö's room."""
    metrics = tree.fontMetrics()
    text = tree.topLevelItem(row).text(column)
    width = tree.header().sectionSize(column) - 8  # the style's margins, and some
    flags = int(Qt.TextFlag.TextWordWrap)
    wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
    return wrapped.height() + accent_overflow(metrics)


def test_a_commitments_rows_show_their_whole_text(plan_window: Any, qtbot: Any) -> None:
    tree = plan_window.commitments.tree
    carried = tree.topLevelItem(0).text(3)
    assert all(name in carried for name in LONG_NAMES)
    for row in range(tree.topLevelItemCount()):
        shown = tree.visualItemRect(tree.topLevelItem(row)).height()
        for column in (1, 3):
            assert shown >= _needed_height(tree, row, column), (row, column)
    # The window made narrower: the rows are laid out again at the new widths.
    plan_window.resize(900, 620)
    settle(qtbot)
    shown = tree.visualItemRect(tree.topLevelItem(0)).height()
    assert shown >= _needed_height(tree, 0, 3)


def test_a_groups_kind_in_parentheses_is_not_put_in_parentheses(
    plan_window: Any, qtbot: Any
) -> None:
    form = plan_window.commitments.open_record(None)
    qtbot.waitExposed(form)
    groups = form.ui.groupList
    shown = sorted(groups.item(i).text() for i in range(groups.count()))
    assert shown == [
        "Intervention group",  # its kind's words would only repeat its name
        "SSPF Köping – SSPF (school, social services, police, leisure)",
        "Unggruppen (Youth group)",
    ]


@pytest.fixture
def activities_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """As many partners as the demo vault's registry, and an activity with a long title."""
    with session.batch("test.fill") as batch:
        for number in range(18):
            batch.add(model.Organisation(f"Förening {number}", model.OrganisationKind.OTHER))
    activities.add_activity(
        session,
        model.Activity(
            date(2025, 1, 25),
            model.ActivityKind.DIALOGUE,
            "Grundutbildning om våldsbejakande extremism",
            target_group="Personal i skola och fritid",
        ),
    )
    window = open_main_window(controller, qtbot, session, vault_paths)
    dialog = window.activity_actions.open_list()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    return dialog


def test_the_activity_forms_partner_list_shows_more_than_four(
    activities_window: Any, qtbot: Any
) -> None:
    form = activities_window.open_activity(None)
    qtbot.waitExposed(form)
    settle(qtbot)
    partners = form.ui.partnerList
    assert partners.count() == 18
    rows = partners.viewport().height() // partners.sizeHintForRow(0)
    assert rows >= 7, rows


def test_the_activities_title_gets_the_room(activities_window: Any, qtbot: Any) -> None:
    table = activities_window.ui.activityTable
    header = table.horizontalHeader()
    for width in (activities_window.width(), 1200):  # as it opens, and at 1200 px
        activities_window.resize(width, activities_window.height())
        settle(qtbot)
        title = header.sectionSize(2)
        others = [header.sectionSize(c) for c in range(header.count()) if c != 2]
        assert title >= 250 and title > max(others), (width, title, others)
        assert header.length() <= table.viewport().width()  # nothing behind a scroll bar


@pytest.fixture
def assessments_panel(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """Assessments of twenty half-years, the latest first, in the Lägesbild section's tab."""
    for year in range(2016, 2026):
        for first, last in ((date(year, 1, 1), date(year, 6, 30)),
                            (date(year, 7, 1), date(year, 12, 31))):  # fmt: skip
            at = datetime(last.year, last.month, 28, 12, tzinfo=UTC)
            situation.add_assessment(session, first, last, f"Läget {first}", now=at)
    window = open_main_window(controller, qtbot, session, vault_paths)
    page = window.situation_page
    window.ui.sectionStack.setCurrentWidget(page)
    page.ui.tabs.setCurrentWidget(page.assessments)
    window.resize(1366, 768)
    settle(qtbot)
    return page.assessments


def test_a_saved_assessment_is_the_chosen_row(assessments_panel: Any, qtbot: Any) -> None:
    panel = assessments_panel
    tree = panel.tree
    assert tree.currentItem() is tree.topLevelItem(0)  # the latest period
    qtbot.mouseClick(panel.newButton, Qt.MouseButton.LeftButton)
    form = panel.open_dialog.window
    form.ui.firstDayEdit.setDate(QDate(2016, 7, 1))  # near the end of the list
    form.ui.lastDayEdit.setDate(QDate(2016, 12, 31))
    type_text(form.ui.textEdit, "Lugnt under perioden.")
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    settle(qtbot)
    chosen = tree.currentItem()
    assert chosen is not None and chosen.text(3) == "Lugnt under perioden."
    assert chosen.isSelected()
    assert panel.text.toPlainText() == "Lugnt under perioden."
    assert tree.viewport().rect().contains(tree.visualItemRect(chosen))  # scrolled to it


def test_the_assessments_rows_have_room_for_capital_a_ring(
    assessments_panel: Any, qtbot: Any
) -> None:
    tree = assessments_panel.tree
    metrics = tree.fontMetrics()
    needed = metrics.height() + accent_overflow(metrics)
    row = tree.visualItemRect(tree.topLevelItem(0)).height()
    assert row >= needed, (row, needed)
