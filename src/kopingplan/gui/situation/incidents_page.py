"""The "Incidents" section: threats and pressure against staff (the form for one incident is in
:mod:`kopingplan.gui.situation.incident_form`).

The list is fetched a page at a time, newest first, filtered in SQL by kind and year. Opening an
incident (Enter, double-click) goes through ``services.incidents.open_incident``, which writes
the reading to the audit log: an incident names a member of staff.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.paged_model import Column
from kopingplan.gui.common.record_list_page import RecordListPage
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.services import incidents
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_incidents_page import Ui_IncidentsPage

__all__ = ["IncidentDialog", "IncidentsPage"]


class IncidentsPage(RecordListPage):
    FORM = "incidents_page"
    RECORD_KIND = "incident"
    SETTINGS_KEY = "incidents"
    LIST = ListParts(
        "incidentTable",
        (95, 140, 170, 330, 70, 200),
        stretch=3,  # what happened
        filters=("kindFilter", "yearFilter"),
        new_button="newIncidentButton",
    )
    ui: Ui_IncidentsPage

    def columns(self) -> list[Column]:
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

    def fill_filters(self) -> None:
        kinds = [(labels.incident_kind(kind), kind.value) for kind in model.IncidentKind]
        self.fill_choice_and_year([(self.tr("All kinds"), None), *kinds], incidents.incident_years)

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session = self.session
        value = self.ui.kindFilter.currentData()
        kind = model.IncidentKind(value) if value else None
        year = self.ui.yearFilter.currentData()
        self.model.set_paged_query(
            incidents.incident_page, incidents.incident_count, session, kind=kind, year=year
        )

    def count_text(self, total: int) -> str:
        return self.tr("%n incident(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No incident matches these filters.")
        return self.tr(
            "No incidents recorded. Record threats or pressure against staff with New incident…"
        )

    def refresh_after(self, changes: Changes) -> None:
        """Reads the list again after a change of incidents (gui/common/changes.py)."""
        if changes.touches("incidents"):
            self.fill_filters()
            self.model.refresh()
