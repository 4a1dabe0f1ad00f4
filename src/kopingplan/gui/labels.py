"""What the domain's code values are called on screen, in the UI language.

Looked up at call time, never at import, so a language switch shows at once. The texts are
written out as ``QCoreApplication.translate("Labels", "…")`` calls because that literal form is
what pyside6-lupdate extracts (see :mod:`kopingplan.i18n`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopingplan.domain import model


def level(value: model.Level | str) -> str:
    texts = {
        model.Level.GENERAL: QCoreApplication.translate("Labels", "General"),
        model.Level.SPECIFIC: QCoreApplication.translate("Labels", "Specific"),
        model.Level.INDIVIDUAL: QCoreApplication.translate("Labels", "Individual"),
    }
    return texts.get(model.Level(value), str(value))


def orientation(value: model.Orientation | str) -> str:
    texts = {
        model.Orientation.RIGHT: QCoreApplication.translate("Labels", "Right-wing extremism"),
        model.Orientation.LEFT: QCoreApplication.translate("Labels", "Left-wing extremism"),
        model.Orientation.ISLAMIST: QCoreApplication.translate("Labels", "Islamist extremism"),
        model.Orientation.OTHER: QCoreApplication.translate("Labels", "Other"),
        model.Orientation.UNCLEAR: QCoreApplication.translate("Labels", "Unclear"),
    }
    return texts.get(model.Orientation(value), str(value))


def status(value: model.CaseStatus | str) -> str:
    texts = {
        model.CaseStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        model.CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }
    return texts.get(model.CaseStatus(value), str(value))


def role(value: model.CaseRole | str) -> str:
    texts = {
        model.CaseRole.SUBJECT: QCoreApplication.translate("Labels", "Subject of the case"),
        model.CaseRole.RELATIVE: QCoreApplication.translate("Labels", "Relative"),
        model.CaseRole.PROFESSIONAL: QCoreApplication.translate("Labels", "Professional"),
        model.CaseRole.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return texts.get(model.CaseRole(value), str(value))


def search_kind(kind: str) -> str:
    """The heading of a group of search hits ("case", "note", "contact", "situation_entry")."""
    texts = {
        "case": QCoreApplication.translate("Labels", "Cases"),
        "note": QCoreApplication.translate("Labels", "Notes"),
        "contact": QCoreApplication.translate("Labels", "Contacts"),
        "situation_entry": QCoreApplication.translate("Labels", "Situation picture"),
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


def channel(value: str) -> str:
    texts = {
        model.Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        model.Channel.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        model.Channel.HOME_VISIT: QCoreApplication.translate("Labels", "Home visit"),
        model.Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        model.Channel.LETTER: QCoreApplication.translate("Labels", "Letter"),
        model.Channel.DIGITAL_MEETING: QCoreApplication.translate("Labels", "Digital meeting"),
        model.Channel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    try:
        return texts[model.Channel(value)]
    except ValueError:
        return value


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
        texts = {
            "planned": QCoreApplication.translate("Labels", "Planned"),
            "ongoing": QCoreApplication.translate("Labels", "Ongoing"),
            "done": QCoreApplication.translate("Labels", "Done"),
            "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        }
        return texts.get(detail, detail)
    return detail


def organisation_kind(value: model.OrganisationKind | str) -> str:
    kinds = model.OrganisationKind
    texts = {
        kinds.POLICE: QCoreApplication.translate("Labels", "Police"),
        kinds.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "Social services"),
        kinds.SCHOOL: QCoreApplication.translate("Labels", "School"),
        kinds.CULTURE_LEISURE: QCoreApplication.translate("Labels", "Culture and leisure"),
        kinds.MUNICIPAL_FEDERATION: QCoreApplication.translate("Labels", "Municipal federation"),
        kinds.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        kinds.HEALTH_CARE: QCoreApplication.translate("Labels", "Health care"),
        kinds.EMPLOYMENT_SERVICE: QCoreApplication.translate("Labels", "Employment service"),
        kinds.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
        kinds.IOP_PARTNER: QCoreApplication.translate("Labels", "IOP partner"),
        kinds.FAITH_COMMUNITY: QCoreApplication.translate("Labels", "Faith community"),
        kinds.SPORTS_CLUB: QCoreApplication.translate("Labels", "Sports club"),
        kinds.HOUSING_COMPANY: QCoreApplication.translate("Labels", "Housing company"),
        kinds.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return texts.get(model.OrganisationKind(value), str(value))


def person_case_role(value: str) -> str:
    """A person's part in a case: a CaseRole value, or "responsible" (holds the case)."""
    if value == "responsible":
        return QCoreApplication.translate("Labels", "Holds the case")
    return role(value)


def yes(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else ""


def reliability(value: model.Reliability | str) -> str:
    texts = {
        model.Reliability.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        model.Reliability.PROBABLE: QCoreApplication.translate("Labels", "Probable"),
        model.Reliability.POSSIBLE: QCoreApplication.translate("Labels", "Possible"),
        model.Reliability.DOUBTFUL: QCoreApplication.translate("Labels", "Doubtful"),
        model.Reliability.UNKNOWN: QCoreApplication.translate("Labels", "Not assessed"),
    }
    return texts.get(model.Reliability(value), str(value))


def incident_kind(value: model.IncidentKind | str) -> str:
    texts = {
        model.IncidentKind.THREAT: QCoreApplication.translate("Labels", "Threat"),
        model.IncidentKind.HARASSMENT: QCoreApplication.translate("Labels", "Harassment"),
        model.IncidentKind.PRESSURE: QCoreApplication.translate("Labels", "Undue pressure"),
        model.IncidentKind.VIOLENCE: QCoreApplication.translate("Labels", "Violence"),
        model.IncidentKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return texts.get(model.IncidentKind(value), str(value))


def due_kind(kind: str) -> str:
    """What an item of "To do" is (DueItem.kind)."""
    texts = {
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "measure": QCoreApplication.translate("Labels", "Measure"),
        "meeting_action": QCoreApplication.translate("Labels", "Meeting action"),
        "relative_support_contact": QCoreApplication.translate("Labels", "Relative's call"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
    }
    return texts.get(kind, kind)
