"""The rows of a case window's tables and what can be done to them.

* **People in the case**: Enter opens the person's window; the menu also takes a person out of
  the case (with a reason, see ``case_actions.RemoveParticipantDialog``). People taken out are
  listed under their own heading with when and why; they open too.
* **Relatives' support**: Enter opens the relatives' support wizard of the case.
* **Timeline**: Enter opens a note or a contact in full (:mod:`kopingplan.gui.cases.note_view`); the
  menu also corrects or copies it. A level change shows the level history; a follow-up or a
  measure opens the exit plan.

Each row keeps what it stands for in :data:`ROW_ROLE` of its first column: ``("participant",
participant_id, person_id)``, ``("removed", removal_id, person_id)`` or ``(kind, id)`` of a
timeline item.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTreeWidget, QTreeWidgetItem

from kopingplan.domain import model
from kopingplan.gui.cases.case_actions import RemoveParticipantDialog
from kopingplan.gui.cases.case_records import ContactCorrectionDialog, NoteCorrectionDialog
from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.cases.note_view import RecordView
from kopingplan.gui.common import labels, table_actions
from kopingplan.gui.common.one_window import WindowsByKey
from kopingplan.gui.common.table_actions import RowAction, row_value
from kopingplan.services import records

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_case_view import Ui_CaseView
    from kopingplan.services.session import Session

    _Window = QDialog  # what CaseRecordWindows is mixed into: CaseView, a QDialog
else:
    _Window = object

_log = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# Events the case view asks the service for; the newest ones, all kinds merged.
TIMELINE_LIMIT = 50

# Timeline kinds a record window shows (and that can be corrected and copied).
RECORD_KINDS = ("note", "contact")


def fill_participants(tree: QTreeWidget, participants: Any, removals: Any) -> None:
    tree.clear()
    for participant, person in participants:
        item = QTreeWidgetItem(
            [person.full_name, labels.role(participant.role), participant.relation]
        )
        item.setData(0, ROW_ROLE, ("participant", participant.id, person.id))
        tree.addTopLevelItem(item)
    if not participants:
        tree.addTopLevelItem(
            QTreeWidgetItem([QCoreApplication.translate("CaseRows", "No people recorded.")])
        )
    if removals:
        heading = QTreeWidgetItem([QCoreApplication.translate("CaseRows", "Taken out of the case")])
        font = QFont(heading.font(0))
        font.setItalic(True)
        heading.setFont(0, font)
        tree.addTopLevelItem(heading)
        for removal in removals:
            why = QCoreApplication.translate("CaseRows", "{day}: {reason}").format(
                day=format_time(removal.removed_at), reason=" ".join(removal.reason.split())
            )
            item = QTreeWidgetItem(heading, [removal.person_name, labels.role(removal.role), why])
            item.setToolTip(2, removal.reason)
            item.setData(0, ROW_ROLE, ("removed", removal.id, removal.person_id))
        heading.setExpanded(True)


def timeline_row(item: Any, when: str) -> QTreeWidgetItem:
    row = QTreeWidgetItem(
        [
            when,
            labels.timeline_kind(item.kind),
            " ".join(item.summary.split()),
            labels.timeline_detail(item.kind, item.detail),
        ]
    )
    row.setToolTip(2, item.summary)
    row.setData(0, ROW_ROLE, (item.kind, item.id))
    return row


def find_row(tree: QTreeWidget, key: tuple[Any, ...]) -> QTreeWidgetItem | None:
    """The top-level row whose :data:`ROW_ROLE` starts with ``key``."""
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        value = item.data(0, ROW_ROLE) if item is not None else None
        if isinstance(value, tuple) and value[: len(key)] == key:
            return item
    return None


class CaseRows(QObject):
    """Installs the row actions of one case window (``view``, a CaseView)."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        ui = view.ui
        self.people = table_actions.install(
            ui.participantsTree,
            [
                RowAction(table_actions.open_text, self._open_person, self._is_person),
                RowAction(
                    table_actions.remove_from_case_text,
                    self._remove_person,
                    lambda index: self._row(index)[:1] == ("participant",),
                ),
            ],
        )
        # A relative's support thread opens the relatives' support wizard of the case.
        self.support = table_actions.open_only(
            ui.supportTree,
            lambda _index: view.open_support(),
            lambda _index: view.session is not None,
        )
        self.timeline = table_actions.install(
            ui.timelineTree,
            [
                RowAction(table_actions.open_text, self._open_event, self._is_event),
                RowAction(table_actions.correct_text, self._correct_event, self._is_record),
                RowAction(table_actions.copy_text, self._copy_event, self._is_record),
            ],
        )

    @staticmethod
    def _row(index: QModelIndex) -> tuple[Any, ...]:
        value = row_value(index, ROW_ROLE)
        return value if isinstance(value, tuple) else ()

    # --- people ------------------------------------------------------------------------------

    def _is_person(self, index: QModelIndex) -> bool:
        return self._row(index)[:1] in (("participant",), ("removed",))

    def _open_person(self, index: QModelIndex) -> None:
        row = self._row(index)
        if len(row) == 3:
            self.view.personRequested.emit(int(row[2]))

    def _remove_person(self, index: QModelIndex) -> None:
        row = self._row(index)
        if len(row) == 3:
            self.view.open_removal(int(row[1]))

    # --- timeline ----------------------------------------------------------------------------

    def _is_event(self, index: QModelIndex) -> bool:
        return len(self._row(index)) == 2

    def _is_record(self, index: QModelIndex) -> bool:
        return self._row(index)[:1] in tuple((kind,) for kind in RECORD_KINDS)

    def _open_event(self, index: QModelIndex) -> None:
        kind, record_id = self._row(index)
        if kind in RECORD_KINDS:
            self.view.open_record(kind, int(record_id))
        elif kind == "level_change":
            ui = self.view.ui
            ui.tabs.setCurrentWidget(ui.overviewTab)
            ui.levelTree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif kind in ("follow_up", "measure"):
            self.view.open_exit_plan()

    def _correct_event(self, index: QModelIndex) -> None:
        kind, record_id = self._row(index)
        self.view.open_correction(f"{kind}_correction", int(record_id))

    def _copy_event(self, index: QModelIndex) -> None:
        """The record's whole text (not the list's shortened one), recorded as copied."""
        kind, record_id = self._row(index)
        session = self.view.session
        if session is None:
            return
        try:
            if kind == "note":
                text = session.get(model.Note, int(record_id)).text
                records.note_copied(session, int(record_id))
            else:
                text = session.get(model.Contact, int(record_id)).summary
                records.contact_copied(session, int(record_id))
        except Exception as error:
            self.view.show_error(error)
            return
        QGuiApplication.clipboard().setText(text)
        self.view.message.show(
            lambda: QCoreApplication.translate(
                "CaseRows",
                "The text is on the clipboard. It is cleared again after a while, and when "
                "the vault locks.",
            )
        )


class CaseRecordWindows(_Window):
    """The case window's part that opens its records: a note or contact in a window of its
    own, its correction form, the form that takes a person out of the case. Mixed into
    ``CaseView``, whose attributes (session, detail, ui, message, _forms, _records, …) it uses.
    """

    session: Session | None
    detail: Any
    case_id: int
    timeline_limit: int  # how many events the timeline reads (more after "Show older")
    ui: Ui_CaseView
    message: Any
    _forms: WindowsByKey[str, QDialog]
    _records: WindowsByKey[tuple[str, int], RecordView]

    if TYPE_CHECKING:  # CaseView's own, used here

        def _fill_timeline(self) -> None: ...
        def reload(self) -> None: ...
        def show_error(self, error: BaseException) -> None: ...

    def _people_choices(self) -> list[tuple[int, str]]:
        return [
            (person.id, f"{person.full_name} ({labels.role(participant.role).lower()})")
            for participant, person in self.detail.participants
        ]

    # --- the case's records ----------------------------------------------------------------

    def open_record(self, kind: str, record_id: int) -> RecordView | None:
        """A note or contact of the case in a window of its own (opening it is audited once;
        asking again brings the open window forward)."""
        if self.session is None:
            return None
        key = (kind, record_id)
        if (shown := self._records.front(key)) is not None:
            return shown
        view = RecordView(self.session, kind, record_id, self)
        if view.detail is None or view.detail.record.case_id != self.case_id:
            problem = view.message.text  # why the reading failed, already translated
            if problem:
                self.message.show(lambda: problem, error=True)
            view.deleteLater()
            return None
        view.correctRequested.connect(self.open_correction_of)
        return self._records.show(key, view)

    def show_record(self, kind: str, record_id: int) -> RecordView | None:
        """A search hit: the timeline with the record's row chosen, and the record opened. A
        record older than the events shown is brought into the list with those before it."""
        if kind not in ("note", "contact"):
            return None
        ui = self.ui
        ui.tabs.setCurrentWidget(ui.timelineTab)
        row = find_row(ui.timelineTree, (kind, record_id))
        if row is None and (session := self.session) is not None:
            limit = self.timeline_limit
            self._read_timeline(
                lambda: records.timeline_through(session, self.case_id, kind, record_id, limit)
            )
            row = find_row(ui.timelineTree, (kind, record_id))
        if row is not None:
            ui.timelineTree.setCurrentItem(row)
            ui.timelineTree.scrollToItem(row, QAbstractItemView.ScrollHint.PositionAtCenter)
        ui.timelineTree.setFocus()
        return self.open_record(kind, record_id)

    def open_correction_of(self, kind: str, record_id: int) -> QDialog | None:
        return self.open_correction(f"{kind}_correction", record_id)

    def open_correction(self, kind: str, record_id: int) -> QDialog | None:
        """The correction form of a note or contact of this case (one per record)."""
        if self.session is None or self.detail is None:
            return None
        key = f"{kind}:{record_id}"
        if (open_form := self._forms.front(key)) is not None:
            return open_form
        form: QDialog
        try:
            if kind == NoteCorrectionDialog.DRAFT_KIND:
                note = self.session.get(model.Note, record_id)
                form = NoteCorrectionDialog(self.session, note, self)
            elif kind == ContactCorrectionDialog.DRAFT_KIND:
                contact = self.session.get(model.Contact, record_id)
                form = ContactCorrectionDialog(self.session, contact, self._people_choices(), self)
            else:
                return None
        except Exception as error:
            self.show_error(error)
            return None
        record_kind = kind.removesuffix("_correction")
        form.saved.connect(lambda _record: self._corrected(record_kind, record_id))
        return self._forms.show(key, form)

    def show_older(self) -> None:
        """The button under the timeline: the next events below those shown, the keyboard on the
        first of them. Reading more of the case opened is no new opening (no access log row)."""
        if (session := self.session) is None or self.detail is None:
            return
        first_new = len(self.detail.timeline)
        limit = first_new + TIMELINE_LIMIT
        if not self._read_timeline(lambda: (records.timeline(session, self.case_id, limit), limit)):
            return
        tree = self.ui.timelineTree
        row = tree.topLevelItem(min(first_new, tree.topLevelItemCount() - 1))
        if row is not None:
            tree.setCurrentItem(row)
            tree.scrollToItem(row, QAbstractItemView.ScrollHint.PositionAtCenter)
        tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_timeline(self, read: Callable[[], tuple[list[Any], int]]) -> bool:
        """The timeline read again by ``read`` (its events and the limit they were read with,
        which the window keeps for its reads after a change) and shown; False when it could not
        be read (the error is shown)."""
        try:
            timeline, self.timeline_limit = read()
        except Exception as error:
            self.show_error(error)
            return False
        self.detail = replace(self.detail, timeline=timeline)
        self._fill_timeline()
        return True

    def _corrected(self, kind: str, record_id: int) -> None:
        """After a correction: the timeline and the record's window show the new text. Not a
        new opening of either (the correction has its audit row)."""
        if (session := self.session) is None:
            return
        limit = self.timeline_limit
        if not self._read_timeline(lambda: (records.timeline(session, self.case_id, limit), limit)):
            return
        view = self._records.get((kind, record_id))
        if view is not None and shiboken6.isValid(view):
            view.reload()
        self.message.show(lambda: self.tr("Corrected. The earlier text is kept as a version."))

    def open_removal(self, participant_id: int) -> QDialog | None:
        """The form that takes a person out of the case, with a reason."""
        if self.session is None or self.detail is None:
            return None
        key = f"{RemoveParticipantDialog.DRAFT_KIND}:{participant_id}"
        if (open_form := self._forms.front(key)) is not None:
            return open_form
        found = [
            (participant, person)
            for participant, person in self.detail.participants
            if participant.id == participant_id
        ]
        if not found:
            return None
        participant, person = found[0]
        form = RemoveParticipantDialog(
            self.session, self.detail.case, participant, person.full_name, self
        )
        form.saved.connect(lambda _record: self.reload())
        return self._forms.show(key, form)

    def open_exit_plan(self) -> None:
        self._run_wizard(self._exit_plan_wizard)  # type: ignore[attr-defined]

    def open_support(self) -> None:
        self._run_wizard(self._support_wizard)  # type: ignore[attr-defined]
