"""What the wizards call the domain's code values, in the UI language.

Looked up when a page is filled, never at import, so a language switch shows at once. Written
as literal ``QCoreApplication.translate("WizardTexts", …)`` calls: that form is what
pyside6-lupdate extracts (see :mod:`kopingplan.i18n`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from kopingplan.domain import model as m
from kopingplan.gui.common import labels

E = TypeVar("E", bound=StrEnum)


def choices_of(members: Iterable[E]) -> Callable[[], dict[E, str]]:
    """A function giving each of ``members`` (an enum, or its members in the order a combo box
    lists them) in the words of the one vocabulary (domain/vocabulary.py): as the briefs print
    them and the case list and case view show them. Read at call time, so a language switch
    shows."""

    def choices() -> dict[E, str]:
        return {value: labels.say(value) for value in members}

    return choices


social_kinds = choices_of(m.SocialKind)
influences = choices_of(m.Influence)
# Unknown first: a new plan's needs start as "not known".
need_statuses = choices_of((m.NeedStatus.UNKNOWN, m.NeedStatus.PRESENT, m.NeedStatus.NOT_PRESENT))
practical_areas = choices_of(m.PracticalArea)
actor_kinds = choices_of(m.ActorKind)
measure_statuses = choices_of(m.MeasureStatus)
levels = choices_of(m.Level)
channels = choices_of(m.Channel)


def motivations() -> dict[int, str]:
    """The scale 1-5 of the initial assessment, each step in words."""
    return {
        1: QCoreApplication.translate("WizardTexts", "1 – no motivation to change"),
        2: QCoreApplication.translate("WizardTexts", "2 – weak"),
        3: QCoreApplication.translate("WizardTexts", "3 – some"),
        4: QCoreApplication.translate("WizardTexts", "4 – clear"),
        5: QCoreApplication.translate("WizardTexts", "5 – strong"),
    }


def signs() -> dict[str, str]:
    """The common-signs checklist (model.RELATIVE_SIGNS) as the checkboxes say it."""
    return {
        "isolation": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Withdraws from family and friends"
        ),
        "new_friends": QCoreApplication.translate(
            "RelativeSupportWorryPage", "New friends or contacts the family does not know"
        ),
        "online_propaganda": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Spends time with extremist material online"
        ),
        "us_and_them": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Talks in terms of “us and them”"
        ),
        "justifies_violence": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Defends or justifies violence"
        ),
        "symbols_clothing": QCoreApplication.translate(
            "RelativeSupportWorryPage", "New symbols, clothing or appearance"
        ),
        "school_absence": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Stays away from school or work"
        ),
        "secrecy": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Secretive about where they go and who they meet"
        ),
        "changed_habits": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Sudden change of habits or beliefs"
        ),
        "travel_plans": QCoreApplication.translate(
            "RelativeSupportWorryPage", "Talks about or plans travel to a conflict area"
        ),
    }
