"""The "Incidents" section: threats and pressure against staff (the form for one incident is in
:mod:`kopingplan.gui.situation.incident_form`).

The list is fetched a page at a time, newest first, filtered in SQL by kind and year. Opening an
incident (Enter, double-click) goes through ``services.incidents.open_incident``, which writes
the reading to the audit log: an incident names a member of staff.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.list_support import EmptyHint, save_table, select_first_row, setup_table
from kopingplan.gui.common.paged_model import ID_ROLE, Column, PagedTableModel
from kopingplan.gui.common.record_form import fill_enum_combo
from kopingplan.gui.common.table_actions import open_only
from kopingplan.gui.forms import setup_form
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.services import incidents

__all__ = ["IncidentDialog", "IncidentsPage"]


class IncidentsPage(QWidget):
    incidentActivated = Signal(int)
    newIncidentRequested = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = setup_form("incidents_page", self)
        self.session: Any = session
        ui = self.ui
        self.model = PagedTableModel(self._columns(), self)
        self.model.countChanged.connect(self._show_count)
        setup_table(
            ui.incidentTable, self.model, [95, 140, 170, 330, 70, 200], "incidents", stretch=3
        )
        open_only(ui.incidentTable, self._activated)
        ui.newIncidentButton.clicked.connect(self.newIncidentRequested)
        self._fill_filters()
        ui.kindFilter.currentIndexChanged.connect(self.apply_filters)
        ui.yearFilter.currentIndexChanged.connect(self.apply_filters)
        self.apply_filters()
        self.empty_hint = EmptyHint(
            ui.incidentTable,
            lambda: (
                self.tr("No incident matches these filters.")
                if ui.kindFilter.currentIndex() > 0 or ui.yearFilter.currentIndex() > 0
                else self.tr(
                    "No incidents recorded. Record threats or pressure against staff with "
                    "New incident…"
                )
            ),
        )

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Date"), lambda i: format_date(i.occurred_on)),
            Column(lambda: self.tr("Kind"), lambda i: labels.incident_kind(i.kind)),
            Column(lambda: self.tr("Staff member"), lambda i: i.staff_member),
            Column(lambda: self.tr("What happened"), lambda i: " ".join(i.description.split())),
            Column(lambda: self.tr("Police"), lambda i: labels.yes(i.reported_to_police)),
            Column(lambda: self.tr("Support given"), lambda i: " ".join(i.support_given.split())),
            Column(lambda: self.tr("Follow-up"), self._follow_up_text),
        ]

    def _follow_up_text(self, incident: model.Incident) -> str:
        if incident.follow_up_on is None:
            return ""
        day = format_date(incident.follow_up_on)
        if incident.follow_up_done_on is not None:
            return self.tr("{day} (done)").format(day=day)
        return day

    def _fill_filters(self) -> None:
        ui = self.ui
        kind = ui.kindFilter.currentData()
        fill_enum_combo(ui.kindFilter, model.IncidentKind, labels.incident_kind)
        ui.kindFilter.blockSignals(True)
        ui.kindFilter.insertItem(0, self.tr("All kinds"), None)
        ui.kindFilter.setCurrentIndex(max(0, ui.kindFilter.findData(kind)) if kind else 0)
        ui.kindFilter.blockSignals(False)
        year = ui.yearFilter.currentData()
        ui.yearFilter.blockSignals(True)
        ui.yearFilter.clear()
        ui.yearFilter.addItem(self.tr("All years"), None)
        years = incidents.incident_years(self.session) if self.session is not None else []
        for value in years:
            ui.yearFilter.addItem(str(value), value)
        ui.yearFilter.setCurrentIndex(max(0, ui.yearFilter.findData(year)) if year else 0)
        ui.yearFilter.blockSignals(False)

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session = self.session
        value = self.ui.kindFilter.currentData()
        kind = model.IncidentKind(value) if value else None
        year = self.ui.yearFilter.currentData()
        self.model.set_query(
            lambda limit, offset: incidents.incident_page(
                session, kind=kind, year=year, limit=limit, offset=offset
            ),
            lambda: incidents.incident_count(session, kind=kind, year=year),
        )

    def _show_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n incident(s)", "", self.model.total))

    def _activated(self, index: QModelIndex) -> None:
        incident_id = index.data(ID_ROLE)
        if incident_id is not None:
            self.incidentActivated.emit(int(incident_id))

    def refresh_after_save(self, kind: str) -> None:
        if kind == "incident":
            self._fill_filters()
            self.model.refresh()

    def focus_list(self) -> None:
        self.ui.incidentTable.setFocus()
        select_first_row(self.ui.incidentTable)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_filters()
            self.model.retranslate()
            self._show_count()
        super().changeEvent(event)

    def teardown(self) -> None:
        save_table(self.ui.incidentTable, "incidents")
        self.session = None
        self.ui.incidentTable.setModel(None)  # type: ignore[arg-type]
        self.model.clear()
