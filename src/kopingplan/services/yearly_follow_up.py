"""The yearly follow-up (årlig uppföljning) of the action plan's commitments, as a signed brief.

For a year, the revision in force at its end (or on the day the follow-up is made, if the year
is not over) and, per commitment, what its linked working groups, activities and partner
organisations did in the year: meetings held, activities and their participants, contacts
with the partners, and the cases the groups took up, by level. What was not done is said
per link. The coordinator's assessment (overall and per commitment) and proposals for the
next revision are typed for this follow-up only: they go into the PDF and are not stored, and
the audit row names the year, the revision and the number of commitments, never the words.

Counts are protected exactly as in the report to kommunstyrelsen
(:func:`kopingplan.services.statistics.protect_column`): 1–4 is "<5"; the cases by level
add up to a total, so a second count is hidden where subtraction would give one away.
:mod:`kopingplan.services.briefs` signs and writes the brief ("brief.create").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from kopingplan import errors
from kopingplan.briefs import yearly_follow_up as yf
from kopingplan.briefs.document import Brief, BriefKind, BriefOptions
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services import statistics
from kopingplan.services.briefs import issuer_for
from kopingplan.services.session import Session
from kopingplan.storage import reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import commitments as repo
from kopingplan.storage.repositories.statistics import Period

YEAR_NOT_BEGUN = QT_TRANSLATE_NOOP("Errors", "must be a year that has begun, from 2000 on")
FIRST_YEAR = 2000


class NoRevisionInForce(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No revision of the action plan had been adopted by the end of {year}. Record the "
        "revision first (File → Action plan), then make the follow-up.",
    )


@dataclass(frozen=True)
class Assessment:
    """What the coordinator types before the follow-up is made (not stored): an overall
    assessment, one per commitment (by the commitment's record id), and proposals."""

    overall: str = ""
    per_commitment: Mapping[int, str] = field(default_factory=dict)
    proposals: str = ""

    def normalised(self) -> Assessment:
        """The texts as the vault would store typed text; one with control characters or too
        long is refused (``InvalidInput``) as a stored text would be, before anything is made."""
        return Assessment(
            _checked(self.overall, "assessment"),
            {key: _checked(text, "assessment") for key, text in self.per_commitment.items()},
            _checked(self.proposals, "proposals"),
        )


def _checked(text: str, name: str) -> str:
    typed = rules.normalise_text(text)
    for problem in rules.problems(rules.TypedText(typed)):
        raise errors.InvalidInput(name, problem.problem)
    return typed


def check_year(year: int, today: date | None = None) -> None:
    """Refuses (``InvalidInput``) a year before 2000 or one that has not begun."""
    if not FIRST_YEAR <= year <= (today or date.today()).year:
        raise errors.InvalidInput("year", YEAR_NOT_BEGUN)


@dataclass(frozen=True)
class _Year:
    """The counts of one year, for every commitment alike (one query each)."""

    period: Period
    held_by: datetime
    meetings: dict[int, int]
    activities: list[m.Activity]
    contacts: dict[int, int]


def _protected(values: Sequence[int]) -> list[statistics.Count]:
    return statistics.protect_column(values, False)[0]


def _result(
    conn: Connection, number: int, commitment: m.Commitment, counts: _Year, assessment: str
) -> yf.CommitmentResult:
    year = counts.period.first.year
    groups = repo.names(conn, "groups", commitment.group_ids)
    partners = repo.names(conn, "organisations", commitment.organisation_ids)
    linked = repo.names(conn, "activities", commitment.activity_ids)
    held = [
        a
        for a in counts.activities
        if a.id in linked or a.organiser_id in partners or any(p in partners for p in a.partner_ids)
    ]
    labels: list[str] = []
    raw: list[int] = []
    not_done: list[str] = []
    for group_id, name in groups.items():
        meetings = counts.meetings.get(group_id, 0)
        labels.append(f"Möten i {name}")
        raw.append(meetings)
        if not meetings:
            not_done.append(f"{name} höll inga möten under {year}.")
    if linked or partners:
        labels += ["Aktiviteter under året", "Deltagare i aktiviteterna"]
        raw += [len(held), sum(a.participants or 0 for a in held)]
    held_ids = {a.id for a in held}
    for activity_id, title in linked.items():
        if activity_id not in held_ids:
            not_done.append(f"Aktiviteten ”{title}” hölls inte under {year}.")
    for organisation_id, name in partners.items():
        together = sum(
            1 for a in held if a.organiser_id == organisation_id or organisation_id in a.partner_ids
        )
        contacts = counts.contacts.get(organisation_id, 0)
        labels += [f"Aktiviteter med {name}", f"Kontakter med {name}"]
        raw += [together, contacts]
        if not together and not contacts:
            not_done.append(f"Inga aktiviteter eller kontakter med {name} under {year}.")
    gone = sum(
        len(set(ids)) - len(found)
        for ids, found in (
            (commitment.group_ids, groups),
            (commitment.activity_ids, linked),
            (commitment.organisation_ids, partners),
        )
    )
    if gone:
        not_done.append(f"{gone} av det som åtagandet var kopplat till finns inte längre i valvet.")
    if not groups and not linked and not partners:
        not_done.append(
            "Åtagandet är inte kopplat till någon arbetsgrupp, aktivitet eller samarbetspartner: "
            "valvet kan inte visa vad som gjorts."
        )
    elif not any(raw) and commitment.due_on is not None and commitment.due_on <= counts.period.last:
        not_done.append(
            f"Skulle vara genomfört senast {commitment.due_on.isoformat()}; inget är registrerat."
        )
    cases: tuple[statistics.Count, ...] = ()
    cases_total: statistics.Count = 0
    if groups:
        by_level = repo.cases_by_level(conn, counts.period, list(groups), counts.held_by)
        cells, cases_total = statistics.protect_column(
            [by_level.get(code, 0) for code, _ in yf.LEVEL_ROWS], True
        )
        cases = tuple(cells)
    meetings_total = sum(counts.meetings.get(g, 0) for g in groups)
    overview = _protected([meetings_total, len(held)])
    return yf.CommitmentResult(
        number=number,
        text=commitment.text,
        due_on=commitment.due_on,
        done=tuple(zip(labels, _protected(raw), strict=True)),
        meetings=overview[0],
        activities=overview[1],
        cases=cases,
        cases_total=cases_total,
        not_done=tuple(not_done),
        assessment=assessment,
    )


def material(
    session: Session, year: int, assessment: Assessment | None = None, now: datetime | None = None
) -> yf.FollowUpMaterial:
    """The protected counts of ``year`` for every commitment of the revision in force."""
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    check_year(year, today)
    words = (assessment or Assessment()).normalised()
    last = _last_day(year, today)
    period = statistics.periods(date(year, 1, 1), last)[0]
    with session.vault.read() as conn:  # one state of the vault for every count
        revision = repo.revision_in_force(conn, last)
        if revision is None or revision.id is None:
            raise NoRevisionInForce(year=year)
        counts = _Year(
            period,
            now,
            repo.meetings_held(conn, period, now),
            repo.activities_held(conn, period),
            repo.organisation_contacts(conn, period),
        )
        results = tuple(
            _result(conn, number, c, counts, words.per_commitment.get(c.id or 0, ""))
            for number, c in enumerate(repo.commitments_of(conn, revision.id), start=1)
        )
    # The revision as the cover names it: number, day adopted, by whom, diary number.
    adopted = (revision.revision, revision.adopted_on, revision.adopted_by, revision.diary_number)
    return yf.FollowUpMaterial(year, last, *adopted, results, words.overall, words.proposals)


def revision_for(session: Session, year: int, today: date | None = None) -> m.PlanRevision | None:
    """The revision the follow-up of ``year`` follows up (for the dialog), or None."""
    return reading.run(session, repo.revision_in_force, _last_day(year, today or date.today()))


def _last_day(year: int, today: date) -> date:
    """The last day the follow-up of ``year`` counts (and whose revision in force it follows):
    the year's last, or today while the year lasts."""
    return min(date(year, 12, 31), today)


def report(
    session: Session,
    year: int,
    assessment: Assessment | None = None,
    *,
    options: BriefOptions | None = None,
    now: datetime | None = None,
) -> Brief:
    """The yearly follow-up as a brief, ready to sign (:func:`kopingplan.services.briefs.save`)."""
    found = material(session, year, assessment, now)
    return yf.yearly_follow_up(found, issuer_for(session, BriefKind.FOLLOW_UP, options, now))


def suggested_name(year: int) -> list[str]:
    """The parts of the file name the save dialog suggests: ``Årlig uppföljning 2026``."""
    return ["Årlig uppföljning", str(year)]
