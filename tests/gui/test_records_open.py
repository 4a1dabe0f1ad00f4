"""Every record of a case opens: a note in full with Enter, corrected with its earlier text
kept and shown; a person opened or taken out of the case with a reason; a search hit on a note
opens that note in its case; the row menus offer what can be done. Real vault, qtbot."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
)

from kopingplan.domain import model as m
from kopingplan.gui.cases.note_view import RecordView
from kopingplan.gui.common import table_actions
from kopingplan.services import cases
from kopingplan.storage import audit

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui

NOTE_TEXT = "Samtal med Zqxmamman om skolan.\nHon är orolig för kompisarna och nätet."
CORRECTED = "Samtal med mamman om skolan.\nHon är orolig för kompisarna och nätet."


@pytest.fixture
def filled(session: Any) -> dict[str, int]:
    (case_id,) = add_cases(session, [("Ärende med anteckning", "specific")])
    note = session.save(m.Note(case_id, datetime(2026, 3, 4, 9, 30, tzinfo=UTC), NOTE_TEXT))
    mother = session.save(m.Person("Maja", "Mamma"))
    participant = session.save(
        m.CaseParticipant(case_id, mother.id, m.CaseRole.RELATIVE, relation="mamma")
    )
    return {
        "case": case_id,
        "note": note.id,
        "person": mother.id,
        "participant": participant.id,
    }


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any, filled: Any) -> Any:
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _log(window: Any) -> list[audit.AuditEntry]:
    """The audit log, oldest first."""
    return list(reversed(audit.entries(window.session.vault.conn, limit=-1)))


def _row(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if text in item.text(0) or text in item.text(2):
            return item
    raise AssertionError(f"no row with {text!r}")


def _record_windows() -> list[RecordView]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView) and w.isVisible()
    ]


def test_a_note_opens_with_enter_is_corrected_and_keeps_its_earlier_text(
    window: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    assert view.windowTitle() == f"Case {filled['case']}"
    view.ui.tabs.setCurrentWidget(view.ui.timelineTab)
    tree = view.ui.timelineTree
    tree.setFocus()
    tree.setCurrentItem(_row(tree, "Zqxmamman"))
    QTest.keyClick(tree, Qt.Key.Key_Return)

    assert view.isVisible()  # Enter opened the note; it did not close the case window
    (note_view,) = _record_windows()
    qtbot.waitExposed(note_view)
    assert note_view.ui.textView.toPlainText() == NOTE_TEXT  # in full, both lines
    assert note_view.ui.authorValue.text() == window.session.actor
    assert "Zqxmamman" not in note_view.windowTitle()
    assert not note_view.ui.versionsTree.isVisibleTo(note_view)
    opened = [e for e in _log(window) if e.action == "notes.open"]
    assert [(e.entity, e.entity_id) for e in opened] == [("notes", filled["note"])]

    # Correct it from the note's window, as a user would: the button, the text, Save.
    qtbot.mouseClick(note_view.ui.correctButton, Qt.MouseButton.LeftButton)
    form = view._forms[f"note_correction:{filled['note']}"]
    assert form.ui.textEdit.toPlainText() == NOTE_TEXT
    form.ui.textEdit.selectAll()
    form.ui.textEdit.insertPlainText(CORRECTED)
    type_text(form.why, "Fel namn")
    form.save()

    assert note_view.ui.textView.toPlainText() == CORRECTED
    versions = note_view.ui.versionsTree
    assert versions.isVisibleTo(note_view) and versions.topLevelItemCount() == 1
    assert versions.topLevelItem(0).text(2) == "Fel namn"
    assert "Zqxmamman" in note_view.ui.versionText.toPlainText()  # the earlier text, in full
    assert "Zqxmamman" not in _row(tree, "mamman").text(2)  # the timeline shows the new text
    actions = [e.action for e in _log(window)]
    assert actions.count("notes.correct") == 1
    # Showing the corrected note again is no new opening of the note or the case.
    assert actions.count("notes.open") == 1 and actions[-1] == "notes.correct"
    if shot := os.environ.get("KP_SHOT_DIR"):  # for looking at it: KP_SHOT_DIR=/tmp/x
        note_view.grab().save(f"{shot}/note_view.png")
        view.grab().save(f"{shot}/case_view.png")


def test_a_search_hit_on_a_note_opens_that_note_in_its_case(
    window: Any, qtbot: Any, filled: Any
) -> None:
    box = window.search_box
    box.setFocus()
    type_text(box, "Zqxmamman")
    QTest.keyClick(box, Qt.Key.Key_Return)
    hits = box.results.hits()
    assert [(hit.kind, hit.id) for hit in hits] == [("note", filled["note"])]
    QTest.keyClick(box.results.tree, Qt.Key.Key_Return)

    (view,) = window.case_views
    assert view.case_id == filled["case"]
    assert view.ui.tabs.currentWidget() is view.ui.timelineTab
    current = view.ui.timelineTree.currentItem()
    assert current is not None and "Zqxmamman" in current.text(2)
    (note_view,) = _record_windows()
    assert note_view.record_id == filled["note"]
    assert note_view.ui.textView.toPlainText() == NOTE_TEXT


def test_a_person_opens_and_is_taken_out_of_the_case_with_a_reason(
    window: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    people = view.ui.participantsTree
    people.setFocus()
    people.setCurrentItem(_row(people, "Maja Mamma"))
    QTest.keyClick(people, Qt.Key.Key_Return)
    person_windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "PersonView"]
    assert [w.person_id for w in person_windows if w.isVisible()] == [filled["person"]]

    people.setCurrentItem(_row(people, "Maja Mamma"))
    QTest.keyClick(people, Qt.Key.Key_Menu)
    menu = view.rows.people.menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Open", "Re&move from the case…"]
    menu.actions()[1].trigger()
    form = view._forms[f"participant_remove:{filled['participant']}"]
    assert not form.save()  # no reason: refused, and nothing changed
    assert len(cases.open_case(window.session, filled["case"]).participants) == 1
    type_text(form.ui.reasonEdit, "Registrerad i fel ärende")
    assert form.save()

    tops = [people.topLevelItem(n).text(0) for n in range(people.topLevelItemCount())]
    assert tops == ["No people recorded.", "Taken out of the case"]
    removed = _row(people, "Taken out of the case").child(0)
    assert removed.text(0) == "Maja Mamma"
    assert "Registrerad i fel ärende" in removed.text(2)
    (entry,) = [e for e in _log(window) if e.action == "case_participants.remove"]
    assert entry.details == {"case_id": filled["case"], "person_id": filled["person"]}
    assert "Registrerad" not in str(entry.details)  # the reason stays with the case


def test_the_timeline_menu_copies_a_note_under_the_clipboard_rules(
    window: Any, controller: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    tree = view.ui.timelineTree
    row = _row(tree, "Zqxmamman")
    tree.setCurrentItem(row)
    menu = view.rows.timeline.show_menu(tree.currentIndex())
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["&Open", "Co&rrect…", "&Copy"]
    assert menu.actions()[0].font().bold()  # the default: what Enter does
    menu.actions()[2].trigger()
    assert QGuiApplication.clipboard().text() == NOTE_TEXT  # the whole text, not the row's
    assert controller.clipboard.pending  # the guard clears it again after a while
    assert [e.action for e in _log(window)][-1] == "notes.copy"
    assert _record_windows() == []  # copying is not opening


def test_rows_that_are_no_record_get_no_menu_and_enter_does_nothing(
    window: Any, qtbot: Any, session: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    tree = view.ui.timelineTree
    level_row = _row(tree, "")  # the case's first level change ("opened at … level")
    for number in range(tree.topLevelItemCount()):
        if tree.topLevelItem(number).text(1) == "Level change":
            level_row = tree.topLevelItem(number)
    tree.setCurrentItem(level_row)
    menu = view.rows.timeline.build_menu(tree.currentIndex())
    assert menu is not None
    assert [a.isEnabled() for a in menu.actions()] == [True, False, False]
    QTest.keyClick(tree, Qt.Key.Key_Return)  # a level change shows the level history
    assert view.ui.tabs.currentWidget() is view.ui.overviewTab
    assert _record_windows() == []


def test_table_actions_on_a_plain_tree(qtbot: Any) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Namn"])
    for name in ("Anna", "Bertil"):
        item = QTreeWidgetItem([name])
        item.setData(0, Qt.ItemDataRole.UserRole, name)
        tree.addTopLevelItem(item)
    tree.addTopLevelItem(QTreeWidgetItem(["(rubrik)"]))
    opened: list[object] = []
    removed: list[object] = []
    actions = table_actions.install(
        tree,
        [
            table_actions.RowAction(
                table_actions.open_text,
                lambda index: opened.append(table_actions.row_value(index)),
                lambda index: table_actions.row_value(index) is not None,
            ),
            table_actions.RowAction(
                table_actions.remove_from_case_text,
                lambda index: removed.append(table_actions.row_value(index)),
                lambda index: table_actions.row_value(index) == "Bertil",
            ),
        ],
    )
    tree.show()
    qtbot.waitExposed(tree)
    tree.setCurrentItem(tree.topLevelItem(0))
    QTest.keyClick(tree, Qt.Key.Key_Enter)
    second = tree.visualItemRect(tree.topLevelItem(1)).center()
    # Qt's item views open on a double-click that follows a press on the same row.
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=second)
    QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == ["Anna", "Bertil"]

    QTest.keyClick(tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # Bertil is current
    menu = actions.menu
    assert menu is not None and menu.isVisible()
    assert [a.isEnabled() for a in menu.actions()] == [True, True]
    menu.actions()[1].trigger()
    assert removed == ["Bertil"]
    menu.close()

    tree.setCurrentItem(tree.topLevelItem(2))  # a heading: nothing to do to it
    QTest.keyClick(tree, Qt.Key.Key_Menu)
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert actions.menu is None or not actions.menu.isVisible()
    assert opened == ["Anna", "Bertil"]


def test_the_case_list_opens_a_case_from_its_row_menu(window: Any, qtbot: Any, filled: Any) -> None:
    table = window.case_list.ui.caseTable
    table.setFocus()
    table.setCurrentIndex(window.case_list.model.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Menu)
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    # Open first (what Enter does), then the case's triage (issue 17).
    assert [[a.text() for a in menu.actions()] for menu in menus] == [
        ["&Open", "&Triage (priority and flags)…"]
    ]
    menus[0].actions()[0].trigger()
    assert [view.case_id for view in window.case_views] == [filled["case"]]


def _press(button: Any) -> None:
    """A button pressed from the keyboard: focused (as Tab would), then Space."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(button, Qt.Key.Key_Space)


def test_a_note_is_added_opened_and_corrected_without_a_mouse(
    window: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    _press(view.ui.noteButton)
    form = view._forms["note"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ui.textEdit)  # typed here
    type_text(form.ui.textEdit, "Skrev fel om Qwkpojken")
    _press(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not form.isVisible()

    view.ui.tabs.setCurrentWidget(view.ui.timelineTab)
    tree = view.ui.timelineTree
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(tree, Qt.Key.Key_Home)
    assert "Qwkpojken" in tree.currentItem().text(2)  # the newest first
    QTest.keyClick(tree, Qt.Key.Key_Return)
    (note_view,) = _record_windows()
    _press(note_view.ui.correctButton)
    (correction,) = [f for key, f in view._forms.items() if key.startswith("note_correction:")]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is correction.ui.textEdit)
    QTest.keyClick(correction.ui.textEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(correction.ui.textEdit, "Samtal om pojken")
    _press(correction.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not correction.isVisible()
    assert note_view.ui.textView.toPlainText() == "Samtal om pojken"
    assert note_view.ui.versionsTree.topLevelItemCount() == 1
    assert "Qwkpojken" in note_view.ui.versionText.toPlainText()


def test_a_contact_opens_and_is_corrected_with_its_earlier_channel_kept(
    window: Any, qtbot: Any, filled: Any
) -> None:
    session = window.session
    contact = session.save(
        m.Contact(
            datetime(2026, 3, 5, 14, 0, tzinfo=UTC),
            m.Channel.PHONE,
            "Mamma ringde om skolan",
            person_id=filled["person"],
            case_id=filled["case"],
        )
    )
    view = window.open_case(filled["case"])
    contact_view = view.open_record("contact", contact.id)
    assert contact_view is not None
    assert contact_view.ui.textView.toPlainText() == "Mamma ringde om skolan"
    assert "Phone" in contact_view.ui.detailValue.text()
    assert "Maja Mamma" in contact_view.ui.detailValue.text()
    form = view.open_correction("contact_correction", contact.id)
    assert form.ui.personCombo.currentData() == filled["person"]
    form.ui.channelCombo.setCurrentIndex(form.ui.channelCombo.findData(m.Channel.EMAIL.value))
    assert form.save()
    assert "Email" in contact_view.ui.detailValue.text() or "mail" in (
        contact_view.ui.detailValue.text()
    )
    assert contact_view.ui.versionsTree.topLevelItemCount() == 1
    assert "Phone" in contact_view.ui.versionText.toPlainText()
    assert [e.action for e in _log(window)][-1] == "contacts.correct"


def test_an_unsaved_correction_survives_a_lock(
    window: Any, controller: Any, qtbot: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    form = view.open_correction("note_correction", filled["note"])
    form.ui.textEdit.setPlainText("Halvvägs rättad")
    controller.lock()
    window = unlock(controller, qtbot)
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # Open again
    (view,) = window.case_views
    form = view._forms[f"note_correction:{filled['note']}"]
    assert form.ui.textEdit.toPlainText() == "Halvvägs rättad"
    assert form.save()
    assert controller.session.get(m.Note, filled["note"]).text == "Halvvägs rättad"


def test_a_relatives_support_thread_opens_the_wizard_of_the_case(
    window: Any, qtbot: Any, filled: Any
) -> None:
    from datetime import date

    window.session.save(m.RelativeSupport(date(2026, 2, 1), "mamma", case_id=filled["case"]))
    view = window.open_case(filled["case"])
    opened: list[int] = []
    view._support_wizard = lambda parent, session, case_id: opened.append(case_id)
    view.ui.tabs.setCurrentWidget(view.ui.supportTab)
    tree = view.ui.supportTree
    tree.setCurrentItem(tree.topLevelItem(0))
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert opened == [filled["case"]]


def test_a_correction_says_its_reason_row_in_the_language_chosen(
    window: Any, controller: Any, filled: Any
) -> None:
    view = window.open_case(filled["case"])
    form = view.open_correction("note_correction", filled["note"])
    label = form.findChild(QLabel, "whyLabel")
    assert (form.windowTitle(), label.text()) == ("Correct note", "Wh&y corrected:")
    controller.set_language("sv")
    assert (form.windowTitle(), label.text()) == ("Rätta anteckning", "Varför &rättad:")
    assert form.why.placeholderText() == (
        "Frivilligt, t.ex. fel namn; sparas med den tidigare versionen"
    )
