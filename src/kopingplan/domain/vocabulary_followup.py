"""The words of incident follow-ups and triage (issue 17), for :mod:`.vocabulary`'s table.

Kept apart only for length: :mod:`kopingplan.domain.vocabulary` imports these into ``TABLES``,
and the same test checks them (``tests/unit/test_vocabulary.py``).
"""

from __future__ import annotations

from kopingplan.domain import model as m
from kopingplan.domain.vocabulary_terms import QT_TRANSLATE_NOOP, Term

__all__ = ["FLAG_KINDS", "INCIDENT_SUPPORT_KINDS", "PRIORITIES"]

INCIDENT_SUPPORT_KINDS: dict[m.IncidentSupportKind, Term] = {
    m.IncidentSupportKind.TALK: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentSupportKind", "Talk"), "Samtal"
    ),
    m.IncidentSupportKind.OCCUPATIONAL_HEALTH: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentSupportKind", "Occupational health care"),
        "Företagshälsovård",
    ),
    m.IncidentSupportKind.POLICE_REPORT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentSupportKind", "Police report"), "Polisanmälan"
    ),
    m.IncidentSupportKind.PROTECTION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentSupportKind", "Protective measures"),
        "Skyddsåtgärder",
    ),
    m.IncidentSupportKind.FOLLOW_UP: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentSupportKind", "Follow-up"), "Uppföljning"
    ),
    m.IncidentSupportKind.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentSupportKind", "Other support"), "Annat stöd"
    ),
}

FLAG_KINDS: dict[m.FlagKind, Term] = {
    m.FlagKind.THREAT_TO_OTHERS: Term(
        QT_TRANSLATE_NOOP("Vocabulary.FlagKind", "Threat to others"), "Hot mot andra"
    ),
    m.FlagKind.WEAPONS: Term(QT_TRANSLATE_NOOP("Vocabulary.FlagKind", "Weapons"), "Vapen"),
    m.FlagKind.TRAVEL_PLANS: Term(
        QT_TRANSLATE_NOOP("Vocabulary.FlagKind", "Travel plans"), "Resplaner"
    ),
    m.FlagKind.CHILD_IN_HOME: Term(
        QT_TRANSLATE_NOOP("Vocabulary.FlagKind", "Child in the home"), "Barn i hemmet"
    ),
    m.FlagKind.OTHER: Term(QT_TRANSLATE_NOOP("Vocabulary.FlagKind", "Other concern"), "Annan risk"),
}

PRIORITIES: dict[m.Priority, Term] = {
    m.Priority.HIGH: Term(QT_TRANSLATE_NOOP("Vocabulary.Priority", "High"), "Hög"),
    m.Priority.NORMAL: Term(QT_TRANSLATE_NOOP("Vocabulary.Priority", "Normal"), "Normal"),
    m.Priority.LOW: Term(QT_TRANSLATE_NOOP("Vocabulary.Priority", "Low"), "Låg"),
}
