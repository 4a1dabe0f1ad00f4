"""Rapporter → Lägesbild för en period (issue 18): the signed period report from the menu bar,
not only from the Lägesbild section's tab; the last half-year to start from, saved signed;
locking closes it; the menu speaks Swedish."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kopingplan.gui.common import file_dialogs
from kopingplan.gui.reports.statistics_dialog import last_half_year
from kopingplan.gui.situation.situation_periods import SituationPeriodDialog
from kopingplan.services import briefs
from kopingplan.storage import audit

from gui_helpers import unlock

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
ITEM = "The &situation picture for a period…"


def _open(controller: Any, qtbot: Any, folder: Path) -> tuple[Any, SituationPeriodDialog]:
    controller.start(folder)
    window = unlock(controller, qtbot)
    actions = window.reports.menu.actions()
    texts = [action.text() for action in actions]
    actions[texts.index(ITEM)].trigger()
    dialog = window.reports.dialog
    assert isinstance(dialog, SituationPeriodDialog)
    qtbot.waitExposed(dialog)
    return window, dialog


def test_the_period_report_is_made_from_the_reports_menu(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window, dialog = _open(controller, qtbot, closed_vault.folder)
    assert dialog.ui.headingLabel.text() == "The situation picture for a period"
    assert dialog.windowTitle() == "The situation picture for a period"
    assert dialog.period() == last_half_year(date.today())
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "situation_report_menu.png"))
    target = tmp_path / "lb.pdf"
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [str(target)])
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "lb.pdf" in dialog.ui.messageLabel.text())
    assert briefs.verify(target.read_bytes(), window.session).ok
    made = audit.entries(window.session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "situation"


def test_locking_closes_it_and_the_menu_speaks_swedish(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    window, dialog = _open(controller, qtbot, closed_vault.folder)
    controller.set_language("sv")
    try:
        texts = [action.text() for action in window.reports.menu.actions()]
        assert "Lägesbild för en &period …" in texts
        assert dialog.ui.headingLabel.text() == "Lägesbild för en period"
    finally:
        controller.set_language("en")
    controller.lock()
    assert dialog.session is None and not dialog.isVisible()
