"""Rapporter → Lägesrapport till kommunstyrelsen, driven as the coordinator uses it: pick the
period, see what it is compared with, save a signed PDF under a suggested name; a reversed
period is refused before anything is asked."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from kopingplan.gui.common import file_dialogs
from kopingplan.gui.reports import signed_report
from kopingplan.gui.reports.statistics_dialog import StatisticsDialog, last_half_year, preset_period
from kopingplan.services import briefs
from kopingplan.storage import audit

from gui_helpers import unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(controller: Any, qtbot: Any, folder: Path) -> tuple[Any, StatisticsDialog]:
    controller.start(folder)
    window = unlock(controller, qtbot)
    texts = [action.text() for action in window.reports.menu.actions()]
    action = window.reports.menu.actions()[texts.index("&Report to the municipal executive board…")]
    action.trigger()
    dialog = window.reports.dialog
    assert isinstance(dialog, StatisticsDialog)
    qtbot.waitExposed(dialog)
    return window, dialog


def test_common_periods() -> None:
    assert last_half_year(date(2026, 12, 5)) == (date(2026, 1, 1), date(2026, 6, 30))
    assert last_half_year(date(2026, 3, 1)) == (date(2025, 7, 1), date(2025, 12, 31))
    assert preset_period("last_year", date(2026, 3, 1)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period("this_year", date(2026, 3, 1)) == (date(2026, 1, 1), date(2026, 3, 1))


def test_the_report_is_saved_signed_under_a_name_of_dates(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window, dialog = _dialog(controller, qtbot, closed_vault.folder)
    ui = dialog.ui
    dialog.set_period(date(2026, 1, 1), date(2026, 6, 30))
    assert ui.summaryLabel.text() == (
        "181 days, compared with the 181 days before: 2025-07-04 – 2025-12-31."
    )
    if SHOTS.is_dir():
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / "statistics_dialog.png"))
    target = tmp_path / "rapport.pdf"
    suggested: list[str] = []

    def answer(file_dialog: Any) -> list[str]:
        suggested.extend(Path(name).name for name in file_dialog.selectedFiles())
        file_dialog.deleteLater()
        return [str(target)]

    monkeypatch.setattr(file_dialogs, "run", answer)
    click(qtbot, ui.saveButton)
    assert suggested == ["Lägesrapport 2026-01-01–2026-06-30.pdf"]
    assert "Saved and signed: rapport.pdf" in ui.messageLabel.text()
    session = window.session
    assert briefs.verify(target.read_bytes(), session).ok
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "statistics"
    assert (made.details["first"], made.details["last"]) == ("2026-01-01", "2026-06-30")


def test_a_reversed_period_is_refused_before_anything_is_asked(
    controller: Any, qtbot: Any, closed_vault: Any, monkeypatch: Any
) -> None:
    window, dialog = _dialog(controller, qtbot, closed_vault.folder)
    ui = dialog.ui
    ui.fromDate.setDate(QDate(2026, 6, 30))
    ui.toDate.setDate(QDate(2026, 1, 1))
    assert "must not be before the start of the period" in ui.summaryLabel.text()

    def never(*_: Any) -> str:
        raise AssertionError("no file dialog for a reversed period")

    monkeypatch.setattr(signed_report, "choose_save_path", never)
    before = audit.entries(window.session.vault.conn, action="brief.create", limit=5)
    click(qtbot, ui.saveButton)
    assert audit.entries(window.session.vault.conn, action="brief.create", limit=5) == before


def test_a_common_period_fills_the_dates(controller: Any, qtbot: Any, closed_vault: Any) -> None:
    _, dialog = _dialog(controller, qtbot, closed_vault.folder)
    dialog.today = date(2026, 3, 1)
    combo = dialog.ui.presetCombo
    combo.setCurrentIndex(combo.findData("last_year"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert combo.currentIndex() == 0  # back to "Common periods…", ready for another choice


def test_locking_closes_the_dialog_and_forgets_the_session(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    _, dialog = _dialog(controller, qtbot, closed_vault.folder)
    controller.lock()
    assert dialog.session is None and not dialog.isVisible()
    assert dialog.ui.summaryLabel.text() == ""


def test_the_dialog_speaks_swedish(controller: Any, qtbot: Any, closed_vault: Any) -> None:
    window, dialog = _dialog(controller, qtbot, closed_vault.folder)
    controller.set_language("sv")
    try:
        assert dialog.ui.headingLabel.text() == "Lägesrapport till kommunstyrelsen"
        assert dialog.ui.presetCombo.itemText(1) == "Senaste halvåret"
        assert "jämförs med de" in dialog.ui.summaryLabel.text()
        texts = [action.text() for action in window.reports.menu.actions()]
        assert "Läges&rapport till kommunstyrelsen …" in texts
    finally:
        controller.set_language("en")
