"""The hand-written queries: case list, timeline, "Att göra", lägesbild, plans, counts."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo
from kopingplan.storage.repositories import CaseFilter

from storage_samples import D0, T0, build_world, full_samples

L, OR, S = m.Level, m.Orientation, m.CaseStatus


def _case(
    conn: Any,
    title: str,
    level: m.Level = L.SPECIFIC,
    orientation: m.Orientation = OR.RIGHT,
    **kw: Any,
) -> int:
    opened = kw.pop("opened_on", D0)
    return mapping.insert(conn, repo.CASES, m.Case(title, level, orientation, opened, **kw))


# --- the sort key ----------------------------------------------------------------------------


def test_title_sort_key_orders_the_swedish_way() -> None:
    titles = [
        "Ödla",
        "Zeta",
        "ärende",
        "Åsa",
        "åsa 2",
        "Abc",
        "Émile",
        "Eva",
        "Müller",
        "Myra",
        "Ærø",
        "10 år",
    ]
    ordered = sorted(titles, key=repo.title_sort_key)
    assert ordered == [
        "10 år",
        "Abc",
        "Émile",
        "Eva",
        "Müller",
        "Myra",
        "Zeta",
        "Åsa",
        "åsa 2",
        "ärende",
        "Ærø",
        "Ödla",
    ]
    assert repo.title_sort_key("  ÅSA   Ärlig ") == repo.title_sort_key("åsa ärlig")


# --- case list -------------------------------------------------------------------------------


@pytest.fixture
def cases(conn: Any) -> dict[str, int]:
    person = mapping.insert(conn, repo.PERSONS, m.Person("Sara", "Öberg"))
    group = mapping.insert(
        conn, repo.GROUPS, m.Group("Insatsgrupp", m.GroupKind.INTERVENTION_GROUP)
    )
    ids = {
        "person": person,
        "group": group,
        "örn": _case(
            conn,
            "Örnen",
            L.INDIVIDUAL,
            OR.ISLAMIST,
            responsible_person_id=person,
            opened_on=date(2025, 5, 1),
        ),
        "åsa": _case(
            conn, "Åsa", L.GENERAL, OR.RIGHT, responsible_group_id=group, opened_on=date(2026, 1, 1)
        ),
        "adam": _case(
            conn,
            "adam",
            L.SPECIFIC,
            OR.LEFT,
            responsible_group_id=group,
            responsible_person_id=person,
            opened_on=date(2024, 1, 1),
        ),
        "zeta": _case(
            conn,
            "Zeta 100%_klar",
            L.SPECIFIC,
            OR.RIGHT,
            status=S.CLOSED,
            closed_on=date(2026, 2, 1),
            opened_on=date(2025, 1, 1),
        ),
        "ärla": _case(conn, "Ärla", L.INDIVIDUAL, OR.UNCLEAR, opened_on=date(2025, 9, 1)),
    }
    return ids


def _titles(rows: list[repo.CaseRow]) -> list[str]:
    return [row.title for row in rows]


def test_case_page_sorts_by_swedish_title(conn: Any, cases: dict[str, int]) -> None:
    assert _titles(repo.case_page(conn)) == ["adam", "Zeta 100%_klar", "Åsa", "Ärla", "Örnen"]
    assert _titles(repo.case_page(conn, descending=True)) == [
        "Örnen",
        "Ärla",
        "Åsa",
        "Zeta 100%_klar",
        "adam",
    ]


def test_case_page_other_sorts(conn: Any, cases: dict[str, int]) -> None:
    assert _titles(repo.case_page(conn, sort="opened_on")) == [
        "adam",
        "Zeta 100%_klar",
        "Örnen",
        "Ärla",
        "Åsa",
    ]
    assert _titles(repo.case_page(conn, sort="level")) == [
        "Åsa",
        "adam",
        "Zeta 100%_klar",
        "Ärla",
        "Örnen",
    ]
    assert _titles(repo.case_page(conn, sort="level", descending=True)) == [
        "Ärla",
        "Örnen",
        "adam",
        "Zeta 100%_klar",
        "Åsa",
    ]
    assert _titles(repo.case_page(conn, sort="status"))[-1] == "Zeta 100%_klar"
    assert _titles(repo.case_page(conn, sort="closed_on", descending=True))[0] == "Zeta 100%_klar"
    assert _titles(repo.case_page(conn, sort="orientation"))[:2] == ["Zeta 100%_klar", "Åsa"]
    assert [r.id for r in repo.case_page(conn, sort="id")] == sorted(
        v for k, v in cases.items() if k not in ("person", "group")
    )
    with pytest.raises(ValueError):
        repo.case_page(conn, sort="summary")  # type: ignore[arg-type]


def test_case_page_filters(conn: Any, cases: dict[str, int]) -> None:
    assert _titles(repo.case_page(conn, CaseFilter(level=L.INDIVIDUAL))) == ["Ärla", "Örnen"]
    assert _titles(repo.case_page(conn, CaseFilter(orientation=OR.RIGHT))) == [
        "Zeta 100%_klar",
        "Åsa",
    ]
    assert _titles(repo.case_page(conn, CaseFilter(status=S.CLOSED))) == ["Zeta 100%_klar"]
    assert _titles(repo.case_page(conn, CaseFilter(group_id=cases["group"]))) == ["adam", "Åsa"]
    assert _titles(repo.case_page(conn, CaseFilter(responsible_person_id=cases["person"]))) == [
        "adam",
        "Örnen",
    ]
    assert _titles(repo.case_page(conn, CaseFilter(level=L.SPECIFIC, status=S.OPEN))) == ["adam"]
    assert repo.case_count(conn, CaseFilter(level=L.SPECIFIC)) == 2
    assert repo.case_count(conn) == 5


def test_case_page_text_filter(conn: Any, cases: dict[str, int]) -> None:
    assert _titles(repo.case_page(conn, CaseFilter(text="ÅS"))) == ["Åsa"]
    assert _titles(repo.case_page(conn, CaseFilter(text="ärl"))) == ["Ärla"]
    assert _titles(repo.case_page(conn, CaseFilter(text="a"))) == [
        "adam",
        "Zeta 100%_klar",
        "Åsa",
        "Ärla",
    ]
    # LIKE wildcards typed by the user are plain characters.
    assert _titles(repo.case_page(conn, CaseFilter(text="%_"))) == ["Zeta 100%_klar"]
    assert _titles(repo.case_page(conn, CaseFilter(text="_"))) == ["Zeta 100%_klar"]
    assert _titles(repo.case_page(conn, CaseFilter(text=f"#{cases['örn']}"))) == ["Örnen"]
    assert repo.case_count(conn, CaseFilter(text="100")) == 1
    assert repo.case_count(conn, CaseFilter(text="   ")) == 5


def test_case_page_pagination_is_stable(conn: Any, cases: dict[str, int]) -> None:
    for _ in range(25):
        _case(conn, "Samma titel")
    seen: list[int] = []
    for offset in range(0, 40, 7):
        seen.extend(r.id for r in repo.case_page(conn, limit=7, offset=offset))
    assert len(seen) == len(set(seen)) == 30
    assert [r.id for r in repo.case_page(conn, limit=30)] == seen


def test_case_row_carries_names_and_last_activity(conn: Any, cases: dict[str, int]) -> None:
    adam = cases["adam"]
    mapping.insert(conn, repo.NOTES, m.Note(adam, T0, "n"))
    later = T0 + timedelta(days=2)
    mapping.insert(conn, repo.CONTACTS, m.Contact(later, m.Channel.PHONE, "k", case_id=adam))
    row = repo.case_page(conn, CaseFilter(text="adam"))[0]
    assert row.responsible_group_name == "Insatsgrupp"
    assert row.responsible_person_name == "Sara Öberg"
    assert row.last_activity_at == later
    assert row.level is L.SPECIFIC and row.opened_on == date(2024, 1, 1)
    assert repo.case_page(conn, CaseFilter(text="Ärla"))[0].last_activity_at is None


def test_case_page_uses_an_index_for_the_title_order(conn: Any) -> None:
    plan = " ".join(
        str(r[3])
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM cases AS c WHERE c.status = ? "
            "ORDER BY c.title_key ASC, c.id ASC LIMIT 100",
            ("open",),
        )
    )
    assert "USE TEMP B-TREE" not in plan


# --- participants, history, plans ------------------------------------------------------------


def test_participants_subject_first_then_by_name(conn: Any) -> None:
    case = _case(conn, "x")
    people = {
        name: mapping.insert(conn, repo.PERSONS, m.Person(name, family))
        for name, family in [("Olle", "Åberg"), ("Per", "Andersson"), ("Kim", "Zorn")]
    }
    mapping.insert(
        conn,
        repo.CASE_PARTICIPANTS,
        m.CaseParticipant(case, people["Olle"], m.CaseRole.RELATIVE, "pappa"),
    )
    mapping.insert(
        conn, repo.CASE_PARTICIPANTS, m.CaseParticipant(case, people["Per"], m.CaseRole.RELATIVE)
    )
    mapping.insert(
        conn, repo.CASE_PARTICIPANTS, m.CaseParticipant(case, people["Kim"], m.CaseRole.SUBJECT)
    )
    result = repo.participants(conn, case)
    assert [(p.role, person.given_name) for p, person in result] == [
        (m.CaseRole.SUBJECT, "Kim"),
        (m.CaseRole.RELATIVE, "Per"),
        (m.CaseRole.RELATIVE, "Olle"),
    ]
    assert result[2][0].relation == "pappa"


def test_level_history_oldest_first(conn: Any) -> None:
    case = _case(conn, "x")
    for day, to, frm in [(3, L.INDIVIDUAL, L.SPECIFIC), (1, L.SPECIFIC, None)]:
        mapping.insert(
            conn, repo.LEVEL_CHANGES, m.LevelChange(case, to, date(2026, 1, day), "skäl", frm)
        )
    assert [c.to_level for c in repo.level_history(conn, case)] == [L.SPECIFIC, L.INDIVIDUAL]
    assert repo.level_history(conn, _case(conn, "y")) == []


def test_exit_plans_current_and_history(conn: Any) -> None:
    case = _case(conn, "x")
    assert repo.current_exit_plan(conn, case) is None
    first = mapping.insert(conn, repo.EXIT_PLANS, m.ExitPlan(case, T0, revision=1))
    mapping.insert(
        conn, repo.EXIT_PLANS, m.ExitPlan(case, T0, revision=2, motivation=3, supersedes_id=first)
    )
    current = repo.current_exit_plan(conn, case)
    assert current is not None and current.revision == 2 and current.supersedes_id == first
    assert [p.revision for p in repo.exit_plan_history(conn, case)] == [1, 2]


# --- timeline --------------------------------------------------------------------------------


def test_timeline_merges_kinds_newest_first(conn: Any) -> None:
    case = _case(conn, "x")
    plan = mapping.insert(conn, repo.EXIT_PLANS, m.ExitPlan(case, T0))
    day = date(2026, 4, 10)
    noon = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)
    note = mapping.insert(conn, repo.NOTES, m.Note(case, noon, "anteckning " * 50))
    contact = mapping.insert(
        conn,
        repo.CONTACTS,
        m.Contact(noon - timedelta(days=1), m.Channel.MEETING, "möte", case_id=case),
    )
    change = mapping.insert(
        conn, repo.LEVEL_CHANGES, m.LevelChange(case, L.INDIVIDUAL, day, "skäl", L.SPECIFIC)
    )
    follow = mapping.insert(
        conn, repo.FOLLOW_UPS, m.FollowUp(date(2026, 4, 20), "uppföljning", plan_id=plan)
    )
    measure = mapping.insert(
        conn,
        repo.MEASURES,
        m.Measure(plan, "praktik", m.ActorKind.EMPLOYMENT_SERVICE, date(2026, 4, 1)),
    )
    other = _case(conn, "annat")
    mapping.insert(conn, repo.NOTES, m.Note(other, noon, "inte med"))

    items = repo.case_timeline(conn, case)
    assert [(i.kind, i.id) for i in items] == [
        ("follow_up", follow),
        ("note", note),
        ("level_change", change),
        ("contact", contact),
        ("measure", measure),
    ]
    note_item = items[1]
    assert note_item.at == noon and note_item.on == day
    assert len(note_item.summary) == 200
    assert items[0].at is None and items[0].detail == "open"
    assert items[2].detail == "individual" and items[3].detail == "meeting"
    assert items[4].detail == "planned"


def test_timeline_is_bounded(conn: Any) -> None:
    case = _case(conn, "x")
    for i in range(30):
        mapping.insert(conn, repo.NOTES, m.Note(case, T0 + timedelta(hours=i), f"n{i}"))
        mapping.insert(
            conn,
            repo.CONTACTS,
            m.Contact(T0 + timedelta(hours=i, minutes=30), m.Channel.PHONE, f"k{i}", case_id=case),
        )
    items = repo.case_timeline(conn, case, limit=5)
    assert [i.summary for i in items] == ["k29", "n29", "k28", "n28", "k27"]


# --- Att göra --------------------------------------------------------------------------------


def test_due_items_overdue_first_and_only_open_ones(conn: Any) -> None:
    w = build_world(conn)
    today = date(2026, 5, 10)
    plan = w.plans[-1]  # the current revision: an earlier one's measures are not due
    f_over = mapping.insert(
        conn, repo.FOLLOW_UPS, m.FollowUp(date(2026, 5, 1), "försenad", plan_id=plan)
    )
    mapping.insert(
        conn, repo.FOLLOW_UPS, m.FollowUp(date(2026, 5, 1), "klar", done_on=date(2026, 5, 2))
    )
    f_later = mapping.insert(conn, repo.FOLLOW_UPS, m.FollowUp(date(2026, 5, 12), "snart"))
    mapping.insert(conn, repo.FOLLOW_UPS, m.FollowUp(date(2026, 6, 1), "för sent för listan"))
    ms = mapping.insert(
        conn,
        repo.MEASURES,
        m.Measure(
            plan, "insats", m.ActorKind.POLICE, date(2026, 4, 1), follow_up_on=date(2026, 5, 5)
        ),
    )
    mapping.insert(
        conn,
        repo.MEASURES,
        m.Measure(
            plan,
            "klar insats",
            m.ActorKind.POLICE,
            date(2026, 4, 1),
            follow_up_on=date(2026, 5, 5),
            status=m.MeasureStatus.DONE,
        ),
    )
    action = mapping.insert(
        conn,
        repo.MEETING_ACTIONS,
        m.MeetingAction(
            w.meetings[0], "kalla", date(2026, 5, 10), agenda_item_id=w.agenda_items[0]
        ),
    )
    support = w.supports[0]
    first_call = mapping.insert(
        conn,
        repo.RELATIVE_SUPPORT_CONTACTS,
        m.RelativeSupportContact(
            support, T0, m.Channel.PHONE, "första", follow_up_on=date(2026, 4, 1)
        ),
    )
    second_call = mapping.insert(
        conn,
        repo.RELATIVE_SUPPORT_CONTACTS,
        m.RelativeSupportContact(
            support,
            T0 + timedelta(days=40),
            m.Channel.PHONE,
            "andra",
            follow_up_on=date(2026, 5, 3),
        ),
    )
    contact = mapping.insert(
        conn,
        repo.CONTACTS,
        m.Contact(
            T0,
            m.Channel.PHONE,
            "ring tillbaka",
            person_id=w.persons[1],
            follow_up_on=date(2026, 5, 9),
        ),
    )

    items = repo.due_items(conn, date(2026, 5, 12), today=today)
    assert [(i.kind, i.id) for i in items] == [
        ("follow_up", f_over),
        ("relative_support_contact", second_call),
        ("measure", ms),
        ("contact", contact),
        ("meeting_action", action),
        ("follow_up", f_later),
    ]
    assert first_call not in [i.id for i in items if i.kind == "relative_support_contact"]
    assert [i.overdue for i in items] == [True, True, True, True, False, False]
    assert items[0].case_id == w.cases[0]  # through the exit plan
    assert items[1].case_id == w.cases[0]  # through the relative-support thread
    assert items[5].case_id is None

    # A later contact with the same person closes the contact's follow-up.
    mapping.insert(
        conn,
        repo.CONTACTS,
        m.Contact(T0 + timedelta(days=60), m.Channel.PHONE, "ringde", person_id=w.persons[1]),
    )
    assert "contact" not in {i.kind for i in repo.due_items(conn, date(2026, 5, 12), today=today)}
    assert len(repo.due_items(conn, date(2026, 5, 12), today=today, limit=2)) == 2


# --- lägesbild -------------------------------------------------------------------------------


def test_situation_entries_filters_newest_first(conn: Any) -> None:
    def entry(day: int, orientation: m.Orientation, milieu: str) -> int:
        return mapping.insert(
            conn,
            repo.SITUATION_ENTRIES,
            m.SituationEntry(date(2026, 3, day), milieu, orientation, "iakttagelse", "källa"),
        )

    a = entry(1, OR.RIGHT, "Centrum")
    b = entry(5, OR.LEFT, "Skolan")
    c = entry(9, OR.RIGHT, "Skolan")
    assert [e.id for e in repo.situation_entries(conn)] == [c, b, a]
    assert [e.id for e in repo.situation_entries(conn, date(2026, 3, 5))] == [c, b]
    assert [e.id for e in repo.situation_entries(conn, orientation=OR.RIGHT)] == [c, a]
    assert [e.id for e in repo.situation_entries(conn, milieu="Skolan")] == [c, b]
    assert [e.id for e in repo.situation_entries(conn, limit=1)] == [c]
    assert repo.milieus(conn) == ["Centrum", "Skolan"]


# --- counts ----------------------------------------------------------------------------------


def test_counts_per_table(conn: Any) -> None:
    empty = repo.counts(conn)
    assert set(empty) == {t.name for t in repo.ALL_TABLES}
    assert set(empty.values()) == {0}
    w = build_world(conn)
    for obj in full_samples(w):
        mapping.insert(conn, repo.table_for(type(obj)), dataclasses.replace(obj))
    counted = repo.counts(conn)
    assert counted["cases"] == 3 and counted["plan_revisions"] == 1
    assert all(isinstance(v, int) for v in counted.values())
