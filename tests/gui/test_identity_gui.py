"""Inställningar → Signeringsidentitet: the active identity, its history, importing a PKCS#12
file through the dialog, exporting the certificate, and locking closing it all."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from identity_pki import P12_PASSWORD, UNIT, ec_p12, p12
from kopingplan.gui.briefs.identity_dialog import IdentityDialog
from kopingplan.gui.common import file_dialogs
from kopingplan.services import identity as identity_service

from gui_helpers import type_text, unlock
from support import shared_identity, snapshot

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))


def shot(widget: Any, name: str) -> None:
    """Saves what the user sees, for a human to look at (never asserted on)."""
    if SHOTS.is_dir():
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"identity_{name}.png"))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    session.close()
    controller.start(vault_paths.folder)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    opened = controller.main_window
    qtbot.waitExposed(opened)
    return opened


def _open_dialog(window: Any, qtbot: Any) -> IdentityDialog:
    action = window.identity_actions.identity_action
    assert action in window.ui.settingsMenu.actions()
    assert action.text() == "Signing &identity…"
    action.trigger()
    (dialog,) = [d for d in window.findChildren(IdentityDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def _import_page(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path, content: bytes
) -> IdentityDialog:
    """The dialog on its import page for ``content``, chosen as ``path`` in the file dialog."""
    path.write_bytes(content)
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(path)])
    dialog = _open_dialog(window, qtbot)
    click(qtbot, dialog.ui.importButton)
    return dialog


def test_the_dialog_shows_the_self_signed_identity(window: Any, qtbot: Any) -> None:
    dialog = _open_dialog(window, qtbot)
    ui = dialog.ui
    assert ui.subjectLabel.text() == "C=SE,O=Köpings kommun,CN=Anna Lindqvist"
    assert ui.issuerLabel.text() == ui.subjectLabel.text()
    assert ui.sourceLabel.text() == "Self-signed, made with the vault"
    shown = ui.fingerprintLabel.text().split()
    assert shown == shared_identity().fingerprint.split() and len(shown) == 16
    assert not ui.historyTable.isVisible()  # no earlier identities yet
    shot(dialog, "overview")


def test_import_through_the_dialog(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    file = tmp_path / "samordnare.p12"
    dialog = _import_page(window, qtbot, monkeypatch, file, p12())
    ui = dialog.ui
    assert ui.pages.currentIndex() == 1 and ui.fileLabel.text() == str(file)
    assert not ui.confirmButton.isEnabled()
    type_text(ui.passwordEdit, "fel")
    click(qtbot, ui.readButton)
    assert "The password does not open the PKCS#12 file" in dialog.message
    assert not ui.confirmButton.isEnabled()

    ui.passwordEdit.clear()
    type_text(ui.passwordEdit, P12_PASSWORD)
    click(qtbot, ui.readButton)
    assert ui.previewSubjectLabel.text() == f"C=SE,O=Köpings kommun,OU={UNIT},CN=Anna Lindqvist"
    assert ui.previewKeyLabel.text() == "RSA 2048"
    assert ui.previewUsageLabel.text() == "digitalSignature, nonRepudiation, keyEncipherment"
    assert ui.previewChainLabel.text() == "2"
    info = identity_service.inspect_pkcs12(file.read_bytes(), P12_PASSWORD)
    assert ui.previewFingerprintLabel.text().split() == info.fingerprint.split()
    shot(dialog, "preview")
    active = identity_service.active_identity(window.session)
    assert active.fingerprint == shared_identity().fingerprint  # not yet

    click(qtbot, ui.confirmButton)

    assert identity_service.active_identity(window.session).fingerprint == info.fingerprint
    assert ui.pages.currentIndex() == 0
    assert ui.passwordEdit.text() == ""
    assert "signed from now on with the imported certificate" in dialog.message
    assert ui.sourceLabel.text() == "Imported (PKCS#12)"
    assert ui.fingerprintLabel.text().split() == info.fingerprint.split()
    [earlier] = dialog.history_rows()
    assert earlier[0] == shared_identity().fingerprint
    assert earlier[2] == "Self-signed, made with the vault"
    shot(dialog, "after_import")


def test_a_refused_file_is_explained_and_changes_nothing(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = snapshot(window.session.vault_folder)
    dialog = _import_page(window, qtbot, monkeypatch, tmp_path / "ec.p12", ec_p12())
    type_text(dialog.ui.passwordEdit, P12_PASSWORD)
    click(qtbot, dialog.ui.readButton)

    # The facts are shown beside the reason, the key named as any certificate's is.
    assert dialog.ui.previewKeyLabel.text() == "EC secp256r1"
    assert "RSA-OAEP" in dialog.message
    assert not dialog.ui.confirmButton.isEnabled()
    shot(dialog, "refused")
    click(qtbot, dialog.ui.cancelButton)
    assert dialog.ui.pages.currentIndex() == 0 and dialog.ui.passwordEdit.text() == ""
    assert snapshot(window.session.vault_folder) == before


def test_export_writes_the_active_certificate(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    destination = tmp_path / "samordnare"
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    dialog = _open_dialog(window, qtbot)

    click(qtbot, dialog.ui.exportButton)

    written = tmp_path / "samordnare.pem"
    assert written.read_bytes() == shared_identity().certificate_pem
    assert str(written) in dialog.message


def test_locking_closes_the_dialog_and_forgets_the_password(
    window: Any, controller: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = _import_page(window, qtbot, monkeypatch, tmp_path / "samordnare.p12", p12())
    type_text(dialog.ui.passwordEdit, P12_PASSWORD)

    controller.lock()

    assert controller.main_window is None
    assert dialog.session is None and dialog.ui.passwordEdit.text() == ""
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]
