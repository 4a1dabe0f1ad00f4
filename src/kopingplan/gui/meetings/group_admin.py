"""Working groups: creating and editing one, and who belongs to it over time.

The action plan names two kinds of group (unggruppen and the insatsgrupper) whose composition
varies: a department sends someone else, the police liaison changes. So a membership is never
deleted here: it *ends* on a day, and a *hand-over* ends one person's seat the day before the
next person takes it, with the same role and organisation. The history list shows every seat
with its days, which is how the group looked on any earlier day (and who a meeting called).

:class:`GroupDialog` and :class:`MemberDialog` are record forms (validation as you type, "unsaved
changes?"); :class:`MembersDialog` is the panel that lists the members and opens them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import choices, labels, table_actions
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.record_form import (
    RecordDialog,
    fill_enum_combo,
    set_date,
    to_date,
)
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form
from kopingplan.gui.people.person_finder import PersonFinder
from kopingplan.services import meetings

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_group_edit import Ui_GroupDialog
    from kopingplan.gui.forms.ui_group_member import Ui_MemberDialog
    from kopingplan.gui.forms.ui_group_members import Ui_MembersDialog
    from kopingplan.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole

SAME_PERSON = errors.QT_TRANSLATE_NOOP("Errors", "already holds this seat")
NOT_AFTER_SEAT = errors.QT_TRANSLATE_NOOP("Errors", "must be later than the day the seat was taken")


def group_kind(value: model.GroupKind | str) -> str:
    # The one vocabulary's word (domain/vocabulary.py), as the briefs print it.
    return labels.group_kind(value)


def member_name(row: meetings.Member) -> str:
    """The person, else the organisation a seat belongs to."""
    return row.person_name or row.organisation_name


def member_label(row: meetings.Member) -> str:
    """The person with the organisation they sit for, or the organisation alone."""
    if not row.person_name:
        return row.organisation_name
    return labels.with_kind(row.person_name, row.organisation_name or "")


# --- the group itself -----------------------------------------------------------------------


class GroupDialog(RecordDialog[model.Group]):
    """A new group (``group`` None) or the name, kind and description of one."""

    FORM = "group_edit"
    ui: Ui_GroupDialog

    def set_up(self) -> None:
        self.ui.kindCombo.currentIndexChanged.connect(self._show_kind_name)
        self._show_kind_name()  # the kind chosen: shown again whenever it changes

    def new_values(self) -> dict[str, Any]:
        return {"kind": model.GroupKind.INTERVENTION_GROUP}

    def shown_values(self, record: model.Group) -> dict[str, Any]:
        return {"kind": model.GroupKind(record.kind)}

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.kindCombo, model.GroupKind, group_kind)

    def _retranslate_dynamic(self) -> None:
        heading = self.tr("New group") if self.record is None else self.tr("Edit group")
        self.ui.headingLabel.setText(heading)
        self.setWindowTitle(heading)

    def _show_kind_name(self) -> None:
        """The kind's own name is asked for only when the kind is "Other kind of group"."""
        other = self.ui.kindCombo.currentData() == model.GroupKind.OTHER.value
        self.ui.kindNameLabel.setVisible(other)
        self.ui.kindNameEdit.setVisible(other)

    def build(self) -> model.Group:
        ui = self.ui
        kind = model.GroupKind(ui.kindCombo.currentData())
        named = kind is model.GroupKind.OTHER
        return self.record_from_fields(
            model.Group,
            kind=kind,
            kind_name=rules.normalise_text(ui.kindNameEdit.text()) if named else "",
        )

    def store(self, record: model.Group) -> model.Group:
        session = unlocked(self.session)
        values = (record.name, record.kind, record.description, record.kind_name)
        if record.id is None:
            return meetings.create_group(session, *values)
        return meetings.update_group(session, record.id, *values)


# --- one member: joining, or taking over a seat ---------------------------------------------


class MemberDialog(RecordDialog[model.GroupMembership]):
    """Adds a member to a group, or (with ``seat``) hands that seat over to another person
    from a day: the role and organisation stay those of the seat."""

    FORM = "group_member"
    FOCUS = "findEdit"
    ui: Ui_MemberDialog

    def __init__(
        self,
        session: Session,
        group_id: int,
        seat: meetings.Member | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.group_id = group_id
        self.seat = seat
        super().__init__(session, None, parent)

    def set_up(self) -> None:
        ui, seat = self.ui, self.seat
        self.extra = {"find": ui.findEdit}
        choices.fill_organisations(ui.organisationCombo, unlocked(self.session))
        set_date(ui.fromEdit, date.today())
        if seat is not None:
            membership = seat.membership
            choices.select(ui.organisationCombo, membership.organisation_id)
            ui.roleEdit.setText(membership.role)
            ui.organisationCombo.setEnabled(False)
            ui.roleEdit.setEnabled(False)
        self.finder = PersonFinder(self, found=self._offered)
        ui.personCombo.currentIndexChanged.connect(self._person_chosen)
        self._rows: dict[int, Any] = {}
        self.finder.find("")

    def _offered(self, rows: list[Any]) -> None:
        self._rows = {row.id: row for row in rows}
        self._person_chosen()

    def _person_chosen(self, *_: Any) -> None:
        """A new member's organisation is, unless chosen otherwise, the one they work at."""
        row = self._rows.get(self.ui.personCombo.currentData() or 0)
        if self.seat is None and row is not None and row.organisation_id is not None:
            choices.select(self.ui.organisationCombo, row.organisation_id)

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        if self.seat is None:
            heading = self.tr("Add a member")
        else:
            seat = labels.with_kind(member_name(self.seat), self.seat.membership.role)
            heading = self.tr("Hand over the seat of {member}").format(member=seat)
        ui.headingLabel.setText(heading)
        self.setWindowTitle(self.tr("Group member"))

    def build(self) -> model.GroupMembership:
        return self.record_from_fields(model.GroupMembership, group_id=self.group_id)

    def extra_problems(self) -> dict[str, str]:
        if self.seat is None:
            return {}
        problems: dict[str, str] = {}
        person_id = self.ui.personCombo.currentData()
        if not person_id:
            problems["person_id"] = rules.REQUIRED
        elif person_id == self.seat.membership.person_id:
            problems["person_id"] = SAME_PERSON
        if to_date(self.ui.fromEdit) <= self.seat.membership.from_date:
            problems["from_date"] = NOT_AFTER_SEAT
        return problems

    def store(self, record: model.GroupMembership) -> model.GroupMembership:
        if self.seat is None:
            return meetings.add_member(
                unlocked(self.session),
                self.group_id,
                record.role,
                record.from_date,
                person_id=record.person_id,
                organisation_id=record.organisation_id,
            )
        assert self.seat.membership.id is not None and record.person_id is not None
        return meetings.hand_over(
            unlocked(self.session), self.seat.membership.id, record.person_id, record.from_date
        )

    def close_for_lock(self) -> None:
        self.finder.close_for_lock()
        super().close_for_lock()


# --- the members panel ----------------------------------------------------------------------


def _fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


def _prepare_table(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


class MembersDialog(Retranslating, QDialog):
    """The group's members today, the changes (add, end, hand over) and the whole history."""

    changed = Signal()  # a membership was added, ended or handed over

    def __init__(self, session: Session, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui: Ui_MembersDialog = setup_form("group_members", self)
        self.session: Session | None = session
        self.group_id = group_id
        self.current: list[meetings.Member] = []
        self.history: list[meetings.Member] = []
        self.forms: OneWindow[MemberDialog] = OneWindow()
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        for table in (ui.memberTable, ui.historyTable):
            _prepare_table(table)
        ui.lastDayEdit.setDate(QDate.currentDate())
        ui.addButton.clicked.connect(self.add_member)
        ui.handOverButton.clicked.connect(self.hand_over)
        ui.endButton.clicked.connect(self.end_membership)
        ui.memberTable.itemSelectionChanged.connect(self._update_buttons)
        # A member opens in the hand-over form (Enter); the menu also ends the membership on
        # the day chosen beside the button. A row of the history opens in full.
        self.member_actions = table_actions.install(
            ui.memberTable,
            [
                RowAction(lambda: ui.handOverButton.text(), self._hand_over_row, self._is_member),
                RowAction(
                    lambda: self.tr("&End membership on {day}").format(
                        day=format_date(to_date(ui.lastDayEdit))
                    ),
                    self._end_row,
                    self._is_member,
                ),
                table_actions.copy_row_action(ui.memberTable),
            ],
        )
        self.history_actions = table_actions.install(
            ui.historyTable,
            [
                table_actions.show_row_action(ui.historyTable),
                table_actions.copy_row_action(ui.historyTable),
            ],
        )
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.refresh()
        ui.memberTable.setFocus()

    # --- showing

    def refresh(self) -> None:
        if self.session is None:
            return
        group = self.session.get(model.Group, self.group_id)
        self.ui.headingLabel.setText(self.tr("Members of {group}").format(group=group.name))
        self.setWindowTitle(self.tr("Group members"))
        self.current = meetings.members(self.session, self.group_id)
        self.history = meetings.membership_history(self.session, self.group_id)
        _fill_table(
            self.ui.memberTable,
            [self.tr("Person"), self.tr("Organisation"), self.tr("Role"), self.tr("Since")],
            [
                [row.person_name, row.organisation_name, row.membership.role,
                 format_date(row.membership.from_date)]
                for row in self.current
            ],
        )  # fmt: skip
        _fill_table(
            self.ui.historyTable,
            [
                self.tr("Person"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("From"),
                self.tr("To"),
            ],
            [
                [row.person_name, row.organisation_name, row.membership.role,
                 format_date(row.membership.from_date),
                 format_date(row.membership.to_date) if row.membership.to_date else ""]
                for row in self.history
            ],
        )  # fmt: skip
        if self.current:
            self.ui.memberTable.selectRow(0)
        self._update_buttons()

    def selected(self) -> meetings.Member | None:
        rows = self.ui.memberTable.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.current):
            return None
        found: meetings.Member = self.current[rows[0].row()]
        return found

    def _is_member(self, index: QModelIndex) -> bool:
        return 0 <= index.row() < len(self.current)

    def _hand_over_row(self, index: QModelIndex) -> None:
        self.ui.memberTable.selectRow(index.row())
        self.hand_over()

    def _end_row(self, index: QModelIndex) -> None:
        self.ui.memberTable.selectRow(index.row())
        self.end_membership()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for widget in (self.ui.handOverButton, self.ui.endButton, self.ui.lastDayEdit):
            widget.setEnabled(chosen)

    # --- changes

    @property
    def _form(self) -> MemberDialog | None:
        """The open member form, if any (one at a time)."""
        return self.forms.window

    def _open(self, seat: meetings.Member | None) -> MemberDialog | None:
        session = self.session
        if session is None:
            return None
        return self.forms.open(
            lambda: MemberDialog(session, self.group_id, seat, self), saved=self._saved
        )

    def add_member(self) -> MemberDialog | None:
        return self._open(None)

    def hand_over(self) -> MemberDialog | None:
        seat = self.selected()
        return None if seat is None else self._open(seat)

    def _saved(self, *_: Any) -> None:
        self.message.clear()
        self.refresh()
        self.changed.emit()

    def end_membership(self) -> None:
        seat = self.selected()
        if seat is None or seat.membership.id is None or self.session is None:
            return
        last_day = to_date(self.ui.lastDayEdit)
        try:
            meetings.end_membership(self.session, seat.membership.id, last_day)
        except Exception as error:
            problem = error_text(error)
            self.message.show(lambda: problem, error=True)
            return
        name = member_name(seat)
        self.message.show(
            lambda: self.tr("{name} belongs to the group until {day}.").format(
                name=name, day=format_date(last_day)
            )
        )
        self.refresh()
        self.changed.emit()

    # --- language and locking

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh()

    def keep_as_draft(self) -> None:
        """Locking: nothing unsaved lives here; close and let go of the session."""
        if self._form is not None:
            self._form.close_for_lock()
        self.session = None
        for table in (self.ui.memberTable, self.ui.historyTable):
            table.setRowCount(0)
        self.reject()
