"""Arkiv → Aktiviteter på generell nivå …: the activities newest first with their organiser,
partners, themes and participants, a kind and a year that narrow the list, a new activity
through the form (validated as you type, no personal data asked for), correcting one from the
row (Enter), removing one from the row menu after a question, and a form left open when the
vault locks coming back as a draft; an organisation's agreements in its window, reminded in
Att göra before they end."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kopingplan.domain import model
from kopingplan.gui.common.paged_model import ROW_ROLE
from kopingplan.gui.todo import todo_page
from kopingplan.services import activities, agreements, drafts, registry
from kopingplan.services.session import Session
from kopingplan.storage import audit

from gui_helpers import type_text, unlock
from support import PASSPHRASE

pytestmark = pytest.mark.gui

SCREENSHOTS = "/tmp/kp-partners"


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    school = session.save(model.Organisation("Barn och utbildning", model.OrganisationKind.SCHOOL))
    mosque = session.save(
        model.Organisation("Köpings islamiska förening", model.OrganisationKind.FAITH_COMMUNITY)
    )
    session.save(model.Organisation("Köpings IF", model.OrganisationKind.SPORTS_CLUB))
    activities.add_activity(
        session,
        model.Activity(
            date(2025, 11, 20), model.ActivityKind.DIALOGUE, "Samtal med föreningens styrelse",
            partner_ids=(mosque.id,), themes=(model.Orientation.ISLAMIST,), participants=8,
        ),
    )  # fmt: skip
    activities.add_activity(
        session,
        model.Activity(
            date(2026, 2, 3), model.ActivityKind.TRAINING, "Utbildning för skolpersonal",
            organiser_id=school.id, target_group="Personal på högstadieskolorna",
            themes=(model.Orientation.RIGHT, model.Orientation.LEFT), participants=40,
            follow_up_on=date(2026, 5, 1),
        ),
    )  # fmt: skip
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _column(dialog: Any, column: int) -> list[str]:
    found = dialog.model
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def _save(form: Any) -> Any:
    return form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_the_menu_opens_the_activities_newest_first(window: Any, qtbot: Any) -> None:
    texts = [a.text() for a in window.ui.fileMenu.actions() if not a.isSeparator()]
    assert texts[texts.index("&Action plan…") + 1] == "Ac&tivities at the general level…"
    window.activity_actions.activities_action.trigger()
    dialog = window.activity_actions.dialog
    qtbot.waitExposed(dialog)
    assert _column(dialog, 0) == ["2026-02-03", "2025-11-20"]
    assert _column(dialog, 1) == [
        "Training of staff",
        "Dialogue with faith communities or associations",
    ]
    assert _column(dialog, 3) == ["Barn och utbildning", "Own unit"]
    assert _column(dialog, 4) == ["", "Köpings islamiska förening"]
    assert _column(dialog, 6) == ["Right-wing extremism, Left-wing extremism", "Islamist extremism"]
    assert _column(dialog, 7) == ["40", "8"]
    assert dialog.ui.countLabel.text() == "2 activities, 48 participants in all"
    assert dialog.focusWidget() is dialog.ui.activityTable
    dialog.ui.yearFilter.setCurrentIndex(dialog.ui.yearFilter.findData(2025))
    assert _column(dialog, 2) == ["Samtal med föreningens styrelse"]
    assert dialog.ui.countLabel.text() == "1 activity, 8 participants in all"
    dialog.ui.yearFilter.setCurrentIndex(0)
    dialog.ui.kindFilter.setCurrentIndex(dialog.ui.kindFilter.findData("campaign"))
    assert _column(dialog, 0) == [] and dialog.ui.countLabel.text() == "0 activities"
    assert not dialog.ui.openButton.isEnabled()


def test_a_new_activity_is_checked_then_saved_and_audited(window: Any, qtbot: Any) -> None:
    dialog = window.activity_actions.open_list()
    qtbot.mouseClick(dialog.ui.newButton, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert "No personal data" in form.ui.helpLabel.text()
    assert form.ui.organiserCombo.currentText() == "Own unit (the coordinator)"
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert form.isVisible() and _save(form).toolTip() == "Fill in: Title"
    type_text(form.ui.titleEdit, "Föräldrakväll om radikalisering på nätet")
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("information_meeting"))
    # The organiser is greyed out among the partners, so it cannot be named twice.
    form.ui.organiserCombo.setCurrentIndex(form.ui.organiserCombo.findText("Köpings IF"))
    items = {form.ui.partnerList.item(i).text(): form.ui.partnerList.item(i) for i in range(3)}
    assert not items["Köpings IF"].flags() & Qt.ItemFlag.ItemIsEnabled
    items["Barn och utbildning"].setCheckState(Qt.CheckState.Checked)
    form.ui.themeRight.setChecked(True)
    form.ui.participantsSpin.setValue(25)
    # A follow-up note needs its day: said under the field, Save waits.
    type_text(form.ui.followUpNoteEdit, "Fråga föräldrarna om en till kväll")
    assert form.shown_problem("follow_up_on") == "Must be given when the follow-up has a note."
    assert not _save(form).isEnabled()
    form.ui.followUpCheck.setChecked(True)
    form.ui.followUpEdit.setDate(form.ui.heldEdit.date().addDays(-1))
    assert form.shown_problem("follow_up_on") != ""
    form.ui.followUpEdit.setDate(form.ui.heldEdit.date().addDays(60))
    form.grab().save(f"{SCREENSHOTS}/activity_form.png")
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert _column(dialog, 2)[0] == "Föräldrakväll om radikalisering på nätet"
    assert _column(dialog, 3)[0] == "Köpings IF"
    assert _column(dialog, 4)[0] == "Barn och utbildning"
    stored = dialog.activity_at(dialog.ui.activityTable.currentIndex())
    assert stored.follow_up_on == date.today() + timedelta(days=60)
    assert stored.themes == (model.Orientation.RIGHT,)
    newest = audit.entries(window.session.vault.conn, action="activities.add")[0]
    assert newest.details["kind"] == "information_meeting"


def test_enter_opens_an_activity_to_correct_it(window: Any, qtbot: Any) -> None:
    dialog = window.activity_actions.open_list()
    table = dialog.ui.activityTable
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(1, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    form = dialog.form
    assert form.ui.titleEdit.text() == "Samtal med föreningens styrelse"
    assert form.partner_ids() == [2]
    assert form.ui.themeIslamist.isChecked() and not form.ui.themeRight.isChecked()
    form.ui.participantsSpin.setValue(11)
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert _column(dialog, 7) == ["40", "11"]
    entries = audit.entries(window.session.vault.conn, entity="activities")
    assert entries[0].action == "activities.change"
    assert entries[0].details["fields"] == ["participants"]


def test_the_row_menu_removes_after_a_question(window: Any, qtbot: Any) -> None:
    dialog = window.activity_actions.open_list()
    index = dialog.model.index(0, 0)
    box = dialog.ask_remove(index)
    assert "Utbildning för skolpersonal" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(_column(dialog, 0)) == 2
    box = dialog.ask_remove(dialog.model.index(0, 0))
    box.button(QMessageBox.StandardButton.Yes).click()
    assert _column(dialog, 2) == ["Samtal med föreningens styrelse"]
    assert audit.entries(window.session.vault.conn, entity="activities")[0].action == (
        "activities.delete"
    )


def test_the_list_at_the_laptop_size(window: Any, qtbot: Any) -> None:
    window.resize(1366, 728)
    dialog = window.activity_actions.open_list()
    dialog.resize(1300, 600)
    qtbot.waitExposed(dialog)
    dialog.grab().save(f"{SCREENSHOTS}/activities_list.png")
    table = dialog.ui.activityTable
    assert table.horizontalHeader().length() <= table.viewport().width() + 1


def test_a_form_open_at_the_lock_comes_back_as_a_draft(
    window: Any, qtbot: Any, controller: Any, vault_paths: Any
) -> None:
    dialog = window.activity_actions.open_list()
    dialog.open_activity(None)
    type_text(dialog.form.ui.titleEdit, "Kampanj om källkritik")
    partners = dialog.form.ui.partnerList
    (sports_club,) = partners.findItems("Köpings IF", Qt.MatchFlag.MatchExactly)
    sports_club.setCheckState(Qt.CheckState.Checked)
    controller.lock()
    with Session.open(vault_paths, PASSPHRASE) as session:
        assert [kind for kind, *_ in drafts.list_drafts(session)] == ["activity"]
        assert drafts.load_draft(session, "activity", "new")["values"]["partner_ids"] == [3]
        assert activities.activity_count(session) == 2  # nothing saved
    window = unlock(controller, qtbot)
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # Open again
    form = window.activity_actions.dialog.form
    assert form.ui.titleEdit.text() == "Kampanj om källkritik"
    assert form.partner_ids() == [3] and form.dirty
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert _column(window.activity_actions.dialog, 2)[0] == "Kampanj om källkritik"
    assert drafts.load_draft(window.session, "activity", "new") is None


# --- Partners over time: agreements in the organisation's window and in Att göra -----------------


def _mosque(window: Any) -> int:
    rows = [r for r in registry.organisations(window.session) if r.name.startswith("Köpings isl")]
    return int(rows[0].id)


def _agreement_rows(view: Any) -> list[list[str]]:
    tree = view.agreements.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(5)] for r in range(tree.topLevelItemCount())
    ]


def test_the_organisation_window_records_and_corrects_agreements(window: Any, qtbot: Any) -> None:
    view = window.windows.open_organisation(_mosque(window))
    assert _agreement_rows(view) == [["No agreement recorded.", "", "", "", ""]]
    qtbot.mouseClick(view.agreements.new_button, Qt.MouseButton.LeftButton)
    form = view.agreements.form
    assert "90 days before" in form.ui.reminderLabel.text()
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert form.isVisible() and _save(form).toolTip() == "Fill in: What it covers"
    type_text(form.ui.titleEdit, "IOP om samtalsgrupper för föräldrar")
    form.ui.endsEdit.setDate(form.ui.startsEdit.date().addDays(-1))
    assert form.shown_problem("ends_on") != "" and not _save(form).isEnabled()
    form.ui.endsEdit.setDate(form.ui.startsEdit.date().addDays(45))
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    (row,) = _agreement_rows(view)
    assert row[:2] == ["IOP (idea-based public partnership)", "IOP om samtalsgrupper för föräldrar"]
    assert row[3] == (date.today() + timedelta(days=45)).isoformat()
    window.resize(1366, 728)
    view.grab().save(f"{SCREENSHOTS}/organisation_agreements.png")
    tree = view.agreements.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    form = view.agreements.form
    form.ui.endsCheck.setChecked(False)  # until further notice
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert _agreement_rows(view)[0][3] == "until further notice"
    entries = audit.entries(window.session.vault.conn, entity="agreements")
    assert [e.action for e in entries] == ["agreements.change", "agreements.add"]


def test_att_gora_reminds_and_opens_the_organisation(window: Any, qtbot: Any) -> None:
    mosque = _mosque(window)
    agreements.add_agreement(
        window.session,
        model.Agreement(
            mosque, model.AgreementKind.IOP, "IOP om mentorsstöd",
            date.today() - timedelta(days=600), date.today() + timedelta(days=80),
        ),
    )  # fmt: skip
    window.show_section(todo_page.SECTION_INDEX)
    page = window.todo_page
    page.refresh()
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    (item,) = [r for r in rows if r.kind == "agreement"]
    assert item.description == "Köpings islamiska förening: IOP om mentorsstöd"
    page.ui.todoTable.setCurrentIndex(page.model.index(rows.index(item), 0))
    page.open_current_case()
    view = window.windows.open_organisation(mosque)
    assert view.isVisible() and _agreement_rows(view)[0][1] == "IOP om mentorsstöd"
    done = page.mark_current_done()
    type_text(done.ui.outcomeEdit, "Förnyas, beslut i KS i maj")
    ok = done.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not done.isVisible()
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    assert not [r for r in rows if r.kind == "agreement"]
    view.agreements.refresh()
    assert _agreement_rows(view)[0][4] == f"Handled {date.today().isoformat()}"


def test_an_agreement_form_open_at_the_lock_comes_back(
    window: Any, qtbot: Any, controller: Any
) -> None:
    mosque = _mosque(window)
    view = window.windows.open_organisation(mosque)
    form = view.agreements.open_agreement(None)
    type_text(form.ui.titleEdit, "Lokalavtal för fredagsöppet")
    controller.lock()
    window = unlock(controller, qtbot)
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # Open again
    view = window.windows.open_organisation(mosque)
    form = view.agreements.form
    assert form.ui.titleEdit.text() == "Lokalavtal för fredagsöppet"
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert _agreement_rows(view)[0][1] == "Lokalavtal för fredagsöppet"
