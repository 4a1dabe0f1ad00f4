"""The Reports menu: the access-log follow-up, the disclosure report and the record of
processing, driven through the dialogs as the coordinator uses them."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kopingplan.domain import model
from kopingplan.gui.reports import accountability as dialogs
from kopingplan.gui.reports import signed_report
from kopingplan.services import briefs, cases
from kopingplan.storage import audit

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
NOTE_TEXT = "Pappan ringde och berättade om nya vänner i Kolbäck."


def shot(widget: Any, name: str) -> None:
    """Saves what the user sees, for a human to look at (never asserted on)."""
    if SHOTS.is_dir():
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"accountability_{name}.png"))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _window(controller: Any, qtbot: Any, folder: Path) -> Any:
    controller.start(folder)
    return unlock(controller, qtbot)


def _rows(dialog: Any) -> list[Any]:
    model = dialog.model
    return [model.row(n) for n in range(model.rowCount())]


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(signed_report, "choose_save_path", lambda parent: str(target))


def test_the_reports_menu_sits_before_settings_and_opens_each_dialog(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    window = _window(controller, qtbot, closed_vault.folder)
    titles = [action.text() for action in window.ui.menuBar.actions()]
    assert titles.index("&Reports") == titles.index("&Settings") - 1
    actions = window.reports.menu.actions()
    assert [a.text() for a in actions] == [
        "&Access log follow-up…",
        "&Disclosure report…",
        "Record of &processing (GDPR art. 30)…",
        "",  # a separator: the report to the board is of another kind
        "&Report to the municipal executive board…",
        "The &situation picture for a period…",
        "&Yearly follow-up of the action plan…",
        "&Where do I turn?…",
    ]
    actions[1].trigger()
    assert isinstance(window.reports.dialog, dialogs.ReportDialog)
    assert window.reports.dialog.ui.periodCombo.isVisible()
    actions[2].trigger()
    assert not window.reports.dialog.ui.periodCombo.isVisible()
    actions[0].trigger()
    assert isinstance(window.reports.dialog, dialogs.AccessLogDialog)


def test_the_follow_up_filters_by_case_and_action_and_is_itself_logged(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    window = _window(controller, qtbot, closed_vault.folder)
    session = window.session
    note = session.save(model.Note(case_id=1, written_at=datetime.now(UTC), text=NOTE_TEXT))
    cases.open_case(session, 1)
    cases.open_case(session, 2)
    dialog = window.reports.open_access_log()
    qtbot.waitExposed(dialog)
    everything = dialog.model.total
    assert everything >= 7

    type_text(dialog.ui.caseEdit, "1")
    click(qtbot, dialog.ui.applyButton)
    rows = _rows(dialog)
    assert {(r.entity, r.entity_id) for r in rows} >= {("cases", 1), ("notes", note.id)}
    assert all(r.cases == "1" for r in rows)
    assert dialog.ui.countLabel.text() == f"Rows in the log that match: {len(rows)}"
    texts = [dialog.model.index(n, 2).data() for n in range(len(rows))]
    assert "Opened case" in texts and "Created note" in texts
    assert f"Note {note.id}" in [dialog.model.index(n, 3).data() for n in range(len(rows))]

    combo = dialog.ui.actionCombo
    combo.setCurrentIndex(combo.findData("cases.open"))
    click(qtbot, dialog.ui.applyButton)
    assert [(r.action, r.entity_id) for r in _rows(dialog)] == [("cases.open", 1)]
    shot(dialog, "access_log")

    viewed = audit.entries(session.vault.conn, action="audit.view", limit=10)
    assert viewed[0].details["case"] == 1 and viewed[0].details["action"] == "cases.open"
    assert NOTE_TEXT not in str([row.details for row in viewed])


def test_a_reversed_period_is_refused_in_words(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    window = _window(controller, qtbot, closed_vault.folder)
    dialog = window.reports.open_access_log()
    ui = dialog.ui
    ui.fromCheck.setChecked(True)
    ui.toCheck.setChecked(True)
    ui.fromDate.setDate(ui.toDate.date().addDays(3))
    before = dialog.model.total
    click(qtbot, ui.applyButton)
    assert "before the start of the period" in ui.messageLabel.text()
    assert dialog.model.total == before


def test_print_signed_saves_the_filtered_log_as_a_verified_pdf(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = _window(controller, qtbot, closed_vault.folder)
    session = window.session
    cases.open_case(session, 2)
    target = tmp_path / "logguppfoljning.pdf"
    _saving_to(monkeypatch, target)
    dialog = window.reports.open_access_log(case_id=2)
    click(qtbot, dialog.ui.printButton)
    assert target.exists(), dialog.ui.messageLabel.text()
    assert "Saved and signed: logguppfoljning.pdf" in dialog.ui.messageLabel.text()
    assert briefs.verify(target.read_bytes(), session).ok
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "access_log" and made.details["case"] == 2


def test_the_disclosure_report_and_the_processing_record_are_saved_signed(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = _window(controller, qtbot, closed_vault.folder)
    session = window.session
    session.save(
        model.Disclosure(
            disclosed_at=datetime.now(UTC),
            recipient="Polisen, kontaktpolis Karin Berg",
            content_description="1 ärende",
            content_sha256="ab" * 32,
            legal_basis="OSL 10 kap. 18 a §",
            decided_by="Anna Lindqvist",
            case_ids=(1,),
        )
    )
    # Utlämnanden: the report is offered where the log is
    window.show_section(window.ui.sectionStack.indexOf(window.disclosures_page))
    click(qtbot, window.disclosures_page.ui.reportButton)
    dialog = window.reports.dialog
    ui = dialog.ui
    ui.periodCombo.setCurrentIndex(ui.periodCombo.findData("this_year"))
    assert ui.summaryLabel.text() == "Disclosures in the period: 1"
    shot(dialog, "disclosure_report")
    target = tmp_path / "utlamnanden.pdf"
    _saving_to(monkeypatch, target)
    click(qtbot, ui.saveButton)
    assert briefs.verify(target.read_bytes(), session).ok
    assert (
        audit.entries(session.vault.conn, action="brief.create", limit=1)[0].details["kind"]
        == "disclosure_report"
    )

    record = window.reports.open_processing_record()
    shot(record, "processing_record")
    target = tmp_path / "registerforteckning.pdf"
    _saving_to(monkeypatch, target)
    click(qtbot, record.ui.saveButton)
    assert briefs.verify(target.read_bytes(), session).ok
    assert "document id RF-" in record.ui.messageLabel.text()


def test_locking_closes_the_follow_up_and_forgets_the_rows(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    window = _window(controller, qtbot, closed_vault.folder)
    dialog = window.reports.open_access_log()
    assert dialog.model.total > 0
    controller.lock()
    assert dialog.session is None
    assert dialog.model.total == 0
