"""The items an exit-plan flow holds while the user types, and the records it builds."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.flows.base import (
    date_from_draft,
    date_to_draft,
    enum_from_draft,
    int_from_draft,
    text_from_draft,
)


@dataclasses.dataclass
class SocialDraft:
    kind: m.SocialKind = m.SocialKind.RELATIVE
    description: str = ""
    influence: m.Influence = m.Influence.NEUTRAL

    def to_item(self) -> m.SocialItem:
        return m.SocialItem(self.kind, rules.normalise_text(self.description), self.influence)


@dataclasses.dataclass
class NeedDraft:
    status: m.NeedStatus = m.NeedStatus.UNKNOWN
    note: str = ""


@dataclasses.dataclass
class MeasureDraft:
    description: str = ""
    actor_kind: m.ActorKind = m.ActorKind.MUNICIPAL_UNIT
    actor_organisation_id: int | None = None
    actor_person_id: int | None = None
    actor_text: str = ""
    starts_on: date | None = None
    follow_up_on: date | None = None
    status: m.MeasureStatus = m.MeasureStatus.PLANNED
    outcome: str = ""
    # The follow-up day a measure had in the revision this one starts from: an overdue day
    # that is carried over unchanged is not refused (the user is revising, not rescheduling).
    carried_follow_up_on: date | None = None

    def to_draft(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "actor_kind": self.actor_kind.value,
            "actor_organisation_id": self.actor_organisation_id,
            "actor_person_id": self.actor_person_id,
            "actor_text": self.actor_text,
            "starts_on": date_to_draft(self.starts_on),
            "follow_up_on": date_to_draft(self.follow_up_on),
            "status": self.status.value,
            "outcome": self.outcome,
            "carried_follow_up_on": date_to_draft(self.carried_follow_up_on),
        }

    @staticmethod
    def from_draft(d: Mapping[str, Any]) -> MeasureDraft:
        return MeasureDraft(
            description=text_from_draft(d.get("description")),
            actor_kind=enum_from_draft(m.ActorKind, d.get("actor_kind"), m.ActorKind.OTHER),
            actor_organisation_id=int_from_draft(d.get("actor_organisation_id")),
            actor_person_id=int_from_draft(d.get("actor_person_id")),
            actor_text=text_from_draft(d.get("actor_text")),
            starts_on=date_from_draft(d.get("starts_on")),
            follow_up_on=date_from_draft(d.get("follow_up_on")),
            status=enum_from_draft(m.MeasureStatus, d.get("status"), m.MeasureStatus.PLANNED),
            outcome=text_from_draft(d.get("outcome")),
            carried_follow_up_on=date_from_draft(d.get("carried_follow_up_on")),
        )

    def to_measure(self, plan_id: int, today: date) -> m.Measure:
        return m.Measure(
            plan_id=plan_id,
            description=rules.normalise_text(self.description),
            actor_kind=self.actor_kind,
            starts_on=self.starts_on or today,
            follow_up_on=self.follow_up_on,
            actor_organisation_id=self.actor_organisation_id,
            actor_person_id=self.actor_person_id,
            actor_text=rules.normalise_text(self.actor_text),
            status=self.status,
            outcome=rules.normalise_text(self.outcome),
        )


@dataclasses.dataclass(frozen=True)
class ExitPlanRecords:
    """What a finished flow saves: the plan, its measures and follow-ups. ``plan_id`` of the
    measures and follow-ups is :data:`PENDING_ID`; the service sets it when the plan is stored.
    ``plan.revision``/``supersedes_id`` say what the flow started from; the service decides."""

    plan: m.ExitPlan
    measures: tuple[m.Measure, ...]
    follow_ups: tuple[m.FollowUp, ...]


# Stands for the plan's id until it exists; valid for validation, replaced before storing.
PENDING_ID = 1
