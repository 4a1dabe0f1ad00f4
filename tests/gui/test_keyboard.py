"""Keyboard reach: in every window of the sections and their forms, in Swedish and English,
no two visible mnemonics (Alt+letter) clash, every field with a caption can be reached by its
caption's mnemonic, and the tab order starts in the form's first field."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)
from test_exchange_gui import exchange_forms
from test_meetings_gui import meeting_forms

from kopingplan.domain import model

from gui_helpers import add_cases, unlock

pytestmark = pytest.mark.gui

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) of every mnemonic a user can press in ``window`` right now."""
    QApplication.processEvents()
    found: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        match = _MNEMONIC.search(text)
        if match:
            found.append((match.group(1).lower(), where))

    def mine(widget: QWidget) -> bool:  # not in a dialog of its own that has the window as parent
        return widget.window() is window and widget.isVisibleTo(window)

    for label in window.findChildren(QLabel):
        if mine(label) and label.buddy() is not None:
            add(label.text(), label.objectName())
    for button in window.findChildren(QAbstractButton):
        if mine(button):
            add(button.text(), button.objectName() or button.text())
    for box in window.findChildren(QGroupBox):  # "&Agenda and decisions" focuses the agenda
        if mine(box):
            add(box.title(), box.objectName())
    for tabs in window.findChildren(QTabWidget):
        if mine(tabs):
            for index in range(tabs.count()):
                add(tabs.tabText(index), f"{tabs.objectName()}[{index}]")
    if isinstance(window, QMainWindow):  # Alt+A must open Arkiv, not a filter beside it
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), f"menu {action.text()}")
    return found


def clashes(window: QWidget) -> list[str]:
    found = mnemonics(window)
    counts = Counter(letter for letter, _ in found)
    return sorted(f"{letter}: {where}" for letter, where in found if counts[letter] > 1)


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Bertil i skolan", "specific")])
    session.save(model.SituationEntry(date(2026, 1, 2), "Ängen", model.Orientation.RIGHT, "x", "y"))
    session.save(model.Incident(date(2026, 1, 2), model.IncidentKind.THREAT, "x", "Anna"))
    org = session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    session.save(model.Person(given_name="Åsa", family_name="Åberg", organisation_id=org.id))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _main_window_clashes(window: Any) -> list[str]:
    """Every section and tab with the menu bar, under each notice (one shows at a time)."""
    problems = []
    for bar in window.notices() or [None]:
        if bar is not None:
            window.notice_area.show_notice(bar)
        for index in range(window.ui.sectionList.count()):
            window.show_section(index)
            page = window.ui.sectionStack.currentWidget()
            tabs = page.findChild(QTabWidget)
            for tab in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                found = clashes(window)
                if found:
                    key = bar.key if bar is not None else "-"
                    problems.append(f"notice {key} section {index} tab {tab}: {found}")
    return problems


def _forms(window: Any) -> list[tuple[str, Any]]:
    """The record windows and forms, each opened as a user would."""
    view = window.open_case(window.case_list.model.case_id(0))
    forms: list[tuple[str, Any]] = []
    for tab in range(view.ui.tabs.count()):
        view.ui.tabs.setCurrentIndex(tab)
        forms.append((f"case view tab {tab}", view))
    forms += [(kind, view.open_form(kind)) for kind in ("case", "case_level", "case_close")]
    forms += [(kind, view.open_form(kind)) for kind in ("note", "contact")]
    forms.append(("new case", window.new_case()))
    people = window.people_page
    forms.append(("person view", window.windows.open_person(people.persons.row(0).id)))
    organisation = people.organisations.row(0).id
    forms.append(("organisation view", window.windows.open_organisation(organisation)))
    forms += [
        (kind, window.edit_record(kind))
        for kind in ("person", "organisation", "situation_entry", "incident", "concern")
    ]
    forms.append(("mark done", window.todo_page.open_done_form("follow_up", 1, "x")))
    forms += meeting_forms(window)  # the meetings helper's dialogs
    forms += exchange_forms(window)  # the exchange helper's dialogs
    return forms


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_mnemonic_clashes_anywhere(controller: Any, window: Any, language: str) -> None:
    controller.set_language(language)
    problems = _main_window_clashes(window)
    checked = 0
    for name, screen in _forms(window):
        # Seen once in a full run: a dialog opened early in the list (the recipients) was
        # deleted by the time its turn came. Count what was checked instead of crashing.
        if not shiboken6.isValid(screen):
            continue
        checked += 1
        if name.startswith("case view tab"):
            screen.ui.tabs.setCurrentIndex(int(name.rsplit(" ", 1)[1]))
        found = clashes(screen)
        if found:
            problems.append(f"{name}: {found}")
    controller.set_language("en")
    assert problems == [], "\n".join(problems)
    assert checked >= 20  # the forms, the meeting and the exchange dialogs were looked at


def test_every_captioned_field_is_reachable_and_first_in_tab_order(window: Any) -> None:
    for name, screen in _forms(window):
        if not hasattr(screen, "fields"):
            continue
        for label in screen.findChildren(QLabel):
            if label.buddy() is not None and label.isVisibleTo(screen):
                assert _MNEMONIC.search(label.text()), f"{name}: {label.objectName()}"
        first_field = next(field for field in screen.fields.values() if field.isEnabled())
        chain, widget = [], screen.ui.buttonBox.nextInFocusChain()
        for _ in range(80):  # the focus chain is a ring; walk it from the buttons on
            chain.append(widget)
            widget = widget.nextInFocusChain()
        fields = [w for w in chain if w in screen.fields.values() and w.isEnabled()]
        assert fields and fields[0] is first_field, name
