"""The action plan as a living document: its revisions, listed, added and corrected.

Each revision (``plan_revisions``) has its number (1, 2, … in the vault), the day it was
adopted, who adopted it (in practice Kommunfullmäktige or Kommunstyrelsen; the field is free
text so a committee can be named), the plan's text as adopted and a summary of what changed.
The plan is a public document of the municipality: it names no case and no person, so reading
it is not logged. Adding and correcting are: ``plan_revisions.add`` names the new revision's
number, ``plan_revisions.change`` the fields that changed (never their content).

The table has no column for the diary number (diarienummer) of the decision yet; it belongs in
a later schema version.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping
from kopingplan.storage.repositories import PLAN_REVISIONS

__all__ = [
    "ADOPTERS",
    "REVISION_TAKEN",
    "add_revision",
    "adopter_name",
    "change_revision",
    "get_revision",
    "next_number",
    "revisions",
    "save_revision",
]

REVISION_TAKEN = errors.QT_TRANSLATE_NOOP("Errors", "is the number of another revision already")

# Who adopts the plan, by their usual abbreviation (what the coordinator types on the command
# line) and in full (what is stored and printed). Anything else is stored as it is written.
ADOPTERS = {"KF": "Kommunfullmäktige", "KS": "Kommunstyrelsen"}


def adopter_name(text: str) -> str:
    """ "KF" → "Kommunfullmäktige", "ks" → "Kommunstyrelsen"; any other text as it is (trimmed)."""
    stripped = text.strip()
    return ADOPTERS.get(stripped.upper(), stripped)


def revisions(session: Session) -> list[m.PlanRevision]:
    """Every revision, newest first (by the day adopted, then by number)."""
    return mapping.select(
        session.vault.conn, PLAN_REVISIONS, order_by="adopted_on DESC, revision DESC"
    )


def get_revision(session: Session, revision_id: int) -> m.PlanRevision:
    """One revision by its record id (NotFound if there is none)."""
    return mapping.get(session.vault.conn, PLAN_REVISIONS, revision_id)


def next_number(session: Session) -> int:
    """The number a new revision gets unless told otherwise: one past the highest."""
    return max((r.revision for r in revisions(session)), default=0) + 1


def _check_number_free(conn: Any, revision: m.PlanRevision) -> None:
    # A plan has a handful of revisions: they are compared here, not counted in SQL.
    stored = mapping.select(conn, PLAN_REVISIONS)
    if any(r.revision == revision.revision and r.id != revision.id for r in stored):
        raise errors.InvalidInput("revision", REVISION_TAKEN)


def add_revision(session: Session, revision: m.PlanRevision) -> m.PlanRevision:
    """Stores a new revision with its "plan_revisions.add" row; refuses, writing nothing, one
    the rules refuse or whose number another revision has."""
    if revision.id is not None:
        raise ValueError("add_revision stores a new revision; change_revision corrects one")
    rules.validate(revision)
    with session.vault.transaction() as conn:
        _check_number_free(conn, revision)
        new_id = mapping.insert(conn, PLAN_REVISIONS, revision)
        audit.append(
            conn,
            session.actor,
            "plan_revisions.add",
            PLAN_REVISIONS.name,
            new_id,
            {"revision": revision.revision},
        )
    return replace(revision, id=new_id)


def change_revision(session: Session, revision: m.PlanRevision) -> m.PlanRevision:
    """Corrects a stored revision; the "plan_revisions.change" row lists the fields that
    changed. Nothing changed writes nothing."""
    if revision.id is None:
        raise ValueError("change_revision corrects a stored revision; add_revision adds one")
    rules.validate(revision)
    with session.vault.transaction() as conn:
        mapping.get(conn, PLAN_REVISIONS, revision.id)  # NotFound before anything is written
        _check_number_free(conn, revision)
        changed = mapping.update(conn, PLAN_REVISIONS, revision)
        if changed:
            audit.append(
                conn,
                session.actor,
                "plan_revisions.change",
                PLAN_REVISIONS.name,
                revision.id,
                {"fields": list(changed), "revision": revision.revision},
            )
    return revision


def save_revision(session: Session, revision: m.PlanRevision) -> m.PlanRevision:
    """Adds a new revision or corrects a stored one (the form's Save)."""
    if revision.id is None:
        return add_revision(session, revision)
    return change_revision(session, revision)
