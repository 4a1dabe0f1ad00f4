"""One way to validate, as a user meets it in record forms and wizards: the message shows beside
the field typed in, nothing else on the form moves, required fields are marked, a disabled
Save or Next says what is missing, and Enter on a disabled button does nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
    QWizard,
)
from test_wizards_exit_plan import choose, page_ui

from kopingplan import i18n
from kopingplan.domain import model as m
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.cases.case_people import ParticipantDialog
from kopingplan.gui.people.person_edit import PersonEditDialog
from kopingplan.gui.situation.incidents_page import IncidentDialog
from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard
from kopingplan.gui.wizards.base import to_qdate

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")


@pytest.fixture
def swedish(gui: QApplication) -> Iterator[None]:
    before = QLocale()
    i18n.install_translators(gui, "sv")
    QLocale.setDefault(QLocale("sv_SE"))
    yield
    QLocale.setDefault(before)


def geometries(root: QWidget) -> dict[str, QRect]:
    """Where every visible widget of the form is, in the form's coordinates; the message lines
    and the status line themselves are left out (their text is what changes)."""
    QApplication.processEvents()
    found = {}
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name or not widget.isVisible() or name.endswith("Problem") or name == "blockerLabel":
            continue
        if name.startswith("qt_") or name.startswith("__qt__"):
            continue
        found[name] = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    return found


def shown_dialog(qtbot: Any, dialog: QDialog) -> QDialog:
    # Not given to qtbot: a record form deletes itself when it closes (WA_DeleteOnClose).
    dialog.resize(700, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save_button(dialog: Any) -> Any:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


# --- record forms ------------------------------------------------------------------------------


def test_a_record_form_says_what_is_missing_without_moving(qtbot: Any, session: Any) -> None:
    form: Any = shown_dialog(qtbot, CaseEditDialog(session, None))
    ui = form.ui
    save = save_button(form)

    # Required: marked in the caption, for screen readers, and explained by a legend.
    assert ui.titleLabel.text().endswith(" *")
    assert "Required." in ui.titleEdit.accessibleDescription()
    assert form.findChild(QLabel, "requiredLegend").text() == "* = must be filled in"
    assert not ui.summaryLabel.text().endswith("*")

    # Nothing typed yet: no complaint beside the field, but Save says why it is disabled.
    assert form.shown_problem("title") == ""
    assert not save.isEnabled()
    assert save.toolTip() == form.blocker == "Fill in: Title"

    before = geometries(form)
    type_text(ui.titleEdit, "x")
    QTest.keyClick(ui.titleEdit, Qt.Key.Key_Backspace)
    assert form.shown_problem("title") == "Must be filled in."
    assert "Must be filled in." in ui.titleEdit.accessibleDescription()
    assert geometries(form) == before  # the line under the field was there already

    # Enter on the disabled Save: nothing stored, the form stays.
    saved: list[Any] = []
    form.saved.connect(saved.append)
    QTest.keyClick(ui.titleEdit, Qt.Key.Key_Return)
    assert form.isVisible() and saved == []

    type_text(ui.titleEdit, "Åke på biblioteket")
    assert form.shown_problem("title") == "" and form.blocker == ""
    assert save.isEnabled() and save.toolTip() == ""
    assert geometries(form) == before
    form.close_for_lock()


def test_enter_on_a_disabled_save_stores_nothing(qtbot: Any, session: Any) -> None:
    form: Any = shown_dialog(qtbot, IncidentDialog(session, None))
    saved: list[Any] = []
    form.saved.connect(saved.append)
    type_text(form.ui.staffEdit, "Fältassistent Anna")
    assert not save_button(form).isEnabled()
    assert save_button(form).toolTip() == "Fill in: What happened"
    QTest.keyClick(form.ui.staffEdit, Qt.Key.Key_Return)
    QTest.keyClick(form, Qt.Key.Key_Enter)
    assert form.isVisible() and saved == []
    type_text(form.ui.descriptionEdit, "Hot via telefon")
    QTest.keyClick(form.ui.staffEdit, Qt.Key.Key_Return)
    assert len(saved) == 1 and saved[0].staff_member == "Fältassistent Anna"


def test_a_wrong_value_shows_beside_its_field_at_once(qtbot: Any, session: Any) -> None:
    form: Any = shown_dialog(qtbot, PersonEditDialog(session, None))
    ui = form.ui
    type_text(ui.givenEdit, "Märta")
    before = geometries(form)
    type_text(ui.identityEdit, "19900101-1234")
    assert form.shown_problem("identity_number") == (
        "Is not a valid personal identity number or coordination number."
    )
    assert form.shown_problem("given_name") == ""  # only the field that is wrong
    assert save_button(form).toolTip() == form.blocker == "Correct: Identity number"
    after = geometries(form)
    moved = [n for n in before if before[n] != after.get(n)]
    # The number's own line appears (it is not a required field); nothing above it moves.
    top = before["identityEdit"].bottom()
    assert [n for n in moved if before[n].top() <= top] == []
    ui.identityEdit.clear()
    assert form.shown_problem("identity_number") == "" and save_button(form).isEnabled()
    assert geometries(form) == after  # once shown, the line stays: no second jump
    form.close_for_lock()


def test_a_combo_box_is_asked_to_choose_not_to_be_a_number(qtbot: Any, session: Any) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    form: Any = shown_dialog(qtbot, ParticipantDialog(session, case_id))
    form.save()  # the unsaved-changes question's Save: every problem is shown
    assert form.shown_problem("person_id") == "Choose a value."
    assert save_button(form).toolTip().startswith("Fill in: ")
    form.close_for_lock()


# --- wizards -----------------------------------------------------------------------------------


def test_exit_plan_page_messages_do_not_move_the_fields(qtbot: Any, session: Any) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    wizard = ExitPlanWizard(session, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page: Any = wizard.currentPage()
    ui = page_ui(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert ui.situationLabel.text().endswith(" *") and not ui.needsLabel.text().endswith("*")
    assert not next_button.isEnabled()
    assert "Situation" in next_button.toolTip() and "Motivation to change" in next_button.toolTip()

    before = geometries(page)
    type_text(ui.milieuEdit, "x")
    QTest.keyClick(ui.milieuEdit, Qt.Key.Key_Backspace)
    type_text(ui.situationEdit, "Bor hos mamma")
    ui.situationEdit.selectAll()
    QTest.keyClick(ui.situationEdit, Qt.Key.Key_Delete)
    assert page.shown_problem(ui.milieuEdit) == "Must be filled in."
    assert page.shown_problem(ui.situationEdit) == "Must be filled in."
    assert page.shown_problem(ui.participantsEdit) == ""  # not touched: only named below
    assert geometries(page) == before

    # The motivation is a combo box: it is asked to choose, never "a number from 1 to 5".
    choose(ui.motivationCombo, "4 – clear")
    choose(ui.motivationCombo, "Choose…")
    assert page.shown_problem(ui.motivationCombo) == "Choose a value."
    assert "number" not in next_button.toolTip()

    # Enter with Next disabled: the wizard stays on the page and saves nothing.
    QTest.keyClick(ui.milieuEdit, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.startId() and not wizard.saved
    assert geometries(page) == before
    wizard.save_draft_and_close()  # closed while its session is open


def test_relative_support_next_says_why_and_enter_does_nothing(qtbot: Any, session: Any) -> None:
    wizard = RelativeSupportWizard(session, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page: Any = wizard.currentPage()
    ui = page_ui(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert ui.relationLabel.text().endswith(" *")
    assert next_button.toolTip() == (
        "Fill in: Anonymous, pseudonym, Relation to the person of concern"
    )
    before = geometries(page)
    QTest.keyClick(ui.relationEdit, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.startId()
    type_text(ui.pseudonymEdit, "Mamman i Kolsva")
    type_text(ui.relationEdit, "mamma")
    assert next_button.isEnabled() and next_button.toolTip() == ""
    assert geometries(page) == before
    QTest.keyClick(ui.relationEdit, Qt.Key.Key_Return)
    assert wizard.currentPage().PAGE == "worry"
    assert not next_button.isEnabled()  # the next page says why at once, too
    assert next_button.toolTip() == "Fill in: What worries them"
    wizard.save_draft_and_close()


def test_a_list_item_problem_shows_for_the_selected_item(qtbot: Any, session: Any) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    wizard = ExitPlanWizard(session, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    flow = wizard.flow
    flow.situation = flow.motivation_reason = flow.milieu_to_leave = "x"
    flow.assessment_participants = "x"
    flow.motivation = 3
    wizard.currentPage().initializePage()
    wizard.next()
    page: Any = wizard.currentPage()
    ui = page_ui(wizard)
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    type_text(ui.descriptionEdit, "x")
    QTest.keyClick(ui.descriptionEdit, Qt.Key.Key_Backspace)
    assert page.problem_text == "Fill in: Item 1 – Description, Item 2 – Description"
    assert page.shown_problem(ui.descriptionEdit) == "Must be filled in."
    assert ui.itemsTree.indexOfTopLevelItem(ui.itemsTree.currentItem()) == 1  # not jumped
    wizard.save_draft_and_close()


# --- to look at --------------------------------------------------------------------------------


def test_screenshots_in_swedish_with_errors(qtbot: Any, session: Any, swedish: None) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    form: Any = shown_dialog(qtbot, IncidentDialog(session, None))
    type_text(form.ui.staffEdit, "x")
    QTest.keyClick(form.ui.staffEdit, Qt.Key.Key_Backspace)
    form.ui.followUpCheck.setChecked(True)
    form.ui.followUpEdit.setDate(to_qdate(date.today() - timedelta(days=400)))
    assert form.shown_problem("staff_member") == "Måste fyllas i."
    assert save_button(form).toolTip().startswith("Fyll i: ")
    assert form.findChild(QLabel, "requiredLegend").text() == "* = måste fyllas i"
    QApplication.processEvents()
    assert form.grab().save(str(SHOTS / "validation_incident_sv.png"))
    form.close_for_lock()

    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    session.save(m.Organisation("Arbetsförmedlingen", m.OrganisationKind.EMPLOYMENT_SERVICE))
    wizard = ExitPlanWizard(session, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    ui = page_ui(wizard)
    choose(ui.motivationCombo, "4 – tydlig")
    choose(ui.motivationCombo, "Välj …")
    type_text(ui.situationEdit, "x")
    QTest.keyClick(ui.situationEdit, Qt.Key.Key_Backspace)
    assert wizard.currentPage().shown_problem(ui.motivationCombo) == "Välj ett värde."
    QApplication.processEvents()
    assert wizard.grab().save(str(SHOTS / "validation_exit_plan_sv.png"))
    wizard.save_draft_and_close()  # done with the session before the language goes back


@pytest.mark.parametrize(
    "kind", ["case", "person", "organisation", "situation", "incident", "participant", "group"]
)
def test_every_record_form_in_swedish(qtbot: Any, session: Any, swedish: None, kind: str) -> None:
    """Each form empty, as it opens: required fields marked, the legend, Spara disabled with
    its reason, nothing clipped; saved to look at."""
    from test_wizards_screens import clipped_labels

    from kopingplan.gui.meetings.group_admin import GroupDialog
    from kopingplan.gui.people.person_edit import OrganisationEditDialog
    from kopingplan.gui.situation.situation_edit import SituationEntryDialog

    make = {
        "case": lambda: CaseEditDialog(session, None),
        "person": lambda: PersonEditDialog(session, None),
        "organisation": lambda: OrganisationEditDialog(session, None),
        "situation": lambda: SituationEntryDialog(session, None),
        "incident": lambda: IncidentDialog(session, None),
        "participant": lambda: ParticipantDialog(
            session, add_cases(session, [("Bertil", "specific")])[0]
        ),
        "group": lambda: GroupDialog(session, None),
    }
    form: Any = shown_dialog(qtbot, make[kind]())
    marked = [w.text() for w in form.findChildren(QLabel) if w.text().endswith(" *")]
    save = save_button(form) or form.action_button()
    if kind == "person":  # a given or a family name: neither alone is required
        assert marked == [] and save.toolTip() == "Fyll i förnamn eller efternamn"
    else:
        assert marked, kind
        assert form.findChild(QLabel, "requiredLegend").text() == "* = måste fyllas i"
        assert save.toolTip().startswith("Fyll i: ")
    assert not save.isEnabled()
    assert form.blocker == save.toolTip()
    assert clipped_labels(form) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert form.grab().save(str(SHOTS / f"validation_form_{kind}_sv.png"))
    form.close_for_lock()


def test_marks_and_reasons_follow_a_language_switch(qtbot: Any, session: Any, gui: Any) -> None:
    form: Any = shown_dialog(qtbot, CaseEditDialog(session, None))
    type_text(form.ui.titleEdit, "x")
    QTest.keyClick(form.ui.titleEdit, Qt.Key.Key_Backspace)
    i18n.install_translators(gui, "sv")
    QApplication.processEvents()
    try:
        assert form.ui.titleLabel.text() == "&Titel: *"  # marked once, not twice
        assert form.shown_problem("title") == "Måste fyllas i."
        assert save_button(form).toolTip() == form.blocker == "Fyll i: Titel"
        assert form.findChild(QLabel, "requiredLegend").text() == "* = måste fyllas i"
        assert form.ui.titleEdit.accessibleDescription() == "Obligatoriskt. Måste fyllas i."
    finally:
        i18n.install_translators(gui, "en")
        QApplication.processEvents()
    assert form.ui.titleLabel.text() == "&Title: *"
    assert save_button(form).toolTip() == "Fill in: Title"
    form.close_for_lock()
