"""The flows ask rules.problems for every problem of a record, so a page reports its own
fields' problems even when another page's field is wrong first in the record."""

from __future__ import annotations

import pytest
from test_flows_exit_plan import TODAY, filled

from kopingplan.domain import rules
from kopingplan.domain.flows import ExitPlanFlow, RelativeSupportFlow
from kopingplan.domain.flows.base import Flow


def test_a_page_is_not_hidden_by_an_earlier_pages_problem() -> None:
    flow = filled()
    flow.situation = "Bor hos mamma\x07"  # page 1: an invisible control character (a paste)
    flow.boundary_confirmed = True
    flow.police_sharing_note = "Ingenting\x07"  # page 5: the same
    boundary = [(p.field, p.text) for p in flow.page_problems("boundary")]
    assert boundary == [("police_sharing_note", rules.CONTROL_CHARACTERS)]
    situation = [(p.field, p.text) for p in flow.page_problems("situation")]
    assert situation == [("situation", rules.CONTROL_CHARACTERS)]


def test_every_field_of_a_page_at_once() -> None:
    flow = ExitPlanFlow(7, TODAY)
    flow.situation = "a\x07"
    flow.needs = "x" * (rules.TEXT_MAX + 1)
    found = {p.field: p.text for p in flow.page_problems("situation")}
    assert found["situation"] == rules.CONTROL_CHARACTERS
    assert found["needs"] == rules.TOO_LONG
    assert found["motivation_reason"] == rules.REQUIRED


def test_relative_support_worry_and_signs_together() -> None:
    flow = RelativeSupportFlow(None, today=TODAY)
    flow.worry = "Oro\x07"
    flow.signs_other = "y" * (rules.TEXT_MAX + 1)
    found = {p.field: p.text for p in flow.page_problems("worry")}
    assert found == {"worry": rules.CONTROL_CHARACTERS, "signs_other": rules.TOO_LONG}


@pytest.mark.parametrize("flow", [filled(), RelativeSupportFlow(None, today=TODAY)])
def test_every_page_but_the_summary_is_checked_and_an_unknown_page_is_refused(flow: Flow) -> None:
    """Flow.page_problems finds a page's check by its name: a page whose check is missing or
    misspelt must fail loudly, not pass unchecked."""
    for page in flow.PAGES:
        problems = flow.page_problems(page)  # raises AttributeError for a missing check
        assert isinstance(problems, list)
        if page == "summary":
            assert problems == []
    with pytest.raises(KeyError):
        flow.page_problems("no such page")
