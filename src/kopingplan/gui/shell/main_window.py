"""The main window of an unlocked vault: sections on the left, the chosen one on the right.

It holds the session only to hand it to its pages; :meth:`MainWindow.teardown` (locking, quit)
closes every case window, empties every model and forgets the session, after which the window
is deleted. A new one is built after the next unlock. The window title is always just
"Köpingplan": titles show in task bars and window switchers.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QSizePolicy, QWidget

from kopingplan.errors import log_failure
from kopingplan.gui.briefs.brief_verify import BriefMenu
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.cases.case_list import CaseListPage
from kopingplan.gui.cases.case_rows import TIMELINE_LIMIT
from kopingplan.gui.cases.case_support import wizard
from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.common import drafts
from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.changes import ChangeHub
from kopingplan.gui.common.icons import icon
from kopingplan.gui.common.one_window import OneWindow, WindowsByKey
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import app_runner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.disclosures_page import DisclosuresPage
from kopingplan.gui.forms import load_form, setup_form
from kopingplan.gui.intake.concerns_page import ConcernsPage
from kopingplan.gui.meetings.meetings_page import MeetingsPage
from kopingplan.gui.people.people_page import PeoplePage
from kopingplan.gui.shell.notices import NoticeArea, NoticeBar
from kopingplan.gui.shell.search import SearchBox
from kopingplan.gui.shell.search_hits import open_hit
from kopingplan.gui.shell.section_pages import Section, SectionPages, offer_expiry_notice
from kopingplan.gui.shell.sections import SECTIONS
from kopingplan.gui.shell.windows import RecordWindows
from kopingplan.gui.situation.incidents_page import IncidentsPage
from kopingplan.gui.situation.situation_page import SituationPage
from kopingplan.gui.todo.todo_page import SECTION_INDEX as TODO_SECTION_INDEX
from kopingplan.gui.todo.todo_page import TodoPage
from kopingplan.services import cases, follow_ups, search
from kopingplan.services.follow_ups import DueCounts

if TYPE_CHECKING:
    from kopingplan.gui.briefs.identity_menu import IdentityActions
    from kopingplan.gui.forms.ui_main_window import Ui_MainWindow
    from kopingplan.gui.plan.activities_view import ActivityActions
    from kopingplan.gui.plan.plan_view import PlanActions
    from kopingplan.gui.reports.reports_menu import ReportActions
    from kopingplan.gui.safety.safety_menu import SafetyActions
    from kopingplan.services.session import Session

STATUS_TIMEOUT_MS = 8000
# Height kept free for the window's title bar and frame when fitting it to the screen (the
# screen's available geometry already leaves out the task bar).
TITLE_BAR_ROOM = 40
# A first start on a screen up to this wide (a 1366×768 laptop; 1920×1080 at 150 %) takes the
# whole screen: the case list's columns need about 1,000 px beside the section list.
SMALL_SCREEN_WIDTH = 1440

_log = logging.getLogger(__name__)
T = TypeVar("T")

# The wizards' code loads with the window's, when the program starts, not in the moment of
# unlocking (a quarter of the GUI thread's time there; issue 15). They are built apart.
with contextlib.suppress(ImportError):
    import kopingplan.gui.wizards  # noqa: F401
# So do the forms it opens with (a form's module is imported on its first use).
for _form in ("main_window", "case_list"):
    load_form(_form)


class MainWindow(Retranslating, QMainWindow):
    lockRequested = Signal()
    quitRequested = Signal()
    languageRequested = Signal(str)
    # Each menu's actions, kept by its install() once the window is up (they live as it does).
    safety: SafetyActions
    reports: ReportActions
    identity_actions: IdentityActions
    plan_actions: PlanActions
    activity_actions: ActivityActions
    # The sections' pages, built on first use (section_pages.py); the case list is built at once.
    concerns_page = Section[ConcernsPage]("concerns")
    people_page = Section[PeoplePage]("people")
    situation_page = Section[SituationPage]("situation")
    meetings_page = Section[MeetingsPage]("meetings")
    todo_page = Section[TodoPage]("todo")
    disclosures_page = Section[DisclosuresPage]("disclosures")
    incidents_page = Section[IncidentsPage]("incidents")

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_MainWindow = setup_form("main_window", self)
        self.session: Session | None = session
        self._case_views: WindowsByKey[int, CaseView] = WindowsByKey()
        self.new_case_window: OneWindow[CaseEditDialog] = OneWindow()
        self._closing_for_teardown = False
        # What a write changed reaches every open view through this one channel; no view
        # refreshes another by hand (gui/common/changes.py).
        self.change_hub = ChangeHub(session.changes, self)
        self._due_counts = DueCounts(0, 0, more_overdue=False)  # the "due" notice's figures
        self.setWindowIcon(icon("kopingplan"))
        self.notice_area = NoticeArea(self)
        self.ui.noticeLayout.addWidget(self.notice_area)

        self.windows = RecordWindows(self, session)
        self.windows.caseRequested.connect(self.open_case)
        self.windows.notice.connect(self.show_notice)

        # Sections: the case list now (the window opens on it), every other one when it is
        # first shown or used (section_pages.py: building all at unlock froze the window).
        self.case_list: CaseListPage | None = CaseListPage(session, self)
        self.case_list.caseActivated.connect(self.open_case)
        self.case_list.newCaseRequested.connect(self.new_case)
        self.brief_menu = BriefMenu(self)
        self.pages: dict[str, QWidget] = {"cases": self.case_list}
        self.sections = SectionPages(self, self.ui.sectionStack, self.pages, self._section_built)
        self._section_built(self.case_list)
        offer_expiry_notice(self)
        self.change_hub.subscribe(self, None, lambda _changes: self._update_due_notice())
        self.ui.sectionList.currentRowChanged.connect(self.sections.show)
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
            lambda query, limit: search.search(unlocked(self.session), query, limit=limit), self
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
        else:
            self.fill_small_screen()
        self.fit_to_screen()
        self.case_list.focus_table()

    def fill_small_screen(self) -> None:
        """The first start (no size remembered) on a laptop's screen: all of it, less room for
        the window's frame and title bar. At the form's 1180 px the case list scrolled sideways
        there, its last columns behind the scroll bar."""
        screen = self.screen().availableGeometry()
        if screen.width() <= SMALL_SCREEN_WIDTH:
            frame = 8  # the window manager's borders, left and right
            self.resize(screen.width() - frame, screen.height() - TITLE_BAR_ROOM)

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
        elif callable(focus_list := getattr(page, "focus_list", None)):
            focus_list()

    def _section_built(self, page: QWidget) -> None:
        """From its building on, a section reads again what it shows of a change."""
        refresh_after = getattr(page, "refresh_after", None)
        if callable(refresh_after):
            self.change_hub.subscribe(page, None, refresh_after)

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
        if (shown := self._case_views.front(case_id)) is not None:
            return shown  # already open: brought forward, not audited twice
        try:
            detail = cases.open_case(unlocked(self.session), case_id, timeline_limit=TIMELINE_LIMIT)
        except Exception as error:
            self.show_notice(error_text(error))
            return None
        view = CaseView(detail, self.session, self)
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.personRequested.connect(self.windows.open_person)
        return self._case_views.show(case_id, view)

    def new_case(self) -> CaseEditDialog | None:
        """Opens the form for a new case (one at a time); the case opens once saved."""
        if self.session is None:
            return None
        if (shown := self.new_case_window.front()) is not None:
            return shown
        return self._adopt_new_case_form(CaseEditDialog(self.session, None, self))

    def relative_called(self) -> None:
        """A relative's call that belongs to no case yet (the wizard links it later)."""
        wizard = self._relative_wizard
        if self.session is not None and wizard is not None and wizard(self, self.session, None):
            self.show_notice(self.tr("The contact with the relative was saved."))  # as a form's

    def _adopt_new_case_form(self, form: CaseEditDialog) -> CaseEditDialog:
        form.saved.connect(self._case_created)
        return self.new_case_window.show(form)

    def _case_created(self, case: Any) -> None:
        self.open_case(int(case.id))

    @property
    def case_views(self) -> list[CaseView]:
        return list(self._case_views.values())

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
            lambda: drafts.discard(unlocked(self.session), pending),
        )
        return bar

    def show_due_today(self) -> None:
        """What is due today or overdue in "To do", as a notice after unlocking. Read on the
        worker once the unlocking's own reads are done (the vault serves one thread at a
        time): the first read after unlocking is cold, and it held the window for 0.2 s at
        20,000 cases (issue 15)."""
        if self.session is None:
            return
        if self.case_list is not None and self.case_list.model is not None:
            self.case_list.model.row(0)  # its first rows now: its first paint then reads none
        today = date.today()
        self.read_after_unlock(
            lambda session: follow_ups.due_counts(session, today),
            self._offer_due_notice,
            "Due items unread",
        )

    def read_after_unlock(
        self, work: Callable[[Session], T], on_success: Callable[[T], None], failed: str
    ) -> None:
        """``work(session)`` on the application's worker once the unlocking's own reads are
        done (the vault serves one thread at a time); ``on_success`` with its result. Not
        started when the vault was locked before its turn came (a slow machine, a Ctrl+L
        typed ahead): it would read a closed vault."""
        session = self.session

        def start() -> None:
            if session is None or self.session is not session:
                return
            app_runner(self).run(
                lambda _context: work(session),
                on_success=on_success,
                on_failure=lambda error: log_failure(_log, failed, error),
                owner=self,
            )

        QTimer.singleShot(0, self, start)

    def _offer_due_notice(self, counts: DueCounts) -> None:
        self._due_counts = counts
        if self.session is None or not (counts.today or counts.overdue):
            return
        bar = self.add_notice(
            "due",
            lambda: self.tr("To do: {today}; {overdue}.").format(
                today=self.tr("%n item(s) due today", "", self._due_counts.today),
                overdue=(
                    self.tr("more than {n} overdue").format(n=self._due_counts.overdue)
                    if self._due_counts.more_overdue
                    else self.tr("%n overdue", "", self._due_counts.overdue)
                ),
            ),
        )
        bar.add_button(lambda: self.tr("Show To do"), lambda: self.show_section(TODO_SECTION_INDEX))

    def _update_due_notice(self) -> None:
        """The "due" notice on show follows what was marked done or planned since; it goes
        when nothing is due any more. (A change never brings it back once gone.)"""
        bar = next((b for b in self.notices() if b.key == "due" and not b.is_dismissed), None)
        if bar is None or self.session is None:
            return
        session, today = self.session, date.today()
        app_runner(self).run(  # on the worker, as at unlocking: not in the moment of a save
            lambda _context: follow_ups.due_counts(session, today),
            on_success=lambda counts: self._due_notice_follows(bar, counts),
            on_failure=lambda error: log_failure(_log, "Due items unread", error),
            owner=self,
        )

    def _due_notice_follows(self, bar: NoticeBar, counts: DueCounts) -> None:
        if self.session is None or bar.is_dismissed:
            return
        self._due_counts = counts
        if counts.today or counts.overdue:
            bar.refresh()
        else:
            bar.dismiss()

    def _reopen_drafts(self, pending: list[tuple[str, str]]) -> None:
        for kind, ref in pending:
            form = drafts.reopen(self, unlocked(self.session), kind, ref)
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
