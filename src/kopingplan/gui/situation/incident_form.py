"""The form for one incident against staff, and the small form that records support given.

Besides what happened, the incident names the case it arose in (by number; the title shows
beside it) and the lägesbild entries it belongs with (ticked in a list of the entries observed
within 90 days of it, and those already linked). Both are saved with the incident. The support
given is a list of dated entries (what, when, by whom) recorded one at a time with "Record
support…", through ``services.incidents.add_support``; an incident not yet saved has none.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidgetItem,
    QWidget,
)

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments.record_attachments import add_record_attachments_button
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import drafts, labels
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo, to_date
from kopingplan.gui.common.tick_list import TickList
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.meetings.meeting_rows import fit_list
from kopingplan.services import incidents

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_incident_edit import Ui_IncidentDialog
    from kopingplan.gui.forms.ui_incident_support import Ui_IncidentSupportDialog
    from kopingplan.services.session import Session

SITUATION_ENTRIES = "situation_entries"  # the form's value name for the ticked entries


def _entry_text(entry: model.SituationEntry) -> str:
    observation = " ".join(entry.observation.split())
    if len(observation) > 90:
        observation = observation[:89] + "…"
    return f"{format_date(entry.observed_on)}  {entry.milieu}: {observation}"


class IncidentDialog(RecordDialog[model.Incident]):
    FORM = "incident_edit"
    DRAFT_KIND = "incident"
    FOCUS = "staffEdit"
    ui: Ui_IncidentDialog

    def set_up(self) -> None:
        self.support_window: OneWindow[IncidentSupportDialog] = OneWindow()
        ui, incident = self.ui, self.record
        up_to_today(ui.occurredEdit)
        ui.followUpEdit.setDate(QDate.currentDate().addDays(14))
        self.optional_day("follow_up_on", ui.followUpCheck, "follow_up")
        self.done_label = QLabel(self)  # "Done on …" once the follow-up is marked done
        ui.followUpLayout.insertWidget(2, self.done_label)
        ui.supportTree.header().setStretchLastSection(True)
        for column, width in enumerate((85, 125, 110)):
            ui.supportTree.setColumnWidth(column, width)
        linked: list[int] = []
        if incident is not None and incident.id is not None:
            session = unlocked(self.session)
            linked = [e.id for e in incidents.linked_entries(session, incident.id) if e.id]
        self.entries = TickList(ui.situationList)
        self.tick_lists[SITUATION_ENTRIES] = self.entries
        self._fill_entries(linked)
        self.show_supports()
        ui.caseEdit.textChanged.connect(self._show_case_title)
        fit_list(ui.situationList, wrap=True)  # an entry is read whole before it is ticked
        ui.addSupportButton.clicked.connect(self.open_support_form)
        # Files kept with a stored incident (issue 17), as a case's attachments are.
        self.attachments_button = add_record_attachments_button(
            self,
            AttachmentOwner.INCIDENT,
            lambda: incident.id if incident else None,
            box=ui.buttonBox,
        )

    def new_values(self) -> dict[str, Any]:
        return {"occurred_on": date.today(), "kind": model.IncidentKind.THREAT}

    # --- the parts beside the record -----------------------------------------------------------

    def _fill_entries(self, linked: list[int]) -> None:
        """The entries near the incident's day, and those linked whatever their day."""
        day = self.record.occurred_on if self.record is not None else date.today()
        near = incidents.entries_near(unlocked(self.session), day)
        shown = {entry.id for entry in near}
        already: list[model.SituationEntry] = []
        if linked and self.record is not None and self.record.id is not None:
            already = [
                entry
                for entry in incidents.linked_entries(unlocked(self.session), self.record.id)
                if entry.id not in shown
            ]
        ticked = set(linked)
        for entry in [*already, *near]:
            self.entries.add(entry.id, _entry_text(entry), ticked=entry.id in ticked)

    def ticked_entries(self) -> list[int]:
        return self.entries.ids()

    def show_supports(self) -> None:
        tree = self.ui.supportTree
        tree.clear()
        incident_id = self.record.id if self.record is not None else None
        stored = incident_id is not None
        given = (
            incidents.supports(unlocked(self.session), incident_id)
            if incident_id is not None
            else []
        )
        for support in given:
            item = QTreeWidgetItem(
                [
                    format_date(support.given_on),
                    labels.incident_support_kind(support.kind),
                    support.given_by,
                    " ".join(support.description.split()),
                ]
            )
            item.setToolTip(3, support.description)
            tree.addTopLevelItem(item)
        self.ui.addSupportButton.setEnabled(stored)
        self._show_support_hint()

    def _show_support_hint(self) -> None:
        stored = self.record is not None and self.record.id is not None
        if not stored:
            text = self.tr("Save the incident first; then record the support given.")
        elif self.ui.supportTree.topLevelItemCount() == 0:
            text = self.tr("No support recorded yet.")
        else:
            text = ""
        self.ui.supportHint.setText(text)

    def open_support_form(self) -> IncidentSupportDialog | None:
        if self.record is None or self.record.id is None:
            return None
        incident = self.record
        return self.support_window.open(
            lambda: IncidentSupportDialog(unlocked(self.session), incident, self),
            saved=lambda _support: self.show_supports(),
        )

    @property
    def _support_form(self) -> IncidentSupportDialog | None:
        """The open form of a support given, if any."""
        return self.support_window.window

    def _show_case_title(self) -> None:
        case_id = self._case_number()
        title = (
            incidents.case_title(unlocked(self.session), case_id) if case_id is not None else None
        )
        self.ui.caseTitleLabel.setText(title or "")

    def _case_number(self) -> int | None:
        text = self.ui.caseEdit.text().strip()
        return int(text) if text.isdigit() and len(text) <= 12 else None

    # --- the record ----------------------------------------------------------------------------

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.kindCombo, model.IncidentKind, labels.incident_kind)

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(
            self.tr("New incident") if self.record is None else self.tr("Incident")
        )
        self.show_supports()
        self._show_case_title()
        done_on = self.record.follow_up_done_on if self.record is not None else None
        self.done_label.setText(
            self.tr("done {day}").format(day=format_date(done_on)) if done_on else ""
        )

    def build(self) -> model.Incident:
        ui = self.ui
        text = ui.caseEdit.text().strip()
        case_id = self._case_number()
        if text and case_id is None:
            raise errors.InvalidInput("case_id", rules.INVALID_ID)
        return self.record_from_fields(
            model.Incident,
            case_id=case_id,
        )

    def extra_problems(self) -> dict[str, str]:
        case_id = self._case_number()
        if case_id is not None and incidents.case_title(unlocked(self.session), case_id) is None:
            return {"case_id": rules.INVALID_ID}
        return {}

    def store(self, record: model.Incident) -> model.Incident:
        return incidents.save_incident(
            unlocked(self.session), record, entries=self.ticked_entries()
        )


class IncidentSupportDialog(RecordDialog[model.IncidentSupport]):
    """Records one piece of support given after an incident (what, when, by whom)."""

    FORM = "incident_support"
    DRAFT_KIND = "incident_support"
    SAVE = staticmethod(incidents.add_support)
    ui: Ui_IncidentSupportDialog

    def __init__(
        self, session: Session, incident: model.Incident, parent: QWidget | None = None
    ) -> None:
        self.incident = incident
        super().__init__(session, None, parent)

    def set_up(self) -> None:
        # Not before the incident is said beside the field (extra_problems): a lowest day on
        # the field made a typed earlier day into another one without a word.
        up_to_today(self.ui.givenEdit)

    def extra_problems(self) -> dict[str, str]:
        if to_date(self.ui.givenEdit) < self.incident.occurred_on:
            return {"given_on": rules.BEFORE_INCIDENT}
        return {}

    def new_values(self) -> dict[str, Any]:
        return {"kind": model.IncidentSupportKind.TALK, "given_on": date.today()}

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.kindCombo, model.IncidentSupportKind, labels.incident_support_kind)

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(
            self.tr("Support given after the incident of {day} ({staff})").format(
                day=format_date(self.incident.occurred_on), staff=self.incident.staff_member
            )
        )

    def build(self) -> model.IncidentSupport:
        assert self.incident.id is not None
        return self.record_from_fields(model.IncidentSupport, incident_id=self.incident.id)

    def draft_ref(self) -> str:
        return str(self.incident.id)


def _reopen_support(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    if not ref.isdigit():
        return None
    form = parent.edit_record(IncidentDialog.DRAFT_KIND, int(ref))  # type: ignore[attr-defined]
    return form.open_support_form() if isinstance(form, IncidentDialog) else None


drafts.register(IncidentDialog.DRAFT_KIND, drafts.via_main_window(IncidentDialog.DRAFT_KIND))
drafts.register(IncidentSupportDialog.DRAFT_KIND, _reopen_support)
