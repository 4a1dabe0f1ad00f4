"""The action plan as a living document: its revisions, listed, added and corrected.

Each revision (``plan_revisions``) has its number (1, 2, … in the vault), the day it was
adopted, who adopted it (in practice Kommunfullmäktige or Kommunstyrelsen; the field is free
text so a committee can be named), the plan's text as adopted and a summary of what changed.
The plan is a public document of the municipality: it names no case and no person, so reading
it is not logged. Adding and correcting are: ``plan_revisions.add`` names the new revision's
number, ``plan_revisions.change`` the fields that changed (never their content).

Since schema v9 a revision also has the diary number (diarienummer) of the decision, and its
commitments (åtaganden, :class:`model.Commitment`): what the revision promises, by when, and
the working groups, activities and partner organisations that carry it out. Like the plan,
they name no one and reading them is not logged; ``commitments.add``, ``commitments.change``
(the fields that changed) and ``commitments.delete`` are, with numbers only. The yearly
follow-up of the commitments is :mod:`kopingplan.services.yearly_follow_up`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services.session import (
    Session,
    add_checked,
    add_or_change,
    change_checked,
    delete_checked,
)
from kopingplan.storage import mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import GROUPS, ORGANISATIONS, PLAN_REVISIONS
from kopingplan.storage.repositories import commitments as repo
from kopingplan.storage.repositories.activities import ACTIVITIES
from kopingplan.storage.repositories.commitments import COMMITMENTS
from kopingplan.storage.repositories.plans import Choice, organisation_choices

__all__ = [
    "ADOPTERS",
    "COMMITMENTS",
    "REVISION_TAKEN",
    "Choice",
    "Links",
    "add_commitment",
    "add_revision",
    "adopter_name",
    "change_commitment",
    "change_revision",
    "commitments",
    "delete_commitment",
    "get_commitment",
    "get_revision",
    "link_choices",
    "next_number",
    "revisions",
    "save_commitment",
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
    return reading.run(
        session, mapping.select, PLAN_REVISIONS, order_by="adopted_on DESC, revision DESC"
    )


def get_revision(session: Session, revision_id: int) -> m.PlanRevision:
    """One revision by its record id (NotFound if there is none)."""
    return reading.run(session, mapping.get, PLAN_REVISIONS, revision_id)


def next_number(session: Session) -> int:
    """The number a new revision gets unless told otherwise: one past the highest."""
    return max((r.revision for r in revisions(session)), default=0) + 1


def _number_free(conn: Any, revision: m.PlanRevision) -> dict[str, Any]:
    """Refuses a number another revision has; the audit row's number."""
    # A plan has a handful of revisions: they are compared here, not counted in SQL.
    stored = mapping.select(conn, PLAN_REVISIONS)
    if any(r.revision == revision.revision and r.id != revision.id for r in stored):
        raise errors.InvalidInput("revision", REVISION_TAKEN)
    return {"revision": revision.revision}


def add_revision(session: Session, revision: m.PlanRevision) -> m.PlanRevision:
    """Stores a new revision with its "plan_revisions.add" row; refuses, writing nothing, one
    the rules refuse or whose number another revision has."""
    return add_checked(session, PLAN_REVISIONS, revision, _number_free)


def change_revision(session: Session, revision: m.PlanRevision) -> m.PlanRevision:
    """Corrects a stored revision; the "plan_revisions.change" row lists the fields that
    changed. Nothing changed writes nothing."""
    return change_checked(session, PLAN_REVISIONS, revision, _number_free)


# Adds a new revision or corrects a stored one (the form's Save).
save_revision = add_or_change(add_revision, change_revision)


# --- Commitments ---------------------------------------------------------------------------------


# Each link of a commitment and the table its ids must be found in.
_LINKS = (("group_ids", GROUPS), ("activity_ids", ACTIVITIES), ("organisation_ids", ORGANISATIONS))


def _normalised(commitment: m.Commitment) -> m.Commitment:
    return replace(commitment, text=rules.normalise_text(commitment.text))


def _check_links(conn: Any, commitment: m.Commitment) -> dict[str, Any]:
    """Refuses (``NotFound``, ``InvalidInput``) a revision, group, activity or organisation
    that is not stored, before anything is written; the audit row's revision number."""
    revision = mapping.get(conn, PLAN_REVISIONS, commitment.revision_id)
    for name, table in _LINKS:
        ids = getattr(commitment, name)
        if ids and len(repo.names(conn, table.name, ids)) != len(set(ids)):
            raise errors.InvalidInput(name, rules.INVALID_ID)
    return {"revision": revision.revision}


def commitments(session: Session, revision_id: int) -> list[m.Commitment]:
    """A revision's commitments in the order they were entered."""
    return reading.run(session, repo.commitments_of, revision_id)


def get_commitment(session: Session, commitment_id: int) -> m.Commitment:
    """One commitment by its record id (NotFound if there is none)."""
    return reading.run(session, mapping.get, COMMITMENTS, commitment_id)


def add_commitment(session: Session, commitment: m.Commitment) -> m.Commitment:
    """Stores a new commitment of a revision with its "commitments.add" row; refuses, writing
    nothing, one the rules refuse or one linked to something that is not stored."""
    return add_checked(session, COMMITMENTS, _normalised(commitment), _check_links)


def change_commitment(session: Session, commitment: m.Commitment) -> m.Commitment:
    """Corrects a stored commitment; the "commitments.change" row lists the fields that
    changed. Nothing changed writes nothing."""
    return change_checked(session, COMMITMENTS, _normalised(commitment), _check_links)


# Adds a new commitment or corrects a stored one (the form's Save).
save_commitment = add_or_change(add_commitment, change_commitment)


def delete_commitment(session: Session, commitment_id: int) -> None:
    """Removes a commitment recorded by mistake; the audit row names its revision's number."""
    delete_checked(session, COMMITMENTS, commitment_id, _revision_number)


def _revision_number(conn: Connection, stored: m.Commitment) -> dict[str, Any]:
    return {"revision": mapping.get(conn, PLAN_REVISIONS, stored.revision_id).revision}


@dataclass(frozen=True)
class Links:
    """What a commitment can be linked to, for the form's pick lists."""

    groups: list[Choice]
    activities: list[Choice]
    organisations: list[Choice]


def link_choices(session: Session) -> Links:
    """The working groups, activities (newest first) and organisations of the registry."""
    with session.vault.read() as conn:
        return Links(
            repo.group_choices(conn), repo.activity_choices(conn), organisation_choices(conn)
        )
