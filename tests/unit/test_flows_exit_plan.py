"""The exit-plan flow without Qt: pages, problems per page, Back, drafts, revisions, build()."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.flows import ExitPlanFlow, MeasureDraft, SocialDraft
from kopingplan.domain.flows import base as flow_base
from kopingplan.domain.flows import exit_plan as ep

TODAY = date(2026, 3, 10)
LONG = "x" * (rules.TEXT_MAX + 1)


def fields(flow: ExitPlanFlow, page: str) -> list[tuple[str, str]]:
    return [(p.field, p.text) for p in flow.page_problems(page)]


def filled(case_id: int = 7) -> ExitPlanFlow:
    """A flow with every page valid, with å ä ö and an emoji in the text."""
    flow = ExitPlanFlow(case_id, TODAY)
    flow.situation = "  Bor hos mamma i Köping, har brutit med gruppen 🙂 \r\n"
    flow.prerequisites = "Vill börja arbeta"
    flow.needs = "Boende, arbete"
    flow.motivation = 4
    flow.motivation_reason = "Har själv tagit kontakt"
    flow.milieu_to_leave = "Nordisk grupp på nätet"
    flow.assessment_participants = "Socialtjänsten, kontaktpolisen"
    flow.social_items = [
        SocialDraft(m.SocialKind.RELATIVE, "Systern Åsa", m.Influence.SUPPORTS),
        SocialDraft(m.SocialKind.FRIEND, "Gamla vänner i gruppen", m.Influence.PULLS_BACK),
    ]
    flow.practical[m.PracticalArea.HOUSING] = ep.NeedDraft(m.NeedStatus.PRESENT, "Egen lägenhet")
    flow.measures = [
        MeasureDraft(
            description="Samtal med socialsekreterare",
            actor_kind=m.ActorKind.MUNICIPAL_UNIT,
            actor_text="Socialtjänsten",
            starts_on=TODAY,
            follow_up_on=TODAY + timedelta(days=30),
        )
    ]
    flow.plan_follow_up_on = TODAY + timedelta(days=90)
    flow.plan_follow_up_text = "Följa upp planen"
    flow.boundary_confirmed = True
    flow.police_sharing_note = "Ingenting delas"
    return flow


def test_the_flow_imports_no_qt() -> None:
    code = (
        "import sys; import kopingplan.domain.flows; "
        "assert not [n for n in sys.modules if n.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pages_in_the_strategys_order() -> None:
    assert ExitPlanFlow.PAGES == (
        "situation",
        "social",
        "practical",
        "measures",
        "boundary",
        "summary",
    )


def test_an_empty_first_page_names_every_required_field_and_stays() -> None:
    flow = ExitPlanFlow(1, TODAY)
    problems = flow.go_next()
    assert flow.page == "situation"
    assert [p.field for p in problems] == [
        "situation",
        "motivation",
        "motivation_reason",
        "milieu_to_leave",
        "assessment_participants",
    ]
    assert problems[0].text == rules.REQUIRED
    assert problems[1].text == rules.MOTIVATION_RANGE


def test_white_space_is_not_an_answer() -> None:
    flow = filled()
    flow.situation = " \n\t "
    assert fields(flow, "situation") == [("situation", rules.REQUIRED)]


def test_forward_and_back_keep_everything() -> None:
    flow = filled()
    before = flow.to_draft()["fields"]
    for page in flow.PAGES[1:]:
        assert flow.go_next() == []
        assert flow.page == page
    for page in reversed(flow.PAGES[:-1]):
        flow.go_back()
        assert flow.page == page
    flow.go_back()  # on the first page Back does nothing
    assert flow.page == "situation"
    assert flow.to_draft()["fields"] == before


def test_too_long_text_and_control_characters_are_refused_where_typed() -> None:
    flow = filled()
    flow.needs = LONG
    assert fields(flow, "situation") == [("needs", rules.TOO_LONG)]
    flow.needs = "ok"
    flow.practical[m.PracticalArea.ECONOMY] = ep.NeedDraft(note="skulder\x07")
    assert fields(flow, "practical") == [("practical.economy.note", rules.CONTROL_CHARACTERS)]


def test_a_social_item_needs_a_description() -> None:
    flow = filled()
    flow.social_items.append(SocialDraft(m.SocialKind.PARTNER, "  "))
    assert fields(flow, "social") == [("social_items.2.description", rules.REQUIRED)]


def test_no_measure_needs_a_reason() -> None:
    flow = filled()
    flow.measures = []
    assert fields(flow, "measures") == [("no_measures_reason", ep.NO_MEASURES)]
    flow.no_measures_reason = "Väntar på beslut om boende"
    assert fields(flow, "measures") == []


def test_measure_problems() -> None:
    flow = filled()
    flow.measures = [
        MeasureDraft(starts_on=TODAY, follow_up_on=TODAY - timedelta(days=1)),
        MeasureDraft(
            description="Praktik",
            actor_organisation_id=3,
            starts_on=TODAY + timedelta(days=10),
            follow_up_on=TODAY + timedelta(days=5),
        ),
        MeasureDraft(description="Kurs", actor_person_id=4, starts_on=TODAY),
    ]
    assert fields(flow, "measures") == [
        ("measures.0.description", rules.REQUIRED),
        ("measures.0.actor", ep.NEEDS_RESPONSIBLE),
        ("measures.0.follow_up_on", flow_base.DATE_IN_PAST),
        ("measures.1.follow_up_on", rules.BEFORE_MEASURE_STARTS),
        ("measures.2.follow_up_on", ep.NEEDS_FOLLOW_UP),
    ]


def test_a_finished_measure_needs_no_follow_up_and_may_lie_in_the_past() -> None:
    flow = filled()
    flow.measures[0].status = m.MeasureStatus.DONE
    flow.measures[0].starts_on = TODAY - timedelta(days=60)
    flow.measures[0].follow_up_on = TODAY - timedelta(days=30)
    assert fields(flow, "measures") == []
    flow.measures[0].follow_up_on = None
    assert fields(flow, "measures") == []


def test_the_plans_own_follow_up() -> None:
    flow = filled()
    flow.plan_follow_up_on = TODAY - timedelta(days=1)
    flow.plan_follow_up_text = ""
    assert fields(flow, "measures") == [
        ("plan_follow_up_text", rules.REQUIRED),
        ("plan_follow_up_on", flow_base.DATE_IN_PAST),
    ]
    flow.plan_follow_up_on = TODAY  # today is allowed
    flow.plan_follow_up_text = "Följa upp"
    assert fields(flow, "measures") == []


def test_the_boundary_must_be_confirmed_and_the_police_note_written() -> None:
    flow = filled()
    flow.boundary_confirmed = False
    flow.police_sharing_note = ""
    assert fields(flow, "boundary") == [
        ("boundary_confirmed", ep.MUST_CONFIRM),
        ("police_sharing_note", rules.REQUIRED),
    ]


def test_build_refuses_an_incomplete_plan() -> None:
    flow = filled()
    flow.boundary_confirmed = False
    with pytest.raises(ValueError, match="not complete"):
        flow.build()


def test_build_gives_the_records_with_normalised_text() -> None:
    flow = filled()
    flow.situation += "e\u0301"  # a decomposed é must be stored composed
    created = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    records = flow.build(created)
    plan = records.plan
    assert plan.case_id == 7
    assert plan.created_at == created
    assert plan.revision == 1 and plan.supersedes_id is None
    assert plan.situation == "Bor hos mamma i Köping, har brutit med gruppen 🙂 \né"
    assert unicodedata.is_normalized("NFC", plan.situation)
    assert plan.motivation == 4
    assert plan.social_items[0] == m.SocialItem(
        m.SocialKind.RELATIVE, "Systern Åsa", m.Influence.SUPPORTS
    )
    # Every practical area is in the plan, in the strategy's order.
    assert [n.area for n in plan.practical_needs] == list(m.PracticalArea)
    assert plan.practical_needs[1] == m.PracticalNeed(
        m.PracticalArea.HOUSING, m.NeedStatus.PRESENT, "Egen lägenhet"
    )
    assert plan.boundary_confirmed is True
    assert plan.no_measures_reason == ""
    (measure,) = records.measures
    assert measure.description == "Samtal med socialsekreterare"
    assert measure.follow_up_on == TODAY + timedelta(days=30)
    (follow_up,) = records.follow_ups
    assert follow_up.due_on == TODAY + timedelta(days=90)
    assert follow_up.description == "Följa upp planen"
    for record in (plan, measure, follow_up):
        rules.validate(record)


def test_a_reason_for_no_measures_is_dropped_once_there_are_measures() -> None:
    flow = filled()
    flow.no_measures_reason = "inaktuellt"
    assert flow.build().plan.no_measures_reason == ""


def test_the_draft_is_json_and_comes_back_whole() -> None:
    flow = filled()
    flow.go_next()
    flow.go_next()
    flow.measures[0].carried_follow_up_on = TODAY
    payload = json.loads(json.dumps(flow.to_draft()))
    again = ExitPlanFlow.from_draft(7, payload, TODAY)
    assert again.to_draft() == flow.to_draft()
    assert again.page == "practical"


def test_a_resumed_draft_opens_on_the_first_page_with_problems() -> None:
    flow = filled()
    flow.go_to("boundary")
    flow.social_items[0].description = ""
    again = ExitPlanFlow.from_draft(7, flow.to_draft(), TODAY)
    assert again.page == "social"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"fields": None, "page": 3},
        {
            "page": "nowhere",
            "fields": {
                "situation": 5,
                "motivation": 9,
                "social_items": [{"kind": "alien"}, "x"],
                "practical": {"housing": {"status": "maybe"}, "economy": "x"},
                "measures": [{"starts_on": "2026-02-30", "status": 3}],
                "plan_follow_up_on": "soon",
                "boundary_confirmed": "yes",
                "base_revision": -4,
            },
        },
    ],
)
def test_a_broken_draft_gives_a_usable_flow(payload: dict[str, object]) -> None:
    flow = ExitPlanFlow.from_draft(7, payload, TODAY)
    assert flow.page == "situation"
    assert flow.motivation is None
    assert flow.boundary_confirmed is False
    assert flow.base_revision == 0
    json.dumps(flow.to_draft())


def test_a_revision_starts_from_the_plan_in_force() -> None:
    plan = filled().build(datetime(2026, 1, 5, 12, tzinfo=UTC)).plan
    plan = m.ExitPlan(**{**plan.__dict__, "id": 41, "revision": 2, "supersedes_id": 40})
    overdue = TODAY - timedelta(days=3)
    measure = m.Measure(
        plan_id=41,
        description="Praktik",
        actor_kind=m.ActorKind.EMPLOYMENT_SERVICE,
        starts_on=TODAY - timedelta(days=40),
        follow_up_on=overdue,
        actor_organisation_id=5,
        status=m.MeasureStatus.ONGOING,
        id=9,
    )
    flow = ExitPlanFlow.from_plan(plan, [measure], TODAY)
    assert flow.base_plan_id == 41 and flow.revision == 3
    assert flow.situation == plan.situation
    assert flow.practical[m.PracticalArea.HOUSING].note == "Egen lägenhet"
    # The line against investigation is confirmed again for each revision.
    assert flow.boundary_confirmed is False
    assert flow.police_sharing_note == "Ingenting delas"
    (draft,) = flow.measures
    assert draft.actor_organisation_id == 5 and draft.status is m.MeasureStatus.ONGOING
    # An overdue follow-up carried over unchanged is accepted; a new past day is not.
    assert fields(flow, "measures") == []
    draft.follow_up_on = overdue - timedelta(days=1)
    assert fields(flow, "measures") == [("measures.0.follow_up_on", flow_base.DATE_IN_PAST)]
    flow.boundary_confirmed = True
    draft.follow_up_on = overdue
    built = flow.build().plan
    assert built.revision == 3 and built.supersedes_id == 41
