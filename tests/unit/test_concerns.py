"""Inkommande oro: taking in a concern, screening it three ways, the case link both ways, Att
göra, search, retention of what led to no action, and the v5 schema. Every refusal leaves the
vault's bytes as they were."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from test_retention import TODAY as RETENTION_DAY
from test_retention import _traces, filled

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import concerns, follow_ups, retention, search
from kopingplan.services.retention import RetentionKind, RetentionPolicy
from kopingplan.services.session import Session
from kopingplan.storage import migrations

from support import snapshot

__all__ = ["filled"]

WORDS = "Rektorn oroar sig för elevens flaggor med vit makt-symbolik"
MARKER = "Zebrafinkmönster"  # a word nothing else in the vault holds


def _concern(**changes: Any) -> m.Concern:
    values: dict[str, Any] = {
        "received_on": date.today() - timedelta(days=3),
        "source": m.ConcernSource.ANONYMOUS,
        "channel": m.ConcernChannel.PHONE,
        "description": WORDS,
        "recorded_at": datetime.now(UTC),
        "recorded_by": "Anna Lindqvist",
        "orientation": m.Orientation.RIGHT,
        "level": m.Level.SPECIFIC,
    }
    values.update(changes)
    return m.Concern(**values)


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    school = session.save(m.Organisation("Norra skolan", m.OrganisationKind.SCHOOL))
    case = session.save(
        m.Case("Ärende Norra", m.Level.SPECIFIC, m.Orientation.RIGHT, date(2026, 1, 5))
    )
    return {"school": school, "case": case}


def _actions(session: Session) -> list[str]:
    rows = session.vault.conn.execute("SELECT action FROM audit_log ORDER BY seq")
    return [row[0] for row in rows]


def test_schema_v5_is_the_latest_and_holds_concerns(session: Session) -> None:
    assert migrations.LATEST >= 5
    assert session.vault.schema_version() == migrations.LATEST
    tables = {r[0] for r in session.vault.conn.execute("SELECT name FROM sqlite_master")}
    assert {"concerns", "retention_decisions", "concerns_retention_delete"} <= tables


def test_a_concern_is_taken_in_open_and_shows_in_to_do(
    session: Session, world: dict[str, Any]
) -> None:
    stored = concerns.add_concern(
        session,
        _concern(source=m.ConcernSource.ORGANISATION, organisation_id=world["school"].id,
                 raised_by="Rektor Eva Ström"),
    )  # fmt: skip
    assert stored.id is not None and stored.is_open
    again = concerns.open_concern(session, stored.id)
    assert again == stored
    assert _actions(session)[-2:] == ["concerns.add", "concerns.open"]
    due = [i for i in follow_ups.due_items(session, date.today()) if i.kind == "concern"]
    assert [(i.id, i.due_on, i.overdue) for i in due] == [(stored.id, stored.received_on, True)]
    assert concerns.concern_count(session, concerns.ConcernFilter(state="open")) == 1
    # Search finds its words and who raised it, and a hit names the concern itself.
    hits = search.search(session, "vit makt")
    assert [(h.kind, h.id) for h in hits] == [("concern", stored.id)]
    assert search.search(session, "Ström")[0].kind == "concern"


def test_deciding_case_opened_links_both_ways_and_leaves_to_do(
    session: Session, world: dict[str, Any]
) -> None:
    stored = concerns.add_concern(session, _concern())
    case_id = world["case"].id
    decided = concerns.decide(
        session,
        stored.id,
        m.ConcernDecision.CASE_OPENED,
        date.today(),
        "Anna Lindqvist",
        case_id=case_id,
    )
    assert decided.case_id == case_id and decided.decided_on == date.today()
    assert concerns.concerns_of_case(session, case_id) == [decided]
    assert not [i for i in follow_ups.due_items(session, date.today()) if i.kind == "concern"]
    assert search.search(session, "vit makt")[0].case_id == case_id
    row = session.vault.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'concerns.decide'"
    ).fetchone()
    assert "case_opened" in row[0] and WORDS not in row[0]


def test_a_new_case_opened_from_a_concern_is_stored_with_the_decision(
    session: Session,
) -> None:
    stored = concerns.add_concern(session, _concern())
    case = m.Case("Oro från skolan", m.Level.SPECIFIC, m.Orientation.RIGHT, date.today())
    decided, opened = concerns.open_case_from(session, stored.id, case, date.today(), "Anna")
    assert opened.id is not None and decided.case_id == opened.id
    assert concerns.concerns_of_case(session, opened.id)[0].id == stored.id
    assert session.get(m.Case, opened.id).title == "Oro från skolan"


def test_referred_and_no_action_need_their_words(session: Session) -> None:
    first = concerns.add_concern(session, _concern())
    second = concerns.add_concern(session, _concern())
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    with pytest.raises(errors.InvalidInput) as refused:
        concerns.decide(session, first.id, "referred", date.today(), "Anna", reason="Hör till BoU")
    assert refused.value.field == "referred_to"
    with pytest.raises(errors.InvalidInput) as refused:
        concerns.decide(session, second.id, "no_action", date.today(), "Anna")
    assert refused.value.field == "decision_reason"
    assert snapshot(session.vault_folder) == before
    referred = concerns.decide(
        session, first.id, "referred", date.today(), "Anna", referred_to="Socialtjänsten",
        reason="Gäller familjens försörjning",
    )  # fmt: skip
    assert referred.decision is m.ConcernDecision.REFERRED
    nothing = concerns.decide(session, second.id, "no_action", date.today(), "Anna", reason="Skämt")
    assert nothing.decision_reason == "Skämt"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        # a second decision on a decided concern
        (lambda s, c, w: concerns.decide(s, c, "no_action", date.today(), "Anna", reason="x"),
         concerns.ConcernAlreadyDecided),
        # a case that is not there
        (lambda s, c, w: concerns.decide(s, c, "case_opened", date.today(), "Anna", case_id=999),
         errors.NotFound),
        # case opened without a case
        (lambda s, c, w: concerns.decide(s, c, "case_opened", date.today(), "Anna"),
         errors.InvalidInput),
        # decided before it came in, or in the future
        (lambda s, c, w: concerns.decide(s, c, "no_action", date.today() - timedelta(days=30),
                                         "Anna", reason="x"), errors.InvalidInput),
        (lambda s, c, w: concerns.decide(s, c, "no_action", date.today() + timedelta(days=1),
                                         "Anna", reason="x"), errors.InvalidInput),
        # nobody decided
        (lambda s, c, w: concerns.decide(s, c, "no_action", date.today(), "  ", reason="x"),
         errors.InvalidInput),
        # a concern that is not there
        (lambda s, c, w: concerns.decide(s, 999, "no_action", date.today(), "Anna", reason="x"),
         errors.NotFound),
        # taken in: from an organisation without naming it; anonymous but named; not there
        (lambda s, c, w: concerns.add_concern(s, _concern(source="organisation")),
         errors.InvalidInput),
        (lambda s, c, w: concerns.add_concern(s, _concern(organisation_id=w["school"].id)),
         errors.InvalidInput),
        (lambda s, c, w: concerns.add_concern(
            s, _concern(source="organisation", organisation_id=999)), errors.NotFound),
        (lambda s, c, w: concerns.add_concern(s, _concern(source="person")), errors.InvalidInput),
        (lambda s, c, w: concerns.add_concern(s, _concern(description="  \n ")),
         errors.InvalidInput),
        (lambda s, c, w: concerns.add_concern(
            s, _concern(received_on=date.today() + timedelta(days=2))), errors.InvalidInput),
        (lambda s, c, w: concerns.add_concern(
            s, _concern(decision="no_action", decided_on=date.today(), decided_by="A",
                        decision_reason="x")), errors.InvalidInput),
    ],
)  # fmt: skip
def test_each_refusal_changes_nothing(
    session: Session, world: dict[str, Any], call: Any, error: type[Exception]
) -> None:
    stored = concerns.add_concern(session, _concern())
    if error is concerns.ConcernAlreadyDecided:
        concerns.decide(session, stored.id, "referred", date.today(), "Anna", referred_to="BoU",
                        reason="Skolfråga")  # fmt: skip
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    with pytest.raises(error):
        call(session, stored.id, world)
    assert snapshot(session.vault_folder) == before


def test_the_list_is_filtered_and_paged_in_sql(session: Session) -> None:
    for n in range(7):
        concerns.add_concern(
            session,
            _concern(received_on=date(2025, 3, 1) + timedelta(days=n), description=f"Oro {n}"),
        )
    concerns.add_concern(session, _concern(received_on=date(2026, 2, 1), description="Ny oro"))
    page = concerns.concern_page(session, limit=3, offset=0)
    assert [c.description for c in page] == ["Ny oro", "Oro 6", "Oro 5"]
    in_2025 = concerns.ConcernFilter(year=2025)
    assert concerns.concern_count(session, in_2025) == 7
    assert concerns.concern_years(session) == [2026, 2025]
    assert concerns.concern_count(session, concerns.ConcernFilter(state="no_action")) == 0


def test_no_action_is_deleted_after_its_own_period_and_not_before(session: Session) -> None:
    decided_on = date(2025, 1, 12)
    gone = concerns.add_concern(
        session, _concern(received_on=date(2025, 1, 10), description=f"{MARKER} ringde om grannen")
    )
    concerns.decide(session, gone.id, "no_action", decided_on, "Anna", reason="Inget att göra")
    kept = concerns.add_concern(session, _concern(received_on=date(2025, 1, 10)))
    concerns.decide(session, kept.id, "referred", decided_on, "Anna", referred_to="Polisen",
                    reason="Brottsmisstanke")  # fmt: skip
    assert RetentionPolicy().months(RetentionKind.CONCERN) == 12
    day_before = date(2026, 1, 11)
    assert not [i for i in retention.review_list(session, today=day_before)
                if i.kind is RetentionKind.CONCERN]  # fmt: skip
    with pytest.raises(retention.RetentionNotDue):
        retention.delete(session, [(RetentionKind.CONCERN, gone.id)], today=day_before)
    due = [i for i in retention.review_list(session, today=date(2026, 1, 12))
           if i.kind is RetentionKind.CONCERN]  # fmt: skip
    assert [(i.id, i.due_on) for i in due] == [(gone.id, date(2026, 1, 12))]
    assert _traces(session, MARKER) >= 2  # positive control: the row and the search index
    retention.delete(session, due, today=date(2026, 1, 12))
    assert _traces(session, MARKER, checkpoint=False) == 0
    assert search.search(session, MARKER) == []
    with pytest.raises(errors.NotFound):
        concerns.get_concern(session, gone.id)
    assert concerns.get_concern(session, kept.id).referred_to == "Polisen"


def test_a_shorter_period_set_in_the_settings_is_applied(session: Session) -> None:
    stored = concerns.add_concern(session, _concern(received_on=date(2025, 1, 10)))
    concerns.decide(session, stored.id, "no_action", date(2025, 1, 12), "Anna", reason="Inget")
    retention.save_policy(session, RetentionPolicy(concern_months=3))
    policy = retention.load_policy(session)
    assert policy.concern_months == 3
    listed = retention.review_list(session, today=date(2025, 4, 12), policy=policy)
    assert [i.id for i in listed if i.kind is RetentionKind.CONCERN] == [stored.id]


def test_a_keep_decision_can_name_a_concern(session: Session) -> None:
    stored = concerns.add_concern(session, _concern(received_on=date(2024, 1, 10)))
    concerns.decide(session, stored.id, "no_action", date(2024, 1, 12), "Anna", reason="Inget")
    review = retention.keep(session, RetentionKind.CONCERN, stored.id, "Väntar på polisen")
    assert review > date.today()


def test_the_concern_goes_with_its_case(session: Session, world: dict[str, Any]) -> None:
    stored = concerns.add_concern(session, _concern())
    case_id = world["case"].id
    concerns.decide(session, stored.id, "case_opened", date.today(), "Anna", case_id=case_id)
    session.delete(m.Case, case_id)
    with pytest.raises(errors.NotFound):
        concerns.get_concern(session, stored.id)


def test_the_record_compares_by_value() -> None:
    one = _concern()
    assert dataclasses.replace(one) == one


def test_a_person_who_raised_a_concern_is_kept_when_their_case_goes(
    session: Session, filled: dict[str, Any]
) -> None:
    subject = filled["subject"]
    stored = concerns.add_concern(
        session, _concern(source=m.ConcernSource.PERSON, person_id=subject.id)
    )
    report = retention.delete(session, [("case", filled["old"].id)], today=RETENTION_DAY)
    assert report.persons == 1  # the relative only: the subject raised a concern
    assert session.get(m.Person, subject.id).id == subject.id
    assert concerns.get_concern(session, stored.id).person_id == subject.id
