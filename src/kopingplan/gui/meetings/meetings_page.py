"""The "Meetings" section: the groups and who belongs to them today, each group's meetings,
and the chosen meeting (:class:`~kopingplan.gui.meetings.meeting_view.MeetingView`).

"New group…", "Edit group…" and "Members…" open the forms of
:mod:`kopingplan.gui.meetings.group_admin`: a group's name and kind, and its members over time
(added, ended, handed over).

"New meeting…" asks for the day, time and place; with "start from the last meeting" (the
default) the group's latest meeting is the template: its place and every case of its agenda
that is still open. Those called are the group's members on the meeting's day.

A meeting in the list opens with Enter (the keyboard goes to its agenda) and its menu makes its
brief; a member opens the person's (or organisation's) window. Both copy their row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from kopingplan.domain import model
from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.list_support import EmptyHint
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.forms import setup_form
from kopingplan.gui.meetings.agenda_rows import HangingDelegate
from kopingplan.gui.meetings.group_admin import GroupDialog, MembersDialog, member_label
from kopingplan.gui.meetings.meeting_rows import ID_ROLE, fit_list
from kopingplan.gui.meetings.meeting_view import MeetingView, meeting_time
from kopingplan.services import meetings
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_meeting_new import Ui_NewMeetingDialog
    from kopingplan.gui.forms.ui_meetings_page import Ui_MeetingsPage
    from kopingplan.services.session import Session

SPLITTER_KEY = "meetings"  # where the handle between the group column and the meeting is


class MeetingsPage(Retranslating, QWidget):
    notice = Signal(str)
    caseRequested = Signal(int)  # open this case (from the meeting's agenda or actions)
    personRequested = Signal(int)  # open this person (a member, an attendee)
    organisationRequested = Signal(int)  # open this organisation (a member)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_MeetingsPage = setup_form("meetings_page", self)
        self.session: Session | None = session
        self.view = MeetingView(session, self)
        # The meeting's agenda, actions and minutes are taller than a 768 px laptop leaves for
        # a section: they scroll, so "Save minutes" can always be reached.
        self.view_scroll = QScrollArea(self)
        self.view_scroll.setObjectName("meetingScroll")
        self.view_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view_scroll.setWidgetResizable(True)
        self.view_scroll.setWidget(self.view)
        # The scroll area follows Tab but not an Alt+letter: Alt+T (the action) and Alt+I (the
        # minutes) put the keyboard in a field below the fold, typed into unseen.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)
        splitter = self.ui.splitter
        splitter.addWidget(self.view_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 900])  # the group column narrow, the meeting wide
        state = app_settings.splitter_state(SPLITTER_KEY)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda *_: app_settings.save_splitter_state(SPLITTER_KEY, splitter.saveState())
        )
        # A member's name, organisation and role wrap onto more lines, hung under the row's
        # first: elided, the group column of a 1366x768 laptop cut most of them short. A
        # meeting's long place is elided, whole in its tooltip: wrapped, a group's hundred
        # meetings made opening Möten stall the GUI thread past 100 ms at 20,000 cases.
        fit_list(self.ui.meetingList)
        fit_list(self.ui.membersList, wrap=True)
        self.ui.membersList.setItemDelegate(HangingDelegate(self.ui.membersList, "    "))
        self.view.notice.connect(self.notice)
        self.view.briefRequested.connect(self.open_brief)
        self.view.caseRequested.connect(self.caseRequested)
        self.view.personRequested.connect(self.personRequested)
        self.new_meeting_window: OneWindow[NewMeetingDialog] = OneWindow()
        self.brief_window: OneWindow[QDialog] = OneWindow()
        self.group_window: OneWindow[GroupDialog] = OneWindow()
        self.members_window: OneWindow[MembersDialog] = OneWindow()
        ui = self.ui
        ui.groupCombo.currentIndexChanged.connect(self._group_chosen)
        ui.meetingList.currentRowChanged.connect(self._meeting_chosen)
        ui.newMeetingButton.clicked.connect(self.new_meeting)
        ui.newGroupButton.clicked.connect(self.new_group)
        ui.editGroupButton.clicked.connect(self.edit_group)
        ui.membersButton.clicked.connect(self.open_members)
        # The list starts with the newest meetings; "Show meetings before these" adds more.
        self.meeting_limit = meetings.MEETINGS_SHOWN
        self._listed_group: int | None = None  # whose meetings the list holds
        ui.olderButton.clicked.connect(self.show_older)
        self._install_row_actions()
        self.fill_groups()
        # What to do first: in the group chosen, or, while there is none, start one.
        hints = {
            ui.meetingList: (
                lambda: self.tr("No meetings yet. Plan one with New meeting…"),
                lambda: self.tr("No working groups yet. Start with New group…"),
            ),
            ui.membersList: (
                lambda: self.tr("No members today. Add them with Membership…"),
                lambda: self.tr("The members show here once there is a group."),
            ),
        }
        self.hints = [EmptyHint(view, self._once_a_group(*texts)) for view, texts in hints.items()]

    def _once_a_group(
        self, in_group: Callable[[], str], no_group: Callable[[], str]
    ) -> Callable[[], str]:
        """An empty list's hint: ``in_group`` once there is a group, ``no_group`` before."""
        return lambda: in_group() if self.ui.groupCombo.count() else no_group()

    # --- what a row does

    def _install_row_actions(self) -> None:
        ui = self.ui
        self.meeting_actions = table_actions.install(
            ui.meetingList,
            [
                RowAction(table_actions.open_text, self._open_meeting),
                RowAction(
                    lambda: self.tr("Create &brief…"),
                    lambda index: self.open_brief(table_actions.row_int(index, ID_ROLE)),
                ),
                table_actions.copy_row_action(ui.meetingList),
            ],
        )
        self.member_actions = table_actions.install(
            ui.membersList,
            [
                RowAction(table_actions.open_text, self._open_member, self._member_opens),
                RowAction(lambda: self.tr("Members&hip…"), lambda _index: self.open_members()),
                table_actions.copy_row_action(ui.membersList),
            ],
        )

    def _open_meeting(self, index: QModelIndex) -> None:
        self.ui.meetingList.setCurrentRow(index.row())
        self.view_scroll.ensureWidgetVisible(self.view.ui.agendaList)
        self.view.ui.agendaList.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QWidget, QWidget)
    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scrolls the meeting to the field that has the keyboard, with the rest of its box
        (the action's responsible, day and Add; Save minutes) when the box fits."""
        if new is None or not self.view.isAncestorOf(new):
            return
        box = new.parentWidget()
        while box is not None and box is not self.view and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        if isinstance(box, QGroupBox):
            self.view_scroll.ensureWidgetVisible(box, 0, 0)
        self.view_scroll.ensureWidgetVisible(new)

    @staticmethod
    def _membership(index: QModelIndex) -> model.GroupMembership | None:
        found = table_actions.row_value(index, ID_ROLE)
        return found if isinstance(found, model.GroupMembership) else None

    def _member_opens(self, index: QModelIndex) -> bool:
        membership = self._membership(index)
        return membership is not None and (
            membership.person_id is not None or membership.organisation_id is not None
        )

    def _open_member(self, index: QModelIndex) -> None:
        membership = self._membership(index)
        if membership is None:
            return
        if membership.person_id is not None:
            self.personRequested.emit(membership.person_id)
        elif membership.organisation_id is not None:
            self.organisationRequested.emit(membership.organisation_id)

    # --- groups and meetings

    @property
    def group_id(self) -> int | None:
        value = self.ui.groupCombo.currentData()
        return None if value is None else int(value)

    def fill_groups(self, select: int | None = None) -> None:
        if self.session is None:
            return
        ui = self.ui
        groups = meetings.groups(self.session)
        refill_choices(ui.groupCombo, ((g.name, g.id) for g in groups), select=select)
        for button in (ui.newMeetingButton, ui.editGroupButton, ui.membersButton):
            button.setEnabled(ui.groupCombo.count() > 0)
        self._group_chosen()

    def _group_chosen(self, *_: Any) -> None:
        ui = self.ui
        ui.membersList.clear()
        group_id = self.group_id
        if group_id != self._listed_group:
            self.meeting_limit = meetings.MEETINGS_SHOWN  # another group starts short again
        self._listed_group = group_id
        if group_id is not None and self.session is not None:
            for row in meetings.members(self.session, group_id):
                who = member_label(row)
                entry = QListWidgetItem(f"{who} — {row.membership.role}")
                entry.setData(ID_ROLE, row.membership)
                entry.setToolTip(entry.text())  # as the meetings' rows have
                ui.membersList.addItem(entry)
        self.fill_meetings()

    def fill_meetings(self, select: int | None = None, *, row: int | None = None) -> None:
        """The group's newest meetings (as many as shown before), and down to the one to
        choose (``select``, from search, say) however old it is; that one chosen, or the
        meeting at ``row``, or the one shown."""
        ui = self.ui
        chosen = select if select is not None else self.view.meeting_id
        ui.meetingList.blockSignals(True)
        ui.meetingList.clear()
        group_id, session, limit = self.group_id, self.session, self.meeting_limit
        found: list[model.Meeting] = []
        held = 0
        if group_id and session:  # one more than shown tells whether older ones follow
            found = meetings.meetings(session, group_id, limit + 1, holding=chosen)
            ids = [meeting.id for meeting in found]
            held = ids.index(chosen) + 1 if chosen in ids else 0
            if held > limit:  # the read ended at that meeting: is there one before it?
                found = meetings.meetings(session, group_id, held + 1)
        shown = min(len(found), max(limit, held))
        ui.olderButton.setVisible(len(found) > shown)
        self.meeting_limit = max(limit, shown)  # a refill keeps the meetings shown
        found = found[:shown]
        ids = [meeting.id for meeting in found]
        for meeting in found:
            place = f"  {meeting.place}" if meeting.place else ""
            item = QListWidgetItem(meeting_time(meeting) + place)
            item.setToolTip(item.text())  # the list elides what does not fit
            item.setData(ID_ROLE, meeting.id)
            ui.meetingList.addItem(item)
        if row is None or not 0 <= row < len(ids):
            row = ids.index(chosen) if chosen in ids else (0 if ids else -1)
        # Signals still blocked: the row's meeting is read once, here (the list's own signal
        # read it a second time, on the section's first showing too).
        ui.meetingList.setCurrentRow(row)
        ui.meetingList.blockSignals(False)
        self._meeting_chosen(row)

    def show_older(self) -> None:
        """The button under the list: the meetings before those shown, added below them, the
        first of them chosen and the keyboard on it."""
        listed = self.ui.meetingList
        first_new = listed.count()
        self.meeting_limit = first_new + meetings.MEETINGS_SHOWN
        self.fill_meetings(row=first_new)
        if (item := listed.currentItem()) is not None:
            listed.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        listed.setFocus(Qt.FocusReason.OtherFocusReason)

    def _meeting_chosen(self, row: int) -> None:
        item = self.ui.meetingList.item(row) if row >= 0 else None
        self.view.show_meeting(None if item is None else int(item.data(ID_ROLE)))

    # --- groups and their members

    def new_group(self) -> GroupDialog | None:
        return self._open_group(None)

    def edit_group(self) -> GroupDialog | None:
        group_id = self.group_id
        if group_id is None or self.session is None:
            return None
        return self._open_group(self.session.get(model.Group, group_id))

    def _open_group(self, group: model.Group | None) -> GroupDialog | None:
        session = self.session
        if session is None:
            return None
        return self.group_window.open(
            lambda: GroupDialog(session, group, self), saved=self._group_saved
        )

    def _group_saved(self, group: model.Group) -> None:
        self.fill_groups(select=group.id)
        self.view.show_meeting(self.view.meeting_id)  # the title names the group

    def open_members(self) -> MembersDialog | None:
        group_id = self.group_id
        if group_id is None or self.session is None:
            return None
        if (shown := self.members_window.window) is not None:
            shown.close()  # one at a time: the group chosen now replaces it
        dialog = MembersDialog(self.session, group_id, self)
        dialog.changed.connect(self._group_chosen)
        return self.members_window.show(dialog)

    # --- a new meeting

    def new_meeting(self) -> NewMeetingDialog | None:
        group_id = self.group_id
        if group_id is None or self.session is None:
            return None
        last = meetings.last_meeting(self.session, group_id)
        dialog = NewMeetingDialog(self.session, group_id, last, self)
        dialog.created.connect(lambda meeting_id: self.fill_meetings(select=meeting_id))
        return self.new_meeting_window.show(dialog, modal=True)

    def open_brief(self, meeting_id: int) -> Any:
        from kopingplan.gui.briefs.brief_dialog import BriefDialog

        dialog = BriefDialog.for_meeting(unlocked(self.session), meeting_id, self)
        dialog.notice.connect(self.notice)
        return self.brief_window.show(dialog)

    # --- section protocol

    def refresh_after(self, changes: Changes) -> None:
        """The members' names after persons or organisations changed (gui/common/changes.py);
        the meeting on show reads itself again (meeting_view.py)."""
        if changes.touches("persons", "organisations"):
            self._group_chosen()

    def focus_list(self) -> None:
        self.ui.meetingList.setFocus(Qt.FocusReason.OtherFocusReason)

    def teardown(self) -> None:
        for dialog in (self.new_meeting_window.window, self.brief_window.window):
            if dialog is not None:
                dialog.close()
        for form in (self.group_window.window, self.members_window.window):
            if form is not None:  # not kept as a draft: no content of theirs outlives the lock
                form.keep_as_draft()
        self.view.teardown()
        self.session = None
        self.ui.meetingList.clear()
        self.ui.olderButton.hide()
        self.ui.membersList.clear()
        self.ui.groupCombo.clear()


class NewMeetingDialog(Retranslating, QDialog):
    created = Signal(int)

    def __init__(
        self, session: Session, group_id: int, last: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui: Ui_NewMeetingDialog = setup_form("meeting_new", self)
        self.session = session
        self.group_id = group_id
        ui = self.ui
        start = datetime.now().replace(hour=13, minute=0, second=0, microsecond=0)
        if last is not None:  # same weekday and time as the last one, the week after today
            local = last.starts_at.astimezone()
            start = local + timedelta(weeks=1)
            while start.date() <= datetime.now().date():
                start += timedelta(weeks=1)
            ui.placeEdit.setText(last.place)
        else:
            start += timedelta(days=7)
        ui.startsEdit.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        ui.templateCheck.setChecked(last is not None)
        ui.templateCheck.setEnabled(last is not None)
        self._name_buttons()
        ui.buttonBox.accepted.connect(self.create_meeting)
        ui.buttonBox.rejected.connect(self.reject)
        ui.startsEdit.setFocus()

    def create_meeting(self) -> None:
        ui = self.ui
        starts_at = cast(datetime, ui.startsEdit.dateTime().toPython()).astimezone()
        place = " ".join(ui.placeEdit.text().split())
        try:
            meeting = meetings.create_meeting(
                self.session,
                self.group_id,
                starts_at,
                place,
                from_last=ui.templateCheck.isChecked(),
            )
        except Exception as error:
            ui.messageLabel.setText(error_text(error))
            return
        self.accept()
        assert meeting.id is not None
        self.created.emit(meeting.id)

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Ok: self.tr("&Create")}
