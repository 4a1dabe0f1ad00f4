"""The "Cases" section: filters above, the lazily fetched case table below.

Filters go to the service as a :class:`CaseFilter` (SQL does the work). The header's state
(column order and widths, sort column and direction) is kept in QSettings; the filters are not
remembered, and the title filter's text never leaves this widget.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kopingplan.domain import model
from kopingplan.errors import log_failure
from kopingplan.gui.cases.case_model import CASE_ID_ROLE, COLUMNS, CaseTableModel
from kopingplan.gui.cases.keys_shown import keys_shown, show_keys_in
from kopingplan.gui.cases.triage_dialog import CaseTriageDialog
from kopingplan.gui.common import choices, labels
from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.changes import announce
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.list_support import EmptyHint, TextFilter, emit_record_id, setup_table
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.table_actions import RowAction, install, open_text
from kopingplan.gui.forms import setup_form
from kopingplan.services.cases import CaseFilter
from kopingplan.services.changes import Changes
from kopingplan.services.triage import ANY_FLAG

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_case_list import Ui_CaseListPage
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

HEADER_KEY = "cases"
TITLE_COLUMN = next(i for i, spec in enumerate(COLUMNS) if spec.key == "title")

# Default widths for a first start, by column key; the user's own widths win afterwards.
_DEFAULT_WIDTHS = {
    "id": 60,
    "title": 230,
    "level": 110,
    "orientation": 165,
    "status": 80,
    "opened_on": 100,
    "triage": 140,
}


class CaseListPage(Retranslating, QWidget):
    caseActivated = Signal(int)  # a case id to open
    newCaseRequested = Signal()
    triageChanged = Signal(int)  # a case's flags or priority changed (Att göra reorders)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_CaseListPage = setup_form("case_list", self)
        self._session: Session | None = session
        self.ui.newCaseButton.clicked.connect(self.newCaseRequested)
        self.model: CaseTableModel | None = CaseTableModel(session, self)
        self.model.countChanged.connect(self._show_count)
        self.model.sortRejected.connect(self._restore_sort_indicator)

        table = self.ui.caseTable
        default = table.horizontalHeader().defaultSectionSize()
        widths = [_DEFAULT_WIDTHS.get(spec.key, default) for spec in COLUMNS]
        # The title takes the room the others leave, so the list fits its width (no scroll bar
        # hiding the last columns on a narrow window).
        self._sort_as_shown(
            setup_table(table, self.model, widths, HEADER_KEY, stretch=TITLE_COLUMN)
        )
        # Enter, double-click, the row menu (which also offers Triage…).
        self.row_actions = install(
            table,
            [
                RowAction(open_text, emit_record_id(self.caseActivated, CASE_ID_ROLE)),
                RowAction(self._triage_text, self.open_triage),
            ],
        )
        self.triage_window: OneWindow[CaseTriageDialog] = OneWindow()

        self._text_filter = TextFilter(self.ui.textFilter, self.apply_filters)
        for combo in (self.ui.flagFilter, self.ui.priorityFilter):
            # Their longest words ("Threat to others") must not widen the whole window either.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for combo in (self.ui.groupFilter, self.ui.responsibleFilter):
            # Names from the vault can be long: the row must not widen the whole window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self._fill_filters()
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self._show_count(self.model.total)
        self.empty_hint = EmptyHint(table, self._empty_text)
        # Back in the list (a case window closed, Tab): the focus drawn, a row chosen.
        keys_shown(table, TITLE_COLUMN)

    def _empty_text(self) -> str:
        if self.current_filter() != CaseFilter():
            return self.tr("No case matches these filters.")
        return self.tr("No cases yet. Create the first with New case… (Ctrl+N).")

    # --- filters

    def _combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (
            ui.levelFilter,
            ui.orientationFilter,
            ui.statusFilter,
            ui.flagFilter,
            ui.priorityFilter,
            ui.groupFilter,
            ui.responsibleFilter,
        )

    def _fill_filters(self) -> None:
        """(Re)fills the filter choices in the UI language, keeping what is selected."""
        choices = (
            (self.ui.levelFilter, self.tr("All levels"), model.Level, labels.level),
            (
                self.ui.orientationFilter,
                self.tr("All orientations"),
                model.Orientation,
                labels.orientation,
            ),
            (self.ui.statusFilter, self.tr("Open and closed"), model.CaseStatus, labels.status),
            (self.ui.flagFilter, self.tr("With or without"), model.FlagKind, labels.flag_kind),
            (self.ui.priorityFilter, self.tr("Any priority"), model.Priority, labels.priority),
        )
        for combo, everything, enum, label in choices:
            any_flag = [(self.tr("Any flag"), ANY_FLAG)] if combo is self.ui.flagFilter else []
            members = [(label(member), member.value) for member in enum]
            refill_choices(combo, [(everything, None), *any_flag, *members])
        self.fill_people_filters()

    def fill_people_filters(self) -> None:
        """Groups and the persons who hold a case (names in Swedish order, from the service);
        read again after a case is saved, since who holds cases may have changed."""
        if self._session is None:
            return
        for combo, fill, everything in (
            (self.ui.groupFilter, choices.fill_group_filter, self.tr("All groups")),
            (self.ui.responsibleFilter, choices.fill_responsible, self.tr("Anyone")),
        ):
            try:
                fill(combo, self._session, everything)
            except Exception:  # a filter list is not worth a broken page
                log_failure(_log, "A case list filter could not be filled")

    def current_filter(self) -> CaseFilter:
        level = self.ui.levelFilter.currentData()
        orientation = self.ui.orientationFilter.currentData()
        status = self.ui.statusFilter.currentData()
        priority = self.ui.priorityFilter.currentData()
        text = self.ui.textFilter.text().strip()
        return CaseFilter(
            level=model.Level(level) if level else None,
            orientation=model.Orientation(orientation) if orientation else None,
            status=model.CaseStatus(status) if status else None,
            group_id=self.ui.groupFilter.currentData(),
            responsible_person_id=self.ui.responsibleFilter.currentData(),
            text=text or None,
            flag=self.ui.flagFilter.currentData(),
            priority=model.Priority(priority) if priority else None,
        )

    def apply_filters(self) -> None:
        self._text_filter.stop()
        if self.model is not None:
            self.model.set_filter(self.current_filter())

    def set_level_filter(self, level: model.Level | None) -> None:
        combo = self.ui.levelFilter
        combo.setCurrentIndex(0 if level is None else combo.findData(model.Level(level).value))

    def _show_count(self, count: int) -> None:
        self.ui.countLabel.setText(self.tr("%n case(s)", "", count))

    # --- table

    def _triage_text(self) -> str:
        return self.tr("&Triage (priority and flags)…")

    def open_triage(self, index: QModelIndex) -> CaseTriageDialog | None:
        """The triage of the row's case, in a window of its own (one at a time)."""
        case_id = index.data(CASE_ID_ROLE)
        if case_id is None or self._session is None:
            return None
        if (open_form := self.triage_window.window) is not None:
            open_form.close()  # one at a time: the new choice replaces it
        title = str(index.siblingAtColumn(1).data() or "")
        form = CaseTriageDialog(self._session, int(case_id), title, self)
        form.setWindowFlag(Qt.WindowType.Window)
        form.changed.connect(self._triage_changed)
        return self.triage_window.show(form)

    def _triage_changed(self, case_id: int) -> None:
        # Every view that shows cases (this list, To do) reads them again (gui/common/changes.py).
        if not announce(self):
            self.refresh_keeping_choice()
        self.triageChanged.emit(case_id)

    def refresh_after(self, changes: Changes) -> None:
        """Reads the rows again after a change of what they show (gui/common/changes.py): the
        cases, who holds them, their newest note or contact."""
        if self.model is None:
            return
        if changes.touches("cases", "groups", "persons"):
            self.fill_people_filters()
        if changes.touches("cases", "case_participants", "groups", "persons", "notes", "contacts"):
            self.refresh_keeping_choice()

    def refresh_keeping_choice(self) -> None:
        """Reads the rows again with the chosen case still chosen: a note saved in a case's
        window reset the list, and back in it the keyboard was on the first case. The case is
        looked for where it was and beside it (one more case before it, one fewer), not
        through the whole list; moved further, the row it was on is chosen."""
        if self.model is None:
            return
        table = self.ui.caseTable
        current = table.currentIndex()
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        self.model.refresh()
        if case_id is None or not (count := self.model.rowCount()):
            return
        near = [row for row in (current.row(), current.row() + 1, current.row() - 1) if row >= 0]
        found = [row for row in near if row < count and self.model.case_id(row) == case_id]
        row = found[0] if found else min(current.row(), count - 1)
        table.setCurrentIndex(self.model.index(row, current.column()))  # the whole row chosen

    def focus_table(self) -> None:
        """The keyboard in the list, shown, on a chosen row (after unlocking, choosing the
        section): Enter opens the case the user sees chosen."""
        table = self.ui.caseTable
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        show_keys_in(table, TITLE_COLUMN)

    def _sort_as_shown(self, restored: bool) -> None:
        header = self.ui.caseTable.horizontalHeader()
        if restored and self.model is not None:
            # restoreState sets the indicator; the model must sort the same way.
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self._restore_sort_indicator()
        else:
            header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)

    def _restore_sort_indicator(self) -> None:
        """Puts the arrow back on the column the model really sorts by."""
        if self.model is None:
            return
        _key, descending = self.model.sort_key
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.ui.caseTable.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)
        header.viewport().update()

    def save_state(self) -> None:
        header = self.ui.caseTable.horizontalHeader()
        app_settings.save_header_state(HEADER_KEY, header.saveState(), self._columns())

    def _columns(self) -> int:
        return self.model.columnCount() if self.model is not None else 0

    # --- life cycle

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_filters()
        if self.model is not None:
            self.model.retranslate()
            self._show_count(self.model.total)

    def teardown(self) -> None:
        """Saves the layout, then lets go of every row (locking)."""
        if (triage := self.triage_window.window) is not None:
            triage.teardown()
        self.save_state()
        self._session = None
        self.ui.textFilter.clear()
        self._text_filter.stop()
        for combo in (self.ui.groupFilter, self.ui.responsibleFilter):
            combo.blockSignals(True)
            combo.clear()  # names of persons and groups from the vault
        self.ui.caseTable.setModel(None)
        if self.model is not None:
            self.model.clear()
            self.model.deleteLater()
        self.model = None
