"""The exit plan's assessment compared across its revisions (issue 17, "triage over time").

Every revision of an exit plan carries an assessment: the person's motivation (1-5), and in the
practical dimension whether each need is there. Read one revision at a time, a need that has
stood for a year or a motivation that fell since the last revision is easy to miss. This module
lines the revisions up and says what the coordinator should see at a glance:

* a **falling motivation**: the latest revision rates it lower than the one before;
* **lasting needs**: areas with a need in each of the last two revisions or more;
* **unassessed areas**: areas assessed "not known" in each of the last two revisions or more,
  the dimension nobody looked at.

The social dimension is counted per revision (who supports the change, who pulls back). Only
revisions are compared; nothing here reads the vault or knows of Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kopingplan.domain import model as m

__all__ = ["AssessmentPoint", "AssessmentTrend", "trend"]

LATEST = 6  # revisions shown side by side; older ones add little to "at a glance"


@dataclass(frozen=True)
class AssessmentPoint:
    """One revision's assessment."""

    revision: int
    made_on: date
    motivation: int | None
    needs: dict[m.PracticalArea, m.NeedStatus]
    supports: int
    pulls_back: int

    def need(self, area: m.PracticalArea) -> m.NeedStatus:
        return self.needs.get(area, m.NeedStatus.UNKNOWN)


@dataclass(frozen=True)
class AssessmentTrend:
    """The latest revisions, oldest first, and what stands out across them."""

    points: tuple[AssessmentPoint, ...]
    motivation_fell: tuple[int, int] | None  # (before, now) when the latest rating is lower
    lasting_needs: tuple[m.PracticalArea, ...]
    unassessed: tuple[m.PracticalArea, ...]

    @property
    def comparable(self) -> bool:
        """Two revisions or more: something to compare."""
        return len(self.points) >= 2

    @property
    def areas(self) -> tuple[m.PracticalArea, ...]:
        """The areas any shown revision assessed, in the vocabulary's order."""
        seen = {area for point in self.points for area in point.needs}
        return tuple(area for area in m.PracticalArea if area in seen)


def _point(plan: m.ExitPlan) -> AssessmentPoint:
    return AssessmentPoint(
        revision=plan.revision,
        made_on=plan.created_at.date(),
        motivation=plan.motivation,
        needs={m.PracticalArea(n.area): m.NeedStatus(n.status) for n in plan.practical_needs},
        supports=sum(1 for s in plan.social_items if s.influence == m.Influence.SUPPORTS),
        pulls_back=sum(1 for s in plan.social_items if s.influence == m.Influence.PULLS_BACK),
    )


def _standing(
    points: Sequence[AssessmentPoint], status: m.NeedStatus
) -> tuple[m.PracticalArea, ...]:
    """Areas with ``status`` in each of the last two revisions (or more, counting back)."""
    if len(points) < 2:
        return ()
    last_two = points[-2:]
    return tuple(
        area
        for area in m.PracticalArea
        if all(area in p.needs and p.need(area) == status for p in last_two)
    )


def trend(plans: Sequence[m.ExitPlan], latest: int = LATEST) -> AssessmentTrend:
    """The assessment of the last ``latest`` revisions in ``plans`` (any order)."""
    ordered = sorted(plans, key=lambda p: p.revision)[-latest:] if latest > 0 else []
    points = tuple(_point(plan) for plan in ordered)
    fell = None
    rated = [p.motivation for p in points[-2:] if p.motivation is not None]
    if len(points) >= 2 and len(rated) == 2 and rated[1] < rated[0]:
        fell = (rated[0], rated[1])
    return AssessmentTrend(
        points=points,
        motivation_fell=fell,
        lasting_needs=_standing(points, m.NeedStatus.PRESENT),
        unassessed=_standing(points, m.NeedStatus.UNKNOWN),
    )
