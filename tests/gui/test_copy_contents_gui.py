"""The brief window, per copy (issue 16, per-recipient minimisation): each named copy says in
words what it holds of each case, as its organisation's content profile says within the case
choice; the coordinator changes it per copy; the saved copies differ exactly so, and each
outside copy is its own disclosure with its own SHA-256."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_briefs_gui import give_copies
from test_meetings_gui import SHOTS, prepare

from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import content_profiles

pytestmark = pytest.mark.gui

SUMMARY = "Vill byta skola efter jullovet."


@pytest.fixture
def dialog(session: Any, qtbot: Any) -> Any:
    prepared = prepare(session)
    case = session.get(m.Case, prepared.case_id)
    session.save(replace(case, summary=SUMMARY))
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    content_profiles.set_profile(session, police.id, ["level", "orientation", "summary"])
    content_profiles.set_profile(session, school.id, ["level"])
    made = BriefDialog.for_meeting(session, prepared.first_meeting, None)
    made.runner = TaskRunner(made, synchronous=True)
    made.prepared = prepared
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _text(path: Path) -> str:
    """The copy's text as a recipient's pdftotext reads it."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_each_copy_says_what_it_holds_and_is_saved_so(
    dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ui, contents = dialog.ui, dialog.copy_contents
    case_id = dialog.prepared.case_id
    assert "the choice for each case" in contents.label.text()  # unnamed: the case choice
    assert not contents.button.isEnabled()

    give_copies(dialog, "Polisen Köping", "Västra skolan")
    ui.copyList.setCurrentRow(0)
    said = contents.label.text()
    assert "as the organisation's profile says" in said
    assert f"Polisen Köping: Case {case_id}: level, orientation, summary" in said
    ui.copyList.setCurrentRow(1)
    assert f"Västra skolan: Case {case_id}: level;" in contents.label.text()

    # The case choice bounds every copy: without the summary for the case, the police's copy
    # has none either.
    ui.caseList.setCurrentRow(0)
    ui.summaryCheck.setChecked(False)
    ui.copyList.setCurrentRow(0)
    assert f"Case {case_id}: level, orientation;" in contents.label.text()
    ui.summaryCheck.setChecked(True)

    # The school's copy, changed by hand: the orientation of the open case too.
    ui.copyList.setCurrentRow(1)
    contents.button.click()
    window = contents.dialog
    assert window is not None and window.isVisible()
    parts = {part for (cid, part) in window.items if cid == case_id}
    assert "summary" in parts and "relatives" not in parts  # only what the case has
    window.items[(case_id, "orientation")].setCheckState(0, Qt.CheckState.Checked)
    if SHOTS.exists():
        window.grab().save(str(SHOTS / "brief_copy_content.png"))
    window.accept()
    assert contents.dialog is None
    assert "changed for this copy" in contents.label.text()
    assert f"Case {case_id}: level, orientation;" in contents.label.text()

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(out / "mote.pdf"))
    dialog.save()
    police, school = out / "mote-exemplar-1-av-2.pdf", out / "mote-exemplar-2-av-2.pdf"
    assert police.exists() and school.exists(), ui.messageLabel.text()
    assert SUMMARY in _text(police) and SUMMARY not in _text(school)
    rows = session.vault.conn.execute(
        "SELECT recipient, content_sha256, content_description FROM disclosures ORDER BY id"
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [
        ("Polisen Köping", hashlib.sha256(police.read_bytes()).hexdigest()),
        ("Västra skolan", hashlib.sha256(school.read_bytes()).hexdigest()),
    ]
    assert f"Ärende {case_id}: nivå, inriktning, sammanfattning" in rows[0][2]
    assert f"Ärende {case_id}: nivå, inriktning;" in rows[1][2]


def test_another_recipient_starts_again_from_its_profile(dialog: Any) -> None:
    ui, contents = dialog.ui, dialog.copy_contents
    give_copies(dialog, "Polisen Köping")
    contents.button.click()
    for item in contents.dialog.items.values():
        item.setCheckState(0, Qt.CheckState.Unchecked)
    contents.dialog.accept()
    assert "only the heading" in contents.label.text()
    give_copies(dialog, "Västra skolan")  # a second copy
    ui.copyList.setCurrentRow(0)
    ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findText("Västra skolan"))
    assert "as the organisation's profile says" in contents.label.text()
    assert dialog.copy_editor.copies[0].changes is None


def test_the_organisation_form_sets_its_content_profile(session: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from kopingplan.gui.people.person_edit import OrganisationEditDialog
    from kopingplan.storage import audit

    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    form = OrganisationEditDialog(session, police)
    qtbot.addWidget(form)
    box = form.profile_box
    assert box.default_check.isChecked()  # no profile: the working group's default
    assert not box.parts["measures"].isEnabled()
    box.default_check.setChecked(False)
    for part in ("level", "measures"):
        box.parts[part].setChecked(True)
    assert form.dirty
    if SHOTS.exists():
        form.grab().save(str(SHOTS / "organisation_content_profile.png"))
    with qtbot.waitSignal(form.saved):
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert content_profiles.profile(session, police.id) == {"level", "measures"}
    (row,) = audit.entries(session.vault.conn, action="organisations.update")
    assert row.details == {"fields": ["content_profile"], "parts": ["level", "measures"]}

    again = OrganisationEditDialog(session, session.get(m.Organisation, police.id))
    qtbot.addWidget(again)
    assert not again.profile_box.default_check.isChecked()
    assert again.profile_box.parts["measures"].isChecked()
    assert not again.profile_box.parts["summary"].isChecked()
    again.profile_box.default_check.setChecked(True)  # back to the group's default
    with qtbot.waitSignal(again.saved):
        again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert content_profiles.profile(session, police.id) is None


def test_the_copies_in_swedish_without_mnemonic_clashes(dialog: Any, qapp: Any) -> None:
    from test_keyboard import clashes

    from kopingplan import i18n

    ui, contents = dialog.ui, dialog.copy_contents
    give_copies(dialog, "Polisen Köping", "Västra skolan")
    ui.copyList.setCurrentRow(0)
    assert clashes(dialog) == []
    i18n.install_translators(qapp, "sv")
    try:
        dialog.retranslate()
        ui.copyList.setCurrentRow(0)
        case_id = dialog.prepared.case_id
        said = contents.label.text()
        assert "enligt organisationens profil" in said, said
        assert f"Polisen Köping: Ärende {case_id}: nivå, inriktning, sammanfattning" in said
        assert contents.button.text() == "Ändra inneh&ållet i exemplaret …"
        assert clashes(dialog) == []
        if SHOTS.exists():
            dialog.grab().save(str(SHOTS / "brief_copies_sv.png"))
    finally:
        i18n.install_translators(qapp, "en")
