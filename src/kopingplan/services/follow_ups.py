"""Follow-ups ("Att göra"): what is due, and marking an item done with its outcome.

The kinds are those of :func:`kopingplan.storage.repositories.due_items`. Follow-ups, meeting
actions and measures are marked done on the record itself. A relative-support contact and a
contact have no "done" of their own: the schema counts the follow-up as done when a later
contact in the same matter is recorded, so marking one done records that later contact, with
the outcome as its text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services import agreements, incidents
from kopingplan.services.session import DueItem, Session
from kopingplan.storage import audit, mapping, reading, repositories
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import cases, plans

KINDS = (
    "follow_up", "measure", "meeting_action", "relative_support_contact", "contact", "incident",
    "agreement",
)  # fmt: skip
OPEN_MEASURE = (m.MeasureStatus.PLANNED, m.MeasureStatus.ONGOING)


# Everything open that is due on or before ``until``, overdue first, as stored: a measure of a
# replaced plan revision too (see :func:`due`).
due_items = reading.query(repositories.due_items)
# How many are due today and how many overdue (the notice after unlocking).
DueCounts = repositories.DueCounts
due_counts = reading.query(repositories.due_counts)


def due(session: Session, until: date, *, today: date | None = None) -> list[DueItem]:
    """Everything open that is due on or before ``until``, overdue first.

    Like :func:`due_items`, without the measures of plan revisions a later revision
    replaced: a revision copies the measures it keeps, so they would be listed twice.
    """
    with session.vault.read() as conn:
        items = repositories.due_items(conn, until, today=today)
        measures = [item.id for item in items if item.kind == "measure"]
        stale = plans.superseded_measure_ids(conn, measures)
        return [item for item in items if not (item.kind == "measure" and item.id in stale)]


def due_today(session: Session, *, today: date | None = None) -> list[DueItem]:
    """What the coordinator sees at unlock: due today, and anything overdue before it."""
    day = today or date.today()
    return due(session, day, today=day)


def case_titles(session: Session, items: Iterable[DueItem]) -> dict[int, str]:
    """The titles of the cases ``items`` belong to (those still there), read at once."""
    return reading.run(session, cases.titles, (i.case_id for i in items if i.case_id is not None))


def mark_done(
    session: Session,
    kind: str,
    item_id: int,
    outcome: str,
    on: date | None = None,
    *,
    channel: m.Channel = m.Channel.OTHER,
) -> None:
    """Marks one "Att göra" item done on ``on`` (today) with a short ``outcome``.

    ``channel`` is how a follow-up contact took place (for the two contact kinds). An item
    already done is left as it is. ``ValueError`` for an unknown kind; ``InvalidInput`` for a
    blank or too long outcome; ``NotFound`` for an item that is not there.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind of due item: {kind!r}")
    text = rules.normalise_text(outcome)
    if not text:
        raise errors.InvalidInput("outcome", rules.REQUIRED)
    day = on or date.today()
    if kind == "incident":  # its own rules and support entry (services/incidents.py)
        incidents.complete_follow_up(session, item_id, text, day)
        return
    if kind == "agreement":  # the end's reminder: what was decided (services/agreements.py)
        agreements.complete_reminder(session, item_id, text, day)
        return
    actor = session.actor
    with session.vault.transaction() as conn:
        if kind == "follow_up":
            follow_up = mapping.get(conn, repositories.FOLLOW_UPS, item_id)
            if follow_up.done_on is None:
                _update(conn, actor, replace(follow_up, done_on=day, outcome=text))
        elif kind == "meeting_action":
            action = mapping.get(conn, repositories.MEETING_ACTIONS, item_id)
            if action.done_on is None:
                _update(conn, actor, replace(action, done_on=day, outcome=text))
        elif kind == "measure":
            measure = mapping.get(conn, repositories.MEASURES, item_id)
            if m.MeasureStatus(measure.status) in OPEN_MEASURE:
                done = replace(measure, status=m.MeasureStatus.DONE, outcome=text)
                _update(conn, actor, done)
        elif kind == "relative_support_contact":
            earlier = mapping.get(conn, repositories.RELATIVE_SUPPORT_CONTACTS, item_id)
            if not plans.later_thread_contact_exists(conn, earlier):
                later = m.RelativeSupportContact(
                    relative_support_id=earlier.relative_support_id,
                    occurred_at=_after(earlier.occurred_at, day),
                    channel=channel,
                    worry=text,
                    # What the relative agreed to still holds for the call that follows up.
                    consent_to_record=earlier.consent_to_record,
                    consent_to_contact_others=earlier.consent_to_contact_others,
                )
                _insert(conn, actor, later, item_id)
        else:
            contact = mapping.get(conn, repositories.CONTACTS, item_id)
            if not plans.later_contact_exists(conn, contact):
                later_contact = m.Contact(
                    occurred_at=_after(contact.occurred_at, day),
                    channel=channel,
                    summary=text,
                    person_id=contact.person_id,
                    organisation_id=contact.organisation_id,
                    case_id=contact.case_id,
                )
                _insert(conn, actor, later_contact, item_id)


def _after(earlier: datetime, day: date) -> datetime:
    """The time of a follow-up contact on ``day``: now if that is today, else midday local
    time; always after ``earlier`` so that it counts as the later contact."""
    if day < earlier.astimezone().date() and day < earlier.astimezone(UTC).date():
        raise errors.InvalidInput("on", rules.BEFORE_CONTACT)
    now = datetime.now().astimezone()
    at = now if day == now.date() else datetime.combine(day, time(12)).astimezone()
    return max(at, earlier + timedelta(seconds=1))


def _update(conn: Connection, actor: str, record: object) -> None:
    rules.validate(record)
    table = repositories.table_for(type(record))
    changed = mapping.update(conn, table, record)
    record_id = getattr(record, "id", None)
    audit.append(
        conn, actor, f"{table.name}.done", table.name, record_id, {"fields": list(changed)}
    )


def _insert(conn: Connection, actor: str, record: object, follows: int) -> None:
    rules.validate(record)
    table = repositories.table_for(type(record))
    new_id = mapping.insert(conn, table, record)
    audit.append(conn, actor, f"{table.name}.create", table.name, new_id, {"follow_up_of": follows})
