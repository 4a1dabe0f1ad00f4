"""The main window of an unlocked vault: sections on the left, the chosen one on the right.

It holds the session only to hand it to its pages; :meth:`MainWindow.teardown` (locking, quit)
closes every case window, empties every model and forgets the session, after which the window
is deleted. A new one is built after the next unlock. The window title is always just
"Köpingplan": titles show in task bars and window switchers.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QWidget

from kopingplan.gui import settings as app_settings
from kopingplan.gui.case_list import CaseListPage
from kopingplan.gui.case_view import TIMELINE_LIMIT, CaseView
from kopingplan.gui.forms import setup_form
from kopingplan.gui.icons import icon
from kopingplan.gui.search import SearchBox
from kopingplan.gui.sections import SECTIONS, EmptySectionPage, section_name
from kopingplan.gui.widgets import error_text

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    lockRequested = Signal()
    quitRequested = Signal()
    languageRequested = Signal(str)

    def __init__(self, session: Any, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = setup_form("main_window", self)
        self.session: Any = session
        self._case_views: list[CaseView] = []
        self._closing_for_teardown = False
        self.setWindowIcon(icon("kopingplan"))

        # Sections: the case list is real, the others say honestly that they come later.
        self.case_list: CaseListPage | None = CaseListPage(session, self)
        self.case_list.caseActivated.connect(self.open_case)
        self.ui.sectionStack.addWidget(self.case_list)
        for index, section in enumerate(SECTIONS[1:], start=1):
            page = EmptySectionPage(lambda i=index: section_name(i), section.planned, self)
            self.ui.sectionStack.addWidget(page)
        self.ui.sectionList.currentRowChanged.connect(self.ui.sectionStack.setCurrentIndex)
        self.ui.sectionList.setCurrentRow(0)
        for index in range(len(SECTIONS)):  # Ctrl+1 … Ctrl+7 jump to a section
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            jump.triggered.connect(lambda checked=False, i=index: self.show_section(i))
            self.addAction(jump)

        # Toolbar: lock first (the most important button), the search box at the far right.
        self.ui.actionLock.setIcon(icon("lock"))
        self.ui.actionLock.triggered.connect(self.lockRequested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFind.setIcon(icon("search"))
        self.ui.actionFind.triggered.connect(self.focus_search)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.mainToolBar.addWidget(spacer)
        self.search_box = SearchBox(
            lambda query, limit: self.session.search(query, limit=limit), self
        )
        self.search_box.hitActivated.connect(self.open_hit)
        self.ui.mainToolBar.addWidget(self.search_box)

        languages = QActionGroup(self)
        for action, code in ((self.ui.actionSwedish, "sv"), (self.ui.actionEnglish, "en")):
            languages.addAction(action)
            action.setChecked(code == language)
            action.triggered.connect(lambda checked=False, c=code: self.languageRequested.emit(c))

        geometry = app_settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.case_list.focus_table()

    # --- navigation

    def show_section(self, index: int) -> None:
        self.ui.sectionList.setCurrentRow(index)
        if index == 0 and self.case_list is not None:
            self.case_list.focus_table()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # --- opening records

    def open_case(self, case_id: int) -> CaseView | None:
        """Opens the case in a window of its own, through the audited service call."""
        for view in self._case_views:
            if view.case_id == case_id:  # already open: bring it forward (not audited twice)
                view.raise_()
                view.activateWindow()
                return view
        try:
            detail = self.session.open_case(case_id, timeline_limit=TIMELINE_LIMIT)
        except Exception as error:
            self.show_notice(error_text(error))
            return None
        view = CaseView(detail, self)
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.destroyed.connect(lambda *_: self._forget_view(case_id))
        self._case_views.append(view)
        view.show()
        return view

    def _forget_view(self, case_id: int) -> None:
        self._case_views = [v for v in self._case_views if v.case_id != case_id]

    @property
    def case_views(self) -> list[CaseView]:
        return list(self._case_views)

    def open_hit(self, hit: Any) -> None:
        case_id = hit.id if hit.kind == "case" else hit.case_id
        if case_id is not None:
            self.open_case(int(case_id))
        else:
            self.show_notice(self.tr("Situation picture entries open here in a later version."))

    # --- language

    def set_language_checked(self, code: str) -> None:
        self.ui.actionSwedish.setChecked(code == "sv")
        self.ui.actionEnglish.setChecked(code == "en")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    # --- closing

    def teardown(self) -> None:
        """Closes case windows, empties the models, forgets the query and the session."""
        app_settings.save_window_geometry(self.saveGeometry())
        for view in list(self._case_views):
            if shiboken6.isValid(view):  # a view closed a moment ago may already be gone
                view.teardown()
        self._case_views.clear()
        if self.case_list is not None:
            self.case_list.teardown()
        self.search_box.teardown()
        self.session = None
        self._closing_for_teardown = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_teardown:
            # The user closed the window: the controller tears down (which lands here again,
            # ignored by Qt while this close is running), closes the vault and quits.
            self.quitRequested.emit()
        if self._closing_for_teardown:
            super().closeEvent(event)
        else:
            event.ignore()
