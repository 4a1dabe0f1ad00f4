"""A case's use cases: the case list, opening a case (audited) and showing it again (not), and
the changes that must say why: moving it to another level and closing it.

Module functions taking the session, like every other kind's service. A new case, or a change
of its other fields, is stored with :meth:`Session.save`; its level and status change only here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading, repositories
from kopingplan.storage.repositories import versions
from kopingplan.storage.repositories.cases import CaseFilter as CaseFilter
from kopingplan.storage.repositories.cases import CaseRow as CaseRow
from kopingplan.storage.repositories.cases import CaseSort as CaseSort

__all__ = [
    "CaseDetail",
    "CaseFilter",
    "CaseRow",
    "CaseSort",
    "close_case",
    "count_cases",
    "list_cases",
    "move_case_level",
    "open_case",
    "reload_case",
    "reopen_case",
]

# One page of the case list, filtered (a CaseFilter) and sorted in SQL; and how many cases the
# filter lets through over all pages.
list_cases = reading.query(repositories.case_page)
count_cases = reading.query(repositories.case_count)


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case view shows of one case, read in one state of the vault."""

    case: model.Case
    participants: list[tuple[model.CaseParticipant, model.Person]]
    level_history: list[model.LevelChange]
    timeline: list[repositories.TimelineItem]
    exit_plan: model.ExitPlan | None
    # People taken out of the case, with when and why (newest first).
    removals: list[versions.Removal] = dataclass_field(default_factory=list)


def open_case(session: Session, case_id: int, *, timeline_limit: int = 50) -> CaseDetail:
    """Everything the case view shows; the opening itself is written to the audit log."""
    detail = reload_case(session, case_id, timeline_limit=timeline_limit)
    session.record("cases.open", "cases", case_id)
    return detail


def reload_case(session: Session, case_id: int, *, timeline_limit: int = 50) -> CaseDetail:
    """The same as :func:`open_case` without an audit row: only for showing again what a
    window already opened (after a change made in it, which has its own row). Opening a
    record is one audited act; refreshing it is not, or the log the data protection
    officer reads would count every save as another opening."""
    with session.vault.read() as conn:  # one state of the case, not half before a save
        return CaseDetail(
            case=mapping.get(conn, repositories.CASES, case_id),
            participants=repositories.participants(conn, case_id),
            level_history=repositories.level_history(conn, case_id),
            timeline=repositories.case_timeline(conn, case_id, limit=timeline_limit),
            exit_plan=repositories.current_exit_plan(conn, case_id),
            removals=versions.removals(conn, case_id),
        )


def move_case_level(
    session: Session, case_id: int, to_level: model.Level, reason: str, on: date | None = None
) -> model.Case:
    """Moves the case to ``to_level`` with the reason in its level history (audited
    cases.level); a move to the level it is at changes nothing, a move dated before the case
    was opened is refused (InvalidInput on ``changed_on``)."""
    if not reason.strip():
        raise errors.InvalidInput("reason", rules.REQUIRED)
    with session.vault.transaction() as conn:
        case = mapping.get(conn, repositories.CASES, case_id)
        if case.level == to_level:
            return case
        day = on or date.today()
        rules.validate_move(case, day)
        moved = replace(case, level=to_level)
        mapping.update(conn, repositories.CASES, moved)
        repositories.record_level_change(conn, case_id, case.level, to_level, day, reason)
        audit.append(
            conn,
            session.actor,
            "cases.level",
            "cases",
            case_id,
            {"from": case.level.value, "to": to_level.value},
        )
    return moved


def close_case(session: Session, case_id: int, reason: str, on: date | None = None) -> model.Case:
    if not reason.strip():
        raise errors.InvalidInput("reason", rules.REQUIRED)
    return _set_status(session, case_id, model.CaseStatus.CLOSED, on or date.today(), reason)


def reopen_case(session: Session, case_id: int) -> model.Case:
    return _set_status(session, case_id, model.CaseStatus.OPEN, None, "")


def _set_status(
    session: Session,
    case_id: int,
    status: model.CaseStatus,
    closed_on: date | None,
    reason: str,
) -> model.Case:
    with session.vault.transaction() as conn:
        case = mapping.get(conn, repositories.CASES, case_id)
        changed = replace(case, status=status, closed_on=closed_on, close_reason=reason)
        rules.validate(changed)
        mapping.update(conn, repositories.CASES, changed)
        action = "cases.close" if status is model.CaseStatus.CLOSED else "cases.reopen"
        audit.append(conn, session.actor, action, "cases", case_id)
    return changed
