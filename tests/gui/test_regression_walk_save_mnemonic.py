"""A record form keeps Alt+S on Save across a language switch (seen on the regression walk
under Xvfb: after switching to English with the person form open, Alt+S typed an 's' into the
field: the button box had said its standard buttons again as plain 'Save' after the form had
named it '&Save')."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan import i18n
from kopingplan.gui.people.person_edit import PersonEditDialog

pytestmark = pytest.mark.gui


def test_save_keeps_its_mnemonic_across_language_switches(
    qtbot: Any, qapp: Any, session: Any
) -> None:
    i18n.install_translators(qapp, "sv")
    try:
        dialog = PersonEditDialog(session, None)
        qtbot.addWidget(dialog)
        dialog.show()
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        assert save.text() == "&Spara"
        i18n.install_translators(qapp, "en")
        qtbot.waitUntil(lambda: save.text() == "&Save", timeout=1000)
        i18n.install_translators(qapp, "sv")
        qtbot.waitUntil(lambda: save.text() == "&Spara", timeout=1000)
    finally:
        i18n.install_translators(qapp, "en")
