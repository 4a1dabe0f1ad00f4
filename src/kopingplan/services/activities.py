"""Work at the general level: activities listed, recorded, corrected and removed.

An activity (information meeting, training of staff, campaign, dialogue with a faith community
or an association, school workshop …) holds no personal data, so reading one is not logged;
recording, correcting and removing are: ``activities.add`` names the kind and the day,
``activities.change`` them and the fields that changed (never their content),
``activities.delete`` the day. The organiser (``None``: the coordinator's own unit) and the
partners must be organisations of the registry; anything the rules or this check refuse is
refused before anything is written.
"""

from __future__ import annotations

from typing import Any

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services.session import (
    Session,
    add_checked,
    add_or_change,
    change_checked,
    delete_checked,
)
from kopingplan.storage import mapping, reading
from kopingplan.storage.repositories import activities as repo
from kopingplan.storage.repositories.activities import ActivityFilter
from kopingplan.storage.repositories.tables import ORGANISATIONS

__all__ = [
    "ActivityFilter",
    "activity_count",
    "activity_page",
    "activity_participants",
    "activity_years",
    "add_activity",
    "change_activity",
    "delete_activity",
    "get_activity",
    "save_activity",
]

DRAFT_KIND = "activity"  # the form's drafts (gui/plan/activity_dialog.py), keyed by the id

# --- Rules ---------------------------------------------------------------------------------------

# The rules of an activity itself are in domain/rules/partners.py; this one needs the vault.
NOT_IN_REGISTRY = QT_TRANSLATE_NOOP(
    "Errors", "names an organisation that is not in the registry (removed meanwhile?)"
)


def _normalised(activity: m.Activity) -> m.Activity:
    texts = ("title", "target_group", "description", "follow_up_note")
    return rules.with_normalised_text(activity, *texts)


def _check_organisations(conn: mapping.Connection, activity: m.Activity) -> None:
    if (
        activity.organiser_id is not None
        and mapping.find(conn, ORGANISATIONS, activity.organiser_id) is None
    ):
        raise errors.InvalidInput("organiser_id", NOT_IN_REGISTRY)
    for partner_id in activity.partner_ids:
        if mapping.find(conn, ORGANISATIONS, partner_id) is None:
            raise errors.InvalidInput("partner_ids", NOT_IN_REGISTRY)


# --- Lists ---------------------------------------------------------------------------------------


# Activities newest first, filtered in SQL.
activity_page = reading.query(repo.page)


activity_count = reading.query(repo.count)


# The participants of the activities the filter shows, added up.
activity_participants = reading.query(repo.participants)


activity_years = reading.query(repo.years)


# --- One activity --------------------------------------------------------------------------------


# One activity (NotFound if there is none). Not logged: it names no one.
get_activity = reading.query(repo.get)


def _checked(conn: mapping.Connection, activity: m.Activity) -> dict[str, Any]:
    """Refuses an organiser or partner not in the registry; the audit row's kind and day."""
    _check_organisations(conn, activity)
    return {"kind": m.ActivityKind(activity.kind).value, "on": activity.held_on.isoformat()}


def add_activity(session: Session, activity: m.Activity) -> m.Activity:
    """Stores a new activity with its "activities.add" row; refuses, writing nothing, one the
    rules refuse or one naming an organisation that is not in the registry."""
    return add_checked(session, repo.ACTIVITIES, _normalised(activity), _checked)


def change_activity(session: Session, activity: m.Activity) -> m.Activity:
    """Corrects a stored activity; the "activities.change" row lists the fields that changed.
    Nothing changed writes nothing."""
    return change_checked(session, repo.ACTIVITIES, _normalised(activity), _checked)


# Adds a new activity or corrects a stored one (the form's Save).
save_activity = add_or_change(add_activity, change_activity)


def delete_activity(session: Session, activity_id: int) -> None:
    """Removes an activity recorded by mistake; the "activities.delete" row names its day."""
    delete_checked(
        session,
        repo.ACTIVITIES,
        activity_id,
        lambda conn, stored: {"on": stored.held_on.isoformat()},
    )
