"""What the wizards call the domain's code values, in the UI language.

Looked up when a page is filled, never at import, so a language switch shows at once. Written
as literal ``QCoreApplication.translate("WizardTexts", …)`` calls: that form is what
pyside6-lupdate extracts (see :mod:`kopingplan.i18n`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopingplan.domain import model as m
from kopingplan.gui import labels


def social_kinds() -> dict[m.SocialKind, str]:
    return {
        m.SocialKind.RELATIVE: QCoreApplication.translate("WizardTexts", "Relative"),
        m.SocialKind.PARTNER: QCoreApplication.translate("WizardTexts", "Partner"),
        m.SocialKind.CHILD: QCoreApplication.translate("WizardTexts", "Child"),
        m.SocialKind.FRIEND: QCoreApplication.translate("WizardTexts", "Friend"),
        m.SocialKind.WORK: QCoreApplication.translate("WizardTexts", "Work"),
        m.SocialKind.STUDIES: QCoreApplication.translate("WizardTexts", "Studies"),
        m.SocialKind.FAMILY_LIFE: QCoreApplication.translate("WizardTexts", "Starting a family"),
        m.SocialKind.OTHER: QCoreApplication.translate("WizardTexts", "Other"),
    }


def influences() -> dict[m.Influence, str]:
    return {
        m.Influence.SUPPORTS: QCoreApplication.translate("WizardTexts", "Supports the change"),
        m.Influence.PULLS_BACK: QCoreApplication.translate("WizardTexts", "Pulls back"),
        m.Influence.NEUTRAL: QCoreApplication.translate("WizardTexts", "Neither"),
    }


def need_statuses() -> dict[m.NeedStatus, str]:
    return {
        m.NeedStatus.UNKNOWN: QCoreApplication.translate("WizardTexts", "Not known"),
        m.NeedStatus.PRESENT: QCoreApplication.translate("WizardTexts", "A need"),
        m.NeedStatus.NOT_PRESENT: QCoreApplication.translate("WizardTexts", "No need"),
    }


def practical_areas() -> dict[m.PracticalArea, str]:
    return {
        m.PracticalArea.WORK_OR_STUDIES: QCoreApplication.translate(
            "WizardTexts", "Work or studies"
        ),
        m.PracticalArea.HOUSING: QCoreApplication.translate("WizardTexts", "Housing"),
        m.PracticalArea.HEALTH: QCoreApplication.translate("WizardTexts", "Health"),
        m.PracticalArea.PSYCHIATRIC_SUPPORT: QCoreApplication.translate(
            "WizardTexts", "Psychiatric support"
        ),
        m.PracticalArea.RELOCATION_PROTECTION: QCoreApplication.translate(
            "WizardTexts", "Relocation for protection"
        ),
        m.PracticalArea.RELOCATION_OTHER: QCoreApplication.translate(
            "WizardTexts", "Relocation for other reasons"
        ),
        m.PracticalArea.ECONOMY: QCoreApplication.translate("WizardTexts", "Economy"),
        m.PracticalArea.SUBSTANCE_ABUSE: QCoreApplication.translate(
            "WizardTexts", "Substance abuse"
        ),
        m.PracticalArea.NEUROPSYCHIATRIC_ASSESSMENT: QCoreApplication.translate(
            "WizardTexts", "Neuropsychiatric assessment"
        ),
    }


def actor_kinds() -> dict[m.ActorKind, str]:
    return {
        m.ActorKind.MUNICIPAL_UNIT: QCoreApplication.translate("WizardTexts", "Municipal unit"),
        m.ActorKind.POLICE: QCoreApplication.translate("WizardTexts", "Police"),
        m.ActorKind.HEALTH_CARE: QCoreApplication.translate("WizardTexts", "Health care"),
        m.ActorKind.EMPLOYMENT_SERVICE: QCoreApplication.translate(
            "WizardTexts", "Employment service"
        ),
        m.ActorKind.CIVIL_SOCIETY: QCoreApplication.translate("WizardTexts", "Civil society"),
        m.ActorKind.FAMILY: QCoreApplication.translate("WizardTexts", "Family"),
        m.ActorKind.OTHER: QCoreApplication.translate("WizardTexts", "Other"),
    }


def measure_statuses() -> dict[m.MeasureStatus, str]:
    return {
        m.MeasureStatus.PLANNED: QCoreApplication.translate("WizardTexts", "Planned"),
        m.MeasureStatus.ONGOING: QCoreApplication.translate("WizardTexts", "Ongoing"),
        m.MeasureStatus.DONE: QCoreApplication.translate("WizardTexts", "Done"),
        m.MeasureStatus.CANCELLED: QCoreApplication.translate("WizardTexts", "Cancelled"),
    }


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
    # The app's one wording of each level and channel (gui/labels.py), so they read the same
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
