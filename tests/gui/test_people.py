"""The "People and organisations" section as a user works with it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model
from kopingplan.domain.identity_number import luhn_check_digit

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

NUMBER = f"19900101-123{luhn_check_digit('900101123')}"


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
    session.save(model.Organisation("Åbyskolan", model.OrganisationKind.SCHOOL))
    for given, family, extra in (
        ("Örjan", "Öberg", {}),
        ("Åsa", "Åberg", {"organisation_id": police.id, "title": "kommunpolis"}),
        ("Adam", "Andersson", {"identity_number": NUMBER.replace("-", ""), "birth_year": 1990}),
        ("Zoran", "Zetterlund", {}),
    ):
        person = session.save(model.Person(given_name=given, family_name=family, **extra))
        if family == "Andersson":
            case = session.save(
                model.Case(
                    "Adams ärende", model.Level.SPECIFIC, model.Orientation.LEFT, date(2026, 1, 2)
                )
            )
            session.save(model.CaseParticipant(case.id, person.id, model.CaseRole.SUBJECT))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.show_section(opened.ui.sectionStack.indexOf(opened.people_page))
    return opened


def _column(table_model: Any, column: int) -> list[str]:
    return [
        table_model.data(table_model.index(r, column))
        for r in range(table_model.rowCount(QModelIndex()))
    ]


def _activate(qtbot: Any, table: Any, row: int) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)


def test_persons_in_swedish_order_and_filtered(window: Any, qtbot: Any) -> None:
    page = window.people_page
    assert window.ui.sectionStack.currentWidget() is page
    assert _column(page.persons, 0) == ["Andersson", "Zetterlund", "Åberg", "Öberg"]
    assert page.ui.personCount.text() == "4 persons"
    assert _column(page.persons, 4) == ["Yes", "", "", ""]  # that there is a number, not it

    type_text(page.ui.personFilter, "åsa åb")
    QTest.keyClick(page.ui.personFilter, Qt.Key.Key_Return)
    assert _column(page.persons, 0) == ["Åberg"]
    assert page.ui.personCount.text() == "1 person"
    page.ui.personFilter.clear()
    type_text(page.ui.personFilter, "19900101")
    QTest.keyClick(page.ui.personFilter, Qt.Key.Key_Return)
    assert _column(page.persons, 0) == ["Andersson"]


def test_a_person_opens_masked_and_shows_the_number_on_request(
    window: Any, qtbot: Any, controller: Any
) -> None:
    page = window.people_page
    _activate(qtbot, page.ui.personTable, 0)
    view = window.windows.open_person(page.persons.row(0).id)  # brought forward, same window
    assert view.ui.titleLabel.text() == "Adam Andersson"
    assert view.ui.identityValue.text() == "19900101-****"
    qtbot.mouseClick(view.ui.showIdentityButton, Qt.MouseButton.LeftButton)
    assert view.ui.identityValue.text() == NUMBER
    assert view.ui.showIdentityButton.text() == "&Hide"
    qtbot.mouseClick(view.ui.showIdentityButton, Qt.MouseButton.LeftButton)
    assert view.ui.identityValue.text() == "19900101-****"
    case_item = view.ui.casesTree.topLevelItem(0)
    assert [case_item.text(1), case_item.text(2)] == ["Adams ärende", "Subject of the case"]

    view.ui.casesTree.setCurrentItem(case_item)
    QTest.keyClick(view.ui.casesTree, Qt.Key.Key_Return)  # Enter opens the row
    assert [v.ui.titleLabel.text() for v in window.case_views] == ["Adams ärende"]
    rows = controller.session.vault.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'persons.open'"
    ).fetchone()
    assert rows == (1,)  # opened once; bringing it forward is no new reading


def test_new_person_with_an_identity_number(window: Any, qtbot: Any, controller: Any) -> None:
    page = window.people_page
    qtbot.mouseClick(page.ui.newPersonButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("person", None)]
    type_text(form.ui.givenEdit, "Märta")
    type_text(form.ui.familyEdit, "Ängström")
    assert form.ui.identityEdit.echoMode() == form.ui.identityEdit.EchoMode.Password
    type_text(form.ui.identityEdit, "19900101-1234")
    assert form.shown_problem("identity_number") == (
        "Is not a valid personal identity number or coordination number."
    )
    form.ui.identityEdit.clear()
    type_text(form.ui.identityEdit, NUMBER[2:])  # the short form, taken as Adam's number
    assert form.ui.birthYearSpin.value() == 1990  # filled in from the number
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.shown_problem("identity_number") == (
        "Belongs to another person in the vault already."
    )
    form.ui.identityEdit.clear()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "Ängström" in _column(page.persons, 0)
    assert _column(page.persons, 0)[-1] == "Öberg"  # Ä before Ö


def test_edit_a_person_from_the_view(window: Any, qtbot: Any, controller: Any) -> None:
    page = window.people_page
    view = window.windows.open_person(page.persons.row(3).id)
    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("person", view.person_id)]
    form.ui.phoneEdit.setText("070-174 06 55")
    form.save()
    assert view.ui.phoneValue.text() == "070-174 06 55"


def test_organisations_filtered_by_kind_and_their_people(window: Any, qtbot: Any) -> None:
    page = window.people_page
    page.ui.tabs.setCurrentIndex(1)
    assert _column(page.organisations, 0) == ["Polisen Köping", "Åbyskolan"]
    combo = page.ui.kindFilter
    combo.setCurrentIndex(combo.findData("school"))
    assert _column(page.organisations, 0) == ["Åbyskolan"]
    assert page.ui.organisationCount.text() == "1 organisation"
    combo.setCurrentIndex(0)

    _activate(qtbot, page.ui.organisationTable, 0)
    (view,) = [w for w in window.windows._views.values()]
    assert view.ui.titleLabel.text() == "Polisen Köping"
    assert view.ui.kindValue.text() == "Police"
    item = view.ui.peopleTree.topLevelItem(0)
    assert item.text(0) == "Åberg, Åsa"
    view.ui.peopleTree.setCurrentItem(item)
    QTest.keyClick(view.ui.peopleTree, Qt.Key.Key_Return)
    assert ("person", item.data(0, Qt.ItemDataRole.UserRole + 2)) in window.windows._views


def test_new_organisation(window: Any, qtbot: Any) -> None:
    page = window.people_page
    page.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.ui.newOrganisationButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("organisation", None)]
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("iop_partner"))
    type_text(form.ui.nameEdit, "Föreningen Mötesplats")
    form.save()
    assert _column(page.organisations, 0) == [
        "Föreningen Mötesplats",
        "Polisen Köping",
        "Åbyskolan",
    ]
    assert _column(page.organisations, 1)[0] == "IOP partner"


def test_locking_drops_the_lists_and_the_views(window: Any, controller: Any) -> None:
    page = window.people_page
    view = window.windows.open_person(page.persons.row(0).id)
    assert page.persons.cached_rows > 0
    controller.lock()
    assert page.persons.rowCount(QModelIndex()) == 0 and page.persons.cached_rows == 0
    assert page.organisations.cached_rows == 0
    assert page.ui.personTable.model() is None
    assert view.detail is None and view.session is None


def test_a_person_window_follows_an_organisation_set_and_removed_through_edit(
    window: Any, qtbot: Any
) -> None:
    """Report (session 7): the organisation's part showed only if the person had one when the
    window opened. The window reads the saved person again: set, then removed."""
    page = window.people_page
    view = window.windows.open_person(page.persons.row(1).id)  # Zoran: no organisation
    assert view.ui.titleLabel.text() == "Zoran Zetterlund"
    assert view.ui.organisationValue.text() == ""
    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("person", view.person_id)]
    combo = form.ui.organisationCombo
    assert combo.findText("Polisen Köping") > 0
    combo.setCurrentIndex(combo.findText("Polisen Köping"))
    form.save()
    assert view.ui.organisationValue.text() == "Polisen Köping"

    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("person", view.person_id)]
    form.ui.organisationCombo.setCurrentIndex(0)  # "(none)"
    assert form.ui.organisationCombo.currentData() is None
    form.save()
    assert view.ui.organisationValue.text() == ""
