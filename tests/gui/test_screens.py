"""Every window on the laptops municipalities buy: the screen test suite (marker ``screens``).

``packaging/dev.py test`` runs this file twice more, each time in a process whose offscreen
screen has a fixed size (the size is fixed when the QApplication is made):

* ``KOPINGPLAN_SCREEN=1366x768``: a 1366×768 laptop at 100 %;
* ``KOPINGPLAN_SCREEN=1920x1080@1.5``: a 1920×1080 laptop at 150 % (1280×720 logical pixels).

Each run opens the demo vault's main window with every notice showing, every section and tab,
the global search, every dialog reachable from the menus, the case window with its tabs and
forms, the sections' dialogs and every wizard page, and fails when

* a window's minimum size is larger than the screen less a 40 px task bar,
* a label's or button's text does not fit its width (no word wrap or eliding there),
* a visible control that takes the keyboard has no accessible name (its own, a buddy label's
  or its text: what a screen reader says).

A PNG of each screen goes to ``tests/screens-out/<screen>/`` (the path is printed): look at them.
Without ``KOPINGPLAN_SCREEN`` the tests are skipped (the default screen has no size to fit).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from gui_helpers import unlock

SCREEN = os.environ.get("KOPINGPLAN_SCREEN", "")
TASK_BAR = 40
OUT = Path(__file__).resolve().parents[1] / "screens-out"

pytestmark = [
    pytest.mark.gui,
    pytest.mark.screens,
    pytest.mark.skipif(
        not SCREEN,
        reason="run by packaging/dev.py test with a fixed screen (KOPINGPLAN_SCREEN)",
    ),
]


def expected_screen() -> QSize:
    """The logical size the run was started for: "1366x768" or "1920x1080@1.5"."""
    match = re.fullmatch(r"(\d+)x(\d+)(?:@([\d.]+))?", SCREEN)
    assert match, f"KOPINGPLAN_SCREEN={SCREEN!r} is not WIDTHxHEIGHT[@SCALE]"
    scale = float(match.group(3) or 1)
    return QSize(round(int(match.group(1)) / scale), round(int(match.group(2)) / scale))


def available() -> QRect:
    """The screen less the task bar, in logical pixels."""
    screen = QGuiApplication.primaryScreen().availableGeometry()
    return screen.adjusted(0, 0, 0, -TASK_BAR)


# --- the checks ---------------------------------------------------------------------------------


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_composite(widget: QWidget) -> bool:
    """Parts of another control (a spin box's line edit, a table's corner button, an editable
    combo's field): the control itself is what is checked."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def clipped_texts(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not _shown(widget) or widget.window() is not window or _inside_composite(widget):
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap() is not None:
                continue
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue  # rich text: sizeHint is not a line's width
        elif not widget.text():
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(
                f"clipped {type(widget).__name__} {widget.objectName() or '?'}"
                f" ({widget.width()} < {widget.sizeHint().width()}): {widget.text()!r}"
            )
    return found


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(window: QWidget) -> list[str]:
    found = []
    candidates = [
        w for kind in (*INTERACTIVE, QTextEdit, QPlainTextEdit) for w in window.findChildren(kind)
    ]
    for widget in dict.fromkeys(candidates):
        if not _shown(widget) or widget.window() is not window or _inside_composite(widget):
            continue
        if isinstance(widget, QHeaderView) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (tool bar extension …)
            continue
        if not accessible_name(widget):
            found.append(f"no accessible name: {type(widget).__name__} {widget.objectName()!r}")
    return found


def headed_lists(window: QWidget) -> Iterator[tuple[QAbstractItemView, QHeaderView, Any]]:
    """The lists shown in ``window`` with their column header showing: (view, header, model)."""
    for view in window.findChildren(QAbstractItemView):
        if not _shown(view) or isinstance(view, QHeaderView) or view.window() is not window:
            continue
        header = getattr(view, "horizontalHeader", getattr(view, "header", None))
        header = header() if header is not None else None
        if header is not None and not header.isHidden() and view.model() is not None:
            yield view, header, view.model()


def numbered_headers(window: QWidget) -> list[str]:
    """A table whose column headers are Qt's numbers (1 2 3 4): no header text was set, as
    happens when an empty table gets its columns only with its first row."""
    found = []
    for view, _header, model in headed_lists(window):
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if text is None or str(text).strip() in ("", str(column + 1)):
                found.append(f"table {view.objectName()!r} column {column + 1} has no header")
    return found


def last_column_not_stretched(window: QWidget) -> list[str]:
    """A table narrower than its view, its last column not stretched: a blank strip."""
    found = []
    for view, header, _model in headed_lists(window):
        if header.count() < 2:
            continue
        stretched = header.stretchLastSection() or any(
            header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch
            for i in range(header.count())
        )
        if not stretched and header.length() < view.viewport().width() - 2:
            found.append(f"table {view.objectName()!r}: the last column does not stretch")
        if view.horizontalScrollBar().isVisible():
            found.append(f"table {view.objectName()!r}: its columns do not fit at full width")
    return found


def _stretched_sections(header: QHeaderView) -> list[int]:
    """The columns that take the room left: set to stretch, or the last one shown when the
    header stretches its last section."""
    stretched = [
        i
        for i in range(header.count())
        if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch
    ]
    if header.stretchLastSection():
        shown = [header.logicalIndex(v) for v in range(header.count())]
        shown = [i for i in shown if not header.isSectionHidden(i)]
        stretched += shown[-1:]
    return [i for i in dict.fromkeys(stretched) if not header.isSectionHidden(i)]


def squeezed_text_columns(window: QWidget) -> list[str]:
    """The column of free text squeezed behind wide fixed columns, narrower than its own
    header's text: the words the list is for get the least room (the concern list's text
    column was 80 px wide)."""
    found = []
    for view, header, model in headed_lists(window):
        if header.count() < 2:
            continue
        for column in _stretched_sections(header):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(text) + 12  # the section's margins
            if header.sectionSize(column) < needed:
                found.append(
                    f"table {view.objectName()!r}: the stretched column {text!r} is"
                    f" {header.sectionSize(column)} px, narrower than its header ({needed} px)"
                )
    return found


def too_large(window: QWidget) -> list[str]:
    room = available().size()
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if window.layout() is None and not window.minimumSize().isEmpty():
        hint = window.minimumSize()
    problems = []
    if hint.width() > room.width() or hint.height() > room.height():
        problems.append(
            f"minimum size {hint.width()}×{hint.height()} > screen {room.width()}×{room.height()}"
        )
    frame = window.frameGeometry()
    if window.isVisible() and not available().adjusted(0, 0, 0, TASK_BAR).contains(frame):
        problems.append(f"off screen at {frame.getRect()}")
    return problems


class Screens:
    """Checks windows and saves their pictures; collects every problem for one failure."""

    def __init__(self, language: str) -> None:
        self.folder = OUT / SCREEN.replace("@", "-at-") / language
        self.folder.mkdir(parents=True, exist_ok=True)
        self.problems: list[str] = []
        self.seen: list[str] = []

    def check(self, name: str, window: QWidget) -> None:
        """Checks ``window``; a dialog with tabs once per tab (the main window's sections and
        the case window's tabs are gone through by the tests themselves)."""
        QApplication.processEvents()
        window = window.window()
        if not window.isVisible():
            window.show()
            QApplication.processEvents()
        self._check_once(name, window)
        if isinstance(window, QMainWindow) or window.objectName() == "CaseView":
            return
        for tabs in window.findChildren(QTabWidget):
            if not _shown(tabs) or tabs.window() is not window:
                continue
            first = tabs.currentIndex()
            for tab in range(tabs.count()):
                if tab != first and tabs.isTabEnabled(tab) and tabs.isTabVisible(tab):
                    tabs.setCurrentIndex(tab)
                    self._check_once(f"{name} tab {tab}", window)
            tabs.setCurrentIndex(first)

    def _check_once(self, name: str, window: QWidget) -> None:
        QApplication.processEvents()
        self.seen.append(name)
        file = self.folder / (re.sub(r"[^\w.-]+", "_", name) + ".png")
        window.grab().save(str(file))
        problems = too_large(window) + clipped_texts(window) + unnamed_controls(window)
        problems += numbered_headers(window) + squeezed_text_columns(window)
        if isinstance(window, QMainWindow):  # the sections' tables (dialogs: see the report)
            problems += last_column_not_stretched(window)
        for problem in problems:
            self.problems.append(f"{name}: {problem}")

    def assert_clean(self) -> None:
        print(f"\nscreens: {len(self.seen)} pictures in {self.folder}")
        assert self.problems == [], "\n".join(self.problems)


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def screens(language: str) -> Screens:
    return Screens(language)


def fill_the_screen(window: QWidget) -> None:
    """As a window manager maximises: the screen less the task bar."""
    window.showNormal()
    room = available()
    frame = window.frameGeometry().size() - window.geometry().size()
    window.resize(room.size() - frame)
    window.move(room.topLeft())  # move() places the frame
    QApplication.processEvents()


# --- the demo vault, open -----------------------------------------------------------------------


@pytest.fixture
def window(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, language: str
) -> Iterator[Any]:
    from kopingplan.services import demo

    assert QGuiApplication.primaryScreen().size() == expected_screen(), (
        "the offscreen screen does not have the size asked for: start pytest with "
        "QT_QPA_PLATFORM=offscreen:configfile=… (see packaging/dev.py)"
    )
    from cryptography.hazmat.primitives import serialization
    from test_exchange_gui import make_certificate

    from kopingplan.services import exchange

    demo.fill(session, cases=8, seed=5, notes_per_case=4)
    ending = make_certificate(days=20)  # the expiring-certificate notice
    exchange.add_recipient(session, ending.public_bytes(serialization.Encoding.PEM))
    session.close()
    controller.set_language(language)
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    # As it first opens (no size remembered): no taller or wider than the screen less the task
    # bar. (Offscreen, the screen has no task bar to leave out: the window's own 40 px of room
    # for a title bar stand for it here.)
    first = opened.geometry().size()
    assert first.boundedTo(available().size()) == first, first
    # A laptop's screen is taken whole at the first start, and the case list's columns fit
    # it beside a vertical scroll bar (a real vault has more cases than the list shows), the
    # title, which takes the room left, still 150 px wide.
    assert first.width() >= available().width() - 10, first
    table = opened.case_list.ui.caseTable
    QApplication.processEvents()
    header = table.horizontalHeader()
    (title,) = _stretched_sections(header)
    others = header.length() - header.sectionSize(title)
    beside = table.viewport().width() - table.verticalScrollBar().sizeHint().width()
    assert others + 150 <= beside, (others, beside)
    fill_the_screen(opened)
    every_notice(opened)
    QApplication.processEvents()
    yield opened
    controller.set_language("en")


def every_notice(window: Any) -> None:
    """Every kind of notice at once, as after a long absence: forms kept as drafts, overdue
    items (the demo's), no backup yet, and a recipient whose certificate ends soon."""
    window.offer_drafts([("case", "new"), ("note", "1")])
    keys = {bar.key for bar in window.notices()}
    assert keys == {"drafts", "due", "backup", "expiring_recipients"}, keys


def new_windows(before: set[QWidget]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w not in before and not isinstance(w, QMenu)
    ]


def close(window: QWidget) -> None:
    if isinstance(window, QDialog):
        window.reject()
    window.close()
    QApplication.processEvents()


def open_and_check(
    screens: Screens, name: str, trigger: Callable[[], Any], *, keep: bool = False
) -> list[QWidget]:
    """Triggers ``trigger`` and checks every window it opens, a modal one run with exec()
    too (checked from inside its own event loop, then closed); closes them unless ``keep``."""
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    seen: list[QWidget] = []

    def look_at_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in before and modal not in seen:
            seen.append(modal)
            screens.check(name, modal)
            close(modal)

    QTimer.singleShot(0, look_at_modal)
    trigger()
    QApplication.processEvents()
    opened = [w for w in new_windows(before) if w not in seen]
    for number, window in enumerate(opened):
        screens.check(name if not number else f"{name} {number + 1}", window)
        if not keep:
            close(window)
    return seen + opened


# --- the tests ----------------------------------------------------------------------------------


def wholly_visible(widget: QWidget) -> bool:
    """On show, on the screen above the task bar, and not cut by the window's edge or a parent
    (a scroll area's viewport)."""
    QApplication.processEvents()
    on_screen = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    return (
        widget.isVisible()
        and widget.visibleRegion().boundingRect() == widget.rect()
        and available().contains(on_screen)
    )


def test_the_main_window_every_section_and_the_search(window: Any, screens: Screens) -> None:
    # What the tester could not reach on a 1366×768 laptop: the status bar (every
    # confirmation), "New case…", and on Meetings "New meeting…" and "Save minutes".
    assert wholly_visible(window.statusBar())
    assert wholly_visible(window.case_list.ui.newCaseButton)
    window.show_section(window.ui.sectionStack.indexOf(window.meetings_page))
    assert wholly_visible(window.meetings_page.ui.newMeetingButton)
    save = window.meetings_page.view.ui.saveMinutesButton
    window.meetings_page.view_scroll.ensureWidgetVisible(save)
    assert wholly_visible(save)
    for index in range(window.ui.sectionList.count()):
        window.show_section(index)
        page = window.ui.sectionStack.currentWidget()
        tabs = page.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            screens.check(f"main {index} tab {tab}", window)
    # Alt+letter: no clash between the menu bar, a section and the notice on show.
    from test_keyboard import _main_window_clashes

    screens.problems += _main_window_clashes(window)
    window.show_section(0)
    window.search_box.setText("a")
    window.search_box.run_search()
    screens.check("search", window.search_box.results)
    window.search_box.results.close()
    screens.assert_clean()


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        name = f"{path} > {action.text().replace('&', '')}"
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), name)
        else:
            yield name, action


def test_every_dialog_from_the_menus(window: Any, screens: Screens) -> None:
    skip = {window.ui.actionLock, window.ui.actionQuit, window.ui.actionFind}
    skip |= {window.ui.actionSwedish, window.ui.actionEnglish}
    for top in window.ui.menuBar.actions():
        for name, action in _menu_actions(top.menu(), top.text().replace("&", "")):
            if action in skip:
                continue
            opened = open_and_check(screens, f"menu {name}", action.trigger)
            assert opened or action is window.ui.actionNewCase, f"{name} opened nothing"
    screens.assert_clean()


def test_the_case_window_and_the_sections_dialogs(window: Any, screens: Screens) -> None:
    import shiboken6
    from test_keyboard import _forms

    for name, form in _forms(window):
        if not shiboken6.isValid(form):
            print(f"screens: {name} was closed before it could be looked at")
            continue
        if name.startswith("case view tab"):
            form.ui.tabs.setCurrentIndex(int(name.rsplit(" ", 1)[1]))
        screens.check(name, form)
        if not name.startswith("case view tab"):
            close(form)
    screens.assert_clean()


def test_every_wizard_page(window: Any, screens: Screens) -> None:
    from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard

    case_id = window.case_list.model.case_id(0)
    for name, make in (
        ("exit plan", lambda: ExitPlanWizard(window.session, case_id, window)),
        ("relative support", lambda: RelativeSupportWizard(window.session, None, window)),
    ):
        wizard: QWizard = make()
        for number, page_id in enumerate(wizard.pageIds()):
            wizard.setStartId(page_id)
            wizard.restart()
            wizard.show()
            screens.check(f"wizard {name} {number + 1}", wizard)
        close(wizard)
    screens.assert_clean()


@pytest.fixture
def empty_window(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, language: str
) -> Iterator[Any]:
    """A new vault, as on the first day: nothing in any section."""
    session.close()
    controller.set_language(language)
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    fill_the_screen(opened)
    QApplication.processEvents()
    yield opened
    controller.set_language("en")


def empty_views_without_a_hint(window: QWidget) -> list[str]:
    """An empty list must say what to do first, on the list itself."""
    found = []
    for view in window.findChildren(QAbstractItemView):
        if not _shown(view) or isinstance(view, QHeaderView) or view.model() is None:
            continue
        if not view.isEnabled():  # nothing to do in it yet (no meeting chosen, say)
            continue
        if view.model().rowCount() or view.objectName().startswith("qt_"):
            continue
        hints = [
            label.text()
            for label in view.viewport().findChildren(QLabel)
            if label.isVisible() and label.text().strip()
        ]
        if not hints:
            found.append(f"the empty list {view.objectName()!r} says nothing")
    return found


def test_an_empty_vault_says_what_to_do_first(empty_window: Any, screens: Screens) -> None:
    window = empty_window
    for index in range(window.ui.sectionList.count()):
        window.show_section(index)
        page = window.ui.sectionStack.currentWidget()
        tabs = page.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            screens.check(f"empty {index} tab {tab}", window)
            screens.problems += [
                f"empty {index} tab {tab}: {p}" for p in empty_views_without_a_hint(window)
            ]
    screens.assert_clean()


def test_the_start_dialogs(
    controller: Any, session: Any, vault_paths: Any, language: str, screens: Screens
) -> None:
    """The first-run dialog's pages (new vault, open one, the demo) and the unlock dialog."""
    session.close()
    controller.set_language(language)
    try:
        controller.start(None)
        first_run = controller.first_run
        for page in range(3):
            first_run.show_page(page)
            screens.check(f"start first run {page}", first_run)
        controller.start(vault_paths.folder)
        screens.check("start unlock", controller.unlock_dialog)
    finally:
        controller.set_language("en")
    screens.assert_clean()


def test_the_meeting_brief_with_a_copy_per_recipient(window: Any, screens: Screens) -> None:
    """The brief window with named copies, each saying what it holds (issue 16), and the
    window to change one copy's content."""
    from test_briefs_gui import give_copies
    from test_meetings_gui import meeting_forms

    from kopingplan.domain import model
    from kopingplan.services import content_profiles

    session = window.session
    police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
    school = session.save(model.Organisation("Västra skolan", model.OrganisationKind.SCHOOL))
    content_profiles.set_profile(session, police.id, ["level", "orientation", "summary"])
    content_profiles.set_profile(session, school.id, ["level"])
    forms = dict(meeting_forms(window))
    brief = forms.pop("meeting brief")
    import shiboken6

    for form in forms.values():
        if shiboken6.isValid(form):  # one window may stand for two of them
            close(form)
    give_copies(brief, "Polisen Köping", "Västra skolan")
    brief.ui.copyList.setCurrentRow(0)
    screens.check("meeting brief, copies per recipient", brief)
    open_and_check(screens, "content of one copy", brief.copy_contents.button.click)
    close(brief)
    screens.assert_clean()
