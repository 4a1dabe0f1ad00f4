"""The export wizard attaches only the copy of a brief made for the package's recipient (issue
16, per-recipient minimisation): the brief window opened from the wizard starts with a copy
for the recipient; of the copies it saves, only that one is attached and the page says how
many stayed out; another recipient's copy chosen by hand is refused naming for whom it was
made; a copy attached before the recipients changed leaves the list. Screens go to
/tmp/kopingplan-screens/export-brief-copies*.png."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_exchange_gui_more import (  # noqa: F401 (window is a fixture)
    POLICE_TERMS,
    _at_attachments,
    _brief,
    _choose,
    _next,
    window,
)

from kopingplan.briefs.document import BriefOptions
from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.domain import model
from kopingplan.gui.briefs import brief_dialog
from kopingplan.services import briefs, exchange
from kopingplan.services.brief_disclosures import CopyRecipient

from gui_helpers import type_text

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
SOCIAL = "Socialtjänsten Köping"


@functools.cache
def social_identity() -> Identity:
    return create_identity("Socialsekreterare Sara Holm", SOCIAL)


@pytest.fixture
def social(window: Any, tmp_path: Path) -> Path:  # noqa: F811 (the fixture imported above)
    """Social services in the registry and a copy of the case's brief saved for them."""
    session = window.session
    org = session.save(model.Organisation(SOCIAL, model.OrganisationKind.SOCIAL_SERVICES))
    (case_id,) = session.vault.conn.execute("SELECT id FROM cases").fetchone()
    brief = briefs.case_brief(session, case_id, BriefOptions())
    to = [CopyRecipient(org.name, org.id, POLICE_TERMS)]
    (saved,) = briefs.save(session, brief, tmp_path / "pm-soc.pdf", to=to)
    return saved


@pytest.fixture
def at_attachments(window: Any, social: Path, qtbot: Any) -> Iterator[tuple[Any, Any]]:  # noqa: F811
    """The wizard to the police at its attachments page, the case chosen; closed after."""
    wizard, situation = _at_attachments(window, qtbot)
    yield wizard, situation
    wizard.reject()


def test_of_the_brief_windows_copies_only_the_recipients_is_attached(
    at_attachments: tuple[Any, Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, situation = at_attachments
    qtbot.mouseClick(situation.create_button, Qt.MouseButton.LeftButton)
    dialog = situation.findChild(brief_dialog.BriefDialog)
    ui = dialog.ui
    # The window starts with the copy for the package's recipient, the police.
    assert ui.copyList.count() == 1 and "Polisen" in ui.copyList.item(0).text()
    ui.basisCombo.setCurrentIndex(2)
    type_text(ui.roleEdit, "Samordnare")
    type_text(ui.purposeEdit, "Polisens bedömning")
    # The coordinator adds a copy for social services too, and saves both.
    ui.addCopyButton.click()
    ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findText(SOCIAL))
    ui.basisCombo.setCurrentIndex(2)
    type_text(ui.purposeEdit, "Stöd till familjen")
    assert ui.saveButton.isEnabled(), ui.saveButton.toolTip()
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(tmp_path / "nu.pdf"))
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    police_copy = tmp_path / "nu-exemplar-1-av-2.pdf"
    assert police_copy.exists() and (tmp_path / "nu-exemplar-2-av-2.pdf").exists()
    assert [a.content for a in situation.attachments] == [police_copy.read_bytes()]
    assert situation.files.count() == 1
    said = situation.message_label.text()
    assert f"Attached: {police_copy.name}." in said
    assert "1 copy made for someone else or for no recipient stays out" in said
    dialog.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.resize(1366, 768)
    wizard.grab().save(str(SHOTS / "export-brief-copies.png"))


def test_another_recipients_copy_chosen_by_hand_is_refused(
    at_attachments: tuple[Any, Any], social: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, situation = at_attachments
    _choose(monkeypatch, social)
    qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
    said = situation.message_label.text()
    assert f"The file {social.name} is the copy of the brief made for {SOCIAL}" in said
    assert "this package goes to Polisen" in said and "Nothing was attached." in said
    assert situation.attachments == [] and situation.files.count() == 0
    assert situation.attach_button.isEnabled()
    wizard.grab().save(str(SHOTS / "export-brief-copies-refused.png"))


def test_a_copy_attached_before_the_recipient_changed_leaves_the_list(
    window: Any,  # noqa: F811
    social: Path,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    certificate = social_identity().certificate_pem
    row = exchange.add_recipient(window.session, certificate)
    exchange.verify_recipient(window.session, row.id, row.fingerprint)
    wizard = window.disclosures_page.open_export()
    recipients = wizard.recipient_page.list
    police_row = next(
        i for i in range(recipients.count()) if "Polisen" in recipients.item(i).text()
    )
    recipients.item(police_row).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    wizard.content_page.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    situation = wizard.situation_page
    _choose(monkeypatch, _brief(tmp_path))  # the police's copy
    qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
    assert situation.files.count() == 1, situation.message_label.text()
    # Back to the recipients: social services instead of the police.
    wizard.back()
    wizard.back()
    recipients.item(police_row).setCheckState(Qt.CheckState.Unchecked)
    recipients.item(1 - police_row).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    assert wizard.currentPage() is situation
    assert situation.attachments == [] and situation.files.count() == 0
    said = situation.message_label.text()
    assert "made for Polisen" in said and f"goes to {SOCIAL}" in said
    wizard.reject()
