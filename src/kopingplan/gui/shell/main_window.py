"""The main window of an unlocked vault: sections on the left, the chosen one on the right.

It holds the session only to hand it to its pages; :meth:`MainWindow.teardown` (locking, quit)
closes every case window, empties every model and forgets the session, after which the window
is deleted. A new one is built after the next unlock. The window title is always just
"Köpingplan": titles show in task bars and window switchers.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QSizePolicy, QWidget

from kopingplan.gui.briefs.brief_verify import BriefMenu
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.cases.case_list import CaseListPage
from kopingplan.gui.cases.case_view import TIMELINE_LIMIT, CaseView, wizard
from kopingplan.gui.common import drafts
from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.changes import ChangeHub
from kopingplan.gui.common.icons import icon
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.disclosures_page import DisclosuresPage
from kopingplan.gui.forms import setup_form
from kopingplan.gui.intake.concerns_page import ConcernsPage
from kopingplan.gui.meetings.meetings_page import MeetingsPage
from kopingplan.gui.people import agreements as agreements_gui
from kopingplan.gui.people.people_page import PeoplePage
from kopingplan.gui.shell.notices import NoticeArea, NoticeBar
from kopingplan.gui.shell.search import SearchBox
from kopingplan.gui.shell.search_hits import open_hit
from kopingplan.gui.shell.sections import SECTIONS, EmptySectionPage, section_name
from kopingplan.gui.shell.windows import RecordWindows
from kopingplan.gui.situation.incidents_page import IncidentsPage
from kopingplan.gui.situation.situation_page import SituationPage
from kopingplan.gui.todo.todo_page import SECTION_INDEX as TODO_SECTION_INDEX
from kopingplan.gui.todo.todo_page import TodoPage, due_items

STATUS_TIMEOUT_MS = 8000
# Height kept free for the window's title bar and frame when fitting it to the screen (the
# screen's available geometry already leaves out the task bar).
TITLE_BAR_ROOM = 40

_log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    lockRequested = Signal()
    quitRequested = Signal()
    languageRequested = Signal(str)

    def __init__(self, session: Any, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = setup_form("main_window", self)
        self.session: Any = session
        self._case_views: list[CaseView] = []
        self._new_case_form: CaseEditDialog | None = None
        self._closing_for_teardown = False
        # What a write changed reaches every open view through this one channel; no view
        # refreshes another by hand (gui/common/changes.py).
        self.change_hub = ChangeHub(session.changes, self)
        self._due_counts = (0, 0)  # the "due" notice's figures: due today, overdue
        self.setWindowIcon(icon("kopingplan"))
        self.notice_area = NoticeArea(self)
        self.ui.noticeLayout.addWidget(self.notice_area)

        self.windows = RecordWindows(self, session)
        self.windows.caseRequested.connect(self.open_case)
        self.windows.notice.connect(self.show_notice)

        # Sections: those built so far, and honest empty pages for those that come later.
        self.case_list: CaseListPage | None = CaseListPage(session, self)
        self.case_list.caseActivated.connect(self.open_case)
        self.case_list.newCaseRequested.connect(self.new_case)
        self.concerns_page = ConcernsPage(session, self)
        self.concerns_page.concernActivated.connect(
            lambda concern_id: self.edit_record("concern", concern_id)
        )
        self.concerns_page.newConcernRequested.connect(lambda: self.edit_record("concern"))
        self.people_page = PeoplePage(session, self)
        self.people_page.personActivated.connect(self.windows.open_person)
        self.people_page.organisationActivated.connect(self.windows.open_organisation)
        self.people_page.newPersonRequested.connect(lambda: self.edit_record("person"))
        self.people_page.newOrganisationRequested.connect(lambda: self.edit_record("organisation"))
        self.situation_page = SituationPage(session, self)
        self.situation_page.entryActivated.connect(
            lambda entry_id: self.edit_record("situation_entry", entry_id)
        )
        self.situation_page.newEntryRequested.connect(lambda: self.edit_record("situation_entry"))
        self.todo_page = TodoPage(session, self)
        self.todo_page.caseActivated.connect(self.open_case)
        self.todo_page.concernActivated.connect(
            lambda concern_id: self.edit_record("concern", concern_id)
        )
        self.todo_page.incidentActivated.connect(
            lambda incident_id: self.edit_record("incident", incident_id)
        )
        self.todo_page.agreementActivated.connect(
            lambda agreement_id: agreements_gui.open_organisation_of(self, agreement_id)
        )
        self.todo_page.notice.connect(self.show_notice)
        self.incidents_page = IncidentsPage(session, self)
        self.incidents_page.incidentActivated.connect(
            lambda incident_id: self.edit_record("incident", incident_id)
        )
        self.incidents_page.newIncidentRequested.connect(lambda: self.edit_record("incident"))
        self.meetings_page = MeetingsPage(session, self)
        self.meetings_page.notice.connect(self.show_notice)
        self.meetings_page.caseRequested.connect(self.open_case)
        self.meetings_page.personRequested.connect(self.windows.open_person)
        self.meetings_page.organisationRequested.connect(self.windows.open_organisation)
        self.brief_menu = BriefMenu(self)
        self.disclosures_page = DisclosuresPage(session, self)
        self.disclosures_page.notice.connect(self.show_notice)
        self.disclosures_page.caseRequested.connect(self.open_case)
        self.disclosures_page.offer_expiry_notice(self)
        self.pages: dict[str, QWidget] = {
            "cases": self.case_list,
            "concerns": self.concerns_page,
            "people": self.people_page,
            "situation": self.situation_page,
            "meetings": self.meetings_page,
            "todo": self.todo_page,
            "incidents": self.incidents_page,
            "disclosures": self.disclosures_page,
        }
        for page in self.pages.values():  # each section reads again what it shows of a change
            refresh_after = getattr(page, "refresh_after", None)
            if callable(refresh_after):
                self.change_hub.subscribe(page, None, refresh_after)
        self.change_hub.subscribe(self, None, lambda _changes: self._update_due_notice())
        for index, section in enumerate(SECTIONS):
            page = self.pages.get(section.key) or EmptySectionPage(
                lambda i=index: section_name(i), section.planned, self
            )
            self.ui.sectionStack.addWidget(page)
        self.ui.sectionList.currentRowChanged.connect(self.ui.sectionStack.setCurrentIndex)
        self.ui.sectionList.setCurrentRow(0)
        for index in range(len(SECTIONS)):  # Ctrl+1 … Ctrl+8 jump to a section
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
        self.ui.actionNewCase.triggered.connect(self.new_case)
        self._relative_wizard = wizard("open_relative_support_wizard")
        self.ui.actionRelativeContact.setVisible(self._relative_wizard is not None)
        self.ui.actionRelativeContact.triggered.connect(self.relative_called)
        register_openers = wizard("register_draft_openers")
        if register_openers is not None:  # the wizards' drafts come back after unlocking too
            register_openers()
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
        self.fit_to_screen()
        self.case_list.focus_table()

    def fit_to_screen(self) -> None:
        """No larger than the screen it is on, less room for the title bar: the form's 720 px
        plus a title bar did not fit a 768 px laptop with a task bar, nor a size saved on a
        larger monitor."""
        screen = self.screen().availableGeometry()
        room = QSize(screen.width(), screen.height() - TITLE_BAR_ROOM)
        if self.width() > room.width() or self.height() > room.height():
            self.resize(self.size().boundedTo(room))
        frame = self.frameGeometry()
        if not screen.contains(frame):
            self.move(
                max(screen.left(), min(frame.left(), screen.right() + 1 - frame.width())),
                max(screen.top(), min(frame.top(), screen.bottom() + 1 - frame.height())),
            )

    # --- navigation

    def show_section(self, index: int) -> None:
        self.ui.sectionList.setCurrentRow(index)
        page = self.ui.sectionStack.currentWidget()
        if page is self.case_list and self.case_list is not None:
            self.case_list.focus_table()
        elif hasattr(page, "focus_list"):
            page.focus_list()

    def edit_record(self, kind: str, record_id: int | None = None) -> Any:
        """The edit form of a person, organisation, lägesbild entry or incident."""
        return self.windows.edit(kind, record_id)

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
        view = CaseView(detail, self.session, self)
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.personRequested.connect(self.windows.open_person)
        # Forgotten when it closes (its deletion waits for the event loop): opening the case
        # again at once must make a new window, not raise a closed one.
        view.finished.connect(lambda *_: self._forget_view(case_id))
        view.destroyed.connect(lambda *_: self._forget_view(case_id))
        self._case_views.append(view)
        view.show()
        return view

    def new_case(self) -> CaseEditDialog | None:
        """Opens the form for a new case (one at a time); the case opens once saved."""
        if self.session is None:
            return None
        if self._new_case_form is not None:
            self._new_case_form.raise_()
            self._new_case_form.activateWindow()
            return self._new_case_form
        form = CaseEditDialog(self.session, None, self)
        self._adopt_new_case_form(form)
        form.show()
        return form

    def relative_called(self) -> None:
        """A relative's call that belongs to no case yet (the wizard links it later)."""
        if self.session is not None and self._relative_wizard is not None:
            self._relative_wizard(self, self.session, None)

    def _adopt_new_case_form(self, form: CaseEditDialog) -> None:
        self._new_case_form = form
        form.finished.connect(lambda *_: self._forget_new_case_form(form))
        form.destroyed.connect(lambda *_: self._forget_new_case_form(form))
        form.saved.connect(self._case_created)

    def _forget_new_case_form(self, form: CaseEditDialog) -> None:
        if self._new_case_form is form:
            self._new_case_form = None

    def _case_created(self, case: Any) -> None:
        self.open_case(int(case.id))

    def _forget_view(self, case_id: int) -> None:
        self._case_views = [v for v in self._case_views if v.case_id != case_id]

    @property
    def case_views(self) -> list[CaseView]:
        return list(self._case_views)

    def open_hit(self, hit: Any) -> Any:
        """A search hit: the record itself, where the program keeps it (search_hits.py)."""
        return open_hit(self, hit)

    # --- notices after unlocking

    def add_notice(self, key: str, text: Any) -> NoticeBar:
        """A notice in the one notice area above the section (replacing one with the same
        key)."""
        return self.notice_area.add(NoticeBar(key, text, self.notice_area))

    def notices(self) -> list[NoticeBar]:
        return self.notice_area.notices()

    def offer_drafts(self, pending: list[tuple[str, str]]) -> NoticeBar | None:
        """Forms that were open with unsaved input when the vault locked: open them again or
        throw the input away. The notice names how many, never what."""
        pending = [entry for entry in dict.fromkeys(pending) if drafts.known(entry[0])]
        if not pending or self.session is None:
            return None
        count = len(pending)
        bar = self.add_notice(
            "drafts",
            lambda: self.tr(
                "Unsaved input of %n form(s) was kept, encrypted, when the vault was last "
                "locked or closed.",
                "",
                count,
            ),
        )
        # No Alt letter in English: every free one is taken by some section (Swedish has Ö).
        bar.add_button(lambda: self.tr("Open again"), lambda: self._reopen_drafts(pending))
        bar.add_button(
            lambda: self.tr("Discard the input"),
            lambda: drafts.discard(self.session, pending),
        )
        return bar

    def show_due_today(self) -> NoticeBar | None:
        """What is due today or overdue in "To do", as a notice after unlocking."""
        if self.session is None:
            return None
        today = date.today()
        try:
            items = due_items(self.session, today)
        except Exception:
            _log.exception("The due items could not be read")
            return None
        self._due_counts = _due_counts(items, today)
        if not any(self._due_counts):
            return None
        bar = self.add_notice(
            "due",
            lambda: self.tr("To do: {today}; {overdue}.").format(
                today=self.tr("%n item(s) due today", "", self._due_counts[0]),
                overdue=self.tr("%n overdue", "", self._due_counts[1]),
            ),
        )
        bar.add_button(lambda: self.tr("Show To do"), lambda: self.show_section(TODO_SECTION_INDEX))
        return bar

    def _update_due_notice(self) -> None:
        """The "due" notice on show follows what was marked done or planned since; it goes
        when nothing is due any more. (A change never brings it back once gone.)"""
        bar = next((b for b in self.notices() if b.key == "due" and not b.is_dismissed), None)
        if bar is None or self.session is None:
            return
        today = date.today()
        try:
            self._due_counts = _due_counts(due_items(self.session, today), today)
        except Exception:
            _log.exception("The due items could not be read")
            return
        if any(self._due_counts):
            bar.refresh()
        else:
            bar.dismiss()

    def _reopen_drafts(self, pending: list[tuple[str, str]]) -> None:
        for kind, ref in pending:
            form = drafts.reopen(self, self.session, kind, ref)
            if isinstance(form, CaseEditDialog) and ref == "new":
                self._adopt_new_case_form(form)

    # --- language

    def set_language_checked(self, code: str) -> None:
        self.ui.actionSwedish.setChecked(code == "sv")
        self.ui.actionEnglish.setChecked(code == "en")

    # --- closing

    def teardown(self) -> None:
        """Closes case windows, empties the models, forgets the query and the session."""
        self.change_hub.stop()
        app_settings.save_window_geometry(self.saveGeometry())
        # Every record window is a child of this one: found this way also when locking closed
        # it a moment ago (it is no longer listed, but its data is still in its widgets).
        for view in self.findChildren(QDialog):
            teardown = getattr(view, "teardown", None)
            if callable(teardown) and shiboken6.isValid(view):
                teardown()
        self._case_views.clear()
        for bar in self.notices():
            bar.dismiss()
        self.windows.teardown()
        if self.case_list is not None:
            self.case_list.teardown()
        for key, page in self.pages.items():
            if key != "cases":
                page.teardown()  # type: ignore[attr-defined]
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


def _due_counts(items: list[Any], today: date) -> tuple[int, int]:
    """How many of ``items`` are due today, and how many are overdue."""
    due_today = sum(1 for item in items if item.due_on == today)
    return due_today, sum(1 for item in items if item.overdue)
