"""The "Situation picture" section: the entries, the current picture, and what changed since a
day or since the last meeting of a working group.

The entry list is fetched a page at a time and filtered in SQL by orientation and milieu. The
current picture and the changes are small summaries (one row per milieu and orientation), read
when their tab is shown and again after an entry is saved.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from kopingplan.domain import model
from kopingplan.errors import log_failure
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import choices, labels
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.list_support import EmptyHint
from kopingplan.gui.common.paged_model import Column
from kopingplan.gui.common.record_form import to_date
from kopingplan.gui.common.record_list_page import RecordListPage
from kopingplan.gui.common.table_actions import open_only
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.situation.situation_periods import AssessmentDialog, AssessmentsPanel
from kopingplan.services import situation
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_situation_page import Ui_SituationPage
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGES_LIMIT = 500  # entries listed under "Changes since"; the count above says if more


def one_line(text: str) -> str:
    return " ".join(text.split())


ENTRY_COLUMNS = [
    Column(
        lambda: QCoreApplication.translate("SituationPage", "Date"),
        lambda e: format_date(e.observed_on),
    ),
    Column(lambda: QCoreApplication.translate("SituationPage", "Milieu"), lambda e: e.milieu),
    Column(
        lambda: QCoreApplication.translate("SituationPage", "Orientation"),
        lambda e: labels.orientation(e.orientation),
    ),
    Column(
        lambda: QCoreApplication.translate("SituationPage", "Observation"),
        lambda e: one_line(e.observation),
    ),
    Column(lambda: QCoreApplication.translate("SituationPage", "Source"), lambda e: e.source),
    Column(
        lambda: QCoreApplication.translate("SituationPage", "Reliability"),
        lambda e: labels.reliability(e.reliability),
    ),
    Column(
        lambda: QCoreApplication.translate("SituationPage", "Assessment"),
        lambda e: one_line(e.assessment),
    ),
]


class SituationPage(RecordListPage):
    """The entries (a :class:`RecordListPage` on the first tab), the current picture, the
    changes and the period assessments."""

    FORM = "situation_page"
    RECORD_KIND = "situation_entry"
    SETTINGS_KEY = "situation"
    LIST = ListParts(
        "entryTable",
        (90, 170, 150, 330, 150, 100),
        stretch=3,  # the observation
        filters=("orientationFilter", "milieuFilter"),
        new_button="newEntryButton",
    )
    ui: Ui_SituationPage

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        ui = self.ui
        self.entries = self.model  # the entries, by the name the section has always used
        for tree in (ui.currentTree, ui.changedEntriesTree):
            open_only(
                tree,
                partial(self._tree_index_activated, tree),
                lambda i: i.siblingAtColumn(0).data(ENTRY_ID_ROLE) is not None,  # no heading
            )
        choices.fill_group_filter(ui.groupCombo, session, "")
        ui.groupCombo.removeItem(0)  # no "every group": a meeting is of one group
        ui.sinceMeetingRadio.setEnabled(ui.groupCombo.count() > 0)
        ui.sinceDateEdit.setDate(QDate.currentDate().addDays(-30))
        up_to_today(ui.sinceDateEdit)
        for signal in (
            ui.sinceDateRadio.toggled,
            ui.sinceDateEdit.dateChanged,
            ui.groupCombo.currentIndexChanged,
        ):
            signal.connect(self.show_changes)
        # The lägesbild for a period (issue 18): the overall assessments and the period report.
        self.assessments = AssessmentsPanel(session, ui.tabs)
        ui.tabs.addTab(self.assessments, self.tr("&Period assessments"))
        ui.tabs.currentChanged.connect(self._tab_changed)
        self.hints = [
            EmptyHint(
                ui.currentTree,
                lambda: self.tr(
                    "The current picture is drawn from the entries. There are none yet."
                ),
            ),
            EmptyHint(ui.changesTree, lambda: self.tr("Nothing has changed since then.")),
            EmptyHint(ui.changedEntriesTree, lambda: self.tr("No entries since then.")),
        ]

    # --- entries -------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return ENTRY_COLUMNS

    def count_text(self, total: int) -> str:
        return self.tr("%n entry(ies)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No entry matches these filters.")
        return self.tr("No situation picture entries yet. Write the first with New entry…")

    def fill_filters(self) -> None:
        orientations = [(labels.orientation(o), o.value) for o in model.Orientation]
        all_orientations = (self.tr("All orientations"), None)
        refill_choices(self.ui.orientationFilter, [all_orientations, *orientations])
        self._fill_milieus()

    def _fill_milieus(self) -> None:
        names = situation.milieus(self.session) if self.session is not None else []
        all_milieus = (self.tr("All milieus"), None)
        refill_choices(self.ui.milieuFilter, [all_milieus, *((name, name) for name in names)])

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session = self.session
        value = self.ui.orientationFilter.currentData()
        orientation = model.Orientation(value) if value else None
        milieu = self.ui.milieuFilter.currentData()
        self.model.set_paged_query(
            situation.entry_page,
            situation.entry_count,
            session,
            orientation=orientation,
            milieu=milieu,
        )

    def _tree_index_activated(self, tree: QTreeWidget, index: QModelIndex) -> None:
        self._tree_activated(tree.itemFromIndex(index))

    def _tree_activated(self, item: QTreeWidgetItem) -> None:
        entry_id = item.data(0, ENTRY_ID_ROLE)
        if entry_id is not None:
            self.recordActivated.emit(int(entry_id))

    def refresh_after(self, changes: Changes) -> None:
        """Reads the entries again after a change of them (gui/common/changes.py)."""
        if changes.touches("situation_assessments"):
            self.assessments.refresh()
        if not changes.touches("situation_entries"):
            return
        self._fill_milieus()
        self.model.refresh()
        self._tab_changed(self.ui.tabs.currentIndex())

    def focus_list(self) -> None:
        if self.ui.tabs.currentIndex() == 0:
            super().focus_list()

    def open_assessment(self, assessment_id: int | None) -> AssessmentDialog | None:
        """A period assessment's form over its tab (a draft reopened after unlocking)."""
        self.ui.tabs.setCurrentWidget(self.assessments)
        return self.assessments.open_assessment(assessment_id)

    # --- the current picture -------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.show_current_picture()
        elif index == 2:
            self.show_changes()

    def show_current_picture(self) -> None:
        if self.session is None:
            return
        tree = self.ui.currentTree
        tree.clear()
        try:
            current = situation.current_picture(self.session)
        except Exception as error:
            log_failure(_log, "The current picture could not be read")
            self.ui.currentSummary.setText(error_text(error))
            return
        groups: dict[model.Orientation, QTreeWidgetItem] = {}
        for row in current.rows:
            entry = row.latest
            parent = groups.get(entry.orientation)
            if parent is None:
                parent = QTreeWidgetItem([labels.orientation(entry.orientation)])
                bold = QFont(tree.font())
                bold.setBold(True)
                parent.setFont(0, bold)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                tree.addTopLevelItem(parent)
                parent.setExpanded(True)
                groups[entry.orientation] = parent
            item = QTreeWidgetItem(
                parent,
                [
                    entry.milieu,
                    format_date(entry.observed_on),
                    labels.reliability(entry.reliability),
                    str(row.entries),
                    str(row.recent_entries) if row.recent_entries else "",
                    one_line(entry.assessment or entry.observation),
                ],
            )
            item.setToolTip(5, entry.assessment or entry.observation)
            item.setData(0, ENTRY_ID_ROLE, entry.id)
        for column in range(5):
            tree.resizeColumnToContents(column)
        if current.rows:
            self.ui.currentSummary.setText(
                self.tr(
                    "The newest entry of each milieu and orientation: {milieus}. "
                    "{recent} since {day} (the last 90 days)."
                ).format(
                    milieus=self.tr("%n milieu(s)", "", len(current.rows)),
                    recent=self.tr("%n entry(ies)", "", current.recent_entries),
                    day=format_date(current.recent_since),
                )
            )
        else:
            self.ui.currentSummary.setText(
                self.tr(
                    "The situation picture has no entries yet. Add the first one under “Entries”."
                )
            )

    # --- what changed --------------------------------------------------------------------------

    def since_day(self) -> tuple[date | None, str]:
        """The day "Changes since" counts from, and how it was chosen (for the summary)."""
        ui = self.ui
        ui.sinceDateEdit.setEnabled(ui.sinceDateRadio.isChecked())
        ui.groupCombo.setEnabled(ui.sinceMeetingRadio.isChecked())
        if ui.sinceDateRadio.isChecked() or self.session is None:
            return to_date(ui.sinceDateEdit), ""
        group_id = ui.groupCombo.currentData()
        if group_id is None:
            return None, ""
        day = situation.last_meeting_day(self.session, int(group_id))
        return day, ui.groupCombo.currentText()

    def show_changes(self) -> None:
        if self.session is None or self.ui.tabs.currentIndex() != 2:
            return
        ui = self.ui
        ui.changesTree.clear()
        ui.changedEntriesTree.clear()
        try:
            since, group = self.since_day()
            if since is None:
                ui.changesSummary.setText(
                    self.tr("{group} has not met yet. Choose a date instead.").format(group=group)
                )
                return
            changes = situation.changes_since(self.session, since)
            entries = situation.entry_page(self.session, since=since, limit=CHANGES_LIMIT)
        except Exception as error:
            log_failure(_log, "The changes could not be read")
            ui.changesSummary.setText(error_text(error))
            return
        for row in changes.rows:
            ui.changesTree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        labels.with_kind(row.milieu, labels.orientation(row.orientation).lower()),
                        str(row.new_entries),
                        format_date(row.latest_observed_on),
                        self.tr("New") if row.first_time else "",
                    ]
                )
            )
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    format_date(entry.observed_on),
                    entry.milieu,
                    labels.orientation(entry.orientation),
                    one_line(entry.observation),
                    entry.source,
                ]
            )
            item.setData(0, ENTRY_ID_ROLE, entry.id)
            ui.changedEntriesTree.addTopLevelItem(item)
        for tree in (ui.changesTree, ui.changedEntriesTree):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        counted = self.tr("{entries} in {milieus}, {new} of them new in the picture.").format(
            entries=self.tr("%n new entry(ies)", "", changes.new_entries),
            milieus=self.tr("%n milieu(s)", "", len(changes.rows)),
            new=changes.new_in_picture,
        )
        if group:
            since_text = self.tr("Since the last meeting of {group} on {day}:").format(
                group=group, day=format_date(since)
            )
        else:
            since_text = self.tr("Since {day}:").format(day=format_date(since))
        ui.changesSummary.setText(f"{since_text} {counted}")

    def show_changes_since(self, day: date) -> None:
        """Opens "Changes since" for a day (used by tests and by a link from elsewhere)."""
        self.ui.sinceDateRadio.setChecked(True)
        self.ui.sinceDateEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.tabs.setCurrentIndex(2)
        self.show_changes()

    # --- life cycle ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.assessments), self.tr("&Period assessments")
        )
        self._tab_changed(self.ui.tabs.currentIndex())

    def teardown(self) -> None:
        super().teardown()
        self.assessments.teardown()
        for tree in (self.ui.currentTree, self.ui.changesTree, self.ui.changedEntriesTree):
            tree.clear()
        self.ui.milieuFilter.clear()
        self.ui.currentSummary.clear()
        self.ui.changesSummary.clear()
