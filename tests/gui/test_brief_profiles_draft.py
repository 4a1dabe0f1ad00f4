"""The brief window's choices survive a lock as an encrypted draft (issue 16): the copies with
their recipients, terms and per-copy content, and what each case contributes, come back when
the same brief is opened again after unlocking (from the notice, or by hand); saving the brief
ends the draft, closing the window throws it away, and an untouched window leaves none."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_brief_profiles_case import add_organisations
from test_briefs_gui import give_copies
from test_meetings_gui import SHOTS, prepare

from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import drafts

from gui_helpers import unlock
from support import all_bytes

pytestmark = pytest.mark.gui

PURPOSE = "Samverkan i insatsgruppen"  # what give_copies types, kept only inside the vault


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    prepared = prepare(session)
    case = session.get(m.Case, prepared.case_id)
    session.save(replace(case, summary="Vill byta skola efter jullovet."))
    add_organisations(session)
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.prepared = prepared
    return opened


def _case_brief(window: Any) -> BriefDialog:
    view = window.open_case(window.prepared.case_id)
    dialog = view.open_brief()
    assert isinstance(dialog, BriefDialog) and dialog.isVisible()
    return dialog


def _reopen_from_notice(window: Any, qtbot: Any) -> BriefDialog:
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    assert "Polisen" not in bar.label.text()  # which form, never what was in it
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BriefDialog)]
    shown = [w for w in found if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _choose(dialog: BriefDialog) -> None:
    """Two copies, the school's widened by hand to the orientation; no professionals."""
    ui = dialog.ui
    ui.caseList.setCurrentRow(0)
    ui.professionalsCheck.setChecked(False)
    give_copies(dialog, "Polisen Köping", "Västra skolan")
    contents = dialog.copy_contents
    assert contents is not None
    ui.copyList.setCurrentRow(1)
    contents.button.click()
    assert contents.dialog is not None
    for (_, part), item in contents.dialog.items.items():
        on = part in ("level", "orientation")
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    contents.dialog.accept()


def test_the_choices_come_back_after_a_lock_and_saving_ends_the_draft(
    window: Any, controller: Any, qtbot: Any, vault_paths: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    case_id = window.prepared.case_id
    _choose(_case_brief(window))
    controller.lock()
    assert PURPOSE.encode() not in all_bytes(vault_paths.folder)  # kept, encrypted
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, BriefDialog)
                and w.isVisible()]  # fmt: skip
    window = unlock(controller, qtbot)

    dialog = _reopen_from_notice(window, qtbot)
    ui, contents = dialog.ui, dialog.copy_contents
    assert contents is not None
    assert "from before the vault was locked are back" in ui.messageLabel.text()
    copies = dialog.copy_editor.copies
    assert [dialog.copy_editor.choices[c.organisation_id].name for c in copies] == [
        "Polisen Köping",
        "Västra skolan",
    ]
    assert copies[1].terms.purpose.endswith(PURPOSE) and copies[1].terms.legal_basis
    assert copies[1].changes == {case_id: ("level", "orientation")}
    assert not ui.professionalsCheck.isChecked() and ui.summaryCheck.isChecked()
    ui.copyList.setCurrentRow(1)
    said = contents.label.text()
    assert "changed for this copy" in said and f"Case {case_id}: level, orientation" in said
    if SHOTS.exists():
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / "brief_profiles_draft.png"))

    session = controller.session
    assert drafts.load_draft(session, "brief", f"case:{case_id}") is not None
    dialog.runner = TaskRunner(dialog, synchronous=True)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(out / "pm.pdf"))
    dialog.save()
    assert (out / "pm-exemplar-2-av-2.pdf").exists(), ui.messageLabel.text()
    assert drafts.load_draft(session, "brief", f"case:{case_id}") is None
    controller.lock()  # nothing changed since the save: nothing kept
    window = unlock(controller, qtbot)
    assert not [bar for bar in window.notices() if bar.key == "drafts"]


def test_the_same_brief_opened_by_hand_takes_its_draft_and_closing_throws_it_away(
    window: Any, controller: Any, qtbot: Any
) -> None:
    meeting_id = window.prepared.first_meeting
    _choose(window.meetings_page.open_brief(meeting_id))
    controller.lock()
    window = unlock(controller, qtbot)
    dialog = window.meetings_page.open_brief(meeting_id)  # not from the notice
    assert len(dialog.copy_editor.copies) == 2
    assert "are back" in dialog.ui.messageLabel.text()
    dialog.ui.closeButton.click()
    session = controller.session
    assert drafts.load_draft(session, "brief", f"meeting:{meeting_id}") is None
    again = window.meetings_page.open_brief(meeting_id)  # a new window starts afresh
    assert len(again.copy_editor.copies) == 1 and again.ui.messageLabel.text() == ""
    assert again.ui.professionalsCheck.isChecked()


def test_an_untouched_brief_window_leaves_no_draft(
    window: Any, controller: Any, qtbot: Any
) -> None:
    _case_brief(window)
    controller.lock()
    window = unlock(controller, qtbot)
    assert not [bar for bar in window.notices() if bar.key == "drafts"]
    assert drafts.list_drafts(controller.session) == []


def test_a_lagesbild_brief_comes_back_over_the_main_window(
    window: Any, controller: Any, qtbot: Any
) -> None:
    dialog = BriefDialog.for_situation(controller.session, window)
    dialog.show()
    give_copies(dialog, "Polisen Köping", "Västra skolan")
    controller.lock()
    window = unlock(controller, qtbot)
    again = _reopen_from_notice(window, qtbot)
    assert again.parentWidget() is window and again.copy_contents is not None
    assert len(again.copy_editor.copies) == 2
    assert "whole situation picture" in again.copy_contents.label.text()


def test_a_lock_with_one_copys_content_window_open(
    window: Any, controller: Any, qtbot: Any
) -> None:
    """The window that changes one copy's content goes with the lock; what was accepted
    before it opened is kept, and nothing is left open."""
    dialog = _case_brief(window)
    give_copies(dialog, "Västra skolan")
    assert dialog.copy_contents is not None
    dialog.copy_contents.button.click()
    assert dialog.copy_contents.dialog is not None
    controller.lock()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        controller.unlock_dialog
    ]
    window = unlock(controller, qtbot)
    again = _reopen_from_notice(window, qtbot)
    (copy,) = again.copy_editor.copies
    assert again.copy_editor.choices[copy.organisation_id].name == "Västra skolan"
    assert copy.changes is None
