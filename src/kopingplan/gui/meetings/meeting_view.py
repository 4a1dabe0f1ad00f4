"""One meeting: who was called and who came, the agenda with its decisions, the actions decided
(with responsible and due date; they show in "To do" until done) and the minutes.

The agenda can be added to ("New agenda item…": a case, a lägesbild topic or other business,
see :mod:`kopingplan.gui.meetings.agenda_item`), reordered and shortened. An item under which
actions were decided stays (the service refuses): removing it would take the actions out of "To do".
An item with a decision or notes is removed only after a question, since those go with it.

Rows open (Enter, double-click) and have a menu (right click, Menu key, Shift+F10): an attendee
opens the person's window and is marked present or absent; an agenda item opens its case (or,
without one, goes to its decision), moves and is deleted; an action opens in full or opens its
case. Each row can be copied as it is shown.

Every change is one service call (``services.meetings``) and is saved at once; the view then
reads the meeting again, so what it shows is what the vault holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from kopingplan.domain import model
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments import record_attachments as files
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import changes
from kopingplan.gui.common.choice_focus import mnemonic_focuses
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.list_support import EmptyHint
from kopingplan.gui.common.one_window import OneWindow, RemoveQuestion
from kopingplan.gui.common.record_form import to_date
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.oral_disclosure_dialog import OralDisclosureDialog
from kopingplan.gui.forms import setup_form
from kopingplan.gui.meetings.action_row import ActionRowKeys
from kopingplan.gui.meetings.agenda_item import AgendaItemDialog
from kopingplan.gui.meetings.agenda_rows import HangingDelegate
from kopingplan.gui.meetings.meeting_guest import GuestDialog
from kopingplan.gui.meetings.meeting_rows import ID_ROLE, MeetingRows, fit_list
from kopingplan.services import meetings
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_meeting_view import Ui_MeetingView
    from kopingplan.services.session import Session


# What the meeting on show is made of (services/changes.py): a change of one of these, made
# here or anywhere else (an action marked done in To do), reads the meeting again.
SHOWN_KINDS = (
    "meetings",
    "meeting_attendees",
    "agenda_items",
    "meeting_actions",
    "persons",
    "groups",
    "cases",
)


def person_name(person: model.Person) -> str:
    return f"{person.given_name} {person.family_name}".strip()


def meeting_time(meeting: model.Meeting) -> str:
    local = meeting.starts_at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def show_minutes(box: QPlainTextEdit, stored: str, base: str | None) -> None:
    """Puts the meeting's ``stored`` minutes in ``box``. Read again (``base``: what was
    stored before), the box is left alone when it holds the stored text already (just saved:
    the cursor, the selection, the scroll and Undo stay) or text typed and not yet saved; only
    minutes changed elsewhere replace it, the cursor and the scroll kept as near as they go."""
    typed = box.toPlainText().strip()
    if base is None:
        box.setPlainText(stored)
        return
    if typed == stored or typed != base:
        return
    cursor, scroll = box.textCursor().position(), box.verticalScrollBar().value()
    box.setPlainText(stored)
    kept = box.textCursor()
    kept.setPosition(min(cursor, box.document().characterCount() - 1))
    box.setTextCursor(kept)
    box.verticalScrollBar().setValue(scroll)


class MeetingView(Retranslating, QWidget):
    """Shows the meeting given to :meth:`show_meeting`; what is saved here reaches the other
    views through the main window's change hub (gui/common/changes.py)."""

    briefRequested = Signal(int)  # meeting id
    notice = Signal(str)
    caseRequested = Signal(int)  # open this case (an agenda item's or an action's)
    personRequested = Signal(int)  # open this person (an attendee)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_MeetingView = setup_form("meeting_view", self)
        self.session: Session | None = session
        self.detail: meetings.MeetingDetail | None = None
        ui = self.ui
        ui.actionTable.setColumnCount(4)
        ui.actionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.actionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.actionTable.verticalHeader().hide()
        ui.actionTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.dueEdit.setDate(QDate.currentDate().addDays(14))
        # No sideways scrolling: names are elided, agenda items and decisions wrap.
        fit_list(ui.attendeeList)
        fit_list(ui.agendaList, wrap=True)
        ui.agendaList.setItemDelegate(HangingDelegate(ui.agendaList))  # a wrapped decision
        ui.actionEntry2.setStretchFactor(ui.responsibleCombo, 1)
        ui.attendeeList.itemChanged.connect(self._presence_changed)
        show_keyboard_focus(ui.attendeeList)  # Space ticks who was present
        show_keyboard_focus(ui.agendaList)
        for box, target in ((ui.attendeesBox, ui.attendeeList), (ui.agendaBox, ui.agendaList)):
            mnemonic_focuses(box, target)  # not the decision field last used in the box
        ui.agendaList.currentRowChanged.connect(self._agenda_selected)
        ui.recordDecisionButton.clicked.connect(self.record_decision)
        ui.decisionEdit.returnPressed.connect(self.record_decision)  # as an action's Enter
        ui.addActionButton.clicked.connect(self.add_action)
        # Enter in any field of the row adds it; Tab goes field by field (action_row.py).
        self.action_keys = ActionRowKeys(
            ui.actionEdit, ui.responsibleCombo, ui.dueEdit, ui.addActionButton, self.add_action
        )
        ui.saveMinutesButton.clicked.connect(self.save_minutes)
        ui.briefButton.clicked.connect(self._brief)
        # Files kept with the meeting (issue 17), in the same window as a case's attachments.
        self.attachments_button = files.add_record_attachments_button(
            self,
            AttachmentOwner.MEETING,
            lambda: self.meeting_id,
            after=ui.briefButton,
            mnemonic=False,  # as Create meeting brief…: the view has no letter left for it
        )
        # An oral disclosure made at the meeting (issue 16): the meeting's brief lists it.
        self.oral_button = QPushButton(ui.minutesBox)
        ui.minutesButtons.insertWidget(
            ui.minutesButtons.indexOf(ui.saveMinutesButton), self.oral_button
        )
        self.oral_button.clicked.connect(self.open_oral)
        self.oral_window: OneWindow[OralDisclosureDialog] = OneWindow()
        ui.addItemButton.clicked.connect(self.new_agenda_item)
        ui.inviteButton.clicked.connect(self.invite)
        ui.moveUpButton.clicked.connect(lambda: self.move_agenda_item(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_agenda_item(1))
        ui.removeItemButton.clicked.connect(self.remove_agenda_item)
        for keys, work in (
            (QKeySequence("Ctrl+Up"), lambda: self.move_agenda_item(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_agenda_item(1)),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_agenda_item),
        ):
            shortcut = QShortcut(keys, ui.agendaList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(work)
        self.rows = MeetingRows(self)
        # In the main window the hub says when to read again; on its own, each change does.
        self._told = changes.subscribe(self, SHOWN_KINDS, self._changed)
        self.item_window: OneWindow[AgendaItemDialog] = OneWindow()
        self.guest_window: OneWindow[GuestDialog] = OneWindow()
        self.removal = RemoveQuestion()
        self._retranslate_dynamic()
        self.setEnabled(False)
        # What to do first in an empty meeting (nothing while no meeting is chosen).
        hints = {
            ui.attendeeList: lambda: self.tr(
                "No one is called. Add someone with Add extra attendee…"
            ),
            ui.agendaList: lambda: self.tr(
                "The agenda is empty. Add an item with New agenda item…"
            ),
            ui.actionTable: lambda: self.tr(
                "No actions yet. Write one below and press Add action."
            ),
        }
        self.hints = [EmptyHint(view, self._in_a_meeting(text)) for view, text in hints.items()]

    # --- showing

    @property
    def meeting_id(self) -> int | None:
        return None if self.detail is None else self.detail.meeting.id

    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is None or self.session is None:
            self.detail = None
            self._clear()
            return
        # Choosing a meeting opens it (one audit row); showing it again after a change does not.
        again = meeting_id == self.meeting_id and self.detail is not None
        base = self.detail.meeting.minutes if again and self.detail is not None else None
        read = meetings.detail if again else meetings.open_meeting
        self.detail = read(self.session, meeting_id)
        self._fill(base)

    def _clear(self) -> None:
        ui = self.ui
        ui.titleLabel.setText(self.tr("No meeting chosen"))
        ui.placeLabel.clear()
        for widget in (ui.attendeeList, ui.agendaList, ui.responsibleCombo):
            widget.clear()
        ui.actionTable.setRowCount(0)
        self._set_action_headers()  # an empty table shows its columns, not 1 2 3 4
        ui.minutesEdit.clear()
        ui.decisionEdit.clear()
        self.setEnabled(False)

    def _fill(self, minutes_base: str | None = None) -> None:
        """Shows ``self.detail``; ``minutes_base`` is the stored minutes the box showed when
        this is the same meeting read again (None: another meeting)."""
        detail = self.detail
        assert detail is not None
        ui = self.ui
        self.setEnabled(True)
        files.enable_attachments_button(self.attachments_button, detail.meeting.id)
        ui.titleLabel.setText(
            self.tr("{group}, {time}").format(
                group=detail.group.name, time=meeting_time(detail.meeting)
            )
        )
        place = detail.meeting.place or self.tr("(no place given)")
        ui.placeLabel.setText(self.tr("Place: {place}").format(place=place))
        ui.attendeeList.blockSignals(True)
        ui.attendeeList.clear()
        ui.responsibleCombo.clear()
        for attendee, person in detail.attendees:
            item = QListWidgetItem(person_name(person))
            item.setData(ID_ROLE, attendee.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = Qt.CheckState.Checked if attendee.present else Qt.CheckState.Unchecked
            item.setCheckState(present)
            ui.attendeeList.addItem(item)
            ui.responsibleCombo.addItem(person_name(person), attendee.person_id)
        ui.attendeeList.blockSignals(False)
        ui.responsibleCombo.setCurrentIndex(-1)
        row = max(0, ui.agendaList.currentRow())
        ui.agendaList.blockSignals(True)
        ui.agendaList.clear()
        for number, agenda_item in enumerate(detail.agenda, start=1):
            text = f"{number}. {agenda_item.title}"
            if agenda_item.decision:
                text += "\n    " + self.tr("Decision: {text}").format(text=agenda_item.decision)
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, agenda_item.id)
            entry.setToolTip(agenda_item.notes)
            ui.agendaList.addItem(entry)
        ui.agendaList.blockSignals(False)
        ui.agendaList.setCurrentRow(min(row, ui.agendaList.count() - 1))
        if not detail.agenda:  # no row to change to: Move and Delete are off all the same
            self._agenda_selected(-1)
        self._fill_actions()
        show_minutes(ui.minutesEdit, detail.meeting.minutes, minutes_base)

    def _fill_actions(self) -> None:
        assert self.detail is not None
        table = self.ui.actionTable
        self._set_action_headers()
        table.setRowCount(len(self.detail.actions))
        for row, found in enumerate(self.detail.actions):
            action = found.action
            done = format_date(action.done_on) if action.done_on else ""
            values = (action.description, found.responsible_name, format_date(action.due_on), done)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnToContents(1)

    def _set_action_headers(self) -> None:
        self.ui.actionTable.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Responsible"), self.tr("Due"), self.tr("Done")]
        )

    def _agenda_item(self) -> model.AgendaItem | None:
        row = self.ui.agendaList.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.agenda):
            return None
        found: model.AgendaItem = self.detail.agenda[row]
        return found

    def _agenda_selected(self, row: int) -> None:
        item = self._agenda_item()
        ui = self.ui
        ui.decisionEdit.setText("" if item is None else item.decision)
        count = ui.agendaList.count()
        ui.moveUpButton.setEnabled(item is not None and row > 0)
        ui.moveDownButton.setEnabled(item is not None and row < count - 1)
        ui.removeItemButton.setEnabled(item is not None)

    # --- changes

    def _try(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except Exception as error:
            self.notice.emit(error_text(error))
            return False
        if not changes.announce(self):
            self.show_meeting(self.meeting_id)
        return True

    def _changed(self, _what: Changes) -> None:
        """Reads the meeting on show again; minutes typed and not yet saved stay."""
        if self.detail is None:
            return
        try:
            self.show_meeting(self.meeting_id)
        except Exception as error:  # gone meanwhile (retention): nothing to show
            self.notice.emit(error_text(error))
            self.show_meeting(None)

    def _presence_changed(self, item: QListWidgetItem) -> None:
        meeting_id, person_id = self.meeting_id, int(item.data(ID_ROLE))
        if meeting_id is None:
            return
        present = item.checkState() == Qt.CheckState.Checked
        self._try(
            lambda: meetings.mark_present(unlocked(self.session), meeting_id, person_id, present)
        )

    def record_decision(self) -> None:
        item = self._agenda_item()
        if item is None or item.id is None:
            return
        text = " ".join(self.ui.decisionEdit.text().split())
        item_id = item.id
        self._try(lambda: meetings.record_decision(unlocked(self.session), item_id, text))

    def add_action(self) -> None:
        ui = self.ui
        description = " ".join(ui.actionEdit.text().split())
        if self.meeting_id is None:
            return
        if not description:
            self.notice.emit(self.tr("Write what is to be done first."))
            ui.actionEdit.setFocus()
            return
        typed = " ".join(ui.responsibleCombo.currentText().split())
        # A name of those called, chosen or typed whole, is that person; else the text as typed.
        index = ui.responsibleCombo.findText(typed, Qt.MatchFlag.MatchExactly) if typed else -1
        person_id = ui.responsibleCombo.itemData(index) if index >= 0 else None
        item = self._agenda_item()
        item_id = item.id if item is not None and item.kind is model.AgendaItemKind.CASE else None
        meeting_id, due = self.meeting_id, to_date(ui.dueEdit)
        added = self._try(
            lambda: meetings.add_action(
                unlocked(self.session),
                meeting_id,
                description,
                due,
                agenda_item_id=item_id,
                responsible_person_id=person_id,
                responsible_text="" if person_id is not None else typed,
            )
        )
        if added:
            ui.actionEdit.clear()
            ui.responsibleCombo.setCurrentIndex(-1)
            ui.responsibleCombo.setEditText("")
            self.notice.emit(self.tr("The action was added; it shows in To do until done."))

    def invite(self) -> GuestDialog | None:
        if self.detail is None or self.meeting_id is None or self.session is None:
            return None
        if (shown := self.guest_window.front()) is not None:
            return shown
        called = {attendee.person_id for attendee, _ in self.detail.attendees}
        dialog = GuestDialog(self.session, self.meeting_id, called, self)
        dialog.invited.connect(lambda *_: self._try(lambda: None))  # reads the meeting again
        return self.guest_window.show(dialog)

    def new_agenda_item(self) -> AgendaItemDialog | None:
        meeting_id, session = self.meeting_id, self.session
        if meeting_id is None or session is None:
            return None
        return self.item_window.open(
            lambda: AgendaItemDialog(session, meeting_id, self), saved=self._item_added
        )

    def _item_added(self, item: model.AgendaItem) -> None:
        if self.meeting_id != item.meeting_id:
            return
        if not self._told:  # in the main window the form's save told the hub already
            self.show_meeting(self.meeting_id)
        ids = [found.id for found in self.detail.agenda] if self.detail else []
        if item.id in ids:
            self.ui.agendaList.setCurrentRow(ids.index(item.id))

    def move_agenda_item(self, step: int) -> None:
        item = self._agenda_item()
        if item is None or item.id is None:
            return
        item_id, row = item.id, self.ui.agendaList.currentRow()
        if self._try(lambda: meetings.move_agenda_item(unlocked(self.session), item_id, step)):
            last = self.ui.agendaList.count() - 1
            self.ui.agendaList.setCurrentRow(max(0, min(last, row + step)))

    def remove_agenda_item(self) -> None:
        item = self._agenda_item()
        if item is None or item.id is None or self.removal.box is not None:
            return
        if not (item.decision or item.notes):
            self._remove(item.id)
            return
        item_id = item.id
        box = self.removal.ask(
            self,
            self.tr("Delete agenda item"),
            self.tr(
                "The item “{title}” has a decision or notes; they are deleted with it. "
                "Delete the item?"
            ).format(title=item.title),
            lambda: self._remove(item_id),
        )
        if box is not None:  # the word of the agenda's own button
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))

    @property
    def remove_question(self) -> QMessageBox | None:
        """The "Delete the item?" box while it is open (tests click its buttons)."""
        return self.removal.box

    def _remove(self, item_id: int) -> None:
        if self.session is None:
            return
        row = self.ui.agendaList.currentRow()
        if self._try(lambda: meetings.remove_agenda_item(unlocked(self.session), item_id)):
            self.ui.agendaList.setCurrentRow(min(row, self.ui.agendaList.count() - 1))
            self.notice.emit(self.tr("The item was taken off the agenda."))

    def save_minutes(self) -> None:
        meeting_id, text = self.meeting_id, self.ui.minutesEdit.toPlainText().strip()
        if meeting_id is not None and self._try(
            lambda: meetings.set_minutes(unlocked(self.session), meeting_id, text)
        ):
            self.notice.emit(self.tr("The minutes were saved."))

    def _brief(self) -> None:
        if self.meeting_id is not None:
            self.briefRequested.emit(self.meeting_id)

    def open_oral(self) -> OralDisclosureDialog | None:
        """Records an oral disclosure made at this meeting, about the cases on its agenda."""
        if self.detail is None or self.session is None:
            return None
        agenda = self.detail.agenda
        cases = tuple(dict.fromkeys(i.case_id for i in agenda if i.case_id is not None))
        dialog = OralDisclosureDialog(self.session, cases, self, meeting_id=self.meeting_id)
        started = QDateTime.fromSecsSinceEpoch(int(self.detail.meeting.starts_at.timestamp()))
        if started <= dialog.ui.whenEdit.maximumDateTime():  # said at the meeting, not now
            dialog.ui.whenEdit.setDateTime(started)
        return self.oral_window.show(dialog, modal=True)

    # --- language and closing

    def _in_a_meeting(self, text: Callable[[], str]) -> Callable[[], str]:
        """An empty list's hint that shows only while a meeting is shown."""
        return lambda: text() if self.detail is not None else ""

    def _retranslate_dynamic(self) -> None:
        self.oral_button.setText(self.tr("Oral disclosure at this meeting…"))
        if self.detail is None:
            self._clear()
        else:
            self._fill(self.detail.meeting.minutes)

    def teardown(self) -> None:
        if (oral := self.oral_window.window) is not None:
            oral.reject()  # nothing recorded yet: its words go with the lock
        if (item := self.item_window.window) is not None:
            item.close_for_lock()
        if (guest := self.guest_window.window) is not None:
            guest.keep_as_draft()
        self.removal.close()
        self.session = None
        self.detail = None
        self._clear()
