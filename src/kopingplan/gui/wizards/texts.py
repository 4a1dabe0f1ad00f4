"""What the wizards call the domain's code values, in the UI language.

Looked up when a page is filled, never at import, so a language switch shows at once. Written
as literal ``QCoreApplication.translate("WizardTexts", …)`` calls: that form is what
pyside6-lupdate extracts (see :mod:`kopingplan.i18n`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopingplan.domain import model as m
from kopingplan.gui.common import labels


def social_kinds() -> dict[m.SocialKind, str]:
    # The words of the one vocabulary (domain/vocabulary.py), as the briefs print them.
    return {value: labels.social_kind(value) for value in m.SocialKind}


def influences() -> dict[m.Influence, str]:
    return {value: labels.influence(value) for value in m.Influence}


def need_statuses() -> dict[m.NeedStatus, str]:
    # Unknown first: a new plan's needs start as "not known".
    order = (m.NeedStatus.UNKNOWN, m.NeedStatus.PRESENT, m.NeedStatus.NOT_PRESENT)
    return {value: labels.need_status(value) for value in order}


def practical_areas() -> dict[m.PracticalArea, str]:
    return {value: labels.practical_area(value) for value in m.PracticalArea}


def actor_kinds() -> dict[m.ActorKind, str]:
    return {value: labels.actor(value) for value in m.ActorKind}


def measure_statuses() -> dict[m.MeasureStatus, str]:
    return {value: labels.measure_status(value) for value in m.MeasureStatus}


def motivations() -> dict[int, str]:
    """The scale 1-5 of the initial assessment, each step in words."""
    return {
        1: QCoreApplication.translate("WizardTexts", "1 – no motivation to change"),
        2: QCoreApplication.translate("WizardTexts", "2 – weak"),
        3: QCoreApplication.translate("WizardTexts", "3 – some"),
        4: QCoreApplication.translate("WizardTexts", "4 – clear"),
        5: QCoreApplication.translate("WizardTexts", "5 – strong"),
    }


def levels() -> dict[m.Level, str]:
    # The app's one wording of each level and channel (gui/common/labels.py), so they read the same
    # in the wizard, the case list and the case view.
    return {value: labels.level(value) for value in m.Level}


def channels() -> dict[m.Channel, str]:
    return {value: labels.channel(value) for value in m.Channel}


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
