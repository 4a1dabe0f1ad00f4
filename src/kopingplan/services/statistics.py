"""The report to kommunstyrelsen (lägesrapport): counts for a period and the one before it,
protected so that no one can be singled out, as a signed brief.

:func:`material` counts in the vault (:mod:`kopingplan.storage.repositories.statistics`) and
protects every table here, before anything reaches the brief
(:mod:`kopingplan.briefs.statistics_report`): the brief only ever sees protected counts.
:func:`report` makes the brief; :mod:`kopingplan.services.briefs` signs and writes it, with the
"brief.create" audit row naming the kind, the document id and the periods (dates only).

Protection (:func:`protect_column`), per column of a table (one period): a count from 1 to 4
is hidden as ``"<5"``; then, as long as the total and the shown cells would let a reader pin
a hidden count (or a hidden total) to one value — by subtracting, knowing that "<5" is 1–4 and
that a "×" hides a count that would have been shown (0, or 5 and more) — the smallest shown
count above zero is hidden as well (``"×"``), else a zero, else the total; when even that does
not help, the whole column. Tables that share a total (the three tables of cases, the two of
disclosures, the two of incidents) hide it together (:func:`_protect_all`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from itertools import product
from typing import Any

from kopingplan import errors
from kopingplan.briefs import statistics_report as sr
from kopingplan.briefs.document import BriefKind
from kopingplan.domain import model as m
from kopingplan.services.briefs import PeriodBrief
from kopingplan.services.exchange import recipients as exchange_recipients
from kopingplan.services.session import Session
from kopingplan.storage.repositories import commitments as plan_repo
from kopingplan.storage.repositories import statistics as repo

Count = sr.Count
SMALL, HIDDEN = sr.SMALL, sr.HIDDEN

PERIOD_ORDER = errors.QT_TRANSLATE_NOOP("Errors", "must not be before the start of the period")
PERIOD_LENGTH = errors.QT_TRANSLATE_NOOP("Errors", "the period can be at most ten years long")
MAX_DAYS = 3660

# Tables whose columns add up to the same total: hidden in one, hidden in all.
SHARED_TOTALS = (
    (sr.CASES_LEVEL, sr.CASES_ORIENTATION, sr.CASES_AGE),
    (sr.DISCLOSURE_BASES, sr.DISCLOSURE_CHANNELS, sr.DISCLOSURE_RECIPIENTS),
    (sr.INCIDENT_KINDS, sr.INCIDENT_POLICE),
)


# --- Periods -------------------------------------------------------------------------------------


def periods(first: date, last: date) -> tuple[repo.Period, repo.Period]:
    """The period ``first``…``last`` and the previous one of the same number of days, ending
    the day before. Raises ``InvalidInput`` for a reversed or overlong period."""
    if last < first:
        raise errors.InvalidInput("to", PERIOD_ORDER)
    days = (last - first).days + 1
    if days > MAX_DAYS:
        raise errors.InvalidInput("to", PERIOD_LENGTH)
    previous_last = first - timedelta(days=1)
    return _period(first, last), _period(previous_last - timedelta(days=days - 1), previous_last)


def _period(first: date, last: date) -> repo.Period:
    since = datetime.combine(first, time()).astimezone()
    until = datetime.combine(last + timedelta(days=1), time()).astimezone()
    return repo.Period(first, last, since, until)


# --- Protection ----------------------------------------------------------------------------------


# What a reader knows a hidden count can be: "<5" is 1–4; "×" hid a count that would have
# been shown, so 0 or 5 and more. Each as a choice of whole-number intervals.
_CHOICES: dict[str, tuple[tuple[float, float], ...]] = {
    SMALL: ((1, 4),),
    HIDDEN: ((0, 0), (5, math.inf)),
}


def pinned(marks: Sequence[str], total: Count, shown: int) -> bool:
    """Whether a reader can work out one hidden count of a column (or its hidden total)
    exactly: the hidden counts (``marks``) and the ``shown`` ones add up to ``total``.

    For every choice of interval per hidden count, each unknown's possible values are its own
    interval cut by the total less what the others can add up to (exact for whole numbers, a
    sum of ranges being a range); a count is pinned when all choices leave it one value."""
    if not marks and isinstance(total, int):
        return False
    totals = ((total, total),) if isinstance(total, int) else _CHOICES[total]
    unknowns = len(marks) + (0 if isinstance(total, int) else 1)
    points: list[set[float]] = [set() for _ in range(unknowns)]
    spread = [False] * unknowns

    def note(index: int, lowest: float, highest: float) -> None:
        if lowest < highest:
            spread[index] = True
        elif lowest == highest:
            points[index].add(lowest)

    for choice in product(*(_CHOICES[mark] for mark in marks), totals):
        cells, (total_low, total_high) = choice[:-1], choice[-1]
        low = shown + sum(lo for lo, _ in cells)
        high = shown + sum(hi for _, hi in cells)
        if max(low, total_low) > min(high, total_high):
            continue  # this choice cannot be
        for index, (own_low, own_high) in enumerate(cells):
            others_low = shown + sum(lo for j, (lo, _) in enumerate(cells) if j != index)
            others_high = shown + sum(hi for j, (_, hi) in enumerate(cells) if j != index)
            note(
                index, max(own_low, total_low - others_high), min(own_high, total_high - others_low)
            )
        if unknowns > len(marks):
            note(len(marks), max(total_low, low), min(total_high, high))
    return any(not spread[i] and len(points[i]) == 1 for i in range(unknowns))


def protect_column(
    values: Sequence[int], with_total: bool, *, total_known: bool = False
) -> tuple[list[Count], Count]:
    """One column protected: its cells and its total (the plain sum when not ``with_total``).

    ``total_known``: the total is hidden here but shown (or worked out) in a table of the same
    cases, so the cells are protected as if it were shown."""
    cells: list[Count] = [SMALL if 1 <= v <= 4 else v for v in values]
    raw_total = sum(values)
    if not with_total:
        return cells, raw_total
    total: Count = SMALL if 1 <= raw_total <= 4 else raw_total
    while True:
        marks = [cell for cell in cells if isinstance(cell, str)]
        shown = sum(cell for cell in cells if isinstance(cell, int))
        if not pinned(marks, raw_total if total_known else total, shown):
            return cells, total
        nonzero = [i for i, cell in enumerate(cells) if isinstance(cell, int) and cell > 0]
        zero = [i for i, cell in enumerate(cells) if cell == 0]
        if nonzero:
            cells[min(nonzero, key=lambda i: (values[i], i))] = HIDDEN
        elif zero:
            cells[zero[0]] = HIDDEN
        elif isinstance(total, int) and not total_known:
            total = HIDDEN
        else:
            # Nothing left to hide: the column is not shown at all.
            return [HIDDEN] * len(cells), total if isinstance(total, str) else HIDDEN


def protect(
    rows: Sequence[str],
    columns: Sequence[Sequence[int]],
    with_total: bool,
    known: Sequence[bool] = (),
) -> sr.CountTable:
    """A table of raw counts (one sequence per period, in ``rows`` order) protected;
    ``known[c]``: column ``c``'s total is known from elsewhere (see :func:`protect_column`)."""
    protected = [
        protect_column(column, with_total, total_known=bool(known and known[c]))
        for c, column in enumerate(columns)
    ]
    cells = tuple(tuple(protected[c][0][r] for c in range(len(columns))) for r in range(len(rows)))
    totals = tuple(total for _, total in protected) if with_total else ()
    return sr.CountTable(tuple(rows), cells, totals)


def _protect_all(
    raw: dict[str, tuple[tuple[str, ...], list[list[int]], bool]],
) -> dict[str, sr.CountTable]:
    """Every table protected. Tables of the same cases share their total: when it is hidden
    in one, it is hidden in all; one hidden as "×" (5 or more), which another table's cells
    might give away, makes each table be protected again as if the reader knew it."""
    tables = {key: protect(rows, cols, total) for key, (rows, cols, total) in raw.items()}
    for group in SHARED_TOTALS:
        marks = [
            {tables[key].totals[c] for key in group if isinstance(tables[key].totals[c], str)}
            for c in range(2)
        ]
        if not any(marks):
            continue
        # A total of 1–4 is "<5" in every table of the group alike (the same cases) and no
        # table pins it on its own; one hidden as "×" may be shown by another's cells.
        known = [HIDDEN in found and SMALL not in found for found in marks]
        for key in group:
            rows, columns, _ = raw[key]
            again = protect(rows, columns, True, known)
            totals = tuple(
                (SMALL if SMALL in marks[c] else HIDDEN) if marks[c] else again.totals[c]
                for c in range(2)
            )
            tables[key] = sr.CountTable(again.rows, again.cells, totals)
    return tables


# --- Counting ------------------------------------------------------------------------------------


def _age_band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return sr.UNKNOWN_AGE
    age = year - birth_year
    for code, _, low, high in sr.AGE_BANDS:
        if low <= age <= high:
            return code
    return sr.UNKNOWN_AGE


def _counts(conn: Any, period: repo.Period, bases: Sequence[str]) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = {key: Counter() for key in _ROWS_FIXED}
    found[sr.DISCLOSURE_BASES] = Counter()
    for level, orientation, birth_year, n in repo.active_cases(conn, period):
        found[sr.CASES_LEVEL][level] += n
        found[sr.CASES_ORIENTATION][orientation] += n
        found[sr.CASES_AGE][_age_band(birth_year, period.last.year)] += n
    opened, closed = repo.opened_and_closed(conn, period)
    found[sr.CASE_FLOW].update({"opened": opened, "closed": closed})
    for source, target, n in repo.level_moves(conn, period):
        found[sr.LEVEL_MOVES][f"{source}>{target}"] += n
    active, new, ended = repo.exit_plans(conn, period)
    found[sr.EXIT_PLANS].update({"active": active, "new": new, "ended": ended})
    contacts, threads, opened_threads = repo.relative_support(conn, period)
    found[sr.RELATIVE_SUPPORT].update(
        {"contacts": contacts, "threads": threads, "opened": opened_threads}
    )
    for basis, channel, n in repo.disclosures(conn, period):
        found[sr.DISCLOSURE_BASES][basis if basis in bases else sr.OTHER_BASIS] += n
        found[sr.DISCLOSURE_CHANNELS][channel] += n
    for kind, extract, n in repo.recipient_kinds(conn, period):
        found[sr.DISCLOSURE_RECIPIENTS][kind or (sr.THE_PERSON if extract else sr.UNKNOWN)] += n
    for kind, reported, n in repo.incidents(conn, period):
        found[sr.INCIDENT_KINDS][kind] += n
        found[sr.INCIDENT_POLICE]["reported" if reported else "not_reported"] += n
    for kind, held, participants in repo.activities(conn, period):
        found[sr.ACTIVITY_KINDS][kind] += held
        found[sr.ACTIVITY_PARTICIPANTS][kind] += participants
    found[sr.COMMITMENTS].update(_commitments(conn, period))
    return found


def _commitments(conn: Any, period: repo.Period) -> Counter[str]:
    """The commitments of the plan revision in force on the period's last day (the records
    :func:`kopingplan.services.plan.commitments` lists), by whether their due day had passed
    by then, was still to come, or was not set."""
    revision = plan_repo.revision_in_force(conn, period.last)
    found: Counter[str] = Counter()
    if revision is None or revision.id is None:
        return found
    for commitment in plan_repo.commitments_of(conn, revision.id):
        due = commitment.due_on
        found["no_due" if due is None else "due_passed" if due <= period.last else "not_due"] += 1
    return found


_LEVELS = tuple(level.value for level in m.Level)
_ROWS_FIXED: dict[str, tuple[tuple[str, ...], bool]] = {
    sr.CASES_LEVEL: (_LEVELS, True),
    sr.CASES_ORIENTATION: (tuple(o.value for o in m.Orientation), True),
    sr.CASES_AGE: ((*(code for code, *_ in sr.AGE_BANDS), sr.UNKNOWN_AGE), True),
    sr.CASE_FLOW: (("opened", "closed"), False),
    sr.LEVEL_MOVES: (tuple(f"{a}>{b}" for a in _LEVELS for b in _LEVELS if a != b), True),
    sr.EXIT_PLANS: (("active", "new", "ended"), False),
    sr.RELATIVE_SUPPORT: (("contacts", "threads", "opened"), False),
    sr.DISCLOSURE_CHANNELS: (tuple(c.value for c in m.DisclosureChannel), True),
    sr.INCIDENT_KINDS: (tuple(k.value for k in m.IncidentKind), True),
    sr.INCIDENT_POLICE: (("reported", "not_reported"), True),
    sr.DISCLOSURE_RECIPIENTS: (
        (*(k.value for k in m.OrganisationKind), sr.THE_PERSON, sr.UNKNOWN),
        True,
    ),
    sr.ACTIVITY_KINDS: (tuple(k.value for k in m.ActivityKind), True),
    sr.ACTIVITY_PARTICIPANTS: (tuple(k.value for k in m.ActivityKind), True),
    sr.COMMITMENTS: (("due_passed", "not_due", "no_due"), True),
}


def raw_counts(
    session: Session, first: date, last: date
) -> tuple[repo.Period, repo.Period, dict[str, tuple[tuple[str, ...], list[list[int]], bool]]]:
    """The unprotected counts, table by table: (rows, one column per period, with total).
    For tests and the service itself; never printed as they are."""
    current, previous = periods(first, last)
    bases = tuple(basis.title for basis in exchange_recipients.legal_bases(session))
    with session.vault.read() as conn:  # one state of the vault for both periods
        both = [_counts(conn, current, bases), _counts(conn, previous, bases)]
    shapes = dict(_ROWS_FIXED)
    others = (sr.OTHER_BASIS,) if any(c[sr.DISCLOSURE_BASES][sr.OTHER_BASIS] for c in both) else ()
    shapes[sr.DISCLOSURE_BASES] = (bases + others, True)
    tables = {
        key: (rows, [[counts[key][row] for row in rows] for counts in both], with_total)
        for key, (rows, with_total) in shapes.items()
    }
    return current, previous, tables


def material(session: Session, first: date, last: date) -> sr.StatisticsMaterial:
    """The protected counts of the period ``first``…``last`` and the one before it."""
    current, previous, raw = raw_counts(session, first, last)
    tables = _protect_all(raw)
    return sr.StatisticsMaterial(current.first, current.last, previous.first, previous.last, tables)


# The lägesrapport for ``first``…``last`` as a brief: ``report(session, first, last)``.
report = PeriodBrief(BriefKind.STATISTICS, material, sr.statistics_report)


def suggested_name(first: date, last: date) -> list[str]:
    """The parts of the file name the save dialog suggests: ``Lägesrapport 2026-01-01–…``."""
    return ["Lägesrapport", f"{first.isoformat()}–{last.isoformat()}"]
