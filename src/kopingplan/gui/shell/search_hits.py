"""What a search hit opens, and the day it shows.

Each kind opens the record itself where the program keeps it: a case, note or contact in the
case's window (the note or contact chosen); a person or an organisation in its own window; a
concern, a lägesbild entry or an incident in its form; a meeting in the Meetings section with
that meeting chosen; an exit plan or a relative-support thread in its case's "Exit and
relatives" tab (a thread without a case: the relative's window, if named); an incoming item in
the list of incoming items with that item chosen; an attachment in the attachments window of
its record, shown at once when the program can show it. The living plan opens where the plan's
own windows keep it: an activity at the general level in its form over the list of activities;
a revision of the action plan in its form over the plan's window, with that revision chosen;
a commitment in its form over the plan's window, on the revision it belongs to. Reading the
plan is not logged (services/plan.py, activities.py): the search is the one audited act.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from kopingplan.domain import model
from kopingplan.filetypes import SHOWN_IN_PROGRAM, FileKind
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.shell.sections import section_index
from kopingplan.services import plan

_log = logging.getLogger(__name__)

# Kinds whose hit opens a form of the record windows (kopingplan.gui.shell.windows).
_FORMS = ("concern", "situation_entry", "incident")
# Kinds shown in the case window's "Exit and relatives" tab.
_SUPPORT_TAB = ("exit_plan", "relative_support")


def hit_day(hit: Any) -> str:
    """The day of a hit's record ("2026-11-03"), an instant as the local day; "" for none."""
    when = getattr(hit, "when", None)
    if isinstance(when, datetime):  # stored in UTC: the day as the coordinator lives it
        return when.astimezone().date().isoformat()
    if isinstance(when, date):
        return when.isoformat()
    return ""


def open_hit(window: Any, hit: Any) -> Any:
    """Opens what ``hit`` found from the main ``window``; returns what was opened (for tests),
    None when nothing could be (the status bar says why)."""
    kind, record_id = hit.kind, int(hit.id)
    try:
        if kind == "person":
            return window.windows.open_person(record_id)
        if kind == "organisation":
            return window.windows.open_organisation(record_id)
        if kind in _FORMS:
            return window.edit_record(kind, record_id)
        if kind == "meeting":
            return _open_meeting(window, record_id)
        if kind == "incoming_item":
            return _open_incoming(window, record_id)
        if kind == "attachment":
            return _open_attachment(window, record_id)
        if kind == "situation_assessment":
            return _open_assessment(window, record_id)
        if kind == "activity":
            return _over_list(window.activity_actions.open_list(), "open_activity", record_id)
        if kind == "plan_revision":
            return _over_list(window.plan_actions.open_plan(), "open_revision", record_id)
        if kind == "commitment":
            revision_id = plan.get_commitment(window.session, record_id).revision_id
            return window.plan_actions.open_commitment(revision_id, record_id)
        if kind == "relative_support" and hit.case_id is None:
            thread = window.session.get(model.RelativeSupport, record_id)
            if thread.person_id is not None:
                return window.windows.open_person(int(thread.person_id))
            return None
        return _open_in_case(window, hit)
    except Exception as error:  # the record went since the search, or could not be read
        _log.debug("A search hit could not be opened: %s", type(error).__name__)
        window.show_notice(error_text(error))
        return None


def _open_in_case(window: Any, hit: Any) -> Any:
    case_id = hit.id if hit.kind == "case" else hit.case_id
    if case_id is None:
        return None
    view = window.open_case(int(case_id))
    if view is None:
        return None
    if hit.kind in ("note", "contact"):  # the note or contact itself, chosen
        view.show_record(hit.kind, int(hit.id))
    elif hit.kind in _SUPPORT_TAB:
        view.ui.tabs.setCurrentWidget(view.ui.supportTab)
    return view


def _open_meeting(window: Any, meeting_id: int) -> Any:
    meeting = window.session.get(model.Meeting, meeting_id)
    window.show_section(section_index("meetings"))
    page = window.meetings_page
    page.fill_groups(select=meeting.group_id)
    page.fill_meetings(select=meeting_id)
    return page


def _open_assessment(window: Any, assessment_id: int) -> Any:
    """The Lägesbild section's "Period assessments" tab with the assessment chosen."""
    window.show_section(section_index("situation"))
    page = window.situation_page
    page.ui.tabs.setCurrentWidget(page.assessments)
    return page.assessments if page.assessments.show_assessment(assessment_id) else None


def _over_list(dialog: Any, opener: str, record_id: int) -> Any:
    """The record's form over its list window (``dialog``), its row chosen there: closing the
    form leaves the coordinator at the record. A record gone meanwhile: the list says so."""
    if dialog is None:
        return None
    dialog.select(record_id)
    return getattr(dialog, opener)(record_id)


def _open_incoming(window: Any, item_id: int) -> Any:
    dialog = window.disclosures_page.open_incoming()
    if dialog is None:
        return None
    found = dialog.list
    for row, item in enumerate(found.items):
        if item.id == item_id:
            found.tree.setCurrentItem(found.tree.topLevelItem(row))
            found.tree.scrollToItem(found.tree.topLevelItem(row))
    return dialog


def _open_attachment(window: Any, attachment_id: int) -> Any:
    from kopingplan.gui.attachments.attachments_view import AttachmentsDialog
    from kopingplan.services import attachments

    attachment = attachments.get_attachment(window.session, attachment_id)
    owner, owner_id = attachment.owner
    dialog = AttachmentsDialog(window.session, owner, owner_id, window)
    dialog.show()
    dialog._select(attachment_id)
    if FileKind(attachment.kind) in SHOWN_IN_PROGRAM:
        dialog.show_attachment(attachment_id)
    return dialog
