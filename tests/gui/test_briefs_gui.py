"""Briefs from the app: content chosen per case, a signed PDF written only where chosen,
the File menu's check of a brief (intact, or not after one byte changed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_meetings_gui import RELATIVE, SHOTS, prepare

from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_dialog, brief_verify
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.storage import audit

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    prepare(session)
    for name, kind, own in (
        ("Polisen Köping", m.OrganisationKind.POLICE, False),
        ("Socialtjänsten", m.OrganisationKind.SOCIAL_SERVICES, False),
        ("Samordningen", m.OrganisationKind.MUNICIPALITY, True),
    ):
        session.save(m.Organisation(name, kind, own_unit=own))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.show_section(opened.ui.sectionStack.indexOf(opened.meetings_page))
    return opened


def text_of(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    found = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(found.stdout.decode("utf-8").split())


def _brief_dialog(window: Any, qtbot: Any) -> Any:
    page = window.meetings_page
    qtbot.mouseClick(page.view.ui.briefButton, Qt.MouseButton.LeftButton)
    dialog = page.brief_window.window
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save(dialog: Any, qtbot: Any, monkeypatch: Any, target: Path) -> None:
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(target))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)


def test_meeting_brief_with_the_groups_defaults(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path, controller: Any
) -> None:
    dialog = _brief_dialog(window, qtbot)
    ui = dialog.ui
    assert [ui.caseList.item(r).text() for r in range(ui.caseList.count())] == [
        "Ärende Norrgården",
        "Avslutat ärende",
    ]
    # An insatsgrupp's defaults: the timeline, but no names of relatives.
    assert ui.timelineCheck.isChecked() and ui.measuresCheck.isChecked()
    assert not ui.relativesCheck.isChecked() and not ui.subjectNameCheck.isChecked()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "meetings_brief_dialog.png"))

    target = tmp_path / "out" / "mote.pdf"
    target.parent.mkdir()
    _save(dialog, qtbot, monkeypatch, target)
    assert ui.messageLabel.text() == "Saved and signed: 1 file, mote.pdf."
    assert sorted(p.name for p in target.parent.iterdir()) == ["mote.pdf"]
    text = text_of(target)
    assert "helgerna vid Norrgården" in text  # the note is there…
    assert "Birgitta" not in text and "Vallin" not in text  # …without the relative's name
    rows = audit.entries(controller.session.vault.conn, action="brief.create")
    assert len(rows) == 1

    # The same brief with the relatives' names chosen for that case does name her.
    ui.caseList.setCurrentRow(0)
    ui.relativesCheck.setChecked(True)
    named = tmp_path / "out" / "mote-namn.pdf"
    _save(dialog, qtbot, monkeypatch, named)
    assert RELATIVE in text_of(named)


def test_copies_for_recipients_and_a_left_out_case(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    dialog = _brief_dialog(window, qtbot)
    ui = dialog.ui
    ui.caseList.item(0).setCheckState(Qt.CheckState.Unchecked)
    ui.caseList.setCurrentRow(0)
    assert not ui.timelineCheck.isEnabled()
    assert "is left out" in ui.partsLabel.text()
    give_copies(dialog, "Polisen Köping", "Samordningen (own unit)")
    _save(dialog, qtbot, monkeypatch, tmp_path / "mote.pdf")
    names = sorted(p.name for p in tmp_path.glob("mote*.pdf"))
    assert names == ["mote-exemplar-1-av-2.pdf", "mote-exemplar-2-av-2.pdf"]
    first = text_of(tmp_path / "mote-exemplar-1-av-2.pdf")
    assert "Polisen" in first
    assert "helgerna vid Norrgården" not in first


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def give_copies(dialog: Any, *recipients: str) -> None:
    """One copy per recipient; a copy outside the own unit gets its terms typed in."""
    ui = dialog.ui
    for number, recipient in enumerate(recipients):
        if number:
            ui.addCopyButton.click()
        choose(ui.recipientCombo, recipient)
        if ui.basisCombo.isEnabled():
            choose(ui.basisCombo, ui.basisCombo.itemText(2))  # OSL 10 kap. 2 §
            ui.decidedByEdit.setText("Anna Lindqvist")
            type_text(ui.roleEdit, "Samordnare")
            type_text(ui.purposeEdit, "Samverkan i insatsgruppen")


def test_printing_is_offered(window: Any, qtbot: Any) -> None:
    dialog = _brief_dialog(window, qtbot)
    assert dialog.ui.printButton.isEnabled()
    assert dialog.ui.printButton.toolTip() == ""


def _flip_inside_signed_range(data: bytes) -> bytes:
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)", data)
    assert found is not None
    _start, first_length = (int(x) for x in found.groups())
    streams = [m.end() for m in re.finditer(rb"stream\r?\n", data) if m.end() < first_length - 100]
    position = streams[len(streams) // 2] + 20
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def test_check_a_brief_from_the_file_menu(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path, controller: Any
) -> None:
    dialog = _brief_dialog(window, qtbot)
    good = tmp_path / "mote.pdf"
    _save(dialog, qtbot, monkeypatch, good)
    dialog.close()
    tampered = tmp_path / "andrad.pdf"
    tampered.write_bytes(_flip_inside_signed_range(good.read_bytes()))

    controller.set_language("sv")
    menu = window.brief_menu
    assert menu.check.text() == "Kontrollera &underlag …"
    menu.check.trigger()
    (checker,) = [w for w in window.findChildren(brief_verify.BriefVerifyDialog) if w.isVisible()]
    for path, intact in ((good, True), (tampered, False)):
        monkeypatch.setattr(brief_verify, "choose_open_path", lambda parent, p=path: str(p))
        qtbot.mouseClick(checker.ui.chooseButton, Qt.MouseButton.LeftButton)
        verdict = checker.ui.verdictLabel.text()
        assert ("intakt" in verdict.lower()) is intact, verdict
        assert checker.ui.fileEdit.text() == str(path)
    checker.check(good)
    assert checker.ui.signerLabel.text() != ""
    assert len(checker.ui.fingerprintLabel.text()) >= 64
    checker.grab().save(str(SHOTS / "meetings_verify.png"))


def test_signing_runs_on_the_worker_thread(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    dialog = _brief_dialog(window, qtbot)
    dialog.runner = TaskRunner(dialog, synchronous=False)  # a real worker thread
    target = tmp_path / "mote.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        _save(dialog, qtbot, monkeypatch, target)
        assert not target.exists()  # nothing is written before the worker has signed
    assert saved.args == [[target]]
    assert "helgerna vid Norrgården" in text_of(target)
