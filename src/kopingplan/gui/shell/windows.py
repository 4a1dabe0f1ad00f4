"""The record windows the main window opens besides case windows: person and organisation views
and the edit forms of records that are not part of a case (persons, organisations, lägesbild
entries, incidents). One window per record; asking again brings it forward. Locking tears them
all down (after the forms have kept their drafts, see :mod:`kopingplan.gui.common.drafts`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.domain import model
from kopingplan.gui.common import changes
from kopingplan.gui.common.one_window import WindowsByKey
from kopingplan.gui.common.record_form import RecordDialog
from kopingplan.gui.people.person_view import OrganisationView, PersonView

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

V = TypeVar("V", PersonView, OrganisationView)

# kind → (form factory, loader): how edit() reads a record of that kind and makes its form.
FormFactory = Callable[[Any, Any, QWidget], RecordDialog[Any]]
Loader = Callable[[Any, int], Any]
_FORMS: dict[str, tuple[FormFactory, Loader]] = {}
# What a person's and an organisation's window show (services/changes.py): a change of one of
# these kinds, made anywhere, reads the record again (not another opening in the access log).
SHOWN_KINDS = {
    "person": ("persons", "organisations", "case_participants", "cases", "group_memberships"),
    "organisation": ("organisations", "persons", "agreements", "activities"),
}


def register_form(
    kind: str, factory: FormFactory, stored: type, loader: Loader | None = None
) -> None:
    """``loader(session, id)`` reads the record (default ``session.get(stored, id)``); an
    audited reading goes there."""
    _FORMS[kind] = (factory, loader or (lambda session, record_id: session.get(stored, record_id)))


class RecordWindows(QObject):
    saved = Signal(str)  # the kind of record that was saved (the lists read again)
    caseRequested = Signal(int)
    notice = Signal(str)

    def __init__(self, parent: QWidget, session: Session) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session: Session | None = session
        self._views: WindowsByKey[tuple[str, int], QDialog] = WindowsByKey()
        self._forms: WindowsByKey[tuple[str, int | None], RecordDialog[Any]] = WindowsByKey()

    # --- views ---------------------------------------------------------------------------------

    def open_person(self, person_id: int) -> PersonView | None:
        """A person's window; a case chosen there opens in the main window."""
        return self._open_view(
            ("person", person_id),
            PersonView,
            lambda view: view.caseActivated.connect(self.caseRequested),
        )

    def open_organisation(self, organisation_id: int) -> OrganisationView | None:
        """An organisation's window; a person chosen there opens in a window of its own."""
        return self._open_view(
            ("organisation", organisation_id),
            OrganisationView,
            lambda view: view.personActivated.connect(self.open_person),
        )

    def _open_view(
        self, key: tuple[str, int], kind: type[V], wire: Callable[[V], object]
    ) -> V | None:
        """The window of the record ``key`` (kind of record, id) brought forward, else a new
        ``kind`` whose own signals ``wire`` connects; None while locked, or when the new window
        could not read its record (it says why, in the status bar)."""
        shown = self._views.front(key)
        if shown is not None:
            return shown  # type: ignore[return-value]  # kept under its own key: the same kind
        if self.session is None:
            return None
        view = kind(self.session, key[1], self._parent)
        if view.detail is None:
            self.notice.emit(view.message.text)
            view.deleteLater()
            return None
        view.editRequested.connect(self.edit)
        wire(view)
        self._adopt(key, view)
        return view

    def _adopt(self, key: tuple[str, int], view: QDialog) -> None:
        changes.subscribe(view, SHOWN_KINDS[key[0]], lambda _changes: view.reload())  # type: ignore[attr-defined]
        self._views.show(key, view)

    # --- forms ---------------------------------------------------------------------------------

    def edit(self, kind: str, record_id: int | None = None) -> RecordDialog[Any] | None:
        """The edit form of a record (``record_id`` None: a new one), shown."""
        key = (kind, record_id)
        if (shown := self._forms.front(key)) is not None:
            return shown
        if self.session is None or kind not in _FORMS:
            return None
        factory, loader = _FORMS[kind]
        try:
            record = None if record_id is None else loader(self.session, record_id)
        except Exception as error:
            _log.debug("A %s could not be read: %s", kind, type(error).__name__)
            return None
        form = factory(self.session, record, self._parent)
        form.saved.connect(lambda _record: self._saved(kind))
        return self._forms.show(key, form)

    def _saved(self, kind: str) -> None:
        self.saved.emit(kind)  # the open views learn it from the hub (gui/common/changes.py)

    # --- locking -------------------------------------------------------------------------------

    def teardown(self) -> None:
        for form in list(self._forms.values()):
            if shiboken6.isValid(form):
                form.close_for_lock()
        for view in list(self._views.values()):
            if shiboken6.isValid(view):
                view.teardown()  # type: ignore[attr-defined]
        self._forms.clear()
        self._views.clear()
        self.session = None


def _register_defaults() -> None:
    from kopingplan.gui.people.person_edit import OrganisationEditDialog, PersonEditDialog
    from kopingplan.gui.situation.incidents_page import IncidentDialog
    from kopingplan.gui.situation.situation_edit import SituationEntryDialog
    from kopingplan.services import incidents, situation

    register_form("person", PersonEditDialog, model.Person)
    register_form("organisation", OrganisationEditDialog, model.Organisation)
    register_form(
        "situation_entry", SituationEntryDialog, model.SituationEntry, situation.open_entry
    )
    register_form("incident", IncidentDialog, model.Incident, incidents.open_incident)


_register_defaults()
