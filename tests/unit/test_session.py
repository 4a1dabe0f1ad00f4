"""The service layer as the GUI and CLI use it: every change validated, stored and audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.services import cases, drafts, search, vault_health
from kopingplan.services.cases import CaseFilter
from kopingplan.services.session import Session
from kopingplan.storage import audit


def new_case(title: str = "Oro för elev på Ekbacksskolan", **fields: object) -> model.Case:
    values: dict[str, object] = {
        "title": title,
        "level": model.Level.SPECIFIC,
        "orientation": model.Orientation.RIGHT,
        "opened_on": date(2026, 3, 2),
    }
    values.update(fields)
    return model.Case(**values)  # type: ignore[arg-type]


def log(session: Session, **filters: object) -> list[audit.AuditEntry]:
    return audit.entries(session.vault.conn, **filters)  # type: ignore[arg-type]


def test_creating_a_case_stores_it_records_its_start_level_and_logs_it(session: Session) -> None:
    case = session.save(new_case())
    assert case.id is not None
    assert session.get(model.Case, case.id) == case
    history = cases.open_case(session, case.id).level_history
    assert [(h.from_level, h.to_level) for h in history] == [(None, model.Level.SPECIFIC)]
    actions = [e.action for e in log(session, entity="cases", entity_id=case.id)]
    assert actions == ["cases.open", "cases.create"]


def test_an_edit_logs_which_fields_changed_but_not_their_values(session: Session) -> None:
    case = session.save(new_case())
    session.save(replace(case, summary="Hemlig sammanfattning", title="Ny titel"))
    entry = log(session, action="cases.update")[0]
    assert entry.details == {"fields": ["title", "summary"]}
    assert "Hemlig" not in str(entry)


def test_saving_an_unchanged_record_writes_no_audit_row(session: Session) -> None:
    case = session.save(new_case())
    before = len(log(session))
    session.save(case)
    assert len(log(session)) == before


def test_invalid_input_is_refused_and_nothing_is_stored(session: Session) -> None:
    with pytest.raises(errors.InvalidInput) as caught:
        session.save(new_case(title="   "))
    assert caught.value.field == "title"
    assert cases.count_cases(session) == 0


def test_the_level_changes_only_with_a_reason(session: Session) -> None:
    case = session.save(new_case())
    assert case.id is not None
    with pytest.raises(errors.InvalidInput):
        session.save(replace(case, level=model.Level.INDIVIDUAL))
    with pytest.raises(errors.InvalidInput):
        cases.move_case_level(session, case.id, model.Level.INDIVIDUAL, " ")
    moved = cases.move_case_level(
        session, case.id, model.Level.INDIVIDUAL, "Vill ha stöd att lämna", on=date(2026, 4, 1)
    )
    assert moved.level is model.Level.INDIVIDUAL
    history = cases.open_case(session, case.id).level_history
    assert history[-1].reason == "Vill ha stöd att lämna"
    assert history[-1].from_level is model.Level.SPECIFIC
    entry = log(session, action="cases.level")[0]
    assert entry.details == {"from": "specific", "to": "individual"}


def test_close_and_reopen(session: Session) -> None:
    case = session.save(new_case())
    assert case.id is not None
    closed = cases.close_case(session, case.id, "Insatserna avslutade", on=date(2026, 9, 1))
    assert closed.status is model.CaseStatus.CLOSED and closed.closed_on == date(2026, 9, 1)
    assert cases.count_cases(session, CaseFilter(status=model.CaseStatus.OPEN)) == 0
    reopened = cases.reopen_case(session, case.id)
    assert reopened.status is model.CaseStatus.OPEN and reopened.closed_on is None
    assert cases.count_cases(session, CaseFilter(status=model.CaseStatus.OPEN)) == 1


def test_a_note_is_searchable_and_on_the_timeline(session: Session) -> None:
    case = session.save(new_case())
    assert case.id is not None
    note = session.save(
        model.Note(
            case_id=case.id,
            written_at=datetime(2026, 3, 3, 9, 30, tzinfo=UTC),
            text="Samtal med mentorn om frånvaron på fredagar.",
        )
    )
    hits = search.search(session, "frånvaro")
    assert [(h.kind, h.id, h.case_id) for h in hits] == [("note", note.id, case.id)]
    assert search.search(session, "franvaro") == []
    timeline = cases.open_case(session, case.id).timeline
    assert [t.kind for t in timeline][:1] == ["note"]


def test_delete_is_logged_without_content(session: Session) -> None:
    case = session.save(new_case())
    assert case.id is not None
    session.delete(model.Case, case.id)
    with pytest.raises(errors.NotFound):
        session.get(model.Case, case.id)
    entry = log(session, action="cases.delete")[0]
    assert entry.entity_id == case.id and entry.details == {}


def test_a_batch_is_one_transaction_with_one_audit_row(session: Session) -> None:
    before = len(log(session))
    with session.batch("import.test") as batch:
        for n in range(3):
            batch.add(new_case(title=f"Ärende {n}"))
    assert cases.count_cases(session) == 3
    rows = log(session)
    assert len(rows) == before + 1
    assert rows[0].action == "import.test"
    assert rows[0].details == {"created": {"cases": 3, "level_changes": 3}}


def test_a_failing_batch_leaves_nothing_behind(session: Session) -> None:
    with pytest.raises(errors.InvalidInput), session.batch("import.test") as batch:
        batch.add(new_case(title="Giltigt"))
        batch.add(new_case(title=""))
    assert cases.count_cases(session) == 0


def test_drafts_round_trip_and_can_be_discarded(session: Session) -> None:
    payload = {"title": "Halvfärdig 🙂 åäö", "motivation": 3}
    drafts.save_draft(session, "case_form", "new", payload)
    assert drafts.load_draft(session, "case_form", "new") == payload
    drafts.save_draft(session, "case_form", "new", {"title": "Ändrad"})
    assert drafts.load_draft(session, "case_form", "new") == {"title": "Ändrad"}
    drafts.discard_draft(session, "case_form", "new")
    assert drafts.load_draft(session, "case_form", "new") is None


def test_the_audit_chain_is_intact_after_a_day_of_work(session: Session) -> None:
    case = session.save(new_case())
    assert case.id is not None
    cases.open_case(session, case.id)
    cases.move_case_level(session, case.id, model.Level.INDIVIDUAL, "Ny bedömning")
    cases.close_case(session, case.id, "Klart")
    report = vault_health.check(session)
    assert report.ok and report.audit_rows >= 5
