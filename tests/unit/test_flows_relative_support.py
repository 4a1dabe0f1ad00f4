"""The relative-support flow without Qt: who called, consent, link, follow-up, drafts, build()."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.flows import CallerMode, LinkMode, RelativeSupportFlow
from kopingplan.domain.flows import base as flow_base
from kopingplan.domain.flows import relative_support as rs

NOW = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
TODAY = NOW.date()


def clock() -> datetime:
    return NOW


def new(case_id: int | None = None) -> RelativeSupportFlow:
    return RelativeSupportFlow(case_id, TODAY, clock)


def fields(flow: RelativeSupportFlow, page: str) -> list[tuple[str, str]]:
    return [(p.field, p.text) for p in flow.page_problems(page)]


def anonymous() -> RelativeSupportFlow:
    flow = new()
    flow.caller_mode = CallerMode.ANONYMOUS
    flow.pseudonym = "Mamman i Kolsva"
    flow.callback = "Ring efter 17 på 070-000 00 00"
    flow.relation = "mamma"
    flow.worry = "Sonen 16 år har slutat träffa sina vänner 😟 och pratar om ”vi och dom”."
    flow.signs = ["us_and_them", "isolation"]
    flow.advice = "Fortsätt prata med honom; kontakta skolkuratorn."
    flow.referral_organisation_ids = [3, 3, 5]
    flow.follow_up_on = TODAY + timedelta(days=14)
    return flow


def thread(**changes: object) -> m.RelativeSupport:
    values: dict[str, object] = {
        "opened_on": date(2026, 1, 2),
        "relation": "pappa",
        "pseudonym": "Pappan",
        "id": 12,
    }
    values.update(changes)
    return m.RelativeSupport(**values)  # type: ignore[arg-type]


def test_starts_now_by_phone_with_no_case() -> None:
    flow = new()
    assert flow.PAGES == ("caller", "worry", "advice", "link", "summary")
    assert flow.occurred_at == NOW.replace(second=0, microsecond=0)
    assert flow.channel is m.Channel.PHONE
    assert flow.link_mode is LinkMode.NONE
    assert new(case_id=4).link_mode is LinkMode.EXISTING_CASE


def test_anonymous_needs_a_pseudonym_and_a_relation() -> None:
    flow = new()
    assert [p.field for p in flow.go_next()] == ["pseudonym", "relation"]
    assert flow.page == "caller"


def test_a_person_from_the_registry_must_be_chosen() -> None:
    flow = anonymous()
    flow.caller_mode = CallerMode.REGISTRY
    flow.consent_to_record = True
    assert fields(flow, "caller") == [("person_id", flow_base.CHOOSE_ONE)]
    flow.person_id = 8
    assert fields(flow, "caller") == []


def test_a_new_person_needs_a_name_and_lines_stay_lines() -> None:
    flow = anonymous()
    flow.caller_mode = CallerMode.NEW_PERSON
    flow.consent_to_record = True
    assert fields(flow, "caller") == [("given_name", rs.NEEDS_NAME)]
    flow.family_name = "Öberg"
    flow.phone = "070\n123"
    assert fields(flow, "caller") == [("phone", rules.NOT_ONE_LINE)]


def test_a_named_relative_needs_consent_to_be_recorded() -> None:
    flow = anonymous()
    flow.caller_mode = CallerMode.REGISTRY
    flow.person_id = 8
    assert fields(flow, "caller") == [("consent_to_record", rs.NAMED_NEEDS_CONSENT)]
    # Anonymous needs no consent: nothing identifies the caller.
    flow.caller_mode = CallerMode.ANONYMOUS
    assert fields(flow, "caller") == []


def test_a_contact_cannot_lie_in_the_future() -> None:
    flow = anonymous()
    flow.occurred_at = NOW + timedelta(hours=1)
    assert fields(flow, "caller") == [("occurred_at", flow_base.IN_FUTURE)]


def test_the_worry_is_required_and_may_be_long_but_not_too_long() -> None:
    flow = anonymous()
    flow.worry = ""
    assert fields(flow, "worry") == [("worry", rules.REQUIRED)]
    flow.worry = "å" * rules.TEXT_MAX
    assert fields(flow, "worry") == []
    flow.worry += "ä"
    assert fields(flow, "worry") == [("worry", rules.TOO_LONG)]


def test_link_problems() -> None:
    flow = anonymous()
    flow.link_mode = LinkMode.EXISTING_CASE
    assert fields(flow, "link") == [("case_id", flow_base.CHOOSE_ONE)]
    flow.link_mode = LinkMode.NEW_CASE
    assert fields(flow, "link") == [("new_case_title", rules.REQUIRED)]
    flow.new_case_title = "Ny\ttitel"
    assert fields(flow, "link") == [("new_case_title", rules.NOT_ONE_LINE)]
    flow.new_case_title = "Oro för son, Kolsva"
    flow.follow_up_on = TODAY - timedelta(days=1)
    assert fields(flow, "link") == [("follow_up_on", flow_base.DATE_IN_PAST)]
    flow.follow_up_on = TODAY
    assert fields(flow, "link") == []


def test_an_anonymous_first_contact_builds_a_thread_and_a_contact() -> None:
    records = anonymous().build()
    assert records.thread_id is None and records.new_person is None and records.new_case is None
    assert records.new_thread == m.RelativeSupport(
        opened_on=TODAY,
        relation="mamma",
        pseudonym="Mamman i Kolsva",
        callback="Ring efter 17 på 070-000 00 00",
    )
    contact = records.contact
    # The checklist keeps the model's order; referrals are listed once each.
    assert contact.signs == ("isolation", "us_and_them")
    assert contact.referral_organisation_ids == (3, 5)
    assert "😟" in contact.worry
    assert contact.follow_up_on == TODAY + timedelta(days=14)
    rules.validate(contact)


def test_a_named_caller_gets_no_pseudonym_and_a_new_case_can_be_opened() -> None:
    flow = anonymous()
    flow.caller_mode = CallerMode.NEW_PERSON
    flow.given_name, flow.family_name, flow.phone = " Åsa ", "Öberg", "070-111 22 33"
    flow.consent_to_record = True
    flow.link_mode = LinkMode.NEW_CASE
    flow.new_case_title = "Oro för son, Kolsva"
    flow.new_case_level = m.Level.SPECIFIC
    records = flow.build()
    assert records.new_person == m.Person("Åsa", "Öberg", phone="070-111 22 33")
    assert records.new_thread is not None and records.new_thread.pseudonym == ""
    assert records.new_thread.callback == ""
    assert records.new_case == m.Case(
        "Oro för son, Kolsva", m.Level.SPECIFIC, m.Orientation.UNCLEAR, TODAY
    )


def test_a_later_contact_continues_the_thread_and_keeps_its_case() -> None:
    flow = anonymous()
    flow.use_thread(thread(case_id=30))
    flow.relation = ""  # the thread's relation counts; the field is not asked
    assert flow.link_fixed and flow.case_id == 30
    assert fields(flow, "caller") == []
    records = flow.build()
    assert records.thread_id == 12 and records.new_thread is None
    assert records.case_id == 30 and records.new_case is None
    assert records.contact.relative_support_id == 12


def test_a_later_contact_of_a_named_relative_needs_consent_too() -> None:
    flow = anonymous()
    flow.use_thread(thread(person_id=8, pseudonym=""))
    assert fields(flow, "caller") == [("consent_to_record", rs.NAMED_NEEDS_CONSENT)]


def test_the_draft_is_json_and_comes_back_whole() -> None:
    flow = anonymous()
    flow.use_thread(thread())
    flow.go_next()
    flow.go_next()
    payload = json.loads(json.dumps(flow.to_draft()))
    again = RelativeSupportFlow.from_draft(
        payload, thread=lambda i: thread() if i == 12 else None, today=TODAY, now=clock
    )
    assert again.to_draft() == flow.to_draft()
    assert again.page == "advice"
    assert again.thread == thread()


def test_a_draft_whose_thread_is_gone_starts_a_new_thread() -> None:
    flow = anonymous()
    flow.use_thread(thread())
    again = RelativeSupportFlow.from_draft(flow.to_draft(), today=TODAY, now=clock)
    assert again.thread is None


@pytest.mark.parametrize(
    "payload",
    [{}, {"fields": {"occurred_at": "igår", "signs": "isolation", "caller_mode": 4}}],
)
def test_a_broken_draft_gives_a_usable_flow(payload: dict[str, object]) -> None:
    flow = RelativeSupportFlow.from_draft(payload, case_id=3, today=TODAY, now=clock)
    assert flow.page == "caller"
    assert flow.signs == [] and flow.case_id == 3
    json.dumps(flow.to_draft())
