"""The individual exit plan (individuell handlingsplan, stöd att lämna) as a wizard flow.

Six pages in the national strategy's order: the initial assessment (utgångsläge), the social
and the practical dimension, the measures (insatser), the line against criminal investigation
and intelligence gathering, and a summary. A new plan starts empty; a revision starts from the
case's current revision, measures included, and is saved as the next revision beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.flows.base import (
    DATE_IN_PAST,
    Flow,
    Problem,
    bool_from_draft,
    date_from_draft,
    date_to_draft,
    enum_from_draft,
    first,
    int_from_draft,
    list_from_draft,
    required,
    rule_problem,
    rule_problems,
    text_from_draft,
)
from kopingplan.domain.flows.plan_items import (
    PENDING_ID,
    ExitPlanRecords,
    MeasureDraft,
    NeedDraft,
    SocialDraft,
)
from kopingplan.errors import QT_TRANSLATE_NOOP

__all__ = [
    "DRAFT_KIND",
    "PENDING_ID",
    "ExitPlanFlow",
    "ExitPlanRecords",
    "MeasureDraft",
    "NeedDraft",
    "SocialDraft",
]

DRAFT_KIND = "exit_plan"

NO_MEASURES = QT_TRANSLATE_NOOP(
    "Flows", "add at least one measure, or write why the plan has none for now"
)
NEEDS_RESPONSIBLE = QT_TRANSLATE_NOOP(
    "Flows", "choose an organisation or a person, or write who is responsible"
)
NEEDS_FOLLOW_UP = QT_TRANSLATE_NOOP(
    "Flows", "needs a follow-up date while the measure is planned or ongoing"
)
MUST_CONFIRM = QT_TRANSLATE_NOOP("Flows", "must be confirmed before the plan can be saved")

SITUATION_FIELDS = (
    "situation",
    "prerequisites",
    "needs",
    "motivation",
    "motivation_reason",
    "milieu_to_leave",
    "assessment_participants",
)
# The initial assessment the strategy asks for; prerequisites and needs may be filled in later.
SITUATION_REQUIRED = (
    "situation",
    "motivation_reason",
    "milieu_to_leave",
    "assessment_participants",
)
OPEN_STATUSES = (m.MeasureStatus.PLANNED, m.MeasureStatus.ONGOING)


class ExitPlanFlow(Flow):
    PAGES = ("situation", "social", "practical", "measures", "boundary", "summary")

    def __init__(self, case_id: int, today: date | None = None) -> None:
        super().__init__(today)
        self.case_id = case_id
        self.base_plan_id: int | None = None  # the revision this one starts from
        self.base_revision = 0
        self.situation = ""
        self.prerequisites = ""
        self.needs = ""
        self.motivation: int | None = None
        self.motivation_reason = ""
        self.milieu_to_leave = ""
        self.assessment_participants = ""
        self.social_items: list[SocialDraft] = []
        self.practical: dict[m.PracticalArea, NeedDraft] = {a: NeedDraft() for a in m.PracticalArea}
        self.measures: list[MeasureDraft] = []
        self.no_measures_reason = ""
        self.plan_follow_up_on: date | None = None
        self.plan_follow_up_text = ""
        self.boundary_confirmed = False
        self.police_sharing_note = ""

    @property
    def revision(self) -> int:
        """The revision this flow will save."""
        return self.base_revision + 1

    # --- starting points ----------------------------------------------------------------------

    @classmethod
    def from_plan(
        cls, plan: m.ExitPlan, measures: Iterable[m.Measure], today: date | None = None
    ) -> ExitPlanFlow:
        """A revision: everything of ``plan`` and its measures, ready to change."""
        flow = cls(plan.case_id, today)
        flow.base_plan_id = plan.id
        flow.base_revision = plan.revision
        for name in SITUATION_FIELDS:
            setattr(flow, name, getattr(plan, name))
        flow.social_items = [
            SocialDraft(m.SocialKind(i.kind), i.description, m.Influence(i.influence))
            for i in plan.social_items
        ]
        for need in plan.practical_needs:
            flow.practical[m.PracticalArea(need.area)] = NeedDraft(
                m.NeedStatus(need.status), need.note
            )
        flow.measures = [
            MeasureDraft(
                description=x.description,
                actor_kind=m.ActorKind(x.actor_kind),
                actor_organisation_id=x.actor_organisation_id,
                actor_person_id=x.actor_person_id,
                actor_text=x.actor_text,
                starts_on=x.starts_on,
                follow_up_on=x.follow_up_on,
                status=m.MeasureStatus(x.status),
                outcome=x.outcome,
                carried_follow_up_on=x.follow_up_on,
            )
            for x in measures
        ]
        flow.no_measures_reason = plan.no_measures_reason
        # The line against investigation is confirmed again for every revision, on purpose.
        flow.police_sharing_note = plan.police_sharing_note
        return flow

    # --- pages --------------------------------------------------------------------------------

    def _situation_problems(self) -> list[Problem]:
        found: list[Problem] = []
        for name in SITUATION_FIELDS:  # in the order the page shows them
            if name == "motivation" and self.motivation is None:
                found.append(Problem(name, rules.MOTIVATION_RANGE, "Errors"))
            elif name in SITUATION_REQUIRED:
                found += first(required(name, getattr(self, name)))
        taken = {p.field for p in found}
        fields = {n: n for n in SITUATION_FIELDS if n not in taken}
        return found + rule_problems(self._plan(), fields)

    def _social_problems(self) -> list[Problem]:
        found: list[Problem] = []
        for index, item in enumerate(self.social_items):
            prefix = f"social_items.{index}."
            problem = required(prefix + "description", item.description) or rule_problem(
                item.to_item(), {"description": "description"}, prefix
            )
            found += first(problem)
        return found

    def _practical_problems(self) -> list[Problem]:
        found: list[Problem] = []
        for area, need in self.practical.items():
            need_record = m.PracticalNeed(area, need.status, rules.normalise_text(need.note))
            found += rule_problems(need_record, {"note": "note"}, f"practical.{area.value}.")
        return found

    def _measures_problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.measures and required("no_measures_reason", self.no_measures_reason):
            found.append(Problem("no_measures_reason", NO_MEASURES))
        for index, draft in enumerate(self.measures):
            found += self._measure_problems(index, draft)
        if not self.measures:
            found += rule_problems(self._plan(), {"no_measures_reason": "no_measures_reason"})
        if self.plan_follow_up_on is not None:
            found += first(
                required("plan_follow_up_text", self.plan_follow_up_text),
                self._past("plan_follow_up_on", self.plan_follow_up_on, None),
            )
        return found

    def _measure_problems(self, index: int, draft: MeasureDraft) -> list[Problem]:
        prefix = f"measures.{index}."
        found = first(required(prefix + "description", draft.description))
        if (
            draft.actor_organisation_id is None
            and draft.actor_person_id is None
            and not rules.normalise_text(draft.actor_text)
        ):
            found.append(Problem(prefix + "actor", NEEDS_RESPONSIBLE))
        if draft.starts_on is None:
            found.append(Problem(prefix + "starts_on", rules.REQUIRED, "Errors"))
        if draft.follow_up_on is None and draft.status in OPEN_STATUSES:
            found.append(Problem(prefix + "follow_up_on", NEEDS_FOLLOW_UP))
        found += first(self._past(prefix + "follow_up_on", draft.follow_up_on, draft))
        taken = {p.field.removeprefix(prefix) for p in found}
        fields = {
            name: name
            for name in ("description", "actor_text", "follow_up_on", "outcome")
            if name not in taken
        }
        return found + rule_problems(draft.to_measure(PENDING_ID, self.today), fields, prefix)

    def _past(self, field: str, value: date | None, draft: MeasureDraft | None) -> Problem | None:
        if value is None or value >= self.today:
            return None
        if draft is not None and (
            value == draft.carried_follow_up_on or draft.status not in OPEN_STATUSES
        ):
            return None  # kept from the revision before, or a finished measure's history
        return Problem(field, DATE_IN_PAST)

    def _boundary_problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.boundary_confirmed:
            found.append(Problem("boundary_confirmed", MUST_CONFIRM))
        blank = required("police_sharing_note", self.police_sharing_note)
        note = {"police_sharing_note": "police_sharing_note"}
        return found + first(blank or rule_problem(self._plan(), note))

    # --- result -------------------------------------------------------------------------------

    def _plan(self, created_at: datetime | None = None) -> m.ExitPlan:
        text = rules.normalise_text
        return m.ExitPlan(
            case_id=self.case_id,
            created_at=created_at or datetime.now().astimezone(),
            revision=self.revision,
            situation=text(self.situation),
            prerequisites=text(self.prerequisites),
            needs=text(self.needs),
            motivation=self.motivation,
            motivation_reason=text(self.motivation_reason),
            milieu_to_leave=text(self.milieu_to_leave),
            assessment_participants=text(self.assessment_participants),
            social_items=tuple(item.to_item() for item in self.social_items),
            practical_needs=tuple(
                m.PracticalNeed(area, need.status, text(need.note))
                for area, need in self.practical.items()
            ),
            # A plan with measures has no reason for having none, whatever the field held.
            no_measures_reason="" if self.measures else text(self.no_measures_reason),
            boundary_confirmed=self.boundary_confirmed,
            police_sharing_note=text(self.police_sharing_note),
            supersedes_id=self.base_plan_id,
        )

    def build(self, created_at: datetime | None = None) -> ExitPlanRecords:
        """The records to save; ``ValueError`` if a page still has problems."""
        found = self.problems()
        if found:
            raise ValueError(f"the exit plan is not complete: {found[0]}")
        follow_ups: tuple[m.FollowUp, ...] = ()
        if self.plan_follow_up_on is not None:
            follow_ups = (
                m.FollowUp(
                    due_on=self.plan_follow_up_on,
                    description=rules.normalise_text(self.plan_follow_up_text),
                    plan_id=PENDING_ID,
                ),
            )
        return ExitPlanRecords(
            plan=self._plan(created_at),
            measures=tuple(d.to_measure(PENDING_ID, self.today) for d in self.measures),
            follow_ups=follow_ups,
        )

    # --- drafts ---------------------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        """Everything typed so far as JSON-safe values, for ``drafts.save_draft``."""
        fields: dict[str, Any] = {name: getattr(self, name) for name in SITUATION_FIELDS}
        fields.update(
            base_plan_id=self.base_plan_id,
            base_revision=self.base_revision,
            social_items=[
                {"kind": i.kind.value, "description": i.description, "influence": i.influence.value}
                for i in self.social_items
            ],
            practical={
                area.value: {"status": need.status.value, "note": need.note}
                for area, need in self.practical.items()
            },
            measures=[d.to_draft() for d in self.measures],
            no_measures_reason=self.no_measures_reason,
            plan_follow_up_on=date_to_draft(self.plan_follow_up_on),
            plan_follow_up_text=self.plan_follow_up_text,
            boundary_confirmed=self.boundary_confirmed,
            police_sharing_note=self.police_sharing_note,
        )
        return self._draft_envelope(fields)

    @classmethod
    def from_draft(
        cls, case_id: int, payload: Mapping[str, Any], today: date | None = None
    ) -> ExitPlanFlow:
        """The flow a draft was saved from, on the page it was saved on (or an earlier page
        that has problems). Unknown or broken values are dropped, never raised."""
        fields = cls._draft_fields(payload)
        flow = cls(case_id, today)
        flow.base_plan_id = int_from_draft(fields.get("base_plan_id"))
        flow.base_revision = max(0, int_from_draft(fields.get("base_revision")) or 0)
        for name in SITUATION_FIELDS:
            if name != "motivation":
                setattr(flow, name, text_from_draft(fields.get(name)))
        motivation = int_from_draft(fields.get("motivation"))
        flow.motivation = motivation if motivation in range(1, 6) else None
        flow.social_items = list_from_draft(
            fields.get("social_items"),
            lambda d: SocialDraft(
                enum_from_draft(m.SocialKind, d.get("kind"), m.SocialKind.OTHER),
                text_from_draft(d.get("description")),
                enum_from_draft(m.Influence, d.get("influence"), m.Influence.NEUTRAL),
            ),
        )
        practical = fields.get("practical")
        if isinstance(practical, dict):
            for area in m.PracticalArea:
                entry = practical.get(area.value)
                if isinstance(entry, dict):
                    flow.practical[area] = NeedDraft(
                        enum_from_draft(m.NeedStatus, entry.get("status"), m.NeedStatus.UNKNOWN),
                        text_from_draft(entry.get("note")),
                    )
        flow.measures = list_from_draft(fields.get("measures"), MeasureDraft.from_draft)
        flow.no_measures_reason = text_from_draft(fields.get("no_measures_reason"))
        flow.plan_follow_up_on = date_from_draft(fields.get("plan_follow_up_on"))
        flow.plan_follow_up_text = text_from_draft(fields.get("plan_follow_up_text"))
        flow.boundary_confirmed = bool_from_draft(fields.get("boundary_confirmed"))
        flow.police_sharing_note = text_from_draft(fields.get("police_sharing_note"))
        flow.go_to(flow.resume_page(text_from_draft(payload.get("page"))))
        return flow
