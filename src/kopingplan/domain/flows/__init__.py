"""Wizard flows without Qt: what the exit-plan and relative-support wizards ask, check and build.

See :mod:`kopingplan.domain.flows.base` for the shape every flow shares.
"""

from kopingplan.domain.flows.base import Flow, Problem
from kopingplan.domain.flows.exit_plan import (
    ExitPlanFlow,
    ExitPlanRecords,
    MeasureDraft,
    NeedDraft,
    SocialDraft,
)
from kopingplan.domain.flows.relative_support import (
    CallerMode,
    LinkMode,
    RelativeSupportFlow,
    RelativeSupportRecords,
)

__all__ = [
    "CallerMode",
    "ExitPlanFlow",
    "ExitPlanRecords",
    "Flow",
    "LinkMode",
    "MeasureDraft",
    "NeedDraft",
    "Problem",
    "RelativeSupportFlow",
    "RelativeSupportRecords",
    "SocialDraft",
]
