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
