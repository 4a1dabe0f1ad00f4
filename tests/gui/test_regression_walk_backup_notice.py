"""A backup made from the File menu takes the 'no backup yet' reminder off the main window
(seen on the regression walk under Xvfb: after a checked backup from Arkiv → Säkerhetskopiera …
the notice still said 'Valvet har ingen säkerhetskopia än.' until the next unlock; only the
notice's own button took it away)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


def backup_notices(window: Any) -> list[Any]:
    return [b for b in window.notices() if b.key == "backup" and not b.is_dismissed]


def test_a_backup_from_the_menu_takes_the_reminder_away(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    assert len(backup_notices(window)) == 1
    window.safety.backup_action.trigger()  # Arkiv → Säkerhetskopiera …
    dialog = window.safety.dialog
    usb = tmp_path / "usb"
    usb.mkdir()
    type_text(dialog.ui.folderEdit, str(usb))
    qtbot.mouseClick(dialog.ui.backupButton, Qt.MouseButton.LeftButton)
    assert "made and checked" in dialog.message
    dialog.reject()
    assert backup_notices(window) == []


def test_a_failed_backup_leaves_the_reminder(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    window.safety.backup_action.trigger()
    dialog = window.safety.dialog
    type_text(dialog.ui.folderEdit, str(tmp_path / "missing"))
    qtbot.mouseClick(dialog.ui.backupButton, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert len(backup_notices(window)) == 1
