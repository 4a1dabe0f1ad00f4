"""What the domain's code values are called on screen, in the UI language.

The words of the domain's enums and record fields come from the one table the briefs print
from too, :mod:`kopingplan.domain.vocabulary`, translated through the catalogue. Screen-only
words (search headings, timeline kinds, "To do" kinds) are written out here as
``QCoreApplication.translate("Labels", "…")`` calls, the literal form pyside6-lupdate extracts.
Everything is looked up at call time, never at import, so a language switch shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from kopingplan import i18n
from kopingplan.domain import model, vocabulary

E = TypeVar("E", bound=StrEnum)


def say(value: StrEnum) -> str:
    """Any enum value of :data:`vocabulary.TABLES` in the UI language."""
    return i18n.word(value)


def words_of(kind: type[E]) -> Callable[[E | str], str]:
    """The screen's words for one enum of :data:`vocabulary.TABLES`: a function that names a
    member, or the code it is stored as, in the UI language (an unknown code as it is)."""

    def words(value: E | str) -> str:
        try:
            return say(kind(value))
        except (ValueError, KeyError):
            return str(value)

    return words


# One per enum (tests/unit/test_vocabulary.py checks each against the vocabulary).
level = words_of(model.Level)
orientation = words_of(model.Orientation)
status = words_of(model.CaseStatus)
role = words_of(model.CaseRole)
group_kind = words_of(model.GroupKind)
agenda_kind = words_of(model.AgendaItemKind)
need_status = words_of(model.NeedStatus)
practical_area = words_of(model.PracticalArea)
social_kind = words_of(model.SocialKind)
influence = words_of(model.Influence)
measure_status = words_of(model.MeasureStatus)
actor = words_of(model.ActorKind)
channel = words_of(model.Channel)
organisation_kind = words_of(model.OrganisationKind)
reliability = words_of(model.Reliability)
incident_kind = words_of(model.IncidentKind)
incident_support_kind = words_of(model.IncidentSupportKind)
flag_kind = words_of(model.FlagKind)
priority = words_of(model.Priority)
concern_source = words_of(model.ConcernSource)
concern_channel = words_of(model.ConcernChannel)
concern_decision = words_of(model.ConcernDecision)
activity_kind = words_of(model.ActivityKind)
agreement_kind = words_of(model.AgreementKind)
attachment_owner = words_of(model.AttachmentOwner)


def with_kind(name: str, kind: str) -> str:
    """A record's name with the words of its kind, as a list to tick shows them: "Unggruppen
    (Youth group)". Words that hold parentheses of their own, in the name or the kind, follow a
    dash instead, so none sit inside others: "SSPF Köping – SSPF (school, social services,
    police, leisure)"; a kind that only repeats the name is left out.

    Every label made of a name and a word about it from another value is made here: a person
    with the organisation they work for ("Lind, Anna (Polisen)"), a decision maker with their
    role, a milieu with its orientation, a case with its triage."""
    if not kind or kind.casefold() == name.casefold():
        return name
    if "(" in name or "(" in kind:
        return f"{name} – {kind}"
    return f"{name} ({kind})"


def field(name: str) -> str:
    """A record field's name (vocabulary.FIELDS key) in the UI language."""
    found = vocabulary.FIELDS.get(name)
    return i18n.say(found) if found is not None else name


def caption(name: str, key: int = 0) -> str:
    """A form's label for a field: its vocabulary name with Alt+``key``-th letter and a colon
    (``caption("observation", 1)`` is "I&akttagelse:" in Swedish, "O&bservation:" in English)."""
    text = field(name)
    key = min(max(key, 0), max(len(text) - 1, 0))
    return f"{text[:key]}&{text[key:]}:"


def search_kind(kind: str) -> str:
    """The heading of a group of search hits (SearchHit.kind)."""
    texts = {
        "case": QCoreApplication.translate("Labels", "Cases"),
        "note": QCoreApplication.translate("Labels", "Notes"),
        "contact": QCoreApplication.translate("Labels", "Contacts"),
        "situation_entry": QCoreApplication.translate("Labels", "Situation picture"),
        "situation_assessment": QCoreApplication.translate(
            "Labels", "Overall assessments of the situation picture"
        ),
        "concern": QCoreApplication.translate("Labels", "Incoming concerns"),
        "person": QCoreApplication.translate("Labels", "Persons"),
        "organisation": QCoreApplication.translate("Labels", "Organisations"),
        "exit_plan": QCoreApplication.translate("Labels", "Exit plans"),
        "relative_support": QCoreApplication.translate("Labels", "Relative support"),
        "meeting": QCoreApplication.translate("Labels", "Meetings"),
        "incident": QCoreApplication.translate("Labels", "Incidents"),
        "incoming_item": QCoreApplication.translate("Labels", "Incoming information"),
        "attachment": QCoreApplication.translate("Labels", "Attachments"),
        "activity": QCoreApplication.translate("Labels", "Activities at the general level"),
        "commitment": QCoreApplication.translate("Labels", "Commitments of the action plan"),
        "plan_revision": QCoreApplication.translate("Labels", "Revisions of the action plan"),
    }
    return texts.get(kind, kind)


def timeline_kind(kind: str) -> str:
    """A timeline event's kind (TimelineItem.kind)."""
    texts = {
        "note": QCoreApplication.translate("Labels", "Note"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "level_change": QCoreApplication.translate("Labels", "Level change"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "measure": QCoreApplication.translate("Labels", "Measure"),
    }
    return texts.get(kind, kind)


def timeline_detail(kind: str, detail: str) -> str:
    """The detail column of a timeline event: code values become words, free text stays."""
    if kind == "contact":
        return channel(detail)
    if kind == "level_change":
        try:
            return level(detail)
        except ValueError:
            return detail
    if kind == "follow_up":
        if detail == "open":
            return QCoreApplication.translate("Labels", "Not done")
        if detail == "done":
            return QCoreApplication.translate("Labels", "Done")
    if kind == "measure":
        return measure_status(detail)
    return detail


def person_case_role(value: str) -> str:
    """A person's part in a case: a CaseRole value, or "responsible" (holds the case)."""
    if value == "responsible":
        return QCoreApplication.translate("Labels", "Holds the case")
    return role(value)


def yes(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else ""


def due_kind(kind: str) -> str:
    """What an item of "To do" is (DueItem.kind)."""
    texts = {
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "measure": QCoreApplication.translate("Labels", "Measure"),
        "meeting_action": QCoreApplication.translate("Labels", "Meeting action"),
        "relative_support_contact": QCoreApplication.translate("Labels", "Relative's call"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "concern": QCoreApplication.translate("Labels", "Concern to screen"),
        "incident": QCoreApplication.translate("Labels", "Incident follow-up"),
        "agreement": QCoreApplication.translate("Labels", "Agreement ending"),
    }
    return texts.get(kind, kind)
