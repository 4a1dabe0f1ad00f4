"""From a case window: a signed brief of the case, a disclosure of it with that brief attached,
and the incoming information linked to it; locking closes what was opened from it."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from test_briefs_gui import give_copies
from test_exchange_gui import fingerprint, police_certificate
from test_exchange_gui_more import _earlier_controllers_gone  # noqa: F401 (autouse)

from kopingplan.domain import model
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.services import briefs, cases, exchange

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


CASE_TITLE = "Åsa på fritidsgården"


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Bertil i skolan", "individual"), (CASE_TITLE, "specific")])
    certificate = police_certificate()
    row = exchange.add_recipient(session, certificate.public_bytes(serialization.Encoding.PEM))
    exchange.verify_recipient(session, row.id, fingerprint(certificate))
    # The liaison's organisation in the registry: a brief's copy is made for it.
    session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _case_id(window: Any) -> int:
    (found,) = [c.id for c in cases.list_cases(window.session) if c.title == CASE_TITLE]
    return int(found)


def _next(wizard: QWizard, qtbot: Any) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_a_brief_made_in_the_case_window_leaves_with_the_case(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _case_id(window)
    window.session.save(
        model.Note(case_id, datetime(2026, 3, 3, 9, tzinfo=UTC), "Oro från skolan.")
    )
    view = window.open_case(case_id)
    assert view.ui.briefButton.text() == "Create brie&f…"
    qtbot.mouseClick(view.ui.briefButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(brief_dialog.BriefDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.ui.caseList.item(i).text() for i in range(dialog.ui.caseList.count())] == [
        CASE_TITLE
    ]
    # Asked again, the same dialog comes forward.
    qtbot.mouseClick(view.ui.briefButton, Qt.MouseButton.LeftButton)
    assert len(view.findChildren(brief_dialog.BriefDialog)) == 1
    # A package carries only the copy made for its recipient (issue 16): the police's.
    give_copies(dialog, "Polisen")
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(tmp_path / "pm.pdf"))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    target = tmp_path / "pm-exemplar-1-av-1.pdf"
    assert target.exists(), dialog.ui.messageLabel.text()
    assert briefs.verify(target.read_bytes(), window.session).ok
    dialog.close()

    # "Disclose…": the wizard starts with this case (and only this one) chosen.
    qtbot.mouseClick(view.ui.discloseButton, Qt.MouseButton.LeftButton)
    (wizard,) = view.findChildren(ExportWizard)
    assert wizard.isVisible()
    assert [p.case_id for p in wizard.content_page.parts()] == [case_id]
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(target)])
    qtbot.mouseClick(wizard.situation_page.attach_button, Qt.MouseButton.LeftButton)
    assert wizard.situation_page.attachments[0].name == target.name
    _next(wizard, qtbot)
    type_text(wizard.decision_page.role, "Samordnare")
    type_text(wizard.decision_page.purpose, "Underlag till polisen.")
    _next(wizard, qtbot)
    data = wizard.preview.data
    assert [c["title"] for c in data["cases"]] == [CASE_TITLE]
    assert data["attachments"] == [target.name]
    destination = tmp_path / "paket.p7m"
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    with qtbot.waitSignal(view.disclosed, timeout=5_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert destination.exists()
    assert "disclosure recorded (paket.p7m)" in view.ui.messageLabel.text()
    # The police's copy was a disclosure when saved; the package is one, and the brief
    # attached to it another of its own (channel "brief", with the PDF's checksum): all about
    # this case, all decided by her.
    recorded = exchange.disclosures(window.session)
    assert sorted(d.channel for d in recorded) == ["brief", "brief", "export"]
    for disclosure in recorded:
        assert disclosure.case_ids == (case_id,)
        assert disclosure.decided_by == "Anna Lindqvist"
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert [d.content_sha256 for d in recorded if d.channel == "brief"] == [digest, digest]
    # A brief signed after the package was signed is signed just as well.
    again = view.open_brief()
    second = tmp_path / "pm-2.pdf"
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(second))
    qtbot.mouseClick(again.ui.saveButton, Qt.MouseButton.LeftButton)
    assert briefs.verify(second.read_bytes(), window.session).ok


def test_the_case_window_shows_that_nothing_came_in(window: Any) -> None:
    view = window.open_case(_case_id(window))
    view.ui.tabs.setCurrentWidget(view.ui.incomingTab)
    assert view.ui.incomingTree.topLevelItemCount() == 0
    assert view.ui.incomingNote.text() == "No incoming information is linked to this case."


def test_locking_closes_the_brief_and_the_wizard_of_a_case(
    window: Any, controller: Any, qtbot: Any
) -> None:
    view = window.open_case(_case_id(window))
    opened = [view.open_brief(), view.open_export()]
    assert all(d is not None and d.isVisible() for d in opened)
    controller.lock()
    assert controller.main_window is None
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]
