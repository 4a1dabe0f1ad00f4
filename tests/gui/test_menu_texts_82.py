"""The menus installed after unlock say the texts given with their actions, and say them again
in the language chosen later (gui/common/menu_actions.WindowActions: one list of actions and
their texts, instead of a second list in each menu's retranslate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kopingplan import i18n

from gui_helpers import unlock

pytestmark = pytest.mark.gui


def _texts(window: Any) -> tuple[str, str, str, str]:
    return (
        window.reports.menu.title(),
        window.reports.where_action.text(),
        window.safety.backup_action.text(),
        window.safety.recovery_action.text(),
    )


def test_the_menus_follow_a_language_switch(
    controller: Any, qtbot: Any, closed_vault: Any, gui: QApplication
) -> None:
    controller.start(Path(closed_vault.folder))
    window = unlock(controller, qtbot)
    assert _texts(window) == ("&Reports", "&Where do I turn?…", "&Back up…", "Recovery &key…")
    i18n.install_translators(gui, "sv")
    QApplication.processEvents()
    assert _texts(window) == (
        "&Rapporter",
        "&Vart vänder jag mig? …",
        "Säkerhets&kopiera …",
        "Återställnings&nyckel …",
    )
    i18n.install_translators(gui, "en")
    QApplication.processEvents()
    assert _texts(window) == ("&Reports", "&Where do I turn?…", "&Back up…", "Recovery &key…")
