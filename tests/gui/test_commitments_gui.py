"""The plan's commitments in the plan's window and the yearly follow-up under Rapporter, driven
as the coordinator uses them: a revision's diary number, its commitments listed under its text,
a new one checked then saved with the groups and partners ticked, Enter to correct, the row
menu to remove after a question; the follow-up with the coordinator's words saved as a signed
PDF, the words forgotten at a lock."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kopingplan.domain import model
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.plan.follow_up_dialog import FollowUpDialog
from kopingplan.services import activities, briefs, plan
from kopingplan.storage import audit

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))


def _last_year() -> int:
    """The year a follow-up is about by default, read when the test runs (a run may cross 1 Jan)."""
    return date.today().year - 1


def text_of(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    found = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return found.stdout.decode("utf-8")


def _shot(widget: Any, name: str) -> None:
    if SHOTS.is_dir():
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    old = plan.add_revision(session, model.PlanRevision(1, date(2017, 9, 25), "Kommunfullmäktige",
                                                        "Handlingsplan 2017"))  # fmt: skip
    new = plan.add_revision(session, model.PlanRevision(2, date(2024, 10, 28), "Kommunstyrelsen",
                                                        "Handlingsplan 2024"))  # fmt: skip
    with session.batch("test.fill") as batch:
        youth = batch.add(model.Group("Unggruppen", model.GroupKind.YOUTH_GROUP))
        batch.add(model.Group("Insatsgruppen", model.GroupKind.INTERVENTION_GROUP))
        batch.add(model.Organisation("Moskéföreningen", model.OrganisationKind.FAITH_COMMUNITY))
        for month in range(1, 13):
            at = datetime(_last_year(), month, 10, 15, tzinfo=UTC)
            batch.add(model.Meeting(youth.id, at))
    training = model.Activity(
        date(_last_year(), 3, 10),
        model.ActivityKind.TRAINING,
        "Utbildning skolpersonal",
        participants=40,
    )
    activities.add_activity(session, training)
    plan.add_commitment(session, model.Commitment(old.id, "Gammalt åtagande"))
    plan.add_commitment(
        session, model.Commitment(new.id, "Unggruppen träffas varje månad", None, (youth.id,))
    )
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _rows(listing: Any) -> list[list[str]]:
    tree = listing.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_the_selected_revisions_commitments_are_listed_under_its_text(
    window: Any, qtbot: Any
) -> None:
    dialog = window.plan_actions.open_plan()
    qtbot.waitExposed(dialog)
    dialog.resize(1100, 760)
    assert _rows(dialog.commitments) == [["1", "Unggruppen träffas varje månad", "", "Unggruppen"]]
    dialog.ui.revisionTable.setCurrentIndex(dialog.model.index(1, 0))
    assert _rows(dialog.commitments)[0][1] == "Gammalt åtagande"
    assert _rows(dialog.commitments)[0][3] == "(nothing linked)"
    dialog.ui.revisionTable.setCurrentIndex(dialog.model.index(0, 0))
    _shot(dialog, "plan_commitments")


def test_a_new_commitment_is_checked_then_saved_with_what_carries_it_out(
    window: Any, qtbot: Any
) -> None:
    dialog = window.plan_actions.open_plan()
    listing = dialog.commitments
    qtbot.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    form = listing.form
    assert form.ui.headingLabel.text() == "New commitment of revision 2"
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible() and not save.isEnabled()  # no text yet: nothing saved
    type_text(form.ui.textEdit, "All skolpersonal utbildas")
    form.ui.dueCheck.setChecked(True)
    form.ui.dueEdit.setDate(form.ui.dueEdit.date().fromString("2026-12-31", "yyyy-MM-dd"))
    for view, text in ((form.ui.activityList, "Utbildning skolpersonal"),
                       (form.ui.organisationList, "Moskéföreningen")):  # fmt: skip
        (item,) = [
            view.item(i) for i in range(view.count()) if view.item(i).text().startswith(text)
        ]
        item.setCheckState(Qt.CheckState.Checked)
    _shot(form, "commitment_form")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    row = _rows(listing)[1]
    assert row[:3] == ["2", "All skolpersonal utbildas", "2026-12-31"]
    assert row[3] == "Utbildning skolpersonal, Moskéföreningen"
    added = audit.entries(window.session.vault.conn, entity="commitments", limit=1)[0]
    assert added.action == "commitments.add" and added.details == {"revision": 2}


def test_enter_corrects_and_the_row_menu_removes_after_a_question(window: Any, qtbot: Any) -> None:
    dialog = window.plan_actions.open_plan()
    listing = dialog.commitments
    tree = listing.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    form = listing.form
    assert form.ui.textEdit.toPlainText() == "Unggruppen träffas varje månad"
    assert [form.ui.groupList.item(i).checkState() for i in range(2)] == [
        Qt.CheckState.Unchecked, Qt.CheckState.Checked  # Insatsgruppen, Unggruppen (sorted)
    ]  # fmt: skip
    form.ui.textEdit.setPlainText("Unggruppen träffas minst tio gånger om året")
    qtbot.mouseClick(
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert _rows(listing)[0][1] == "Unggruppen träffas minst tio gånger om året"
    box = listing.ask_remove(tree.indexFromItem(tree.topLevelItem(0)))
    assert "Remove commitment 1?" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert _rows(listing)[0][1].startswith("No commitment recorded")
    actions = [e.action for e in audit.entries(window.session.vault.conn, entity="commitments")]
    assert actions[:2] == ["commitments.delete", "commitments.change"]


def test_the_revision_form_keeps_the_diary_number(window: Any, qtbot: Any) -> None:
    dialog = window.plan_actions.open_plan()
    form = dialog.open_revision(None)
    type_text(form.ui.textEdit, "Handlingsplan 2026")
    type_text(form.ui.diaryEdit, "KS 2026/45")
    qtbot.mouseClick(
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    found = dialog.model
    assert found.data(found.index(0, 3)) == "KS 2026/45"


def _follow_up(window: Any, qtbot: Any) -> FollowUpDialog:
    texts = [action.text() for action in window.reports.menu.actions()]
    window.reports.menu.actions()[texts.index("&Yearly follow-up of the action plan…")].trigger()
    dialog = window.reports.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_follow_up_is_saved_signed_with_the_coordinators_words(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    dialog = _follow_up(window, qtbot)
    ui = dialog.ui
    assert ui.yearSpin.value() == _last_year()
    assert ui.summaryLabel.text().startswith("Revision 2, adopted on 2024-10-28 by Kommunstyrelsen")
    assert list(dialog.edits) and len(dialog.edits) == 1
    type_text(next(iter(dialog.edits.values())), "Mötena hölls varje månad.")
    type_text(ui.proposalsEdit, "Ett åtagande om anhörigstöd.")
    _shot(dialog, "follow_up_dialog")
    target = tmp_path / "uppföljning.pdf"
    suggested: list[str] = []

    def answer(file_dialog: Any) -> list[str]:
        suggested.extend(Path(name).name for name in file_dialog.selectedFiles())
        file_dialog.deleteLater()
        return [str(target)]

    monkeypatch.setattr(file_dialogs, "run", answer)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert suggested == [f"Årlig uppföljning {_last_year()}.pdf"]
    assert "Saved and signed: uppföljning.pdf" in ui.messageLabel.text()
    assert briefs.verify(target.read_bytes(), window.session).ok
    flat = " ".join(text_of(target).split())
    assert "Mötena hölls varje månad." in flat and "Ett åtagande om anhörigstöd." in flat
    assert "Möten i Unggruppen 12" in flat
    made = audit.entries(window.session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "follow_up" and "Mötena" not in str(made.details)


def test_a_year_without_a_revision_cannot_be_followed_up_and_a_lock_forgets_the_words(
    window: Any, qtbot: Any, controller: Any
) -> None:
    dialog = _follow_up(window, qtbot)
    dialog.ui.yearSpin.setValue(2016)
    assert "No revision of the action plan had been adopted by the end of 2016" in (
        dialog.ui.summaryLabel.text()
    )
    assert not dialog.ui.saveButton.isEnabled() and dialog.edits == {}
    dialog.ui.yearSpin.setValue(_last_year())
    type_text(dialog.ui.overallEdit, "Bedömning")
    controller.lock()
    assert dialog.session is None and not dialog.isVisible()
    assert dialog.ui.overallEdit.toPlainText() == "" and dialog.words == {}


def test_the_commitments_and_the_follow_up_speak_swedish(
    window: Any, qtbot: Any, controller: Any
) -> None:
    plan_dialog = window.plan_actions.open_plan()
    follow_up = _follow_up(window, qtbot)
    controller.set_language("sv")
    try:
        listing = plan_dialog.commitments
        assert listing.caption.text() == "&Åtaganden i revisionen:"
        assert listing.tree.headerItem().text(3) == "Genomförs av"
        assert plan_dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Diarienummer"
        assert follow_up.ui.headingLabel.text() == "Årlig uppföljning av handlingsplanen"
        assert follow_up.ui.summaryLabel.text().endswith("med 1 åtagande.")
        texts = [action.text() for action in window.reports.menu.actions()]
        assert "&Årlig uppföljning av handlingsplanen …" in texts
    finally:
        controller.set_language("en")


def test_a_commitment_form_open_at_the_lock_comes_back_with_its_ticks(
    window: Any, qtbot: Any, controller: Any
) -> None:
    dialog = window.plan_actions.open_plan()
    form = dialog.commitments.open_commitment(None)
    type_text(form.ui.textEdit, "Dialog med trossamfunden varje termin")
    (mosque,) = form.ui.organisationList.findItems("Moskéföreningen", Qt.MatchFlag.MatchStartsWith)
    mosque.setCheckState(Qt.CheckState.Checked)
    controller.lock()
    window = unlock(controller, qtbot)
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # Open again
    form = window.plan_actions.dialog.commitments.form
    assert form.ui.textEdit.toPlainText() == "Dialog med trossamfunden varje termin"
    assert form.tick_lists["organisation_ids"].ids() != [] and form.dirty
    qtbot.mouseClick(
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    rows = _rows(window.plan_actions.dialog.commitments)
    assert rows[1][1:] == ["Dialog med trossamfunden varje termin", "", "Moskéföreningen"]
