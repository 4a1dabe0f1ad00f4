"""The rules of the records of :mod:`kopingplan.domain.model` (cases, persons, meetings, exit
plans, disclosures…): which texts must be filled in and fit on one line, which days cannot be
after today, and the rules between fields."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date

from kopingplan.domain import model as m
from kopingplan.domain.identity_number import IdentityNumber, InvalidIdentityNumber
from kopingplan.domain.model.attachments import Attachment
from kopingplan.domain.rules.engine import (
    AT_LEAST_ONE,
    BEFORE_CASE_OPENED,
    BEFORE_CONTACT,
    BEFORE_INCIDENT,
    BEFORE_MEASURE_STARTS,
    BEFORE_MEMBERSHIP,
    BIRTH_YEAR_MISMATCH,
    DATE_OUT_OF_RANGE,
    DUPLICATE,
    INVALID_IDENTITY_NUMBER,
    MOTIVATION_MAX,
    MOTIVATION_MIN,
    MOTIVATION_RANGE,
    NEEDS_LINK,
    NEEDS_MEMBER,
    NEEDS_NAME,
    NOT_A_CHECKSUM,
    NOT_CANONICAL,
    NOT_NEGATIVE,
    ONLY_WHEN_CLOSED,
    PLAN_TEXT_MAX,
    REQUIRED,
    SAME_LEVEL,
    YEAR_MAX,
    YEAR_MIN,
    Problem,
    day_of,
    not_before,
    register,
)

SHA256 = re.compile(r"[0-9a-f]{64}")


def _check_case(case: m.Case) -> Iterator[Problem]:
    if case.status == m.CaseStatus.CLOSED and case.closed_on is None:
        yield Problem("closed_on", REQUIRED)
    if case.status == m.CaseStatus.OPEN and case.closed_on is not None:
        yield Problem("closed_on", ONLY_WHEN_CLOSED)
    yield from not_before("closed_on", case.closed_on, case.opened_on, BEFORE_CASE_OPENED)


def _check_level_change(change: m.LevelChange) -> Iterator[Problem]:
    # The first row of a case records the level it started on and needs no reason; a move does.
    if change.from_level is None:
        return
    if m.Level(change.from_level) == m.Level(change.to_level):
        yield Problem("to_level", SAME_LEVEL)
    if not change.reason.strip():
        yield Problem("reason", REQUIRED)


def validate_move(case: m.Case, changed_on: date) -> None:
    """A level move's day against the case's: a move's record does not know the day the case was
    opened, so the services ask here (the move's form says the same words while typing); raises
    InvalidInput naming ``changed_on``."""
    for problem in not_before("changed_on", changed_on, case.opened_on, BEFORE_CASE_OPENED):
        raise problem.error()


def _check_person(person: m.Person) -> Iterator[Problem]:
    if not person.given_name.strip() and not person.family_name.strip():
        yield Problem("given_name", NEEDS_NAME)
    year_in_range = person.birth_year is None or YEAR_MIN <= person.birth_year <= YEAR_MAX
    if not year_in_range:
        yield Problem("birth_year", DATE_OUT_OF_RANGE)
    if person.identity_number is None:
        return
    try:
        number = IdentityNumber.parse(person.identity_number)
    except InvalidIdentityNumber as error:
        # The reason is kept for the GUI; the number itself never goes into the problem.
        yield Problem("identity_number", INVALID_IDENTITY_NUMBER, str(error.reason))
        return
    if number.digits != person.identity_number:
        yield Problem("identity_number", NOT_CANONICAL)
    elif year_in_range and person.birth_year not in (None, number.birth_date.year):
        yield Problem("birth_year", BIRTH_YEAR_MISMATCH)


def _check_contact(contact: m.Contact) -> Iterator[Problem]:
    if contact.person_id is None and contact.organisation_id is None and contact.case_id is None:
        yield Problem("person_id", NEEDS_LINK)
    yield from not_before(
        "follow_up_on", contact.follow_up_on, day_of(contact.occurred_at), BEFORE_CONTACT
    )


def _check_membership(membership: m.GroupMembership) -> Iterator[Problem]:
    if membership.person_id is None and membership.organisation_id is None:
        yield Problem("person_id", NEEDS_MEMBER)
    yield from not_before("to_date", membership.to_date, membership.from_date, BEFORE_MEMBERSHIP)


def _check_agenda_item(item: m.AgendaItem) -> Iterator[Problem]:
    if item.position < 0:
        yield Problem("position", NOT_NEGATIVE)
    if m.AgendaItemKind(item.kind) == m.AgendaItemKind.CASE and item.case_id is None:
        yield Problem("case_id", REQUIRED)


def _check_exit_plan(plan: m.ExitPlan) -> Iterator[Problem]:
    if plan.revision < 1:
        yield Problem("revision", AT_LEAST_ONE)
    if plan.motivation is not None and not MOTIVATION_MIN <= plan.motivation <= MOTIVATION_MAX:
        yield Problem("motivation", MOTIVATION_RANGE)
    areas = [m.PracticalArea(need.area) for need in plan.practical_needs]
    if len(set(areas)) != len(areas):
        yield Problem("practical_needs", DUPLICATE)


def _check_measure(measure: m.Measure) -> Iterator[Problem]:
    yield from not_before(
        "follow_up_on", measure.follow_up_on, measure.starts_on, BEFORE_MEASURE_STARTS
    )


def _check_relative_support_contact(contact: m.RelativeSupportContact) -> Iterator[Problem]:
    yield from not_before(
        "follow_up_on", contact.follow_up_on, day_of(contact.occurred_at), BEFORE_CONTACT
    )


def _check_disclosure(disclosure: m.Disclosure) -> Iterator[Problem]:
    if not SHA256.fullmatch(disclosure.content_sha256):
        yield Problem("content_sha256", NOT_A_CHECKSUM)


def _check_incident(incident: m.Incident) -> Iterator[Problem]:
    yield from not_before(
        "follow_up_on", incident.follow_up_on, incident.occurred_on, BEFORE_INCIDENT
    )


def _check_group(group: m.Group) -> Iterator[Problem]:
    if m.GroupKind(group.kind) is m.GroupKind.OTHER and not group.kind_name.strip():
        yield Problem("kind_name", REQUIRED)


def _check_plan_revision(revision: m.PlanRevision) -> Iterator[Problem]:
    if revision.revision < 1:
        yield Problem("revision", AT_LEAST_ONE)


# One call per record class of domain/model: required text, single-line text, the rule between
# fields, the days of what happened (see engine.register).
register(m.Case, "title", "title", _check_case, happened="opened_on closed_on")
register(m.LevelChange, check=_check_level_change, happened="changed_on")
register(m.Person, lines="given_name family_name phone email title", check=_check_person)
register(m.CaseParticipant, lines="relation")
register(m.Organisation, "name", "name phone email")
register(m.Contact, "summary", check=_check_contact, happened="occurred_at")
register(m.Note, "text", "source", happened="written_at")
register(m.SituationEntry, "milieu observation source", "milieu source", happened="observed_on")
register(m.Group, "name", "name kind_name", _check_group)
register(m.GroupMembership, "role", "role", _check_membership)
register(m.Meeting, lines="place")
register(m.MeetingAttendee)
register(m.AgendaItem, "title", "title", _check_agenda_item)
register(m.MeetingAction, "description", "responsible_text", happened="done_on")
register(m.SocialItem, "description")
register(m.PracticalNeed)
register(m.ExitPlan, check=_check_exit_plan)
register(m.Measure, "description", "actor_text", _check_measure)
register(m.FollowUp, "description", happened="done_on")
register(m.RelativeSupport, "relation", "relation pseudonym callback", happened="opened_on")
register(
    m.RelativeSupportContact,
    "worry",
    check=_check_relative_support_contact,
    happened="occurred_at",
)
register(
    m.Disclosure,
    "recipient content_description content_sha256 legal_basis decided_by",
    "recipient decided_by decided_by_role recipient_fingerprint content_sha256",
    _check_disclosure,
    happened="disclosed_at",
)
register(
    m.Incident,
    "description staff_member",
    "staff_member",
    _check_incident,
    happened="occurred_on follow_up_done_on",
)
register(
    m.PlanRevision,
    "adopted_by text",
    "adopted_by diary_number",
    _check_plan_revision,
    "adopted_on",
    long={"text": PLAN_TEXT_MAX},
)


def _check_attachment(attachment: Attachment) -> Iterator[Problem]:
    if not SHA256.fullmatch(attachment.sha256):
        yield Problem("sha256", NOT_A_CHECKSUM)
    if attachment.size < 0:
        yield Problem("size", NOT_NEGATIVE)
    if attachment.pages is not None and attachment.pages < 1:
        yield Problem("pages", AT_LEAST_ONE)


# Its kind, size and checksum are read from the file by services/attachments.py; these are the
# rules its stored record keeps to.
register(
    Attachment,
    "file_name kind sha256 added_by",
    "file_name kind sha256 added_by",
    _check_attachment,
    "added_at",
)


@dataclasses.dataclass
class TypedText:
    """A text typed for something that is not stored as a record (the yearly follow-up's
    assessments), checked by the rules of any stored free text."""

    text: str


register(TypedText)
