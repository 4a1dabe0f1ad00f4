"""Partners over time: an organisation's agreements (IOP and others), each for a period.

Agreements are listed in the organisation's window, newest first. An agreement with an end
day comes up in Att göra :data:`REMINDER_DAYS` days before it ends (the due-items query of
storage/repositories/activity.py) and stays there until the reminder is marked done with what
was decided (:func:`complete_reminder`); moving the end day brings the reminder back for the
new day. Agreements are about organisations, not people, so reading them is not logged;
adding, correcting, removing and the reminder's outcome are (``agreements.add``,
``agreements.change`` with the fields that changed, ``agreements.delete``,
``agreements.reminder_done``), with ids and days only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.rules.partners import NO_END
from kopingplan.services.session import Session, add_checked, add_or_change, delete_checked
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import activities as repo
from kopingplan.storage.repositories.activities import AGREEMENTS
from kopingplan.storage.repositories.tables import ORGANISATIONS

__all__ = [
    "AGREEMENTS",
    "REMINDER_DAYS",
    "add_agreement",
    "agreements_of",
    "change_agreement",
    "complete_reminder",
    "delete_agreement",
    "get_agreement",
    "save_agreement",
]

# How long before its end an agreement is in Att göra: an IOP's renewal needs a decision.
REMINDER_DAYS = 90


def _normalised(agreement: m.Agreement) -> m.Agreement:
    return rules.with_normalised_text(agreement, "title", "note", "reminder_outcome")


# --- Reading -------------------------------------------------------------------------------------


# An organisation's agreements, newest first (by the day they start).
agreements_of = reading.query(repo.agreements_of)


def get_agreement(session: Session, agreement_id: int) -> m.Agreement:
    """One agreement (NotFound if there is none)."""
    return reading.run(session, mapping.get, AGREEMENTS, agreement_id)


# --- Writing -------------------------------------------------------------------------------------


def _organisation_stored(conn: Connection, agreement: m.Agreement) -> dict[str, Any]:
    """NotFound for an organisation not in the registry; the "agreements.add" row's details."""
    mapping.get(conn, ORGANISATIONS, agreement.organisation_id)
    kind = m.AgreementKind(agreement.kind).value
    return {"organisation": agreement.organisation_id, "kind": kind}


def add_agreement(session: Session, agreement: m.Agreement) -> m.Agreement:
    """Stores a new agreement; refuses, writing nothing, one the rules refuse or one whose
    organisation is not in the registry."""
    return add_checked(session, AGREEMENTS, _normalised(agreement), _organisation_stored)


def change_agreement(session: Session, agreement: m.Agreement) -> m.Agreement:
    """Corrects a stored agreement; the "agreements.change" row lists the fields that changed.
    A new end day brings the end's reminder back (it was about the old day)."""
    agreement_id = agreement.id
    if agreement_id is None:
        raise ValueError("change_agreement corrects a stored agreement; add_agreement adds one")
    agreement = _normalised(agreement)
    with session.vault.transaction() as conn:
        stored = mapping.get(conn, AGREEMENTS, agreement_id)
        if agreement.ends_on != stored.ends_on:
            agreement = replace(agreement, reminder_done_on=None, reminder_outcome="")
        rules.validate(agreement)
        mapping.get(conn, ORGANISATIONS, agreement.organisation_id)
        changed = mapping.update(conn, AGREEMENTS, agreement)
        if changed:
            audit.append(
                conn,
                session.actor,
                "agreements.change",
                AGREEMENTS.name,
                agreement_id,
                {"organisation": agreement.organisation_id, "fields": list(changed)},
            )
    return agreement


# Adds a new agreement or corrects a stored one (the form's Save).
save_agreement = add_or_change(add_agreement, change_agreement)


def delete_agreement(session: Session, agreement_id: int) -> None:
    """Removes an agreement recorded by mistake; the audit row names the organisation."""
    delete_checked(
        session,
        AGREEMENTS,
        agreement_id,
        lambda conn, stored: {"organisation": stored.organisation_id},
    )


def complete_reminder(session: Session, agreement_id: int, outcome: str, on: date) -> None:
    """Marks the end's reminder done on ``on`` with what was decided (Att göra's "Mark
    done"). A reminder already done is left as it is; an agreement without an end day has no
    reminder and is refused, writing nothing."""
    text = rules.normalise_text(outcome)
    with session.vault.transaction() as conn:
        stored = mapping.get(conn, AGREEMENTS, agreement_id)
        if stored.reminder_done_on is not None:
            return
        if stored.ends_on is None:
            raise errors.InvalidInput("reminder_done_on", NO_END)
        done = replace(stored, reminder_done_on=on, reminder_outcome=text)
        rules.validate(done)
        mapping.update(conn, AGREEMENTS, done)
        audit.append(
            conn,
            session.actor,
            "agreements.reminder_done",
            AGREEMENTS.name,
            agreement_id,
            {"organisation": stored.organisation_id, "on": on.isoformat()},
        )
