"""domain.rules: what a record must satisfy before it is stored."""

from __future__ import annotations

import ast
import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
D0 = date(2026, 3, 2)


def case(**changes: Any) -> m.Case:
    return dataclasses.replace(
        m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.RIGHT, D0), **changes
    )


def problem(obj: object) -> tuple[str, str]:
    with pytest.raises(errors.InvalidInput) as raised:
        rules.validate(obj)
    return raised.value.field, raised.value.problem


def test_a_good_case_passes() -> None:
    rules.validate(case(summary="Rad ett\n\tRad två med tabb", id=3))


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_empty_title_is_refused(title: str) -> None:
    assert problem(case(title=title)) == ("title", rules.REQUIRED)


@pytest.mark.parametrize(
    "bad",
    ["\x00", "\x07", "\x1b[31m", "\r", "\x7f", "\x85", "\u202e", "\u2066", "\ud800", "\uffff"],
)
def test_control_characters_are_refused(bad: str) -> None:
    assert problem(case(summary=f"text{bad}text")) == ("summary", rules.CONTROL_CHARACTERS)
    assert problem(case(title=f"titel{bad}")) == ("title", rules.CONTROL_CHARACTERS)


def test_emoji_and_joiners_are_fine() -> None:
    rules.validate(case(title="Ärende 👨‍👩‍👧 ✓", summary="Ünïcödé – «citat» ‘x’"))


def test_titles_are_single_lines() -> None:
    assert problem(case(title="rad\nrad")) == ("title", rules.NOT_ONE_LINE)
    assert problem(case(title="a\tb")) == ("title", rules.NOT_ONE_LINE)


def test_too_long_text_is_refused() -> None:
    rules.validate(case(title="x" * rules.LINE_MAX, summary="y" * rules.TEXT_MAX))
    assert problem(case(title="x" * (rules.LINE_MAX + 1))) == ("title", rules.TOO_LONG)
    assert problem(case(summary="y" * (rules.TEXT_MAX + 1))) == ("summary", rules.TOO_LONG)
    plan = m.PlanRevision(1, D0, "KF", "z" * (rules.TEXT_MAX * 2))
    rules.validate(plan)  # the action plan is a document with a limit of its own


def test_decomposed_text_must_be_normalised_first() -> None:
    decomposed = "A\u030asa"
    assert problem(case(title=decomposed)) == ("title", rules.NOT_NORMALISED)
    rules.validate(case(title=rules.normalise_text(decomposed)))


def test_normalise_text() -> None:
    assert rules.normalise_text("  a\r\nb\rc\u2028d\x0ce  ") == "a\nb\nc\nd\ne"
    assert rules.normalise_text("A\u030asa") == "Åsa"
    assert rules.normalise_text("x\x00y") == "x\x00y"  # left for validate() to report
    assert rules.normalise_text(" \t\n ") == ""


@pytest.mark.parametrize("day", [date(1899, 12, 31), date(2101, 1, 1), date(1, 1, 1)])
def test_absurd_dates_are_refused(day: date) -> None:
    assert problem(case(opened_on=day)) == ("opened_on", rules.DATE_OUT_OF_RANGE)


def test_datetimes_need_a_time_zone_and_a_sane_year() -> None:
    assert problem(m.Note(1, datetime(2026, 1, 1), "x")) == ("written_at", rules.NO_TIME_ZONE)
    assert problem(m.Note(1, datetime(2200, 1, 1, tzinfo=UTC), "x")) == (
        "written_at",
        rules.DATE_OUT_OF_RANGE,
    )
    rules.validate(m.Note(1, datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=1))), "x"))


def test_wrong_types_are_refused() -> None:
    assert problem(case(opened_on=T0)) == ("opened_on", rules.WRONG_TYPE)
    assert problem(case(title=None)) == ("title", rules.REQUIRED)
    assert problem(case(level="medium")) == ("level", rules.UNKNOWN_VALUE)
    assert problem(case(responsible_group_id=0)) == ("responsible_group_id", rules.INVALID_ID)
    assert problem(case(responsible_group_id=True)) == ("responsible_group_id", rules.WRONG_TYPE)
    rules.validate(case(level="individual"))  # the stored value of a member is accepted


def test_closed_case_rules() -> None:
    closed = case(status=m.CaseStatus.CLOSED, closed_on=D0 + timedelta(days=1))
    rules.validate(closed)
    assert problem(case(status=m.CaseStatus.CLOSED)) == ("closed_on", rules.REQUIRED)
    assert problem(case(closed_on=D0)) == ("closed_on", rules.ONLY_WHEN_CLOSED)
    assert problem(dataclasses.replace(closed, closed_on=D0 - timedelta(days=1))) == (
        "closed_on",
        rules.BEFORE_CASE_OPENED,
    )


@pytest.mark.parametrize("motivation", [0, 6, 7, -1])
def test_motivation_outside_one_to_five_is_refused(motivation: int) -> None:
    plan = m.ExitPlan(1, T0, motivation=motivation)
    assert problem(plan) == ("motivation", rules.MOTIVATION_RANGE)


def test_motivation_one_to_five_and_none_pass() -> None:
    for motivation in (None, 1, 3, 5):
        rules.validate(m.ExitPlan(1, T0, motivation=motivation))


def test_exit_plan_items_are_checked() -> None:
    bad_item = m.ExitPlan(1, T0, social_items=(m.SocialItem(m.SocialKind.CHILD, " "),))
    assert problem(bad_item) == ("social_items.description", rules.REQUIRED)
    twice = m.ExitPlan(
        1,
        T0,
        practical_needs=(
            m.PracticalNeed(m.PracticalArea.HOUSING),
            m.PracticalNeed(m.PracticalArea.HOUSING),
        ),
    )
    assert problem(twice) == ("practical_needs", rules.DUPLICATE)
    assert problem(m.ExitPlan(1, T0, revision=0)) == ("revision", rules.AT_LEAST_ONE)
    wrong = m.ExitPlan(1, T0, social_items=[])  # type: ignore[arg-type]
    assert problem(wrong) == ("social_items", rules.WRONG_TYPE)


def person(**changes: Any) -> m.Person:
    return dataclasses.replace(m.Person("Åke", "Ärlig"), **changes)


def test_identity_numbers() -> None:
    rules.validate(person(identity_number="191212121212", birth_year=1912))
    rules.validate(person(identity_number="198112189876"))


@pytest.mark.parametrize(
    "number",
    ["191212121213", "19121212-1212", "121212-1212", "", "abc", "199913321234", "191212121212 "],
)
def test_bad_identity_numbers_are_refused(number: str) -> None:
    field, found = problem(person(identity_number=number))
    assert field == "identity_number"
    assert found in (rules.INVALID_IDENTITY_NUMBER, rules.NOT_CANONICAL)


def test_identity_number_never_appears_in_the_error() -> None:
    with pytest.raises(errors.InvalidInput) as raised:
        rules.validate(person(identity_number="191212121213"))
    assert "121213" not in str(raised.value)
    assert "121213" not in repr(raised.value.params)


def test_birth_year_must_match_identity_number() -> None:
    assert problem(person(identity_number="191212121212", birth_year=1913)) == (
        "birth_year",
        rules.BIRTH_YEAR_MISMATCH,
    )
    assert problem(person(birth_year=1850)) == ("birth_year", rules.DATE_OUT_OF_RANGE)


def test_a_person_needs_a_name() -> None:
    rules.validate(person(given_name=""))
    assert problem(person(given_name=" ", family_name="")) == ("given_name", rules.NEEDS_NAME)


def test_follow_ups_not_before_the_record() -> None:
    assert problem(m.Measure(1, "x", m.ActorKind.POLICE, D0, follow_up_on=D0 - timedelta(1))) == (
        "follow_up_on",
        rules.BEFORE_MEASURE_STARTS,
    )
    late_evening = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # already 3 March in Sweden
    rules.validate(
        m.Contact(
            late_evening.astimezone(timezone(timedelta(hours=1))),
            m.Channel.PHONE,
            "x",
            case_id=1,
            follow_up_on=D0,
        )
    )
    assert (
        problem(
            m.Contact(T0, m.Channel.PHONE, "x", case_id=1, follow_up_on=D0 - timedelta(days=1))
        )[1]
        == rules.BEFORE_CONTACT
    )
    assert (
        problem(m.Incident(D0, m.IncidentKind.THREAT, "x", "y", follow_up_on=D0 - timedelta(1)))[1]
        == rules.BEFORE_INCIDENT
    )
    assert (
        problem(m.GroupMembership(1, "ledamot", D0, person_id=1, to_date=D0 - timedelta(1)))[0]
        == "to_date"
    )


def test_links_that_the_schema_also_demands() -> None:
    assert problem(m.Contact(T0, m.Channel.PHONE, "x")) == ("person_id", rules.NEEDS_LINK)
    assert problem(m.GroupMembership(1, "ledamot", D0)) == ("person_id", rules.NEEDS_MEMBER)
    assert problem(m.AgendaItem(1, 1, m.AgendaItemKind.CASE, "x")) == ("case_id", rules.REQUIRED)
    assert problem(m.AgendaItem(1, -1, m.AgendaItemKind.OTHER, "x")) == (
        "position",
        rules.NOT_NEGATIVE,
    )
    assert problem(m.LevelChange(1, m.Level.GENERAL, D0, "x", m.Level.GENERAL)) == (
        "to_level",
        rules.SAME_LEVEL,
    )
    # A move needs a reason; the first row (where the case started) does not.
    assert problem(m.LevelChange(1, m.Level.GENERAL, D0, " ", m.Level.SPECIFIC)) == (
        "reason",
        rules.REQUIRED,
    )
    rules.validate(m.LevelChange(1, m.Level.GENERAL, D0, ""))


def test_disclosure_checks() -> None:
    good = m.Disclosure(T0, "Polisen", "Lägesbild", "ab" * 32, "OSL 10:2", "Anna", case_ids=(1, 2))
    rules.validate(good)
    assert problem(dataclasses.replace(good, content_sha256="AB" * 32))[1] == rules.NOT_A_CHECKSUM
    assert problem(dataclasses.replace(good, legal_basis=""))[0] == "legal_basis"
    assert problem(dataclasses.replace(good, case_ids=(1, 1)))[1] == rules.DUPLICATE
    assert problem(dataclasses.replace(good, case_ids=(0,)))[1] == rules.INVALID_ID


def test_relative_support_contact_signs() -> None:
    good = m.RelativeSupportContact(1, T0, m.Channel.PHONE, "Oro", signs=("isolation",))
    rules.validate(good)
    assert problem(dataclasses.replace(good, signs=("",)))[0] == "signs"
    assert problem(dataclasses.replace(good, worry=""))[0] == "worry"


def test_problems_are_marked_for_translation() -> None:
    """Every problem text is a QT_TRANSLATE_NOOP("Errors", …) constant, so lupdate finds it."""
    tree = ast.parse(Path(rules.engine.__file__).read_text(encoding="utf-8"))
    marked = {
        node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.value.args[0], ast.Constant)
        and node.value.args[0].value == "Errors"
    }
    texts = {n for n in dir(rules) if n.isupper() and isinstance(getattr(rules, n), str)}
    assert texts == marked
    assert len(marked) >= 20


def test_unknown_class_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        rules.validate(object())
    with pytest.raises(TypeError):
        rules.validate(m.SearchHit("note", 1, None, ""))


@given(st.text(max_size=400))
def test_normalised_text_fails_only_for_what_the_user_must_fix(text: str) -> None:
    """After normalise_text, only control characters or length can still be refused."""
    summary = rules.normalise_text(text)
    try:
        rules.validate(case(summary=summary))
    except errors.InvalidInput as error:
        assert error.problem == rules.CONTROL_CHARACTERS


# --- problems(): every problem at once ---------------------------------------------------------


def test_problems_lists_every_field_at_once_in_field_order() -> None:
    bad = case(title="", summary="a\x07b", status=m.CaseStatus.CLOSED)
    assert [(p.field, p.problem) for p in rules.problems(bad)] == [
        ("title", rules.REQUIRED),
        ("summary", rules.CONTROL_CHARACTERS),
        ("closed_on", rules.REQUIRED),  # a rule between fields comes after the fields
    ]


def test_a_good_record_has_no_problems() -> None:
    assert rules.problems(case(summary="Rad ett", id=3)) == []


def test_one_problem_per_field_the_first() -> None:
    person = m.Person("", "", identity_number="19121212121", birth_year=1800)
    found = {p.field: p for p in rules.problems(person)}
    assert found["given_name"].problem == rules.NEEDS_NAME
    assert found["birth_year"].problem == rules.DATE_OUT_OF_RANGE  # not also "does not match"
    assert found["identity_number"].problem == rules.INVALID_IDENTITY_NUMBER
    assert found["identity_number"].reason  # why, for the GUI; never the number itself
    assert "19121212121" not in found["identity_number"].reason
    assert len(rules.problems(person)) == 3


def test_validate_raises_the_first_of_the_problems() -> None:
    bad = m.Incident(D0, m.IncidentKind.THREAT, "", "", follow_up_on=D0 - timedelta(days=1))
    first, *rest = rules.problems(bad)
    assert [p.field for p in rest] == ["staff_member", "follow_up_on"]
    assert problem(bad) == (first.field, first.problem) == ("description", rules.REQUIRED)


def test_problems_in_list_items_name_the_item_field() -> None:
    plan = m.ExitPlan(
        1,
        T0,
        social_items=(m.SocialItem(m.SocialKind.RELATIVE, "", m.Influence.NEUTRAL),),
        motivation=9,
    )
    fields = {p.field: p.problem for p in rules.problems(plan)}
    assert fields == {
        "social_items.description": rules.REQUIRED,
        "motivation": rules.MOTIVATION_RANGE,
    }


def test_required_fields_are_known_for_marking() -> None:
    assert rules.required_fields(m.Case) == {"title"}
    assert rules.required_fields(m.Incident) == {"description", "staff_member"}
    assert rules.required_fields(object) == frozenset()


@given(st.text(max_size=60), st.text(max_size=60))
def test_problems_agree_with_validate(title: str, summary: str) -> None:
    record = case(title=title, summary=summary)
    found = rules.problems(record)
    try:
        rules.validate(record)
    except errors.InvalidInput as error:
        assert (error.field, error.problem) == (found[0].field, found[0].problem)
    else:
        assert found == []
