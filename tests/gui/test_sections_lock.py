"""Locking with every section in use leaves nothing behind; the sections follow the language."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from kopingplan.domain import model

from gui_helpers import add_cases, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    session.save(model.SituationEntry(date(2026, 1, 2), "Ängen", model.Orientation.RIGHT, "x", "y"))
    session.save(model.Incident(date(2026, 1, 2), model.IncidentKind.THREAT, "x", "Åke"))
    session.save(model.FollowUp(date.today(), "Ring skolan", case_id=case_id))
    org = session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    session.save(model.Person(given_name="Åsa", family_name="Åberg", organisation_id=org.id))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def test_locking_with_every_section_in_use(window: Any, controller: Any) -> None:
    people, situation = window.people_page, window.situation_page
    todo, incidents = window.todo_page, window.incidents_page
    for section in range(window.ui.sectionList.count()):
        window.show_section(section)
    situation.ui.tabs.setCurrentIndex(1)
    person = window.windows.open_person(people.persons.row(0).id)
    organisation = window.windows.open_organisation(people.organisations.row(0).id)
    entry_form = window.edit_record("situation_entry", situation.entries.row(0).id)
    incident_form = window.edit_record("incident", incidents.model.row(0).id)
    models = [people.persons, people.organisations, situation.entries, todo.model, incidents.model]
    assert all(m.rowCount(QModelIndex()) > 0 for m in models)
    assert situation.ui.currentTree.topLevelItemCount() > 0

    controller.lock()

    assert all(m.rowCount(QModelIndex()) == 0 and m.cached_rows == 0 for m in models)
    assert situation.ui.currentTree.topLevelItemCount() == 0
    assert situation.ui.milieuFilter.count() == 0  # milieu names come from the vault
    assert person.detail is None and organisation.detail is None
    assert entry_form.session is None and incident_form.session is None
    assert entry_form.ui.observationEdit.toPlainText() == ""
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        controller.unlock_dialog
    ]


def test_the_sections_follow_the_language(window: Any, controller: Any) -> None:
    people = window.people_page
    controller.set_language("sv")
    try:
        assert people.ui.headingLabel.text() == "Personer och organisationer"
        assert people.persons.headerData(0, _horizontal()) == "Efternamn"
        assert people.ui.personCount.text() == "1 person"
        assert window.situation_page.ui.tabs.tabText(1) == "Aktuell &bild"
        assert window.todo_page.ui.untilCombo.currentText() == "Den kommande veckan"
        assert window.incidents_page.ui.countLabel.text() == "1 händelse"
        assert window.incidents_page.model.data(window.incidents_page.model.index(0, 1)) == "Hot"
        assert window.case_list.ui.responsibleFilter.itemText(0) == "Alla"
        bar = next(bar for bar in window.notices() if bar.key == "due")
        assert bar.label.text() == "Att göra: 1 sak i dag; 0 försenade."
    finally:
        controller.set_language("en")
    assert people.ui.headingLabel.text() == "People and organisations"


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
