"""The lägesbild for a period in the app (issue 18), driven as the coordinator uses it: write
the overall assessment of a period in the Lägesbild section, correct it (the earlier text is
kept and shown), make the signed period report; take a police item of an incoming package
into the lägesbild with a reliability, once."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kopingplan.domain import model
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.situation import situation_periods
from kopingplan.gui.situation.situation_periods import AssessmentDialog, SituationPeriodDialog
from kopingplan.gui.situation.take_incoming import TakeIncomingDialog
from kopingplan.services import briefs, situation
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

from gui_helpers import open_main_window, type_text

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
NOW = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _save_button(dialog: Any) -> Any:
    buttons = dialog.ui.buttonBox if hasattr(dialog, "ui") else dialog.buttons
    return buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    for day, milieu, orientation, text in (
        (date(2026, 3, 1), "Ängen", "right", "Flygblad i brevlådor"),
        (date(2026, 9, 1), "Centrumskolan", "islamist", "Rekrytering på rasten"),
    ):
        session.save(
            model.SituationEntry(day, milieu, model.Orientation(orientation), text, "Polisen")
        )
    with session.vault.transaction() as conn:
        exchange_repo.insert_imported_package(
            conn, package_id="p-1", content_sha256="cd" * 32, sender_fingerprint="F",
            created_at=NOW.isoformat(), imported_at=NOW, items=2,
        )  # fmt: skip
        for kind, title, text in (
            ("message", "", "Hör av dig om mötet."),
            ("situation", "Idrottsplatsen", "Samling på kvällarna."),
        ):
            exchange_repo.insert_incoming_item(
                conn,
                exchange_repo.IncomingItemRow(
                    package_id="p-1", received_at=NOW, source="Kontaktpolis Karin Berg",
                    sender_fingerprint="F", kind=kind, text=text, title=title,
                    dated="2026-10-20", details={"orientation": "right", "reliability": "probable"}
                    if kind == "situation" else {},
                ),
            )  # fmt: skip
    return open_main_window(controller, qtbot, session, vault_paths)


def _panel(window: Any) -> Any:
    page = window.situation_page  # built on first use, as when the section is first shown
    window.ui.sectionStack.setCurrentWidget(page)
    page.ui.tabs.setCurrentWidget(page.assessments)
    return page.assessments


def test_write_correct_and_report_a_period(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    panel = _panel(window)
    page = window.situation_page
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(panel)) == "&Period assessments"
    assert "No overall assessment yet" in panel.text.toPlainText()
    assert not panel.correctButton.isEnabled()
    # A new assessment: a reversed period is refused under its field, Save waits.
    click(qtbot, panel.newButton)
    dialog = panel.open_dialog.window
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    dialog.ui.firstDayEdit.setDate(QDate(2026, 12, 31))
    dialog.ui.lastDayEdit.setDate(QDate(2026, 7, 1))
    type_text(dialog.ui.textEdit, "Rekryteringen kring Centrumskolan är det nya.")
    assert not _save_button(dialog).isEnabled()
    assert dialog.shown_problem("last_day") == "Must not be before the start of the period."
    assert situation.assessments(window.session) == []
    dialog.ui.firstDayEdit.setDate(QDate(2026, 7, 1))
    dialog.ui.lastDayEdit.setDate(QDate(2026, 12, 31))
    click(qtbot, _save_button(dialog))
    assert not dialog.isVisible()
    assert panel.tree.topLevelItemCount() == 1
    row = panel.tree.topLevelItem(0)
    assert row.text(0).startswith("2026-07-01") and row.text(1) == "Anna Lindqvist"
    assert panel.text.toPlainText() == "Rekryteringen kring Centrumskolan är det nya."
    # A correction keeps the earlier text, shown below the new one.
    click(qtbot, panel.correctButton)
    dialog = panel.open_dialog.window
    dialog.ui.textEdit.clear()
    type_text(dialog.ui.textEdit, "Rekryteringen har spridit sig.")
    type_text(dialog.ui.reasonEdit, "ny uppgift från skolan")
    click(qtbot, _save_button(dialog))
    shown = panel.text.toPlainText()
    assert shown.startswith("Rekryteringen har spridit sig.")
    assert "(ny uppgift från skolan)" in shown
    assert shown.endswith("Rekryteringen kring Centrumskolan är det nya.")
    if SHOTS.is_dir():
        window.resize(1100, 700)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / "situation_periods.png"))
    # The period report, for the chosen assessment's period, signed off the GUI thread.
    click(qtbot, panel.reportButton)
    report = panel.open_dialog.window
    assert isinstance(report, SituationPeriodDialog)
    assert report.period() == (date(2026, 7, 1), date(2026, 12, 31))
    assert report.ui.headingLabel.text() == "The situation picture for a period"
    assert report.ui.presetCombo.itemText(1) == "The last half-year"
    target = tmp_path / "lb.pdf"
    suggested: list[str] = []

    def answer(file_dialog: Any) -> list[str]:
        suggested.extend(Path(name).name for name in file_dialog.selectedFiles())
        file_dialog.deleteLater()
        return [str(target)]

    monkeypatch.setattr(file_dialogs, "run", answer)
    click(qtbot, report.ui.saveButton)
    assert suggested == ["Lägesbild 2026-07-01–2026-12-31.pdf"]
    assert "Saved and signed: lb.pdf" in report.ui.messageLabel.text()
    assert briefs.verify(target.read_bytes(), window.session).ok
    made = audit.entries(window.session.vault.conn, action="brief.create", limit=1)[0]
    assert (made.details["kind"], made.details["first"]) == ("situation", "2026-07-01")


def test_a_police_item_is_taken_into_the_situation_picture_once(window: Any, qtbot: Any) -> None:
    incoming = window.disclosures_page.open_incoming()
    tree = incoming.ui.itemTree
    take = incoming.take
    kinds = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    tree.setCurrentItem(tree.topLevelItem(kinds.index("Message")))
    assert not take.button.isVisible()  # a message is no lägesbild item
    tree.setCurrentItem(tree.topLevelItem(kinds.index("Situation picture entry")))
    click(qtbot, take.button)
    dialog = take.dialog
    assert isinstance(dialog, TakeIncomingDialog)
    assert "Source: Kontaktpolis Karin Berg" in dialog.facts.text()
    assert "Milieu: Idrottsplatsen" in dialog.facts.text()
    assert dialog.reliability() == model.Reliability.PROBABLE  # the sender's, to start from
    dialog.reliabilityCombo.setCurrentIndex(dialog.reliabilityCombo.findData("confirmed"))
    if SHOTS.is_dir():
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / "take_incoming.png"))
    click(qtbot, _save_button(dialog))
    assert not dialog.isVisible()
    [entry] = situation.entry_page(window.session, milieu="Idrottsplatsen")
    assert (entry.source, entry.reliability) == ("Kontaktpolis Karin Berg", "confirmed")
    assert incoming.ui.countLabel.text() == f"Taken into the situation picture as entry {entry.id}."
    assert not take.button.isEnabled()
    assert "already" in take.button.toolTip()
    # The Lägesbild section shows it at once (the change channel).
    assert window.situation_page.entries.total == 3
    # Opened again, the list still knows it was taken.
    incoming.close()
    again = window.disclosures_page.open_incoming()
    tree = again.ui.itemTree
    kinds = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    tree.setCurrentItem(tree.topLevelItem(kinds.index("Situation picture entry")))
    assert not again.take.button.isEnabled()
    taken = audit.entries(window.session.vault.conn, action="situation_entries.take", limit=5)
    assert len(taken) == 1


def test_the_tab_and_dialogs_speak_swedish(window: Any, controller: Any, qtbot: Any) -> None:
    panel = _panel(window)
    controller.set_language("sv")
    try:
        page = window.situation_page
        assert page.ui.tabs.tabText(page.ui.tabs.indexOf(panel)) == "P&eriodbedömningar"
        assert panel.newButton.text() == "&Ny bedömning …"
        if SHOTS.is_dir():
            window.resize(1100, 600)
            QApplication.processEvents()
            window.grab().save(str(SHOTS / "situation_periods_sv.png"))
        click(qtbot, panel.reportButton)
        assert panel.open_dialog.window.ui.headingLabel.text() == "Lägesbild för en period"
        assert panel.open_dialog.window.ui.presetCombo.itemText(1) == "Senaste halvåret"
        panel.open_dialog.window.close()
    finally:
        controller.set_language("en")


def test_a_new_assessment_offers_the_half_year_ended_by_today_not_by_the_tabs_first_day(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    panel = _panel(window)  # made on one day; the vault stays open past midnight

    class NewYearsDay(date):
        @classmethod
        def today(cls) -> date:
            return date(2027, 1, 1)

    monkeypatch.setattr(situation_periods, "date", NewYearsDay)
    click(qtbot, panel.newButton)
    dialog = panel.open_dialog.window
    assert isinstance(dialog, AssessmentDialog)
    assert (dialog.ui.firstDayEdit.date(), dialog.ui.lastDayEdit.date()) == (
        QDate(2026, 7, 1),
        QDate(2026, 12, 31),
    )
    dialog.reject()
