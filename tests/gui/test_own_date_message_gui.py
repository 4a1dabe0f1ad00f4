"""An agreement's "Till" before its "Från": the line under "Till" says which date it is
compared with, in Swedish (it said "the record's own date" before)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from kopingplan import i18n
from kopingplan.domain import model as m
from kopingplan.gui.people.agreements import AgreementDialog

from gui_helpers import type_text

SHOTS = Path("/tmp/kp-shots")


def test_the_agreement_until_line_names_the_from_date(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    i18n.install_translators(gui, "sv")
    partner = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    form = AgreementDialog(session, partner.id, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    type_text(form.ui.titleEdit, "Läxhjälp på fritidsgården")
    form.ui.startsEdit.setDate(QDate(2026, 3, 10))
    assert form.ui.endsCheck.isChecked()
    form.ui.endsEdit.setDate(QDate(2026, 3, 1))
    assert form.shown_problem("ends_on") == "Kan inte vara tidigare än Från-datumet."
    assert "Till" in form.blocker  # "Rätta: Till"
    save = form.action_button()
    assert save is not None and not save.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    form.grab().save(str(SHOTS / "h120-agreement-until.png"))
    form.ui.endsEdit.setDate(QDate(2026, 3, 10))  # the same day is fine
    assert form.shown_problem("ends_on") == ""
    assert save.isEnabled()
