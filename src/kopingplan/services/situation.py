"""The lägesbild (situation picture): entries, the current picture, and what changed since a
day or since the last meeting of a working group; the overall assessment of a period (see
:mod:`kopingplan.domain.situation_period`); and police items of incoming packages taken into the
lägesbild.

"There shall always be a current situation picture" (the action plan): the current picture is
the newest entry of every milieu and orientation, with how many entries lie behind it and how
many are recent. "What changed" lists the milieus and orientations with entries since a day,
marking those that are new in the picture; the day can be the last meeting of a group, so a
brief for the next meeting can start from what is new since the last one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading, repositories
from kopingplan.storage.repositories import SITUATION_ENTRIES, versions
from kopingplan.storage.repositories import situation_periods as periods
from kopingplan.storage.repositories import situation_picture as picture
from kopingplan.storage.repositories.exchange import INCOMING_KIND
from kopingplan.storage.repositories.tables import title_sort_key

Version = versions.Version
PictureRow = picture.PictureRow
ChangeRow = picture.ChangeRow

# "Recent" in the current picture: the last quarter of a year.
RECENT_DAYS = 90
_ORIENTATION_ORDER = {value: index for index, value in enumerate(m.Orientation)}


def _picture_order(orientation: m.Orientation, milieu: str) -> tuple[int, str]:
    """How the picture and its changes are listed: orientations in the order of the model,
    milieus in Swedish order within each."""
    return _ORIENTATION_ORDER[orientation], title_sort_key(milieu)


entry_page = reading.query(picture.entry_page)


entry_count = reading.query(picture.entry_count)


def milieus(session: Session) -> list[str]:
    """The milieus named so far, in Swedish order (for filters and for typing a new entry)."""
    return sorted(reading.run(session, repositories.milieus), key=title_sort_key)


def open_entry(session: Session, entry_id: int) -> m.SituationEntry:
    """One lägesbild entry for its form; the opening is written to the audit log (an entry
    may name people and places)."""
    entry = session.get(m.SituationEntry, entry_id)
    session.record("situation_entries.open", "situation_entries", entry_id)
    return entry


def save_entry(session: Session, entry: m.SituationEntry) -> m.SituationEntry:
    """Validated, stored and audited like every record (Session.save)."""
    return session.save(entry)


@dataclass(frozen=True)
class CurrentPicture:
    rows: list[PictureRow]
    recent_since: date

    @property
    def recent_entries(self) -> int:
        return sum(row.recent_entries for row in self.rows)


def current_picture(
    session: Session,
    *,
    orientation: m.Orientation | None = None,
    today: date | None = None,
) -> CurrentPicture:
    """The newest entry per milieu and orientation (:func:`_picture_order`)."""
    recent_since = (today or date.today()) - timedelta(days=RECENT_DAYS)
    rows = reading.run(
        session, picture.current_picture, recent_since=recent_since, orientation=orientation
    )
    rows.sort(key=lambda r: _picture_order(r.latest.orientation, r.latest.milieu))
    return CurrentPicture(rows, recent_since)


@dataclass(frozen=True)
class Changes:
    since: date
    rows: list[ChangeRow]

    @property
    def new_entries(self) -> int:
        return sum(row.new_entries for row in self.rows)

    @property
    def new_in_picture(self) -> int:
        return sum(1 for row in self.rows if row.first_time)


def changes_since(session: Session, since: date) -> Changes:
    """Milieus and orientations with entries observed on or after ``since``
    (:func:`_picture_order`)."""
    rows = reading.run(session, picture.changes_since, since)
    rows.sort(key=lambda r: _picture_order(r.orientation, r.milieu))
    return Changes(since, rows)


def last_meeting_day(
    session: Session, group_id: int, *, now: datetime | None = None
) -> date | None:
    """The day of the group's latest meeting that has begun; None if it has had none.

    The day is the UTC day of the meeting's start; meetings are held in office hours, when the
    Swedish and the UTC day are the same.
    """
    if not mapping.storable(group_id):
        return None  # an id SQLite cannot hold names no record
    start = reading.run(session, picture.last_meeting_start, group_id, now or datetime.now(UTC))
    return None if start is None else start.date()


# --- the lägesbild for a period: the overall assessment ----------------------------------------

NOT_A_SITUATION_ITEM = errors.QT_TRANSLATE_NOOP(
    "Errors", "is not an item of the situation picture kind"
)
ALREADY_TAKEN = errors.QT_TRANSLATE_NOOP("Errors", "is in the situation picture already")

Assessment = SituationAssessment
assessments = reading.query(periods.assessments)


@dataclass(frozen=True)
class AssessmentDetail:
    """An assessment as it is now, with its earlier versions, newest first."""

    assessment: SituationAssessment
    versions: list[Version[SituationAssessment]]


def assessment_detail(session: Session, assessment_id: int) -> AssessmentDetail:
    with session.vault.read() as conn:
        found = mapping.get(conn, periods.SITUATION_ASSESSMENTS, assessment_id)
        earlier = versions.versions(conn, periods.SITUATION_ASSESSMENTS, assessment_id)
    return AssessmentDetail(found, earlier)


def add_assessment(
    session: Session, first: date, last: date, text: str, *, now: datetime | None = None
) -> SituationAssessment:
    """Stores the overall assessment of ``first``…``last`` written now by the session's user,
    with its "situation_assessments.create" row; refuses (writing nothing) a reversed period
    or an empty text."""
    made = SituationAssessment(first, last, text.strip(), session.actor, _now(now))
    rules.validate(made)
    with session.vault.transaction() as conn:
        made.id = mapping.insert(conn, periods.SITUATION_ASSESSMENTS, made)
        audit.append(
            conn, session.actor, "situation_assessments.create", "situation_assessments", made.id
        )
    return made


def correct_assessment(
    session: Session,
    assessment_id: int,
    text: str,
    *,
    first: date | None = None,
    last: date | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> SituationAssessment:
    """Writes a corrected text (and period) over the assessment, keeping the one it replaces
    as an earlier version; the writer and time become the session's user and now. The
    "situation_assessments.correct" row names the fields that changed, never their text."""
    with session.vault.transaction() as conn:
        stored = mapping.get(conn, periods.SITUATION_ASSESSMENTS, assessment_id)
        corrected = replace(
            stored,
            first_day=first or stored.first_day,
            last_day=last or stored.last_day,
            text=text.strip(),
            written_by=session.actor,
            written_at=_now(now),
        )
        rules.validate(corrected)
        changed = [
            name
            for name in ("first_day", "last_day", "text")
            if getattr(stored, name) != getattr(corrected, name)
        ]
        if not changed:
            return stored
        versions.keep_version(
            conn, periods.SITUATION_ASSESSMENTS, stored, session.actor, reason.strip()
        )
        mapping.update(conn, periods.SITUATION_ASSESSMENTS, corrected)
        audit.append(
            conn,
            session.actor,
            "situation_assessments.correct",
            "situation_assessments",
            assessment_id,
            {"fields": changed},
        )
    return corrected


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


# --- police items from incoming packages taken into the lägesbild ------------------------------


def taken_items(session: Session, item_ids: list[int]) -> dict[int, int]:
    """Incoming item id → the lägesbild entry it was taken into (for those that were)."""
    return reading.run(session, periods.taken_items, item_ids)


def entry_from_item(
    source: str,
    dated: str,
    title: str,
    text: str,
    details: dict[str, Any],
    reliability: m.Reliability,
) -> m.SituationEntry:
    """The lägesbild entry an incoming situation item becomes: the sender's day (today when
    it gave none that reads as a day, or a day after today: another machine's clock or a day
    to come, which the coordinator cannot change before taking the item in), milieu (the
    item's title), orientation (unclear when unknown), observation and assessment; the
    package's sender (``source``) as the source, with the sender's own source when it gave
    one; the reliability the coordinator chose."""
    try:
        observed_on = date.fromisoformat(dated[:10])
    except ValueError:
        observed_on = date.today()
    observed_on = min(observed_on, date.today())  # the item keeps the sender's own day
    orientations = {o.value for o in m.Orientation}
    orientation = details.get("orientation")
    own_source = " ".join(str(details.get("source", "")).split())
    return m.SituationEntry(
        observed_on=observed_on,
        milieu=" ".join(title.split()),
        orientation=m.Orientation(orientation if orientation in orientations else "unclear"),
        observation=text,
        source=f"{source} ({own_source})" if own_source else source,
        assessment=str(details.get("assessment", "")),
        reliability=reliability,
    )


def take_incoming(session: Session, item_id: int, reliability: m.Reliability) -> m.SituationEntry:
    """Takes an incoming item of the lägesbild kind into the lägesbild as one act: a new entry
    naming the package's sender as its source, with ``reliability``, linked to the item so it
    cannot be taken twice, and one "situation_entries.take" audit row (entry and item ids).
    Refuses, writing nothing, an item of another kind or one taken already."""
    with session.vault.transaction() as conn:
        item = periods.incoming_item(conn, item_id) if mapping.storable(item_id) else None
        if item is None:
            raise errors.NotFound(kind=INCOMING_KIND, id=item_id)
        if item.kind != "situation":
            raise errors.InvalidInput("incoming_item", NOT_A_SITUATION_ITEM)
        if item.taken_as is not None:
            raise errors.InvalidInput("incoming_item", ALREADY_TAKEN)
        details = json.loads(item.details) if item.details else {}
        entry = entry_from_item(
            item.source, item.dated, item.title, item.text, details, m.Reliability(reliability)
        )
        rules.validate(entry)
        entry.id = mapping.insert(conn, SITUATION_ENTRIES, entry)
        periods.link_incoming(conn, entry.id, item_id)
        audit.append(
            conn,
            session.actor,
            "situation_entries.take",
            "situation_entries",
            entry.id,
            {"incoming_item": item_id},
        )
    return entry
