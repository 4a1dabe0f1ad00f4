"""An id from outside (a script, the command line, a damaged draft) that names no record: each
service that takes one says "not found" or gives nothing, never an OverflowError. SQLite holds
integers up to 2**63 - 1; a bigger id was bound as it came and stopped the service with
"Python int too large to convert to SQLite INTEGER" (meetings.meetings(..., holding=2**63),
cases.open_case(2**63) and some fifty others). 0 and -1 are in the table too: no record has them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import (
    activities,
    agreements,
    attachments,
    briefs,
    cases,
    concerns,
    consents,
    content_profiles,
    exit_plans,
    extract,
    incidents,
    meetings,
    partner_contacts,
    plan,
    records,
    registry,
    relative_support,
    situation,
    triage,
)
from kopingplan.services.exchange import incoming_actions, recipients
from kopingplan.services.session import Session

HUGE = 2**63  # one more than SQLite's largest integer
IDS = [HUGE, HUGE * 1000, -1, 0]
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 2)

Call = Callable[[Session, int], Any]
# Each entry: a service called with the id under test in its id's place.
CALLS: dict[str, Call] = {
    "activities.get_activity": activities.get_activity,
    "agreements.agreements_of": agreements.agreements_of,
    "agreements.get_agreement": agreements.get_agreement,
    "attachments.get_attachment": attachments.get_attachment,
    "concerns.concerns_of_case": concerns.concerns_of_case,
    "concerns.get_concern": concerns.get_concern,
    "exit_plans.plan_history": exit_plans.plan_history,
    "incidents.supports": incidents.supports,
    "partner_contacts.contacts_of": partner_contacts.contacts_of,
    "records.removals": records.removals,
    "records.timeline": records.timeline,
    "registry.case_support_threads": registry.case_support_threads,
    "triage.flags_of": triage.flags_of,
    "triage.priority_of": lambda s, i: triage.priority_of(s, i) is not m.Priority.NORMAL,
    "agreements.delete_agreement": agreements.delete_agreement,
    "agreements.complete_reminder": lambda s, i: agreements.complete_reminder(s, i, "x", TODAY),
    "attachments.open_attachment": attachments.open_attachment,
    "attachments.remove_attachment": attachments.remove_attachment,
    "briefs.meeting_brief": briefs.meeting_brief,
    "briefs.case_brief": briefs.case_brief,
    "cases.open_case": cases.open_case,
    "cases.reload_case": cases.reload_case,
    "cases.close_case": lambda s, i: cases.close_case(s, i, "reason"),
    "cases.reopen_case": cases.reopen_case,
    "concerns.open_concern": concerns.open_concern,
    "concerns.concern_versions": concerns.concern_versions,
    "consents.consents_of_case": consents.consents_of_case,
    "consents.list_consents": consents.list_consents,
    "content_profiles.profile": content_profiles.profile,
    "exit_plans.current_plan": exit_plans.current_plan,
    "exit_plans.reload_current_plan": exit_plans.reload_current_plan,
    "exit_plans.plan_detail": exit_plans.plan_detail,
    "exit_plans.assessment_trend": lambda s, i: exit_plans.assessment_trend(s, i).points,
    "exit_plans.start_flow": exit_plans.start_flow,
    "extract.gather": extract.gather,
    "incidents.open_incident": incidents.open_incident,
    "incidents.case_title": incidents.case_title,
    "incidents.complete_follow_up": lambda s, i: incidents.complete_follow_up(s, i, "x", TODAY),
    "incidents.linked_entries": incidents.linked_entries,
    "incidents.link_entries": lambda s, i: incidents.link_entries(s, i, ()),
    "incoming.link_incoming": lambda s, i: incoming_actions.link_incoming(s, i, 1),
    "incoming.unlink_incoming": lambda s, i: incoming_actions.unlink_incoming(s, i, "reason"),
    "incoming.link_history": incoming_actions.link_history,
    "meetings.members": meetings.members,
    "meetings.membership_history": meetings.membership_history,
    "meetings.meetings": meetings.meetings,
    "meetings.end_membership": lambda s, i: meetings.end_membership(s, i, TODAY),
    "meetings.detail": meetings.detail,
    "meetings.open_meeting": meetings.open_meeting,
    "meetings.create_meeting": lambda s, i: meetings.create_meeting(s, i, NOW),
    "meetings.invite": lambda s, i: meetings.invite(s, i, 1),
    "meetings.mark_present": lambda s, i: meetings.mark_present(s, i, 1),
    "meetings.add_agenda_item": lambda s, i: meetings.add_agenda_item(
        s, i, m.AgendaItemKind.OTHER, "Item"
    ),
    "meetings.move_agenda_item": lambda s, i: meetings.move_agenda_item(s, i, 1),
    "meetings.remove_agenda_item": meetings.remove_agenda_item,
    "meetings.record_decision": lambda s, i: meetings.record_decision(s, i, "decided"),
    "meetings.add_action": lambda s, i: meetings.add_action(s, i, "do", TODAY),
    "meetings.complete_action": lambda s, i: meetings.complete_action(s, i, TODAY),
    "meetings.set_minutes": lambda s, i: meetings.set_minutes(s, i, "minutes"),
    "meetings.open_actions": meetings.open_actions,
    "partner_contacts.get_contact": partner_contacts.get_contact,
    "partner_contacts.delete_contact": partner_contacts.delete_contact,
    "plan.get_revision": plan.get_revision,
    "plan.commitments": plan.commitments,
    "plan.get_commitment": plan.get_commitment,
    "plan.delete_commitment": plan.delete_commitment,
    "recipients.verify_recipient": lambda s, i: recipients.verify_recipient(s, i, "AB:CD"),
    "records.remove_participant": lambda s, i: records.remove_participant(s, i, "reason"),
    "records.timeline_through(case)": lambda s, i: records.timeline_through(s, i, "note", 1)[0],
    "registry.open_person": registry.open_person,
    "registry.reload_person": registry.reload_person,
    "registry.open_organisation": registry.open_organisation,
    "registry.reload_organisation": registry.reload_organisation,
    "relative_support.threads": relative_support.threads,
    "relative_support.thread": relative_support.thread,
    "relative_support.thread_contacts": relative_support.thread_contacts,
    "situation.open_entry": situation.open_entry,
    "situation.last_meeting_day": situation.last_meeting_day,
    "situation.assessment_detail": situation.assessment_detail,
    "situation.take_incoming": lambda s, i: situation.take_incoming(s, i, m.Reliability.PROBABLE),
    "triage.set_flag": lambda s, i: triage.set_flag(s, i, m.FlagKind.WEAPONS, "reason"),
    "triage.clear_flag": lambda s, i: triage.clear_flag(s, i, "reason"),
    "triage.set_priority": lambda s, i: triage.set_priority(s, i, m.Priority.HIGH),
}


@pytest.mark.parametrize("record_id", IDS, ids=["2**63", "2**73", "-1", "0"])
@pytest.mark.parametrize("name", sorted(CALLS))
def test_an_id_no_record_has_is_not_found(session: Session, name: str, record_id: int) -> None:
    call = CALLS[name]
    try:
        result = call(session, record_id)
    except errors.NotFound:
        return  # "There is no … with number … in the vault."
    except errors.InvalidInput as refused:  # a write naming no record: "must refer to a
        assert refused.field.endswith(("_id", "_ids")), refused  # stored record" or similar
        return
    assert not result, result  # nothing: no rows, no detail


def test_a_meeting_held_that_sqlite_cannot_hold_keeps_the_groups_list(session: Session) -> None:
    """The brief's case: the Möten list asked to hold a meeting id beyond SQLite's integers
    shows the group's meetings as without it."""
    group = meetings.create_group(session, "Unggruppen", m.GroupKind.YOUTH_GROUP)
    assert group.id is not None
    held = meetings.create_meeting(session, group.id, NOW)
    assert meetings.meetings(session, group.id, holding=HUGE) == [held]
    assert meetings.meetings(session, group.id, 1, holding=-HUGE * 2) == [held]
