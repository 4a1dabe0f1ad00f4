"""Inkommande oro: taking in a concern, screening it, and the lists that show concerns.

A concern is taken in open (:func:`add_concern`); the screening decision (:func:`decide`,
:func:`open_case_from`) records the day and who decided, and either links the concern to a
case (both ways: the case lists the concerns that led to it), says to whom it was referred and
why, or why it led to no action. A decision is made once: a decided concern is refused a second
one, and nothing changes. Open concerns are in Att göra (repositories/activity.py) until
decided; those that led to no action are deleted after their own retention period
(services/retention.py, kind "concern").

A concern's intake (who raised it, how, when, what, the orientation and level) can be corrected
afterwards with a reason (:func:`correct_intake`); the concern as it was is kept as an earlier
version (storage/repositories/versions.py, schema v9/80), and the screening decision stays as
decided.

Audit rows (``concerns.add``, ``concerns.decide``, ``concerns.correct``, ``concerns.open``,
``concerns.list``) hold ids, the decision code, days and the names of the fields corrected,
never the words of a concern.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP, KopingplanError
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.repositories import concerns as repo
from kopingplan.storage.repositories import versions
from kopingplan.storage.repositories.concerns import OPEN, ConcernFilter
from kopingplan.storage.repositories.tables import CASES, ORGANISATIONS, PERSONS

__all__ = [
    "OPEN",
    "ConcernAlreadyDecided",
    "ConcernFilter",
    "Version",
    "add_concern",
    "concern_count",
    "concern_page",
    "concern_versions",
    "concern_years",
    "concerns_of_case",
    "correct_intake",
    "decide",
    "get_concern",
    "list_concerns",
    "open_case_from",
    "open_concern",
]

# --- Rules ---------------------------------------------------------------------------------------

# The rules of a concern itself are in domain/rules/intake.py.
SCREENED_LATER = QT_TRANSLATE_NOOP(
    "Errors", "is recorded when the concern is screened, after it has been taken in"
)
AFTER_DECISION = QT_TRANSLATE_NOOP("Errors", "cannot be after the day of the screening decision")
# What a correction of the intake may change; the screening decision and who recorded the
# concern when stay as they are.
INTAKE_FIELDS = (
    "received_on",
    "source",
    "organisation_id",
    "person_id",
    "raised_by",
    "channel",
    "description",
    "orientation",
    "level",
)


class ConcernAlreadyDecided(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This concern was already screened on {day}. A decision is made once; nothing was changed.",
    )


# --- Lists ---------------------------------------------------------------------------------------


# Concerns newest first, filtered in SQL.
concern_page = reading.query(repo.page)


concern_count = reading.query(repo.count)


concern_years = reading.query(repo.years)


# The concerns that led to a case (the case's own opening is what is audited).
concerns_of_case = reading.query(repo.of_case)


def list_concerns(
    session: Session, found: ConcernFilter | None = None, *, limit: int = 100
) -> list[m.Concern]:
    """:func:`concern_page`, recorded as a look at them (the command line's ``list``)."""
    rows = concern_page(session, found, limit=limit)
    details = {"concerns": len(rows), "state": (found or ConcernFilter()).state or "all"}
    session.record("concerns.list", "concerns", None, details)
    return rows


# --- One concern ---------------------------------------------------------------------------------


# One concern without an audit row (reading it again after a save); NotFound if gone.
get_concern = reading.query(repo.get)


def open_concern(session: Session, concern_id: int) -> m.Concern:
    """One concern, to read or screen; the opening is audited (it may name a person)."""
    concern = reading.run(session, repo.get, concern_id)
    details = {"cases": [concern.case_id]} if concern.case_id is not None else None
    session.record("concerns.open", "concerns", concern_id, details)
    return concern


def add_concern(session: Session, concern: m.Concern) -> m.Concern:
    """Stores a new, open concern. Refuses, writing nothing, one the rules refuse, one that is
    already decided (:func:`decide` records that) and one naming an organisation or person
    that is not in the vault."""
    if concern.id is not None:
        raise ValueError("add_concern stores a new concern")
    concern = rules.with_normalised_text(concern, "description", "raised_by")
    rules.validate(concern)
    if concern.decision is not None:
        raise errors.InvalidInput("decision", SCREENED_LATER)
    with session.vault.transaction() as conn:
        if concern.organisation_id is not None:
            mapping.get(conn, ORGANISATIONS, concern.organisation_id)
        if concern.person_id is not None:
            mapping.get(conn, PERSONS, concern.person_id)
        new_id = mapping.insert(conn, repo.CONCERNS, concern)
        audit.append(conn, session.actor, "concerns.add", "concerns", new_id)
    return replace(concern, id=new_id)


def decide(
    session: Session,
    concern_id: int,
    decision: m.ConcernDecision | str,
    on: date,
    decided_by: str,
    *,
    case_id: int | None = None,
    referred_to: str = "",
    reason: str = "",
) -> m.Concern:
    """Records the screening decision on an open concern. ``case_id`` names the case opened
    (an existing one; :func:`open_case_from` opens a new one), ``referred_to`` to whom it was
    referred; ``reason`` says why for "referred" and "no action". Refuses, changing nothing, a
    concern already decided, a case that is not in the vault, and what the rules refuse."""
    with session.vault.transaction() as conn:
        decided = _decided(conn, concern_id, decision, on, decided_by, case_id, referred_to, reason)
        if decided.case_id is not None:
            mapping.get(conn, CASES, decided.case_id)
        mapping.update(conn, repo.CONCERNS, decided)
        _audit_decision(conn, session.actor, decided)
    return decided


def open_case_from(
    session: Session, concern_id: int, case: m.Case, on: date, decided_by: str
) -> tuple[m.Concern, m.Case]:
    """Opens a new case from an open concern and records the decision "case opened", in one
    transaction: either both are stored, or neither."""
    if case.id is not None:
        raise ValueError("open_case_from opens a new case; decide() links an existing one")
    rules.validate(case)
    with session.vault.transaction() as conn:
        repo.get(conn, concern_id)  # NotFound before anything is written
        opened = session.save_in(conn, case)  # with its first level and "cases.create" row
        assert opened.id is not None
        decided = _decided(
            conn, concern_id, m.ConcernDecision.CASE_OPENED, on, decided_by, opened.id, "", ""
        )
        mapping.update(conn, repo.CONCERNS, decided)
        _audit_decision(conn, session.actor, decided)
    return decided, opened


def _decided(
    conn: mapping.Connection,
    concern_id: int,
    decision: m.ConcernDecision | str,
    on: date,
    decided_by: str,
    case_id: int | None,
    referred_to: str,
    reason: str,
) -> m.Concern:
    stored = repo.get(conn, concern_id)
    if stored.decision is not None:
        assert stored.decided_on is not None
        raise ConcernAlreadyDecided(day=stored.decided_on.isoformat())
    decided = replace(
        stored,
        decision=m.ConcernDecision(decision),
        decided_on=on,
        decided_by=rules.normalise_text(decided_by),
        case_id=case_id,
        referred_to=rules.normalise_text(referred_to),
        decision_reason=rules.normalise_text(reason),
    )
    rules.validate(decided)
    return decided


def _audit_decision(conn: mapping.Connection, actor: str, concern: m.Concern) -> None:
    assert concern.decision is not None and concern.decided_on is not None
    details: dict[str, object] = {
        "decision": concern.decision.value,
        "on": concern.decided_on.isoformat(),
    }
    if concern.case_id is not None:
        details["cases"] = [concern.case_id]
    audit.append(conn, actor, "concerns.decide", "concerns", concern.id, details)


# --- Correcting the intake -------------------------------------------------------------------


Version = versions.Version  # an earlier version: the record, when, by whom, why


def concern_versions(session: Session, concern_id: int) -> list[Version[m.Concern]]:
    """The concern's earlier versions (before each correction of its intake), newest first."""
    if not mapping.storable(concern_id):
        return []  # an id SQLite cannot hold names no record
    with session.vault.read() as conn:
        return versions.versions(conn, repo.CONCERNS, concern_id)


def correct_intake(
    session: Session, concern_id: int, corrected: m.Concern, reason: str
) -> m.Concern:
    """Writes the intake fields of ``corrected`` (:data:`INTAKE_FIELDS`) over the stored
    concern and keeps the stored one as an earlier version with ``reason`` (required). The
    screening decision, and who recorded the concern when, stay as stored whatever
    ``corrected`` says. Refuses, changing nothing, an empty reason, what the rules refuse, a day
    received after the day of the decision, and an organisation or person not in the vault; a
    correction that changes nothing writes nothing and returns the stored concern."""
    reason = rules.normalise_text(reason)
    if not reason:
        raise errors.InvalidInput("reason", rules.REQUIRED)
    changes = {name: getattr(corrected, name) for name in INTAKE_FIELDS}
    changes["description"] = rules.normalise_text(changes["description"])
    changes["raised_by"] = rules.normalise_text(changes["raised_by"])
    with session.vault.transaction() as conn:
        stored = repo.get(conn, concern_id)
        after = replace(stored, **changes)
        if stored.decided_on is not None and after.received_on > stored.decided_on:
            raise errors.InvalidInput("received_on", AFTER_DECISION)  # said of the field changed
        rules.validate(after)
        if after.organisation_id is not None:
            mapping.get(conn, ORGANISATIONS, after.organisation_id)
        if after.person_id is not None:
            mapping.get(conn, PERSONS, after.person_id)
        changed = [name for name in INTAKE_FIELDS if getattr(stored, name) != changes[name]]
        if not changed:
            return stored
        versions.keep_version(conn, repo.CONCERNS, stored, session.actor, reason)
        mapping.update(conn, repo.CONCERNS, after)
        audit.append(
            conn, session.actor, "concerns.correct", "concerns", concern_id, {"fields": changed}
        )
    return after
