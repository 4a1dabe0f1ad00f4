"""The access log shows what a person opened, not how often a window was refreshed.

Opening a case, a person, an organisation or a case's exit plan is one audited act. A window
that shows its record again after a change made in it (three notes, a level moved, a person
added and taken out, the person's own details corrected) writes no further "opened" row: the
change has its own row. A case opened again after its window was closed is a new opening.
Real vault, the real windows driven with qtbot, the audit rows counted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kopingplan.domain import model as m

from gui_helpers import add_cases, click_save, open_main_window, opened_rows, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def filled(session: Any) -> dict[str, int]:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    plan = session.save(m.ExitPlan(case_id, datetime(2026, 3, 6, 10, tzinfo=UTC)))
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    mentor = session.save(m.Person("Maja", "Mentorsson", organisation_id=school.id))
    return {"case": case_id, "plan": plan.id, "person": mentor.id, "organisation": school.id}


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any, filled: Any) -> Any:
    return open_main_window(controller, qtbot, session, vault_paths)


_opened = opened_rows


_save = click_save


def _timeline_texts(view: Any) -> list[str]:
    tree = view.ui.timelineTree
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


def test_one_opening_however_often_the_case_changes_while_open(
    window: Any, qtbot: Any, filled: Any
) -> None:
    case_id = filled["case"]
    view = window.open_case(case_id)
    assert _opened(window, "cases.open", case_id) == 1

    for number in (1, 2, 3):
        qtbot.mouseClick(view.ui.noteButton, Qt.MouseButton.LeftButton)
        note = view._forms["note"]
        type_text(note.ui.textEdit, f"Anteckning {number} om frånvaron.")
        _save(qtbot, note)
    assert {f"Anteckning {n} om frånvaron." for n in (1, 2, 3)} <= set(_timeline_texts(view))

    qtbot.mouseClick(view.ui.levelButton, Qt.MouseButton.LeftButton)
    level = view._forms["case_level"]
    type_text(level.ui.reasonEdit, "Oron har ökat.")
    _save(qtbot, level)
    assert view.ui.levelValue.text() == "Individual"

    participant = view.open_form("participant")
    type_text(participant.ui.findEdit, "mentorsson")
    assert participant.ui.personCombo.currentText().startswith("Mentorsson, Maja")
    _save(qtbot, participant)
    assert view.ui.participantsTree.topLevelItem(0).text(0) == "Maja Mentorsson"
    ((added, _person),) = view.detail.participants
    removal = view.open_removal(added.id)
    type_text(removal.ui.reasonEdit, "Registrerad i fel ärende")
    assert removal.save()
    people = view.ui.participantsTree
    tops = [people.topLevelItem(n).text(0) for n in range(people.topLevelItemCount())]
    assert "Taken out of the case" in tops

    # The window showed every change; the log holds one opening, and a row per change.
    assert _opened(window, "cases.open", case_id) == 1
    assert _opened(window, "cases.level", case_id) == 1
    assert window.open_case(case_id) is view  # already open: brought forward, not opened
    assert _opened(window, "cases.open", case_id) == 1

    # Closed and opened again: that is a new opening.
    view.close()
    qtbot.waitUntil(lambda: not view.isVisible())
    again = window.open_case(case_id)
    assert again is not view
    assert _opened(window, "cases.open", case_id) == 2


def test_the_exit_plan_is_viewed_once_while_the_case_window_refreshes(
    window: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    view.ui.tabs.setCurrentWidget(view.ui.supportTab)
    assert _opened(window, "exit_plans.view", filled["plan"]) == 1
    for number in (1, 2):
        qtbot.mouseClick(view.ui.noteButton, Qt.MouseButton.LeftButton)
        note = view._forms["note"]
        type_text(note.ui.textEdit, f"Anteckning {number} med planen framme.")
        _save(qtbot, note)
    assert "Revision 1" in view.ui.exitPlanLabel.text()
    assert _opened(window, "exit_plans.view", filled["plan"]) == 1


def test_a_person_and_an_organisation_are_opened_once_while_corrected(
    window: Any, qtbot: Any, filled: Any
) -> None:
    person = window.windows.open_person(filled["person"])
    assert _opened(window, "persons.open", filled["person"]) == 1
    for phone in ("070-111 11 11", "070-222 22 22"):
        form = window.windows.edit("person", filled["person"])
        form.ui.phoneEdit.clear()
        type_text(form.ui.phoneEdit, phone)
        _save(qtbot, form)
        assert person.ui.phoneValue.text() == phone  # the window shows the correction
    assert _opened(window, "persons.open", filled["person"]) == 1
    assert _opened(window, "persons.update", filled["person"]) == 2

    organisation = window.windows.open_organisation(filled["organisation"])
    assert _opened(window, "organisations.open", filled["organisation"]) == 1
    form = window.windows.edit("organisation", filled["organisation"])
    form.ui.nameEdit.clear()
    type_text(form.ui.nameEdit, "Västra skolan F-9")
    _save(qtbot, form)
    assert organisation.ui.titleLabel.text() == "Västra skolan F-9"
    assert _opened(window, "organisations.open", filled["organisation"]) == 1
