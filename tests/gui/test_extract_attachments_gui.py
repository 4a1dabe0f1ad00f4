"""The register extract's review lists a case's attachment as a part under the case, by name,
kind and size, to be given or withheld like any part (issue 17). A screen in Swedish goes to
/tmp/kopingplan-screens/extract-attachments.png."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import attachment_samples as samples
from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.gui.people.extract_dialog import ExtractDialog
from kopingplan.services import attachments

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))


def test_an_attachment_is_a_part_under_its_case(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    i18n.install_translators(gui, "sv")
    try:
        person = session.save(model.Person("Leopold", "Fjällström", birth_year=2008))
        case = session.save(model.Case("Ärende Tallbacken", model.Level.INDIVIDUAL,
                                       model.Orientation.RIGHT, date(2026, 1, 5)))  # fmt: skip
        session.save(model.CaseParticipant(case.id, person.id, model.CaseRole.SUBJECT))
        stored = attachments.attach_bytes(session, model.AttachmentOwner.CASE, case.id,
                                          "Orosanmälan skolan.pdf", samples.pdf())  # fmt: skip
        dialog = ExtractDialog(session, person.id)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        item = dialog._items[f"attachment:{stored.id}"]
        assert item.text(0).startswith("Bilaga: Orosanmälan skolan.pdf (PDF, ")
        assert item.parent() is dialog._items[f"case:{case.id}"]
        item.setCheckState(0, Qt.CheckState.Checked)  # withheld
        assert f"attachment:{stored.id}" in dialog.withheld()
        dialog.ui.partsTree.setCurrentItem(item)
        qtbot.waitExposed(dialog)
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "extract-attachments.png"))
    finally:
        i18n.install_translators(gui, "en")
