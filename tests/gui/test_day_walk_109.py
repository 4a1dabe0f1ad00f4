"""What a coordinator met on a day's walk by keyboard through the newest windows (helper 109,
Xvfb 1366x768 and 1920x1080 at 150 %, Swedish), each as a test that failed before its fix:

* a whole day typed into a date field became another day without a word ("2027-01-15 10:00"
  typed into a new meeting made 2027-12-01 15:10; Ctrl+A and "2028-12-31" kept the old year);
* the overall assessment's Save had no Alt+S (Alt+S typed an "s" into the text), and its
  refusal named the field by its code name ("text: måste fyllas i");
* an agreement's "Typ" and "Till" both took Alt+T, so Alt+T never reached "Till";
* the Lägesbild's "Periodbedömningar" tab was the only one without a mnemonic;
* Enter in a meeting's "Beslut" did nothing (Enter in "Åtgärd" adds the action);
* Down from the last hit of a group in the search results stopped on the next group's
  heading, where Enter opens nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox, QToolTip
from test_keyboard import clashes
from test_meetings_gui import prepare

from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.gui.common.form_values import to_date
from kopingplan.gui.intake.concern_dialog import ConcernDialog
from kopingplan.gui.meetings.meetings_page import NewMeetingDialog
from kopingplan.gui.people.agreements import AgreementDialog
from kopingplan.gui.plan.commitments import CommitmentDialog
from kopingplan.gui.shell.search import HIT_ROLE, SearchResults
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.gui.situation.situation_page import SituationPage
from kopingplan.gui.situation.situation_periods import AssessmentDialog
from kopingplan.services import activities, meetings, plan, situation

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def swedish(gui: QApplication) -> Any:
    i18n.install_translators(gui, "sv")
    yield gui
    i18n.install_translators(gui, "en")


def _shown(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _focused(qtbot: Any, dialog: Any, editor: QDateTimeEdit) -> QDateTimeEdit:
    """The dialog shown and ``editor`` given the keyboard, as a Tab or a mnemonic gives it."""
    _shown(qtbot, dialog)
    dialog.activateWindow()
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=2000)
    editor.setSelectedSection(QDateTimeEdit.Section.YearSection)  # what Tab selects
    return editor


def _agreement(session: Any) -> AgreementDialog:
    bron = session.save(model.Organisation("Bron", model.OrganisationKind.IOP_PARTNER))
    return AgreementDialog(session, bron.id, None)


def test_a_whole_day_typed_into_a_date_field_is_that_day(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    dialog = _agreement(session)
    ends = _focused(qtbot, dialog, dialog.ui.endsEdit)
    ends.setDate(QDate(2026, 1, 1))
    ends.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(ends, "2028-12-31")
    assert to_date(ends) == date(2028, 12, 31)  # was 2028-01-12: the month skipped
    ends.setFocus()
    qtbot.keyClick(ends, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ends, "2029-03-04")
    assert to_date(ends) == date(2029, 3, 4)  # was 2028-03-04: the typed year refused
    qtbot.keyClick(ends, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ends, "2030-1-5")  # a separator after one digit still moves on
    assert to_date(ends) == date(2030, 1, 5)


def test_a_meeting_typed_with_its_time_starts_then(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    group = meetings.create_group(session, "Insatsgrupp", model.GroupKind.INTERVENTION_GROUP)
    dialog = NewMeetingDialog(session, group.id, None)
    starts = _focused(qtbot, dialog, dialog.ui.startsEdit)
    qtbot.keyClicks(starts, "2027-01-15 10:30")
    assert starts.dateTime() == QDateTime(QDate(2027, 1, 15), QTime(10, 30))  # 2027-12-01 15:10


def test_the_assessment_saves_by_alt_s_and_names_its_field_in_swedish(
    swedish: QApplication, qtbot: Any, session: Any
) -> None:
    dialog = AssessmentDialog(session, (date(2026, 1, 1), date(2026, 6, 30)))
    dialog.show()  # not given to qtbot: a saved record form deletes itself
    qtbot.waitExposed(dialog)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "&Spara"
    i18n.install_translators(swedish, "en")
    qtbot.waitUntil(lambda: save.text() == "&Save", timeout=1000)  # after Qt's own renaming
    i18n.install_translators(swedish, "sv")
    qtbot.waitUntil(lambda: save.text() == "&Spara", timeout=1000)
    assert dialog.blocker == "Fyll i: Bedömning"  # the field by its caption, not "text"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.ui.textEdit.hasFocus()  # the period offered is usually the one meant
    type_text(dialog.ui.textEdit, "Lugnt")
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # A mnemonic's click comes later; no "s" is typed into the assessment.
    qtbot.waitUntil(lambda: bool(situation.assessments(session)), timeout=2000)
    assert [found.text for found in situation.assessments(session)] == ["Lugnt"]


def test_no_mnemonic_clash_in_an_agreement_nor_on_the_lagesbild_tabs(
    swedish: QApplication, qtbot: Any, session: Any
) -> None:
    dialog = _shown(qtbot, _agreement(session))
    assert clashes(dialog) == []  # "&Typ" and "&Till" were both T
    assert dialog.ui.endsCheck.text() == "T&ill:"
    page = _shown(qtbot, SituationPage(session))
    tabs = page.ui.tabs
    assert tabs.tabText(tabs.indexOf(page.assessments)) == "P&eriodbedömningar"
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert clashes(page) == [], tabs.tabText(index)
    page.teardown()  # as a lock does: the switch back to English then reads no vault


def test_enter_in_a_meetings_decision_records_it(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    prepare(session)
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.show_section(window.ui.sectionStack.indexOf(window.meetings_page))
    ui = window.meetings_page.view.ui
    ui.agendaList.setCurrentRow(1)
    type_text(ui.decisionEdit, "Samordnaren kontaktar skolan.")
    qtbot.keyClick(ui.decisionEdit, Qt.Key.Key_Return)
    assert "Samordnaren kontaktar skolan." in ui.agendaList.item(1).text()


def test_up_and_down_pass_over_the_headings_of_the_search_results(
    gui: QApplication, qtbot: Any
) -> None:
    results = SearchResults(day_of=lambda _hit: "")
    hits = [
        SimpleNamespace(kind="case", id=201, snippet="Elev 109", case_id=None),
        SimpleNamespace(kind="concern", id=102, snippet="elev 109", case_id=201),
    ]
    _shown(qtbot, results).show_hits(hits)
    tree = results.tree
    tree.setFocus()

    def on(hit: Any) -> bool:
        """The hit is the current row and shown chosen (Enter opens the current one)."""
        item = tree.currentItem()
        return item.data(0, HIT_ROLE) is hit and item.isSelected()

    assert on(hits[0])
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: on(hits[1]), timeout=1000)  # was the heading "Incoming concerns (1)"
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: on(hits[0]), timeout=1000)
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # the top heading: back on the first hit
    qtbot.waitUntil(lambda: on(hits[0]), timeout=1000)


def test_a_commitments_activities_and_partners_are_read_whole(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    revision = plan.add_revision(
        session, model.PlanRevision(2, date(2024, 10, 28), "Kommunfullmäktige", "Planen")
    )
    for day in (date(2026, 5, 28), date(2026, 5, 18)):  # two alike but for their day
        activities.add_activity(
            session,
            model.Activity(day, model.ActivityKind.SCHOOL_WORKSHOP, "Demokrativerkstad i åk 8"),
        )
    activities.add_activity(
        session,
        model.Activity(
            date(2026, 10, 19),
            model.ActivityKind.CAMPAIGN,
            "Kampanjen 'Säg nej till hat' i centrum",
        ),
    )
    session.save(
        model.Organisation("Arbetsförmedlingen", model.OrganisationKind.EMPLOYMENT_SERVICE)
    )
    form = _shown(qtbot, CommitmentDialog(session, revision, None))
    for view in (form.ui.activityList, form.ui.organisationList):
        assert view.horizontalScrollBar().maximum() == 0, [  # the days were cut off
            view.item(row).text() for row in range(view.count())
        ]


def test_the_concerns_person_search_shows_what_it_asks_for(
    swedish: QApplication, qtbot: Any, session: Any
) -> None:
    bou = session.save(
        model.Organisation("Barn och Utbildning, Köpings kommun", model.OrganisationKind.SCHOOL)
    )
    session.save(
        model.Person(given_name="Anna-Karin", family_name="Lindqvist", organisation_id=bou.id)
    )
    form = _shown(qtbot, ConcernDialog(session, None))
    form.resize(980, 580)  # as it opened on a 1366x768 screen
    search = form.ui.personSearch
    words = search.placeholderText()
    assert words == "Sök på namn"
    room = search.contentsRect().width() - 8  # the line edit's own text margins
    assert search.fontMetrics().horizontalAdvance(words) <= room  # was "Sök…", 40 px wide


def test_an_incidents_lagesbild_entries_are_read_whole(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    seen = date.today() - timedelta(days=10)
    words = "Nya symboler målade i gångtunneln vid resecentrum, samma som i våras vid skolan"
    entry = model.SituationEntry(
        seen, "Aktivister i centrum", model.Orientation.RIGHT, words, "Polisen"
    )
    session.save(entry)
    form = _shown(qtbot, IncidentDialog(session, None))
    form.resize(1000, 580)  # as it opened on a 1366x768 screen
    entries = form.ui.situationList
    assert entries.count() == 1
    assert entries.horizontalScrollBar().maximum() == 0  # the observation was cut at the edge


def test_a_digit_that_makes_no_date_is_named(gui: QApplication, qtbot: Any, session: Any) -> None:
    dialog = _agreement(session)
    ends = _focused(qtbot, dialog, dialog.ui.endsEdit)
    qtbot.keyClicks(ends, "2026-02-30")
    assert to_date(ends) == date(2026, 2, 3)  # Qt's own refusal of the 0: no 30 February
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)  # was: not a word
    assert QToolTip.text() == "No such date: 0 cannot be typed there."
    QToolTip.hideText()  # a tip left up warns in a later test on this worker
