"""The main window's sections, each built the first time it is shown or asked for.

Building all eight at unlock laid out their forms and read each one's first rows while the
coordinator waited: half a second of a frozen window at 20,000 cases (issue 15's GUI stall
figure). The window builds the case list itself (it opens on it); every other section is
built here on its first showing (a click in the list, Ctrl+2 … Ctrl+8, a notice's button) or
its first use from code (``window.todo_page``), and until then the stack holds an empty
placeholder. A section built later is built in the language of the moment and follows later
switches as every widget does; the changes it shows reach it once it is built (``on_built``
subscribes it), and before that it has nothing to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QStackedWidget, QWidget

from kopingplan.gui.common.record_list_page import RecordListPage
from kopingplan.gui.exchange.disclosures_page import DisclosuresPage
from kopingplan.gui.intake.concerns_page import ConcernsPage
from kopingplan.gui.meetings.meetings_page import MeetingsPage
from kopingplan.gui.people import agreements as agreements_gui
from kopingplan.gui.people import partner_contacts as partner_contacts_gui
from kopingplan.gui.people.people_page import PeoplePage
from kopingplan.gui.shell.sections import SECTIONS, EmptySectionPage
from kopingplan.gui.situation.incidents_page import IncidentsPage
from kopingplan.gui.situation.situation_page import SituationPage
from kopingplan.gui.todo.todo_page import TodoPage
from kopingplan.services import exchange

if TYPE_CHECKING:
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session

P = TypeVar("P", bound=QWidget)
KEYS = [section.key for section in SECTIONS]


def _open_in_form(
    window: MainWindow, kind: str, activated: SignalInstance, new: SignalInstance | None = None
) -> None:
    """A row of ``kind`` (``activated`` with its id) opens in its record form in ``window``,
    and ``new`` (a section's "New …") opens an empty one."""
    activated.connect(lambda record_id: window.edit_record(kind, record_id))
    if new is not None:
        new.connect(lambda: window.edit_record(kind))


def _record_section(
    page_class: type[RecordListPage],
) -> Callable[[MainWindow, Session], RecordListPage]:
    """The builder of a section listing one kind of record: its rows and its "New …" open
    that kind's record form."""

    def build(window: MainWindow, session: Session) -> RecordListPage:
        page = page_class(session, window)
        kind = page.RECORD_KIND
        _open_in_form(window, kind, page.recordActivated, page.newRecordRequested)
        return page

    return build


def _people(window: MainWindow, session: Session) -> PeoplePage:
    page = PeoplePage(session, window)
    page.personActivated.connect(window.windows.open_person)
    page.organisationActivated.connect(window.windows.open_organisation)
    page.newPersonRequested.connect(lambda: window.edit_record("person"))
    page.newOrganisationRequested.connect(lambda: window.edit_record("organisation"))
    return page


def _follow_requests(window: MainWindow, page: MeetingsPage | DisclosuresPage) -> None:
    """What a section that shows other records says goes to the window's status bar, and a
    case or a person it asks for opens in its own window."""
    page.notice.connect(window.show_notice)
    page.caseRequested.connect(window.open_case)
    page.personRequested.connect(window.windows.open_person)


def _meetings(window: MainWindow, session: Session) -> MeetingsPage:
    page = MeetingsPage(session, window)
    _follow_requests(window, page)
    page.organisationRequested.connect(window.windows.open_organisation)
    return page


def _todo(window: MainWindow, session: Session) -> TodoPage:
    page = TodoPage(session, window)
    page.caseActivated.connect(window.open_case)
    _open_in_form(window, "concern", page.concernActivated)
    _open_in_form(window, "incident", page.incidentActivated)
    page.agreementActivated.connect(
        lambda agreement_id: agreements_gui.open_organisation_of(window, agreement_id)
    )
    page.partnerContactActivated.connect(
        lambda contact_id: partner_contacts_gui.open_contact_of(window, contact_id)
    )
    page.notice.connect(window.show_notice)
    return page


def _disclosures(window: MainWindow, session: Session) -> DisclosuresPage:
    page = DisclosuresPage(session, window)
    _follow_requests(window, page)
    return page


BUILDERS: dict[str, Callable[[MainWindow, Session], QWidget]] = {
    "concerns": _record_section(ConcernsPage),
    "people": _people,
    "situation": _record_section(SituationPage),
    "meetings": _meetings,
    "todo": _todo,
    "disclosures": _disclosures,
    "incidents": _record_section(IncidentsPage),
}


class SectionPages:
    """The pages in the window's section stack; :attr:`built` maps a key to a built page."""

    def __init__(
        self,
        window: MainWindow,
        stack: QStackedWidget,
        built: dict[str, QWidget],
        on_built: Callable[[QWidget], None],
    ) -> None:
        self._window = window
        self._stack = stack
        self.built = built
        self._on_built = on_built
        self._waiting: dict[str, list[Callable[[Any], None]]] = {}
        for index, key in enumerate(KEYS):
            page = built.get(key)
            if page is None:
                page = (
                    QWidget(window)
                    if key in BUILDERS
                    else EmptySectionPage(SECTIONS[index].name, SECTIONS[index].planned, window)
                )
            stack.addWidget(page)

    def show(self, index: int) -> None:
        """Shows the section at ``index`` of the list, built first if it is not yet."""
        if KEYS[index] in BUILDERS:
            self.page(KEYS[index])
        self._stack.setCurrentIndex(index)

    def page(self, key: str) -> QWidget:
        """The page of section ``key``, built now if it is not yet."""
        page = self.built.get(key)
        if page is not None:
            return page
        session = self._window.session
        if session is None:
            raise RuntimeError(f"section {key} asked for with the vault locked")
        page = BUILDERS[key](self._window, session)
        index = KEYS.index(key)
        placeholder = self._stack.widget(index)
        self._stack.insertWidget(index, page)
        if placeholder is not None:
            if self._stack.currentWidget() is placeholder:  # no other page shows in between
                self._stack.setCurrentWidget(page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.built[key] = page
        self._on_built(page)
        for act in self._waiting.pop(key, []):
            act(page)
        return page

    def when_built(self, key: str, act: Callable[[Any], None]) -> None:
        """Calls ``act(page)`` with section ``key``'s page now if it is built, else once it
        is (a menu that adds a button to a section does not build the section for it)."""
        page = self.built.get(key)
        if page is not None:
            act(page)
        else:
            self._waiting.setdefault(key, []).append(act)


class Section(Generic[P]):
    """A window attribute that is a section's page, built on first use:
    ``todo_page = Section[TodoPage]("todo")``."""

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, window: None, owner: type) -> Section[P]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type) -> P: ...
    def __get__(self, window: MainWindow | None, owner: type) -> Section[P] | P:
        if window is None:
            return self
        return cast(P, window.sections.page(self.key))


def offer_expiry_notice(window: MainWindow) -> None:
    """The notice of recipients' certificates ending soon comes from the Disclosures section,
    which is built for it only when there is something to say."""
    if window.session is not None and exchange.expiring_recipients(window.session):
        window.disclosures_page.offer_expiry_notice(window)
