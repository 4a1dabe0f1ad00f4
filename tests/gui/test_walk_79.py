"""What the keyboard walk of 5 December 2026 found and left (helper-79): an export that can be
walked to the end in the demo vault, "Fil:" whose letter went to a field where typing does
nothing, date limits that blocked typing, tick lists without a visible current row, a relative's
contact saved from the main window without a word, and fields a screen reader did not name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateTimeEdit
from test_exchange_gui import _next
from test_exchange_gui_more import _decide_and_preview, _finish
from test_keyboard import clashes
from test_ux_left_relative_support_keys import alt

from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.gui.briefs import brief_verify
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.gui.exchange.oral_disclosure_dialog import OralDisclosureDialog
from kopingplan.gui.plan.activity_dialog import ActivityDialog
from kopingplan.gui.situation.situation_page import SituationPage
from kopingplan.gui.wizards import RelativeSupportWizard
from kopingplan.services import cases, demo, exchange

from gui_helpers import add_cases, open_main_window, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def swedish(gui: QApplication) -> Any:
    i18n.install_translators(gui, "sv")
    yield
    i18n.install_translators(gui, "en")


# --- 1. The demo vault: an export to the (fictional) police liaison, to the end -----------------


def test_an_export_is_walked_to_a_package_in_the_demo_vault(
    qtbot: Any, session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.fill(session, cases=3, seed=5, notes_per_case=1, liaison=True)
    (liaison,) = exchange.list_recipients(session, verified_only=True)
    assert liaison.name.startswith("Kontaktpolis ") and liaison.name.endswith("(demo)")
    demo.fill(session, cases=1, seed=6, notes_per_case=0, liaison=True)  # again: one liaison
    assert len(exchange.list_recipients(session)) == 1

    wizard = ExportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    # Not stopped at the first step: the demo's liaison is there, verified, and chosen.
    assert not wizard.recipient_page.empty.isVisible()
    assert wizard.recipient_page.chosen()
    _next(wizard, qtbot)
    content = wizard.content_page
    title = cases.list_cases(session, sort="id", limit=1)[0].title
    type_text(content.search, title)
    content.search.returnPressed.emit()
    content.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    assert wizard.currentPage() is wizard.situation_page
    _next(wizard, qtbot)
    _decide_and_preview(wizard, qtbot)
    destination = tmp_path / "utlamnande.p7m"
    _finish(wizard, qtbot, monkeypatch, destination)
    assert destination.exists() and destination.stat().st_size > 0
    (row,) = exchange.disclosures(session, recipient=liaison.fingerprint)
    assert row.recipient.startswith(liaison.name)  # "(demo)" in the log too
    assert row.case_ids == (cases.list_cases(session, sort="id", limit=1)[0].id,)


# --- 2. Check a brief: the letter opens the file chooser ----------------------------------------


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_brief_checks_letter_opens_the_file_chooser(
    gui: QApplication, qtbot: Any, session: Any, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    i18n.install_translators(gui, language)
    try:
        asked: list[bool] = []
        monkeypatch.setattr(
            brief_verify, "choose_open_path", lambda parent: asked.append(True) or ""
        )
        dialog = brief_verify.BriefVerifyDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        ui = dialog.ui
        assert ui.fileLabel.text() == {"en": "File:", "sv": "Fil:"}[language]  # no letter
        assert ui.chooseButton.text() == {"en": "&Choose…", "sv": "&Välj …"}[language]
        assert clashes(dialog) == []
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        ui.closeButton.setFocus()
        alt(ui.chooseButton)
        qtbot.waitUntil(lambda: asked == [True])  # a mnemonic clicks after a short animation
        assert asked == [True]  # the chooser opened; the read-only field was not reached
        assert dialog.isVisible()
        Path("/tmp/h79").mkdir(exist_ok=True)
        dialog.grab().save(f"/tmp/h79/brief-check-{language}.png")
    finally:
        i18n.install_translators(gui, "en")


# --- 3. Typed days: the oral disclosure's time, "Changes since" ---------------------------------


def _earlier_day_this_month() -> QDate:
    today = QDate.currentDate()
    return today.addDays(-1) if today.day() > 1 else today


def _type(qtbot: Any, editor: QDateTimeEdit, text: str) -> None:
    qtbot.waitUntil(lambda: editor.setFocus() or editor.hasFocus())
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)


def test_the_oral_disclosures_time_takes_a_typed_earlier_day(qtbot: Any, session: Any) -> None:
    dialog = OralDisclosureDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.ui.whenEdit
    today = QDate.currentDate()
    editor.setDateTime(QDateTime(QDate(today.year(), 1, 31), QTime(10, 0)))
    typed = QDateTime(_earlier_day_this_month(), QTime(9, 30))
    _type(qtbot, editor, typed.toString(editor.displayFormat()))
    assert editor.dateTime() == typed
    editor.setDate(today)  # the arrows still stop at today
    qtbot.waitUntil(lambda: editor.setFocus() or editor.hasFocus())
    editor.setCurrentSection(QDateTimeEdit.Section.DaySection)
    QTest.keyClick(editor, Qt.Key.Key_Up)
    assert editor.date() == today


def test_changes_since_takes_a_typed_earlier_day(qtbot: Any, session: Any) -> None:
    page = SituationPage(session)
    qtbot.addWidget(page)
    page.show()
    editor = page.ui.sinceDateEdit
    page.ui.sinceDateRadio.setChecked(True)
    today = QDate.currentDate()
    editor.setDate(QDate(today.year(), 1, 31))
    typed = _earlier_day_this_month()
    _type(qtbot, editor, typed.toString(editor.displayFormat()))
    assert editor.date() == typed
    assert editor.maximumDate() == today


# --- 4. Tick lists: the keyboard's row is current and highlighted -------------------------------


def _tabbed_into(qtbot: Any, view: QAbstractItemView) -> None:
    ticks = view.model().index(0, 0).data(Qt.ItemDataRole.CheckStateRole)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().row() == 0
    assert view.selectionModel().isSelected(view.currentIndex())  # highlighted, not ticked
    assert view.currentIndex().data(Qt.ItemDataRole.CheckStateRole) == ticks


def test_tick_lists_show_the_row_space_ticks(qtbot: Any, session: Any) -> None:
    (case_id,) = add_cases(session, [("Åsa på fritidsgården", "specific")])
    session.save(model.Organisation("Socialtjänsten", model.OrganisationKind.SOCIAL_SERVICES))
    consent = ConsentEditDialog(session, case_id)
    activity = ActivityDialog(session, None)
    brief = BriefDialog(session, lambda options: None, "Möte", [(case_id, "Åsa")], None)
    for dialog in (consent, activity, brief):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    views = [consent.ui.kindsList, consent.ui.organisationsList, activity.ui.partnerList]
    assert [v for v in views if v.selectionModel().hasSelection()] == []  # none until then
    for view in [*views, brief.ui.caseList]:
        view.window().activateWindow()
        _tabbed_into(qtbot, view)


# --- 5. A relative's contact saved from the main window is confirmed -----------------------------


def test_a_relatives_contact_saved_from_the_main_window_is_confirmed(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    window = open_main_window(controller, qtbot, session, vault_paths)
    answers = iter([False, True])
    window._relative_wizard = lambda parent, session, case_id: next(answers)
    window.ui.actionRelativeContact.trigger()  # closed without saving: nothing said
    assert window.statusBar().currentMessage() == ""
    window.ui.actionRelativeContact.trigger()
    assert window.statusBar().currentMessage() == "The contact with the relative was saved."


# --- 6. The link page's fields are named for a screen reader ------------------------------------


def test_the_link_pages_case_list_and_title_are_named(
    qtbot: Any, session: Any, swedish: Any
) -> None:
    wizard = RelativeSupportWizard(session, None)
    try:
        ui = next(p for p in wizard.flow_pages() if p.PAGE == "link").ui
        assert ui.caseList.accessibleName() == "Ärenden som hittades"
        assert ui.newCaseTitleEdit.accessibleName() == "Det nya ärendets titel"
        assert ui.caseSearchEdit.accessibleName() == "Sök ett befintligt ärende"
    finally:  # gone before the language goes back and the vault closes
        shiboken6.delete(wizard)


# --- 7. The Security dialog's line in Swedish ---------------------------------------------------


def test_the_temporary_files_line_reads_naturally(swedish: Any) -> None:
    line = QCoreApplication.translate(
        "SecurityDialog",
        "Temporary files, such as a print job's pages, go to this computer's disk: the "
        "session offers no private folder in memory for them.",
    )
    assert "till exempel sidorna i en utskrift," in line
    assert "utskrifts sidor" not in line
