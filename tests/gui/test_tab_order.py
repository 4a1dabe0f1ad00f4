"""Tab order and visible focus in every form and dialog (issue 13; EN 301 549 11.2.4.3, 11.2.4.7).

Each record form, dialog and wizard page is opened as the layout and keyboard suites open them
(``test_keyboard._forms``: the case window and its forms, the sections' forms, the meetings'
and the exchange's dialogs), and Tab is pressed from the first control until the focus comes
back round. The walk must

* reach every enabled control on show that takes the keyboard, each once;
* go in reading order: down the window, and left to right along a row (a Tab that goes back
  up is allowed once, where the ring closes);
* show where the focus is: a control with the focus must look different from itself without.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)
from test_keyboard import _forms, window  # noqa: F401 - the fixture, shared

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _inside_composite(widget: QWidget, top: QWidget) -> bool:
    """A spin box's line edit, an editable combo box's field: the control itself counts."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def tab_stops(top: QWidget) -> list[QWidget]:
    """The controls Tab must reach: on show, enabled, taking focus by Tab."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.window() is not top:
            continue
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if _inside_composite(widget, top):
            continue
        if widget.objectName().startswith("qt_") and not isinstance(
            widget, QAbstractButton | QTabBar
        ):
            continue  # parts of Qt's own (its buttons and tab bars count)
        if isinstance(widget, QTabBar) and widget.count() < 2:
            continue
        found.append(widget)
    return found


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName() or repr(text)}"


def place(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def before(b: QRect, a: QRect) -> bool:
    """Whether ``b`` comes before ``a`` when reading: above it, or beside it on its left. (A
    control above and wholly to the right starts the next column of a two-column window.)"""
    same_row = b.top() < a.bottom() and a.top() < b.bottom()
    if same_row:
        return b.right() <= a.left() + 2
    return b.bottom() <= a.top() + 2 and b.left() < a.right() - 2


def walk(top: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    """Tabs from the window's first control until the focus comes round: the stops in order,
    and those that look the same with the focus as without (each is drawn as Tab reaches it
    and again after Tab has left it)."""
    top.activateWindow()
    QApplication.processEvents()
    start = QApplication.focusWidget()
    assert start is not None and start.window() is top, f"no focus in {top.objectName()}"
    chain = [start]
    # Tab and back: the first control is drawn as a Tab leaves it (not as after a click).
    QTest.keyClick(start, Qt.Key.Key_Tab)
    QTest.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    QApplication.processEvents()
    looks: dict[int, QImage] = {id(start): start.grab().toImage()}
    unmarked = []
    for _ in range(150):
        QTest.keyClick(chain[-1], Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is chain[-1]:
            continue  # Tab steps through a date's parts (day, month, year) first: Qt's way
        left = chain[-1]
        if left.grab().toImage() == looks[id(left)]:
            unmarked.append(left)
        if now is None or now is start:
            break
        looks[id(now)] = now.grab().toImage()
        chain.append(now)
    return chain, unmarked


def problems(title: str, top: QWidget) -> list[str]:
    top.show()
    QApplication.processEvents()
    expected = tab_stops(top)
    chain, unmarked = walk(top)
    found = []
    seen: set[int] = set()
    for widget in chain:
        if id(widget) in seen:
            found.append(f"{title}: reached twice: {name(widget)}")
        seen.add(id(widget))
    # A group of radio buttons is one stop (arrows choose within it): any one of it counts.
    missing = [w for w in expected if w not in chain and not _group_reached(w, chain)]
    found += [f"{title}: never reached by Tab: {name(w)}" for w in missing]
    # Reading order: the first stop is where the form puts the focus; from there on down.
    steps = [w for w in chain if w in expected]
    backs = [(a, b) for a, b in itertools.pairwise(steps) if before(place(b, top), place(a, top))]
    if len(backs) > 1 or (backs and backs[0][1] is not _first_in_reading(steps, top)):
        found += [f"{title}: Tab goes back from {name(a)} to {name(b)}" for a, b in backs]
    found += [f"{title}: no visible focus on {name(w)}" for w in unmarked]
    return found


def _group_reached(widget: QWidget, chain: list[QWidget]) -> bool:
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return False
    return any(
        isinstance(other, QRadioButton) and other.parentWidget() is widget.parentWidget()
        for other in chain
    )


def _first_in_reading(stops: list[QWidget], top: QWidget) -> QWidget:
    """The stop that no other stop comes before."""
    for widget in stops:
        if not any(before(place(o, top), place(widget, top)) for o in stops):
            return widget
    return stops[0]


def test_tab_reaches_every_control_in_reading_order(window: Any) -> None:  # noqa: F811
    found: list[str] = []
    for title, screen in _forms(window):
        if title.startswith("case view tab"):
            screen.ui.tabs.setCurrentIndex(int(title.rsplit(" ", 1)[1]))
        if isinstance(screen, QWizard):
            title = f"{title} ({screen.currentPage().title()})"
        found += problems(title, screen.window())
    assert found == [], "\n".join(found)


def test_tab_in_every_wizard_page(window: Any) -> None:  # noqa: F811
    from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard

    case_id = window.case_list.model.case_id(0)
    found: list[str] = []
    for title, make in (
        ("exit plan", lambda: ExitPlanWizard(window.session, case_id, window)),
        ("relative support", lambda: RelativeSupportWizard(window.session, None, window)),
    ):
        wizard: QWizard = make()
        for number, page_id in enumerate(wizard.pageIds()):
            wizard.setStartId(page_id)
            wizard.restart()
            wizard.show()
            found += problems(f"{title} page {number + 1}", wizard)
        QDialog.done(wizard, 0)
    assert found == [], "\n".join(found)


def test_tab_in_the_start_dialogs(controller: Any, session: Any, vault_paths: Any) -> None:
    session.close()
    controller.start(None)
    found: list[str] = []
    first_run = controller.first_run
    for page in range(3):
        first_run.show_page(page)
        found += problems(f"first run page {page}", first_run)
    controller.start(vault_paths.folder)
    found += problems("unlock", controller.unlock_dialog)
    assert found == [], "\n".join(found)


def test_tab_in_every_dialog_from_the_menus(window: Any) -> None:  # noqa: F811
    """Settings, security, identity, backup, restore, reports …: each dialog a menu opens, a
    modal one walked from inside its own event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu
    from test_screens import _menu_actions

    skip = {window.ui.actionLock, window.ui.actionQuit, window.ui.actionFind}
    skip |= {window.ui.actionSwedish, window.ui.actionEnglish, window.ui.actionNewCase}
    found: list[str] = []
    walked: list[str] = []
    for top_action in window.ui.menuBar.actions():
        menu_name = top_action.text().replace("&", "")
        for title, action in _menu_actions(top_action.menu(), menu_name):
            if action in skip:
                continue
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}

            def look_at_modal(
                title: str = title, before: set[QWidget] = before, found: list[str] = found
            ) -> None:
                modal = QApplication.activeModalWidget()
                if modal is not None and modal not in before:
                    walked.append(title)
                    found.extend(problems(title, modal))
                    QDialog.done(modal, 0)

            QTimer.singleShot(0, look_at_modal)
            action.trigger()
            QApplication.processEvents()
            for opened in QApplication.topLevelWidgets():
                if opened.isVisible() and opened not in before and not isinstance(opened, QMenu):
                    walked.append(title)
                    found += problems(title, opened)
                    opened.close()
    assert len(walked) >= 8, walked  # the menus open that many dialogs at least
    assert found == [], "\n".join(found)
