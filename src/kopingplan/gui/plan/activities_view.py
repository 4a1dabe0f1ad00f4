"""Arkiv → Aktiviteter på generell nivå …: the activities, newest first, and the form for one.

The list shows each activity's day, kind, title, organiser, partners, target group, themes,
participants and follow-up day; a kind and a year narrow it (in SQL), and the line under it
counts the activities and their participants. Enter or a double-click opens the activity to
correct it; the row menu also removes it (after a question) and copies the row. An activity
names no one, so looking at the list is not logged; recording, correcting and removing are
(:mod:`kopingplan.services.activities`).

The dialog is a child of the main window: locking tears it down with the window, after any
open activity form has kept its unsaved input as a draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QMessageBox, QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels as gui_labels
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.list_dialog import PagedListDialog
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.list_support import select_first_row
from kopingplan.gui.common.menu_actions import WindowActions
from kopingplan.gui.common.one_window import RemoveQuestion
from kopingplan.gui.common.paged_model import ROW_ROLE, Column
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.plan.activity_dialog import ActivityDialog
from kopingplan.services import activities, registry
from kopingplan.services.activities import ActivityFilter

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_activities_view import Ui_ActivitiesDialog
    from kopingplan.services.session import Session


class ActivitiesDialog(PagedListDialog):
    """The activities at the general level: a filtered list, New, Open and Remove."""

    FORM = "activities_view"
    SETTINGS_KEY = "activities"
    LIST = ListParts(
        "activityTable",
        # The others' first widths leave the title about 300 px of the form's 1200 (at 1200 px
        # their earlier 1080 px left it 80): a kind, a name or a theme that does not fit is
        # elided and shown whole in the activity's form.
        (86, 130, 300, 130, 130, 110, 120, 84, 86),
        stretch=2,  # the title
        filters=("kindFilter", "yearFilter"),
        new_button="newButton",
    )
    ui: Ui_ActivitiesDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        # What the list's first query fills (apply_filters), before the base sets it up.
        self._names: dict[int, str] = {}
        self._participants = 0
        self.question = RemoveQuestion()
        super().__init__(session, parent)

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Date"), lambda r: format_date(r.held_on)),
            Column(lambda: self.tr("Kind"), lambda r: gui_labels.activity_kind(r.kind)),
            Column(lambda: self.tr("Title"), lambda r: r.title),
            Column(lambda: self.tr("Organiser"), self._organiser),
            Column(lambda: self.tr("Partners"), self._partners),
            Column(lambda: self.tr("Target group"), lambda r: r.target_group),
            Column(
                lambda: self.tr("Themes"),
                lambda r: ", ".join(gui_labels.orientation(t) for t in r.themes),
            ),
            Column(
                lambda: self.tr("Participants"),
                lambda r: "" if r.participants is None else str(r.participants),
                align_right=True,
            ),
            Column(
                lambda: self.tr("Follow-up"),
                lambda r: format_date(r.follow_up_on) if r.follow_up_on else "",
            ),
        ]

    def _name(self, organisation_id: int) -> str:
        return self._names.get(organisation_id) or self.tr("(removed from the registry)")

    def _organiser(self, activity: model.Activity) -> str:
        if activity.organiser_id is None:
            return self.tr("Own unit")
        return self._name(activity.organiser_id)

    def _partners(self, activity: model.Activity) -> str:
        return ", ".join(self._name(i) for i in activity.partner_ids)

    # --- the list --------------------------------------------------------------------------------

    def fill_filters(self) -> None:
        kinds = [(gui_labels.activity_kind(kind), kind.value) for kind in model.ActivityKind]
        self.fill_choice_and_year([(self.tr("All kinds"), None), *kinds], activities.activity_years)

    def current_filter(self) -> ActivityFilter:
        kind = self.ui.kindFilter.currentData()
        year = self.ui.yearFilter.currentData()
        return ActivityFilter(
            kind=model.ActivityKind(kind) if kind else None,
            year=int(year) if year is not None else None,
        )

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session, found = self.session, self.current_filter()
        self._names = {row.id: row.name for row in registry.organisations(session)}
        self._participants = activities.activity_participants(session, found)
        self.model.set_paged_query(
            activities.activity_page, activities.activity_count, session, found
        )
        select_first_row(self.ui.activityTable)

    def count_text(self, total: int) -> str:
        text = self.tr("%n activity(ies)", "", total)
        if total:
            people = self.tr("%n participant(s)", "", self._participants)
            text = self.tr("{activities}, {participants} in all").format(
                activities=text, participants=people
            )
        return text

    def empty_text(self, filtered: bool) -> str:
        return self.tr("No activity is recorded here. Record one with New activity…")

    def more_actions(self) -> list[table_actions.RowAction]:
        return [table_actions.RowAction(lambda: self.tr("&Remove…"), self._ask_remove)]

    def activity_at(self, index: QModelIndex) -> model.Activity | None:
        found = table_actions.row_value(index, ROW_ROLE)
        return found if isinstance(found, model.Activity) else None

    # --- opening and removing --------------------------------------------------------------------

    def read_record(self, record_id: int | None) -> model.Activity | None:
        return activities.get_activity(unlocked(self.session), record_id) if record_id else None

    def make_form(self, read: model.Activity | None) -> ActivityDialog:
        return ActivityDialog(unlocked(self.session), read, self)

    def open_activity(self, activity_id: int | None) -> ActivityDialog | None:
        """The form for a stored activity (or a new one): one form at a time."""
        form = self.open_record(activity_id)
        return form if isinstance(form, ActivityDialog) else None

    def _ask_remove(self, index: QModelIndex) -> None:
        self.ask_remove(index)

    def ask_remove(self, index: QModelIndex) -> QMessageBox | None:
        """Asks before removing the row's activity (opened with ``open()``: a lock closes it)."""
        activity = self.activity_at(index)
        if activity is None or activity.id is None:
            return None
        activity_id = activity.id
        return self.question.ask(
            self,
            self.tr("Remove activity"),
            self.tr("Remove the activity “{title}” of {day}? This cannot be undone.").format(
                title=activity.title, day=format_date(activity.held_on)
            ),
            lambda: self._remove(activity_id),
        )

    def _remove(self, activity_id: int) -> None:
        if self.session is None:
            return
        try:
            activities.delete_activity(self.session, activity_id)
        except Exception as error:
            self.failed(error)
            return
        self.refresh()

    # --- locking ---------------------------------------------------------------------------------

    def teardown(self) -> None:
        """Locking: forgets the session and every text the dialog shows."""
        super().teardown()
        self.question.close()
        self._names = {}


class ActivityActions(WindowActions):
    """Arkiv → Aktiviteter på generell nivå …, after Handlingsplanen … (or Sök …)."""

    def __init__(self, controller: Any, window: Any) -> None:
        super().__init__(controller, window)
        plan = getattr(getattr(window, "plan_actions", None), "plan_action", None)
        self.activities_action = self.file_menu_action(plan, window.ui.actionFind)
        self.activities_action.triggered.connect(lambda: self.open_list())
        self.ready()

    def retranslate(self) -> None:
        self.activities_action.setText(
            QCoreApplication.translate("ActivityActions", "Ac&tivities at the general level…")
        )

    def open_list(self) -> ActivitiesDialog | None:
        return self.show_list(ActivitiesDialog, ActivitiesDialog)

    def open_activity(self, activity_id: int | None) -> ActivityDialog | None:
        """An activity's form over the list (used to reopen a draft after unlocking)."""
        dialog = self.open_list()
        return dialog.open_activity(activity_id) if dialog is not None else None


def install(controller: Any, window: Any) -> ActivityActions:
    """Called by the controller once the main window is up."""
    actions = ActivityActions(controller, window)
    window.activity_actions = actions
    return actions
