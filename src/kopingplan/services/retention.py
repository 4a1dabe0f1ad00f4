"""Retention (gallring): what is due for deletion, the coordinator's decision, real deletion.

The coordinator reviews a list of records whose retention period has run out and decides per
record: delete it, or keep it with a reason until a review day. Deletion is real: SQLite's
``secure_delete`` (on in every vault) overwrites the freed content, the full-text index is
purged (see :func:`repositories.deleting_in_bulk`), and the WAL is checkpointed so the old
pages leave the file. The audit log records each deletion by table, number and reference day,
never the content. Backups made before a deletion still hold it until they are rotated out.

Default periods, counted from each record's reference day (storage/repositories/retention.py).
They are starting points, not law: the municipality's archive authority sets the real ones in
its dokumenthanteringsplan / gallringsbeslut, and the coordinator enters those in the settings.

* Closed cases: **5 years** after closing (or after the latest note or contact). Mirrors the
  social services' rule for a personakt (gallras five years after the last entry), the nearest
  Swedish rule for records about individuals; the coordinator's cases are sensitive personal
  data (GDPR art. 9 and 10) and must not be kept longer than the work needs.
* Lägesbild entries: **3 years** after the observation. The plan asks for a *current* picture;
  three years lets the coordinator compare over a mandate period and see trends, older
  observations about milieus mostly mislead.
* Relative-support threads that belong to no case: **2 years** after the latest contact. A
  low-threshold, often anonymous service for people who are not themselves the subject of any
  case: the shortest period. (A thread that belongs to a case goes with the case.)
* Disclosures: **10 years** after the information left. The record that information left the
  vault, to whom and on what legal basis, is the accountability trail for a legal decision
  (OSL); it holds no content and must outlive the case, like the audit log.
* Concerns that led to no action: **12 months** after the screening decision. What was screened
  and led nowhere must leave a trace for a while (a second call about the same pupil is read
  against the first) but not linger about people no case was opened for. (A concern that led to
  a case goes with the case; one referred elsewhere is kept like a record of the referral.)
* Incidents against staff: **5 years** after the incident, its support and its follow-up (an
  incident whose follow-up is not done is never due). The employer's duty to investigate and
  follow up threats (AFS 2023:1) and a possible work injury claim need the record for years.
* Contacts that belong to no case (partner work, a call with a person): **3 years** after the
  contact or its follow-up: long enough to follow a partnership over a mandate period.
* Incoming items not linked to a case: **2 years** after they came in. What a partner sent
  that never became part of a case should not outlive its use; an item linked to a case goes
  with the case.
* Meetings with their minutes, agenda, decisions and actions: **10 years** after the meeting.
  Minutes of a working group record decisions; the archive authority often keeps them for
  good (then enter the longest period, 600 months, and transfer them to the archive).
* Overall assessments of the lägesbild for a period: **5 years** after the period (or its
  latest correction). The coordinator's own judgement of milieus, not about a case, read to
  compare one period with the next over more than a mandate period: longer than the entries
  it sums up, shorter than the minutes of the decisions made on it.

What a case holds (notes, contacts, plans, consents, triage, attachments, the concerns that led
to it) goes with the case; an attachment goes with its record.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from kopingplan import errors
from kopingplan.domain import rules
from kopingplan.services.session import Session
from kopingplan.storage import audit, drafts, identities, reading, repositories
from kopingplan.storage.repositories import retention as store
from kopingplan.storage.repositories.concerns import CONCERNS
from kopingplan.storage.repositories.exchange import INCOMING_KIND
from kopingplan.storage.repositories.situation_periods import SITUATION_ASSESSMENTS

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP


class RetentionKind(StrEnum):
    CLOSED_CASE = "case"
    SITUATION_ENTRY = "situation_entry"
    RELATIVE_SUPPORT = "relative_support"
    DISCLOSURE = "disclosure"
    CONCERN = "concern"  # a concern that led to no action
    INCIDENT = "incident"  # against staff, followed up
    CONTACT = "contact"  # without a case
    INCOMING_ITEM = "incoming_item"  # not linked to a case
    MEETING = "meeting"  # with its minutes, agenda, decisions and actions
    SITUATION_ASSESSMENT = "situation_assessment"  # the lägesbild for a period, its versions


# Bounds of a configured period: at least a month, at most fifty years.
MIN_MONTHS = 1
MAX_MONTHS = 600

# From this many records on, one deletion rewrites the full-text index once instead of
# purging it row by row (see repositories.deleting_in_bulk: "from a dozen or so cases up").
BULK_ITEMS = 12

# Keeping a record without a review day would be keeping it forever.
DEFAULT_KEEP_MONTHS = 12

# SQL selects candidates with a slightly later cutoff; the exact due day is decided here, so
# that a period ending on the 31st of a short month is counted the same way everywhere.
_CUTOFF_SLACK = timedelta(days=4)

_SETTING = "retention.{}_months"

# The word for each kind's record in a "not found" message (the audit row names its table).
_KIND_WORDS: dict[RetentionKind, str] = {
    RetentionKind.CLOSED_CASE: repositories.CASES.kind,
    RetentionKind.SITUATION_ENTRY: repositories.SITUATION_ENTRIES.kind,
    RetentionKind.RELATIVE_SUPPORT: repositories.RELATIVE_SUPPORTS.kind,
    RetentionKind.DISCLOSURE: repositories.DISCLOSURES.kind,
    RetentionKind.CONCERN: CONCERNS.kind,
    RetentionKind.INCIDENT: repositories.INCIDENTS.kind,
    RetentionKind.CONTACT: repositories.CONTACTS.kind,
    RetentionKind.INCOMING_ITEM: INCOMING_KIND,
    RetentionKind.MEETING: repositories.MEETINGS.kind,
    RetentionKind.SITUATION_ASSESSMENT: SITUATION_ASSESSMENTS.kind,
}


class RetentionNotDue(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Record {id} is not due for retention (it is open, or was reopened or changed "
        "meanwhile). Nothing was changed; open the review list again.",
    )


MUST_BE_AFTER_TODAY = QT_TRANSLATE_NOOP("Errors", "must be a day after today")
MONTHS_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "must be between 1 and 600 months")


@dataclass(frozen=True)
class RetentionPolicy:
    """Months each kind is kept after its reference day (see the module text for why)."""

    closed_case_months: int = 60
    situation_entry_months: int = 36
    relative_support_months: int = 24
    disclosure_months: int = 120
    concern_months: int = 12
    incident_months: int = 60
    contact_months: int = 36
    incoming_item_months: int = 24
    meeting_months: int = 120
    situation_assessment_months: int = 60

    @classmethod
    def of(cls, months: Mapping[RetentionKind, int]) -> RetentionPolicy:
        """The policy with these months per kind (the others at their defaults)."""
        return cls(**{f"{_field_prefix(kind)}_months": value for kind, value in months.items()})

    def months(self, kind: RetentionKind | str) -> int:
        months: int = getattr(self, f"{_field_prefix(RetentionKind(kind))}_months")
        return months

    def validate(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, int) or not MIN_MONTHS <= value <= MAX_MONTHS:
                raise errors.InvalidInput(field.name, MONTHS_OUT_OF_RANGE)


def _field_prefix(kind: RetentionKind) -> str:
    return "closed_case" if kind is RetentionKind.CLOSED_CASE else kind.value


@dataclass(frozen=True)
class RetentionItem:
    """One record on the review list. ``label`` is for the coordinator's eyes only (the
    review list is inside the app); it never goes into the audit log."""

    kind: RetentionKind
    id: int
    reference_on: date
    due_on: date
    label: str
    kept_reason: str | None = None  # an earlier "keep" decision whose review day has come
    kept_until: date | None = None


@dataclass(frozen=True)
class DeletionReport:
    deleted: dict[str, int]  # per kind
    persons: int  # subjects and relatives nothing else referred to any more
    purged_from_file: bool  # False: a reader blocked the checkpoint; it completes on lock


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


# --- policy ---------------------------------------------------------------------------------


def load_policy(session: Session) -> RetentionPolicy:
    """The configured periods; a missing or unreadable setting falls back to its default."""
    defaults = RetentionPolicy()
    values: dict[str, int] = {}
    for kind in RetentionKind:
        name = f"{_field_prefix(kind)}_months"
        text = reading.run(session, identities.get_setting, _SETTING.format(_field_prefix(kind)))
        try:
            number = int(text)
        except ValueError:
            number = getattr(defaults, name)
        values[name] = number if MIN_MONTHS <= number <= MAX_MONTHS else getattr(defaults, name)
    return RetentionPolicy(**values)


def save_policy(session: Session, policy: RetentionPolicy) -> None:
    """Stores the periods; the audit row names the new periods (numbers, not content)."""
    policy.validate()
    with session.vault.transaction() as conn:
        for kind in RetentionKind:
            key = _SETTING.format(_field_prefix(kind))
            identities.set_setting(conn, key, str(policy.months(kind)))
        details = {kind.value: policy.months(kind) for kind in RetentionKind}
        audit.append(conn, session.actor, "retention.policy", details={"months": details})


# --- review ---------------------------------------------------------------------------------


def review_list(
    session: Session, today: date | None = None, policy: RetentionPolicy | None = None
) -> list[RetentionItem]:
    """Every record whose retention period has run out, oldest first within each kind."""
    today = today or date.today()
    policy = policy or load_policy(session)
    items: list[RetentionItem] = []
    for kind in RetentionKind:
        months = policy.months(kind)
        cutoff = add_months(today, -months) + _CUTOFF_SLACK
        for row in reading.run(session, store.due, kind.value, cutoff, today):
            due_on = add_months(row.reference_on, months)
            if due_on > today:
                continue
            items.append(
                RetentionItem(
                    kind=kind,
                    id=row.id,
                    reference_on=row.reference_on,
                    due_on=due_on,
                    label=row.label,
                    kept_reason=row.kept_reason,
                    kept_until=row.kept_until,
                )
            )
    return items


def keep(
    session: Session,
    kind: RetentionKind | str,
    ref_id: int,
    reason: str,
    review_on: date | None = None,
    *,
    today: date | None = None,
) -> date:
    """Keeps a record past its period, with the reason, until ``review_on`` (default: a year
    from today), when it is listed again. Returns the review day. The reason stays in the
    vault with the record; the audit row holds only the review day."""
    kind = RetentionKind(kind)
    today = today or date.today()
    review_on = review_on or add_months(today, DEFAULT_KEEP_MONTHS)
    if not reason.strip():
        raise errors.InvalidInput("reason", rules.REQUIRED)
    if review_on <= today:
        raise errors.InvalidInput("review_on", MUST_BE_AFTER_TODAY)
    with session.vault.transaction() as conn:
        if store.reference_day(conn, kind.value, ref_id) is None:
            if not store.exists(conn, kind.value, ref_id):
                raise errors.NotFound(kind=_KIND_WORDS[kind], id=ref_id)
            raise RetentionNotDue(id=ref_id)  # an open case, a thread that is part of a case
        store.store_keep(
            conn,
            kind.value,
            ref_id,
            decided_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            decided_by=session.actor,
            reason=reason.strip(),
            review_on=review_on,
        )
        audit.append(
            conn,
            session.actor,
            "retention.keep",
            store.TABLES[kind.value],
            ref_id,
            {"review_on": review_on.isoformat()},
        )
    return review_on


def delete(
    session: Session,
    items: Iterable[RetentionItem | tuple[RetentionKind | str, int]],
    *,
    today: date | None = None,
    policy: RetentionPolicy | None = None,
) -> DeletionReport:
    """Deletes the chosen records for good, in one transaction with one audit row each.

    Every record is checked again first: one that is no longer due (a case reopened since the
    list was made) stops the whole deletion with :class:`RetentionNotDue`, and nothing is
    deleted. Persons who were only the subject or a relative in what was deleted, and whom
    nothing else refers to, are deleted too: their name and identity number are case content.
    """
    today = today or date.today()
    policy = policy or load_policy(session)
    chosen: dict[RetentionKind, list[int]] = {kind: [] for kind in RetentionKind}
    for item in items:
        kind, ref_id = (item.kind, item.id) if isinstance(item, RetentionItem) else item
        if ref_id not in chosen[RetentionKind(kind)]:
            chosen[RetentionKind(kind)].append(int(ref_id))
    total = sum(len(ids) for ids in chosen.values())
    deleted: dict[str, int] = {}
    persons: list[int] = []
    with session.vault.transaction() as conn:
        plans = []
        for kind, ids in chosen.items():
            months = policy.months(kind)
            for ref_id in ids:
                reference = store.reference_day(conn, kind.value, ref_id)
                if reference is None or add_months(reference, months) > today:
                    raise RetentionNotDue(id=ref_id)
                details = {
                    "reference_on": reference.isoformat(),
                    "months": months,
                    "removed": store.parts(conn, kind.value, ref_id),
                }
                plans.append((kind, ref_id, details))
        candidates = set()
        for kind, ids in chosen.items():
            candidates |= store.private_persons(conn, kind.value, ids)
        if total >= BULK_ITEMS:
            with repositories.deleting_in_bulk(conn):
                for kind, ids in chosen.items():
                    deleted[kind.value] = store.delete_records(conn, kind.value, ids)
        else:
            for kind, ids in chosen.items():
                deleted[kind.value] = store.delete_records(conn, kind.value, ids)
        persons = store.delete_unreferenced_persons(conn, candidates)
        orphaned_drafts = drafts.delete_orphans(conn)
        for kind, ref_id, details in plans:
            table_name = store.TABLES[kind.value]
            audit.append(conn, session.actor, "retention.delete", table_name, ref_id, details)
        for person_id in persons:
            audit.append(conn, session.actor, "retention.delete", "persons", person_id)
        if orphaned_drafts:
            details = {"count": orphaned_drafts}
            audit.append(conn, session.actor, "retention.delete", "drafts", None, details)
    purged = reading.run(session, store.checkpoint_truncate)
    return DeletionReport(deleted=deleted, persons=len(persons), purged_from_file=purged)
