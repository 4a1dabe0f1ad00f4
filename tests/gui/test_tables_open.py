"""Every table opens its rows: Enter (and a double-click) does the obvious thing, and a row menu
(right click, Menu key, Shift+F10) offers what can be done, in the tables the first round left
without: the level history, incoming information, Utlämnanden, Möten (meetings, members,
attendees, agenda, actions), a group's members, the access-log follow-up, the retention review,
the recipients, the identity's history and the wizards' lists. Real vault (the demo's), qtbot."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from kopingplan.domain.model import SenderTerms
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.table_actions import RowTextDialog
from kopingplan.gui.people.person_view import OrganisationView, PersonView
from kopingplan.services import cases as case_service
from kopingplan.services import meetings

from gui_helpers import open_demo_window, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    return open_demo_window(controller, qtbot, session, vault_paths)


def entries(view: QAbstractItemView, row: int = 0) -> list[tuple[str, bool]]:
    """The row menu's entries (text, enabled), as the Menu key shows it on ``row``."""
    view.setCurrentIndex(view.model().index(row, 0))
    view.setFocus()
    (actions,) = [c for c in view.children() if isinstance(c, table_actions.TableActions)]
    QTest.keyClick(view, Qt.Key.Key_Menu)
    menu = actions.menu
    assert menu is not None and menu.isVisible(), "no row menu"
    found = [(a.text(), a.isEnabled()) for a in menu.actions()]
    menu.close()
    return found


def press_enter(view: QAbstractItemView, row: int) -> None:
    view.window().activateWindow()  # back from a menu: the window has the keyboard again
    QApplication.processEvents()
    view.setCurrentIndex(view.model().index(row, 0))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)


def row_dialogs() -> list[RowTextDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RowTextDialog)]


def shown_in_full(view: QAbstractItemView, row: int, title: str = "") -> str:
    """Enter on a row with nothing behind it: the row's window (titled ``title`` if given),
    its text; closed again."""
    before = set(row_dialogs())
    press_enter(view, row)
    (dialog,) = [d for d in row_dialogs() if d not in before]
    assert dialog.isVisible()
    assert view.window().isVisible()  # Enter opened the row; it did not close the window
    if title:
        assert dialog.windowTitle() == title
    text = dialog.text.toPlainText()
    dialog.close()
    return text


def visible(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# --- Möten --------------------------------------------------------------------------------------


def test_meetings_members_attendees_agenda_and_actions_open(window: Any, qtbot: Any) -> None:
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    ui, view = page.ui, page.view

    # A member opens the person's (or organisation's) window with Enter.
    assert entries(ui.membersList) == [("&Open", True), ("Members&hip…", True), ("&Copy", True)]
    press_enter(ui.membersList, 0)
    assert visible(PersonView) or visible(OrganisationView)

    # The meeting list: Enter puts the keyboard in the meeting's agenda; the menu makes a brief.
    assert [text for text, _ in entries(ui.meetingList)] == ["&Open", "Create &brief…", "&Copy"]
    press_enter(ui.meetingList, 0)
    assert view.ui.agendaList.hasFocus()

    # An attendee opens the person; the menu marks them absent, and that is saved.
    attendees = view.ui.attendeeList
    attendee, person = view.detail.attendees[0]
    present = attendee.present
    menu = entries(attendees)
    assert [text for text, _ in menu] == [
        "&Open", "Mark as &present", "Mark as a&bsent", "&Copy"
    ]  # fmt: skip
    assert dict(menu)["Mark as a&bsent"] is present  # only what applies is enabled
    window.windows._views.clear()
    press_enter(attendees, 0)
    assert [v.person_id for v in visible(PersonView)].count(person.id) == 1
    attendees.setCurrentRow(0)
    mark = "Mark as a&bsent" if present else "Mark as &present"
    menu = view.rows.attendee_actions.build_menu(attendees.currentIndex())
    next(a for a in menu.actions() if a.text() == mark).trigger()
    saved = meetings.detail(window.session, view.meeting_id).attendees[0][0]
    assert saved.present is not present

    # The agenda: an item about a case opens the case; one without goes to its decision.
    agenda = view.ui.agendaList
    assert [text for text, _ in entries(agenda)] == [
        "&Open", "Write the &decision", "Move &up", "Move do&wn", "De&lete item", "&Copy",
    ]  # fmt: skip
    assert dict(entries(agenda, 0))["Move &up"] is False  # the first item goes no higher
    items = view.detail.agenda
    with_case = next(n for n, item in enumerate(items) if item.case_id is not None)
    press_enter(agenda, with_case)
    assert [v.case_id for v in window.case_views] == [items[with_case].case_id]
    without = next(n for n, item in enumerate(items) if item.case_id is None)
    press_enter(agenda, without)
    assert view.ui.decisionEdit.hasFocus()

    # An action shows in full (its description may be long); copy puts the row on the clipboard.
    table = view.ui.actionTable
    assert table.rowCount() > 0
    description = table.item(0, 0).text()
    assert f"Action: {description}" in shown_in_full(table, 0)
    menu = view.rows.action_actions.build_menu(table.model().index(0, 0))
    assert [a.text() for a in menu.actions()] == ["&Open", "Open the &case", "&Copy"]
    next(a for a in menu.actions() if a.text() == "&Copy").trigger()
    assert QGuiApplication.clipboard().text().startswith(description + "\t")


def test_a_group_member_opens_in_the_hand_over_form(window: Any, qtbot: Any) -> None:
    page = window.meetings_page
    dialog = page.open_members()
    table = dialog.ui.memberTable
    assert [text for text, _ in entries(table)][:1] == ["&Hand over…"]
    assert entries(table)[1][0].startswith("&End membership on ")
    press_enter(table, 0)
    assert dialog._form is not None and dialog._form.isVisible()
    assert dialog.isVisible()  # Enter opened the row; it did not close the dialog
    dialog._form.reject()
    history = dialog.ui.historyTable
    assert "Role: " in shown_in_full(history, 0)
    dialog.reject()


# --- Utlämnanden and the access log -------------------------------------------------------------


def test_a_disclosure_opens_in_full_and_opens_its_cases(window: Any, qtbot: Any) -> None:
    page = window.disclosures_page
    table = page.ui.disclosureTable
    assert page.model.total > 0
    assert entries(table)[:2] == [("&Open", True), ("Open the &case", True)]
    assert entries(table)[-1] == ("&Copy", True)
    text = shown_in_full(table, 0)
    assert "Content SHA-256: " in text and "Recipient: " in text
    disclosure = table.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    menu = page.row_actions.build_menu(table.model().index(0, 0))
    next(a for a in menu.actions() if a.text() == "Open the &case").trigger()
    assert sorted(v.case_id for v in window.case_views) == sorted(disclosure.case_ids)


def test_the_access_log_opens_a_row_and_narrows_to_its_case(window: Any, qtbot: Any) -> None:
    from kopingplan.gui.reports.accountability import AccessLogDialog

    case_id = window.case_list.model.case_id(0)
    window.open_case(case_id).close()  # an opening in the log, of one case
    dialog = AccessLogDialog(window.session, parent=window)
    dialog.show()
    table = dialog.ui.logTable
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 4).data().strip().isdigit())
    case = model.index(row, 4).data().strip()
    assert f"Case: {case}" in shown_in_full(table, row)
    assert [text for text, _ in entries(table, row)] == ["&Open", "Only this &case", "&Copy"]
    menu = dialog.row_actions.build_menu(model.index(row, 0))
    next(a for a in menu.actions() if a.text() == "Only this &case").trigger()
    assert dialog.ui.caseEdit.text() == case
    cases = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert all(case in value.split(", ") for value in cases)
    dialog.close()


# --- the case window's level history, incoming information --------------------------------------


def test_the_level_history_opens_a_row_and_copies_it(window: Any, qtbot: Any) -> None:
    view = next(
        v
        for v in (window.open_case(window.case_list.model.case_id(n)) for n in range(8))
        if v is not None and v.detail.level_history
    )
    tree = view.ui.levelTree
    row = next(n for n, c in enumerate(view.detail.level_history) if c.reason.strip())
    change = view.detail.level_history[row]
    text = shown_in_full(tree, row, title="Level history")
    assert text.splitlines()[-1] == f"Reason: {change.reason}"  # in full, not cut off
    menu = view.level_actions.build_menu(tree.model().index(row, 0))
    assert [a.text() for a in menu.actions()] == ["&Open", "&Copy"]
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text().split("\t")[-1] == " ".join(change.reason.split())


def _incoming(case_id: int | None, text: str) -> Any:
    return SimpleNamespace(
        received_at=datetime(2026, 11, 3, 10, 0, tzinfo=UTC),
        source="Polisen",
        kind="note",
        dated="2026-11-02",
        case_id=case_id,
        text=text,
        title="",
        package_id="p1",
        reference="",
        details={},
        attachment=None,
        sender_terms=SenderTerms(legal_basis="OSL 10 kap. 28 §"),  # as the package gave them
    )


def test_incoming_information_opens_copies_and_opens_its_case(qtbot: Any, gui: Any) -> None:
    from kopingplan.gui.exchange.exchange_incoming import IncomingList

    box = QWidget()
    qtbot.addWidget(box)
    tree, text, note = QTreeWidget(box), QPlainTextEdit(box), QLabel(box)
    tree.setColumnCount(6)
    QVBoxLayout(box).addWidget(tree)
    box.layout().addWidget(text)
    opened: list[int] = []
    listing = IncomingList(tree, text, note, open_case=opened.append)
    listing.fill([_incoming(7, "Hela texten om mötet."), _incoming(None, "Utan ärende.")], empty="")
    box.show()
    box.activateWindow()
    qtbot.waitActive(box)
    assert entries(tree, 1) == [("&Open", True), ("Open the &case", False), ("&Copy", True)]
    press_enter(tree, 0)
    assert text.hasFocus() and "Hela texten om mötet." in text.toPlainText()
    listing.actions.build_menu(tree.model().index(0, 0)).actions()[1].trigger()
    assert opened == [7]
    listing.actions.build_menu(tree.model().index(1, 0)).actions()[2].trigger()
    assert QGuiApplication.clipboard().text().endswith("Utan ärende.")


# --- safety, recipients, identity, the wizards --------------------------------------------------


def test_a_recipient_is_verified_from_its_row_and_copies_its_fingerprint(
    window: Any, qtbot: Any
) -> None:
    from cryptography.hazmat.primitives import serialization
    from test_exchange_gui import make_certificate

    from kopingplan.services import exchange

    pem = make_certificate(days=200).public_bytes(serialization.Encoding.PEM)
    exchange.add_recipient(window.session, pem)
    dialog = window.disclosures_page.open_recipients()
    recipients = dialog.ui.recipientList
    assert recipients.count() > 0
    menu = entries(recipients)
    assert [text for text, _ in menu] == ["Mar&k as verified…", "Copy the &fingerprint", "&Copy"]
    dialog.row_actions.build_menu(recipients.currentIndex()).actions()[1].trigger()
    groups = QGuiApplication.clipboard().text().split()
    assert len(groups) == 16 and all(len(group) == 4 for group in groups)  # SHA-256, in words
    dialog.reject()


def test_a_measure_in_the_exit_plan_opens_in_its_editor(window: Any, qtbot: Any) -> None:
    from kopingplan.gui.wizards import ExitPlanWizard

    wizard = ExitPlanWizard(window.session, window.case_list.model.case_id(0), window)
    page = next(p for p in map(wizard.page, wizard.pageIds()) if hasattr(p.ui, "measuresTree"))
    wizard.setStartId(wizard.pageIds()[[wizard.page(i) for i in wizard.pageIds()].index(page)])
    wizard.restart()
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    tree = page.ui.measuresTree
    if tree.topLevelItemCount() == 0:
        page.add_item()
    count = tree.topLevelItemCount()
    assert [text for text, _ in entries(tree)] == ["&Edit…", "Re&move measure", "&Copy"]
    press_enter(tree, 0)
    assert wizard.isVisible() and wizard.currentPage() is page  # Enter did not press Next
    assert page.first_editor().hasFocus()
    page.row_actions.build_menu(tree.model().index(0, 0)).actions()[1].trigger()
    assert tree.topLevelItemCount() == count - 1
    wizard.reject()


def test_a_retention_row_opens_in_full_and_is_kept_from_its_menu(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    from test_safety_gui import old_closed_case

    from gui_helpers import type_text

    old_closed_case(session, "Gammalt ärende")
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    dialog = window.safety.open_retention()
    table = dialog.ui.itemTable
    assert "Record: " in shown_in_full(table, 0) and "Gammalt ärende" in shown_in_full(table, 0)
    keep, delete = dialog.ui.keepButton.text(), dialog.ui.deleteButton.text()
    assert entries(table) == [("&Open", True), (keep, True), (delete, True), ("&Copy", True)]
    menu = dialog.row_actions.build_menu(table.model().index(0, 0))
    menu.actions()[1].trigger()  # no reason yet: the reason's field is where to write it
    assert table.rowCount() == 1 and dialog.ui.reasonEdit.hasFocus()
    type_text(dialog.ui.reasonEdit, "Pågående rättsprocess")
    dialog.row_actions.build_menu(table.model().index(0, 0)).actions()[1].trigger()
    assert table.rowCount() == 0
    assert case_service.count_cases(window.session) == 1  # kept, not deleted


def test_a_row_shown_in_full_goes_when_the_vault_locks(
    window: Any, qtbot: Any, controller: Any
) -> None:
    import shiboken6
    from PySide6.QtCore import QEvent

    table = window.disclosures_page.ui.disclosureTable
    press_enter(table, 0)
    (dialog,) = [d for d in row_dialogs() if d.isVisible()]
    assert "Content SHA-256: " in dialog.text.toPlainText()
    controller.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)  # gone with its text, not just hidden
    assert all(not d.isVisible() for d in row_dialogs())
