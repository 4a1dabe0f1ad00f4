"""What the domain's code values are called on screen, in the UI language.

The words of the domain's enums and record fields come from the one table the briefs print
from too, :mod:`kopingplan.domain.vocabulary`, translated through the catalogue. Screen-only
words (search headings, timeline kinds, "To do" kinds) are written out here as
``QCoreApplication.translate("Labels", "…")`` calls, the literal form pyside6-lupdate extracts.
Everything is looked up at call time, never at import, so a language switch shows at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from kopingplan.domain import model, vocabulary, vocabulary_followup
from kopingplan.i18n import tr


def say(value: StrEnum) -> str:
    """Any enum value of :data:`vocabulary.TABLES` in the UI language."""
    return _say(vocabulary.term(value))


def _say(term: vocabulary.Term) -> str:
    return tr(term.context, term.english)


def _lookup(table: Mapping[Any, vocabulary.Term], kind: type[StrEnum], value: str) -> str:
    """``value`` (an enum member or its code) in words; an unknown code is shown as it is."""
    try:
        return _say(table[kind(value)])
    except (ValueError, KeyError):
        return str(value)


def level(value: model.Level | str) -> str:
    return _lookup(vocabulary.LEVELS, model.Level, value)


def orientation(value: model.Orientation | str) -> str:
    return _lookup(vocabulary.ORIENTATIONS, model.Orientation, value)


def status(value: model.CaseStatus | str) -> str:
    return _lookup(vocabulary.STATUSES, model.CaseStatus, value)


def role(value: model.CaseRole | str) -> str:
    return _lookup(vocabulary.ROLES, model.CaseRole, value)


def group_kind(value: model.GroupKind | str) -> str:
    return _lookup(vocabulary.GROUP_KINDS, model.GroupKind, value)


def agenda_kind(value: model.AgendaItemKind | str) -> str:
    return _lookup(vocabulary.AGENDA_KINDS, model.AgendaItemKind, value)


def need_status(value: model.NeedStatus | str) -> str:
    return _lookup(vocabulary.NEED_STATUSES, model.NeedStatus, value)


def practical_area(value: model.PracticalArea | str) -> str:
    return _lookup(vocabulary.PRACTICAL_AREAS, model.PracticalArea, value)


def social_kind(value: model.SocialKind | str) -> str:
    return _lookup(vocabulary.SOCIAL_KINDS, model.SocialKind, value)


def influence(value: model.Influence | str) -> str:
    return _lookup(vocabulary.INFLUENCES, model.Influence, value)


def measure_status(value: model.MeasureStatus | str) -> str:
    return _lookup(vocabulary.MEASURE_STATUSES, model.MeasureStatus, value)


def actor(value: model.ActorKind | str) -> str:
    return _lookup(vocabulary.ACTORS, model.ActorKind, value)


def field(name: str) -> str:
    """A record field's name (vocabulary.FIELDS key) in the UI language."""
    found = vocabulary.FIELDS.get(name)
    return _say(found) if found is not None else name


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


def channel(value: model.Channel | str) -> str:
    return _lookup(vocabulary.CHANNELS, model.Channel, value)


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


def organisation_kind(value: model.OrganisationKind | str) -> str:
    return _lookup(vocabulary.ORGANISATION_KINDS, model.OrganisationKind, value)


def person_case_role(value: str) -> str:
    """A person's part in a case: a CaseRole value, or "responsible" (holds the case)."""
    if value == "responsible":
        return QCoreApplication.translate("Labels", "Holds the case")
    return role(value)


def yes(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else ""


def reliability(value: model.Reliability | str) -> str:
    return _lookup(vocabulary.RELIABILITIES, model.Reliability, value)


def incident_kind(value: model.IncidentKind | str) -> str:
    return _lookup(vocabulary.INCIDENT_KINDS, model.IncidentKind, value)


def incident_support_kind(value: model.IncidentSupportKind | str) -> str:
    return _lookup(vocabulary_followup.INCIDENT_SUPPORT_KINDS, model.IncidentSupportKind, value)


def flag_kind(value: model.FlagKind | str) -> str:
    return _lookup(vocabulary_followup.FLAG_KINDS, model.FlagKind, value)


def priority(value: model.Priority | str) -> str:
    return _lookup(vocabulary_followup.PRIORITIES, model.Priority, value)


def concern_source(value: model.ConcernSource | str) -> str:
    return _lookup(vocabulary.CONCERN_SOURCES, model.ConcernSource, value)


def concern_channel(value: model.ConcernChannel | str) -> str:
    return _lookup(vocabulary.CONCERN_CHANNELS, model.ConcernChannel, value)


def concern_decision(value: model.ConcernDecision | str) -> str:
    return _lookup(vocabulary.CONCERN_DECISIONS, model.ConcernDecision, value)


def activity_kind(value: model.ActivityKind | str) -> str:
    return _lookup(vocabulary.ACTIVITY_KINDS, model.ActivityKind, value)


def agreement_kind(value: model.AgreementKind | str) -> str:
    return _lookup(vocabulary.AGREEMENT_KINDS, model.AgreementKind, value)


def attachment_owner(value: model.AttachmentOwner | str) -> str:
    return _lookup(vocabulary.ATTACHMENT_OWNERS, model.AttachmentOwner, value)


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
