"""The "Incidents" section: the list, filters, a new incident and opening one (audited)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    for day, kind, staff in (
        (date(2025, 3, 1), "threat", "Fältassistent Anna"),
        (date(2026, 1, 5), "harassment", "Kurator Bo"),
    ):
        session.save(model.Incident(day, model.IncidentKind(kind), "Hot via telefon", staff))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.show_section(opened.ui.sectionStack.indexOf(opened.incidents_page))
    return opened


def _column(page: Any, column: int) -> list[str]:
    found = page.model
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def test_the_list_and_its_filters(window: Any) -> None:
    page = window.incidents_page
    assert window.ui.sectionStack.currentWidget() is page
    assert _column(page, 2) == ["Kurator Bo", "Fältassistent Anna"]
    assert _column(page, 1) == ["Harassment", "Threat"]
    assert page.ui.countLabel.text() == "2 incidents"
    page.ui.yearFilter.setCurrentIndex(page.ui.yearFilter.findData(2025))
    assert _column(page, 2) == ["Fältassistent Anna"]
    page.ui.yearFilter.setCurrentIndex(0)
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData("harassment"))
    assert _column(page, 2) == ["Kurator Bo"]
    assert page.ui.countLabel.text() == "1 incident"


def test_a_new_incident(window: Any, qtbot: Any) -> None:
    page = window.incidents_page
    qtbot.mouseClick(page.ui.newIncidentButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("incident", None)]
    assert form.focusWidget() is form.ui.staffEdit
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible() and save.toolTip() == "Fill in: Staff member, What happened"
    type_text(form.ui.staffEdit, "Fritidsledare Åke")
    type_text(form.ui.descriptionEdit, "Blev uppsökt hemma av två personer.")
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("pressure"))
    form.ui.policeCheck.setChecked(True)
    type_text(form.ui.supportEdit, "Samtal med chefen och företagshälsovården.")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert _column(page, 2)[0] == "Fritidsledare Åke"
    assert _column(page, 1)[0] == "Undue pressure"
    assert _column(page, 4)[0] == "Yes"


def test_opening_an_incident_is_audited(window: Any, controller: Any) -> None:
    page = window.incidents_page
    table = page.ui.incidentTable
    table.setFocus()
    table.setCurrentIndex(page.model.index(1, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    (form,) = window.windows._forms.values()
    assert form.ui.staffEdit.text() == "Fältassistent Anna"
    rows = controller.session.vault.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'incidents.open'"
    ).fetchone()
    assert rows == (1,)
