"""Triage over time: setting and clearing a case's flags, and its priority.

A flag is set with a reason (who and when are the session's actor and now); a flag of the same
kind already in force is refused. Clearing keeps the flag with who cleared it, when and why.
The priority is high, normal or low. Every change is one audit row (``cases.flag``,
``cases.unflag``, ``cases.priority``) with the flag's kind and id, never its reason. Each refusal
raises before anything is written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP, KopingplanError
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.repositories import triage as repo
from kopingplan.storage.repositories.cases import ANY_FLAG
from kopingplan.storage.repositories.tables import CASES
from kopingplan.storage.repositories.triage import CASE_FLAGS

__all__ = [
    "ANY_FLAG",
    "FlagAlreadySet",
    "case_marks",
    "clear_flag",
    "flags_of",
    "priority_of",
    "set_flag",
    "set_priority",
]


class FlagAlreadySet(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This case already carries that flag (set on {day}). Clear it first to set it again; "
        "nothing was changed.",
    )


def _now() -> datetime:
    return datetime.now(UTC)


# A case's flags, in force first (read with the case, whose opening is audited).
flags_of = reading.query(repo.flags_of)


priority_of = reading.query(repo.priority_of)


case_marks = reading.query(repo.marks)


def set_flag(session: Session, case_id: int, kind: m.FlagKind, reason: str) -> m.CaseFlag:
    """Sets a flag on a case. ``InvalidInput`` for a blank or too long reason or an unknown
    kind, ``NotFound`` for a case that is not there, :class:`FlagAlreadySet` when a flag of
    that kind is in force."""
    if kind not in set(m.FlagKind):
        raise errors.InvalidInput("kind", rules.UNKNOWN_VALUE)
    flag = m.CaseFlag(
        case_id, m.FlagKind(kind), rules.normalise_text(reason), _now(), session.actor
    )
    rules.validate(flag)
    with session.vault.transaction() as conn:
        mapping.get(conn, CASES, case_id)
        existing = repo.flag_in_force(conn, case_id, flag.kind)
        if existing is not None:
            raise FlagAlreadySet(day=existing.set_at.astimezone().date().isoformat())
        flag_id = mapping.insert(conn, CASE_FLAGS, flag)
        details = {"flag": flag_id, "kind": flag.kind.value}
        audit.append(conn, session.actor, "cases.flag", "cases", case_id, details)
    return replace(flag, id=flag_id)


def clear_flag(session: Session, flag_id: int, reason: str) -> m.CaseFlag:
    """Clears a flag in force, keeping it with who cleared it, when and why. A flag already
    cleared is left as it was (and returned)."""
    text = rules.normalise_text(reason)
    with session.vault.transaction() as conn:
        flag = mapping.get(conn, CASE_FLAGS, flag_id)
        if flag.cleared_at is not None:
            return flag
        cleared = replace(flag, cleared_at=_now(), cleared_by=session.actor, clear_reason=text)
        rules.validate(cleared)
        mapping.update(conn, CASE_FLAGS, cleared)
        details = {"flag": flag_id, "kind": m.FlagKind(flag.kind).value}
        audit.append(conn, session.actor, "cases.unflag", "cases", flag.case_id, details)
    return cleared


def set_priority(session: Session, case_id: int, priority: m.Priority) -> None:
    """Sets a case's priority (normal removes the mark); audited when it changes."""
    if priority not in set(m.Priority):
        raise errors.InvalidInput("priority", rules.UNKNOWN_VALUE)
    chosen = m.Priority(priority)
    with session.vault.transaction() as conn:
        mapping.get(conn, CASES, case_id)
        before = repo.priority_of(conn, case_id)
        if before == chosen:
            return
        repo.set_priority(conn, case_id, chosen, _now(), session.actor)
        details = {"from": before.value, "to": chosen.value}
        audit.append(conn, session.actor, "cases.priority", "cases", case_id, details)
