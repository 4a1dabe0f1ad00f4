"""Working groups from the "Meetings" section: a new group, its members added, a seat handed
over and a membership ended, with the history showing who belonged when; driven as a user
would, checked in the tables the user reads and in the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model as m
from kopingplan.gui.common.record_form import set_date
from kopingplan.services import meetings

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")


@pytest.fixture
def meetings_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """No group yet; three professionals (two at organisations) in the registry."""
    school = session.save(m.Organisation("Barn och utbildning", m.OrganisationKind.SCHOOL))
    police = session.save(m.Organisation("Polisen", m.OrganisationKind.POLICE))
    session.save(m.Person(given_name="Anna", family_name="Lindqvist", organisation_id=school.id))
    session.save(m.Person(given_name="Omar", family_name="Said", organisation_id=police.id))
    session.save(m.Person(given_name="Karin", family_name="Berg"))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    window.show_section(window.ui.sectionStack.indexOf(window.meetings_page))
    return window


def _save(dialog: Any, qtbot: Any) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _rows(table: Any) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _new_group(window: Any, qtbot: Any, name: str) -> None:
    page = window.meetings_page
    qtbot.mouseClick(page.ui.newGroupButton, Qt.MouseButton.LeftButton)
    dialog = page.group_window.window
    assert dialog.ui.headingLabel.text() == "New group"
    type_text(dialog.ui.nameEdit, name)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findText("Youth group"))
    _save(dialog, qtbot)
    assert not dialog.isVisible()


def _add_member(members: Any, qtbot: Any, find: str, role: str, since: date) -> Any:
    qtbot.mouseClick(members.ui.addButton, Qt.MouseButton.LeftButton)
    form = members._form
    type_text(form.ui.findEdit, find)
    type_text(form.ui.roleEdit, role)
    set_date(form.ui.fromEdit, since)
    _save(form, qtbot)
    return form


def test_a_new_group_gets_members_and_a_seat_changes_hands(
    meetings_window: Any, qtbot: Any, controller: Any
) -> None:
    window = meetings_window
    page = window.meetings_page
    assert not page.ui.membersButton.isEnabled()  # no group yet
    _new_group(window, qtbot, "Unggruppen Centrum")
    assert page.ui.groupCombo.currentText() == "Unggruppen Centrum"
    (group,) = meetings.groups(controller.session)
    assert group.kind is m.GroupKind.YOUTH_GROUP

    qtbot.mouseClick(page.ui.membersButton, Qt.MouseButton.LeftButton)
    members = page.members_window.window
    assert members.ui.headingLabel.text() == "Members of Unggruppen Centrum"
    form = _add_member(members, qtbot, "Lindq", "BoU", date(2025, 1, 1))
    assert form.ui.organisationCombo.currentText() == "Barn och utbildning"  # where she works
    _add_member(members, qtbot, "Omar", "Polisen", date(2025, 1, 1))
    assert _rows(members.ui.memberTable) == [
        ["Anna Lindqvist", "Barn och utbildning", "BoU", "2025-01-01"],
        ["Omar Said", "Polisen", "Polisen", "2025-01-01"],
    ]
    assert sorted(page.ui.membersList.item(r).text() for r in range(2)) == [
        "Anna Lindqvist (Barn och utbildning) — BoU",
        "Omar Said (Polisen) — Polisen",
    ]

    # Karin takes Anna's seat from 1 February 2026: same role, same organisation.
    members.ui.memberTable.selectRow(0)
    qtbot.mouseClick(members.ui.handOverButton, Qt.MouseButton.LeftButton)
    hand_over = members._form
    assert hand_over.ui.headingLabel.text() == "Hand over the seat of Anna Lindqvist (BoU)"
    assert not hand_over.ui.roleEdit.isEnabled()
    type_text(hand_over.ui.findEdit, "Karin")
    set_date(hand_over.ui.fromEdit, date(2026, 2, 1))
    SHOTS.mkdir(exist_ok=True)
    hand_over.grab().save(str(SHOTS / "group_hand_over.png"))
    _save(hand_over, qtbot)
    assert not hand_over.isVisible()

    current = _rows(members.ui.memberTable)
    assert ["Karin Berg", "Barn och utbildning", "BoU", "2026-02-01"] in current
    assert all(row[0] != "Anna Lindqvist" for row in current)
    assert _rows(members.ui.historyTable) == [
        ["Anna Lindqvist", "Barn och utbildning", "BoU", "2025-01-01", "2026-01-31"],
        ["Omar Said", "Polisen", "Polisen", "2025-01-01", ""],
        ["Karin Berg", "Barn och utbildning", "BoU", "2026-02-01", ""],
    ]
    assert group.id is not None
    on_day = meetings.members(controller.session, group.id, date(2026, 1, 31))
    assert {row.person_name for row in on_day} == {"Anna Lindqvist", "Omar Said"}

    # Omar leaves after 30 June 2026.
    omar_row = [row[0] for row in _rows(members.ui.memberTable)].index("Omar Said")
    members.ui.memberTable.selectRow(omar_row)
    set_date(members.ui.lastDayEdit, date(2026, 6, 30))
    qtbot.mouseClick(members.ui.endButton, Qt.MouseButton.LeftButton)
    assert members.ui.messageLabel.text() == ("Omar Said belongs to the group until 2026-06-30.")
    assert ["Omar Said", "Polisen", "Polisen", "2025-01-01", "2026-06-30"] in _rows(
        members.ui.historyTable
    )
    members.resize(780, 560)
    members.grab().save(str(SHOTS / "group_members.png"))


def test_a_hand_over_must_come_after_the_seat_was_taken(
    meetings_window: Any, qtbot: Any, controller: Any
) -> None:
    window = meetings_window
    page = window.meetings_page
    _new_group(window, qtbot, "Insatsgrupp Öst")
    page.open_members()
    members = page.members_window.window
    _add_member(members, qtbot, "Omar", "Polisen", date(2026, 3, 1))
    members.ui.memberTable.selectRow(0)
    hand_over = members.hand_over()
    type_text(hand_over.ui.findEdit, "Omar")  # the person who holds the seat already
    set_date(hand_over.ui.fromEdit, date(2026, 3, 1))
    _save(hand_over, qtbot)
    assert hand_over.isVisible()
    assert hand_over.shown_problem("person_id") == "Already holds this seat."
    assert hand_over.shown_problem("from_date") == (
        "Must be later than the day the seat was taken."
    )
    assert page.group_id is not None
    history = meetings.membership_history(controller.session, page.group_id)
    assert [row.membership.to_date for row in history] == [None]  # nothing changed


def test_a_group_is_named_before_it_is_saved_and_can_be_renamed(
    meetings_window: Any, qtbot: Any, controller: Any
) -> None:
    page = meetings_window.meetings_page
    dialog = page.new_group()
    type_text(dialog.ui.nameEdit, "x")
    dialog.ui.nameEdit.clear()  # touched, then emptied: the problem shows as you type
    assert dialog.shown_problem("name") == "Must be filled in."
    type_text(dialog.ui.nameEdit, "Insatsgrupp Väst")
    type_text(dialog.ui.descriptionEdit, "Specifik och individinriktad nivå")
    assert dialog.shown_problem("name") == ""
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "group_dialog.png"))
    _save(dialog, qtbot)

    edit = page.edit_group()
    assert edit.ui.headingLabel.text() == "Edit group"
    assert edit.ui.kindCombo.currentText() == "Intervention group"
    edit.ui.nameEdit.selectAll()
    type_text(edit.ui.nameEdit, "Insatsgrupp Väster")
    _save(edit, qtbot)
    assert page.ui.groupCombo.currentText() == "Insatsgrupp Väster"
    (group,) = meetings.groups(controller.session)
    assert group.description == "Specifik och individinriktad nivå"


def test_locking_closes_the_group_forms_and_keeps_nothing(
    meetings_window: Any, qtbot: Any, controller: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    window = meetings_window
    page = window.meetings_page
    _new_group(window, qtbot, "Unggruppen")
    members = page.open_members()
    assert members is not None
    form = members.add_member()
    type_text(form.ui.roleEdit, "Fältassistent")
    group_form = page.new_group()
    type_text(group_form.ui.nameEdit, "Halvfärdig grupp")

    controller.lock()
    assert controller.locked
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]
    assert members.session is None and form.session is None
    window = unlock(controller, qtbot)
    assert [bar for bar in window.notices() if bar.key == "drafts"] == []
    assert [g.name for g in meetings.groups(controller.session)] == ["Unggruppen"]
