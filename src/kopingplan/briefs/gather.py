"""Reads from the vault what a brief may show, and only that.

Each part of a case is read only when its :class:`CaseContent` switch is on, so what a brief
leaves out is not even loaded. The one exception is the case's people: their names are needed
to blank out of the texts the names that are left out. A meeting brief looks at the vault as
it stood at the meeting: notes, contacts, decisions and lägesbild entries after the meeting's
start are not part of it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from kopingplan.briefs.case_section import CaseMaterial
from kopingplan.briefs.compose import MeetingMaterial
from kopingplan.briefs.document import BriefOptions, CaseContent
from kopingplan.briefs.labels import ACTORS
from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repos
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import exchange as exchange_queries
from kopingplan.storage.repositories import meetings as queries

# Without an earlier meeting, "changes since the last meeting" means this many days back.
SITUATION_FALLBACK_DAYS = 90


def _name(conn: Connection, table: Any, record_id: int | None) -> str:
    if record_id is None:
        return ""
    found = mapping.find(conn, table, record_id)
    if found is None:
        return ""
    return str(getattr(found, "full_name", None) or getattr(found, "name", ""))


def _measure_actor(conn: Connection, measure: m.Measure, with_people: bool) -> str:
    """Who is responsible for a measure: the free text, else the organisation, plus the
    person's name when professionals' names are in; else the kind of actor."""
    parts = [measure.actor_text.strip()] if measure.actor_text.strip() else []
    if not parts:
        parts.append(_name(conn, repos.ORGANISATIONS, measure.actor_organisation_id))
    if with_people:
        parts.append(_name(conn, repos.PERSONS, measure.actor_person_id))
    text = ", ".join(part for part in parts if part)
    return text or ACTORS[m.ActorKind(measure.actor_kind)]


def case_material(
    conn: Connection, case_id: int, content: CaseContent, *, before: datetime | None = None
) -> CaseMaterial:
    """The records of one case that ``content`` allows; with ``before``, only notes,
    contacts and decisions from before that instant."""
    case = mapping.get(conn, repos.CASES, case_id)
    wants_plan = content.exit_plan or content.measures
    plan = repos.current_exit_plan(conn, case_id) if wants_plan else None
    measures: tuple[tuple[m.Measure, str], ...] = ()
    if content.measures and plan is not None and plan.id is not None:
        measures = tuple(
            (measure, _measure_actor(conn, measure, content.professionals))
            for measure in queries.plan_measures(conn, plan.id)
        )
    holder = case.responsible_person_id if content.professionals else None
    return CaseMaterial(
        case=case,
        content=content,
        group_name=_name(conn, repos.GROUPS, case.responsible_group_id),
        holder_name=_name(conn, repos.PERSONS, holder),
        people=tuple(repos.participants(conn, case_id)),
        level_history=tuple(repos.level_history(conn, case_id)) if content.level_history else (),
        exit_plan=plan if content.exit_plan else None,
        measures=measures,
        follow_ups=tuple(queries.open_follow_ups(conn, case_id)) if content.follow_ups else (),
        decisions=(
            tuple(queries.case_decisions(conn, case_id, before)) if content.decisions else ()
        ),
        entries=(
            tuple(queries.case_entries(conn, case_id, content.timeline_limit, before))
            if content.timeline
            else ()
        ),
    )


def meeting_material(conn: Connection, meeting_id: int, options: BriefOptions) -> MeetingMaterial:
    meeting = mapping.get(conn, repos.MEETINGS, meeting_id)
    group = mapping.get(conn, repos.GROUPS, meeting.group_id)
    agenda = queries.agenda(conn, meeting_id)
    cases: dict[int, CaseMaterial] = {}
    for item in agenda:
        if item.case_id is None or item.case_id in cases:
            continue
        content = options.content_for(item.case_id, group.kind)
        if content is not None:
            cases[item.case_id] = case_material(
                conn, item.case_id, content, before=meeting.starts_at
            )
    attendees: tuple[tuple[m.Person, str], ...] = ()
    if options.attendees:
        attendees = tuple(
            (person, _name(conn, repos.ORGANISATIONS, person.organisation_id))
            for _, person in queries.attendees(conn, meeting_id)
        )
    previous = queries.last_meeting(conn, meeting.group_id, meeting.starts_at)
    meeting_day = meeting.starts_at.astimezone().date()
    since = (
        previous.starts_at.astimezone().date()
        if previous is not None
        else meeting_day - timedelta(days=SITUATION_FALLBACK_DAYS)
    )
    situation: tuple[m.SituationEntry, ...] = ()
    if options.situation:
        situation = tuple(
            entry
            for entry in repos.situation_entries(conn, since=since)
            if entry.observed_on <= meeting_day
        )
    actions = (
        tuple(queries.open_actions(conn, meeting.group_id, decided_until=meeting.starts_at))
        if options.open_actions
        else ()
    )
    return MeetingMaterial(
        meeting=meeting,
        group=group,
        agenda=tuple(agenda),
        attendees=attendees,
        cases=cases,
        previous_meeting_at=None if previous is None else previous.starts_at,
        situation_since=since,
        situation=situation,
        actions=actions,
        oral_disclosures=tuple(exchange_queries.oral_disclosures_at(conn, meeting_id)),
    )


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the 28th at most, so every month has it)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, 28))


def situation_entries(conn: Connection, since: date) -> tuple[m.SituationEntry, ...]:
    return tuple(repos.situation_entries(conn, since=since))
