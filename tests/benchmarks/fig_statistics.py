"""The report to kommunstyrelsen (lägesrapport): counted, protected, rendered and signed."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

from measure import Figure, clock

from kopingplan.services import briefs
from kopingplan.services import statistics as board_report
from kopingplan.services.session import Session

TARGET_MS = 1000  # issue 18: the report to kommunstyrelsen at 20,000 cases, signed


def report(session: Session, runs: int, today: date | None = None) -> Figure:
    """The last twelve months against the twelve before: what the menu's "Save signed PDF"
    does (count both periods, protect, compose; the key; render and sign), in memory."""
    last = today or date.today()
    first = last - timedelta(days=364)
    samples, counting, signer, render_sign = [], [], [], []
    pages = 0
    for _ in range(runs):
        started = time.perf_counter()
        t_count, made = clock(lambda: board_report.report(session, first, last))
        t_signer, key = clock(lambda: briefs.signer_for(session))
        t_sign, copies = clock(lambda b=made, k=key: briefs.sign_copies(b, k))  # type: ignore[misc]
        samples.append((time.perf_counter() - started) * 1000)
        counting.append(t_count)
        signer.append(t_signer)
        render_sign.append(t_sign)
        pages = copies[0].pages
    return Figure(
        "statistics_report",
        "report to kommunstyrelsen, signed",
        samples,
        TARGET_MS,
        extra={
            "pages": pages,
            "count_ms": statistics.median(counting),
            "signer_ms": statistics.median(signer),
            "render_sign_ms": statistics.median(render_sign),
        },
        note=(
            f"{first} – {last} and the 365 days before, {pages} pages: count and protect "
            f"{statistics.median(counting):.0f} ms, key {statistics.median(signer):.0f} ms, "
            f"render+sign {statistics.median(render_sign):.0f} ms"
        ),
    )


FOLLOW_UP_TARGET_MS = 2000  # issue 18: the yearly follow-up at 20,000 cases, signed
FOLLOW_UP_COMMITMENTS = 12
FOLLOW_UP_ACTIVITIES = 60


def _plan_for(session: Session, year: int) -> int:
    """A revision in force at the end of ``year`` with commitments that link every working
    group, activities of the year and partner organisations (the demo makes none of these)."""
    from kopingplan.domain import model as m
    from kopingplan.services import activities, plan, yearly_follow_up

    revision = yearly_follow_up.revision_for(session, year)
    if revision is None:
        revision = plan.add_revision(
            session, m.PlanRevision(plan.next_number(session), date(year, 1, 1), "KS", "Plan")
        )
    assert revision.id is not None
    links = plan.link_choices(session)
    groups = [c.id for c in links.groups]
    partners = [c.id for c in links.organisations][:20]
    held = []
    for n in range(FOLLOW_UP_ACTIVITIES):
        activity = m.Activity(
            date(year, 1 + n % 12, 1 + n % 28), m.ActivityKind.TRAINING, f"Utbildning {n}",
            partner_ids=tuple(partners[n % len(partners) :][:2]) if partners else (),
            participants=5 + n,
        )  # fmt: skip
        held.append(activities.add_activity(session, activity).id or 0)
    for n in range(FOLLOW_UP_COMMITMENTS):
        plan.add_commitment(
            session,
            m.Commitment(
                revision.id, f"Åtagande {n}", None, tuple(groups[n % max(1, len(groups)) :][:2]),
                tuple(held[n * 5 : n * 5 + 5]), tuple(partners[n : n + 2]),
            ),
        )  # fmt: skip
    return len(plan.commitments(session, revision.id))


def follow_up(session: Session, runs: int, today: date | None = None) -> Figure:
    """Last year's follow-up of the plan's commitments: what Rapporter → Årlig uppföljning
    does (count per commitment, protect, compose; the key; render and sign), in memory."""
    year = (today or date.today()).year - 1
    commitments = _plan_for(session, year)
    from kopingplan.services import yearly_follow_up

    samples, counting, render_sign = [], [], []
    pages = 0
    for _ in range(runs):
        started = time.perf_counter()
        t_count, made = clock(lambda: yearly_follow_up.report(session, year))
        _, key = clock(lambda: briefs.signer_for(session))
        t_sign, copies = clock(lambda b=made, k=key: briefs.sign_copies(b, k))  # type: ignore[misc]
        samples.append((time.perf_counter() - started) * 1000)
        counting.append(t_count)
        render_sign.append(t_sign)
        pages = copies[0].pages
    return Figure(
        "yearly_follow_up",
        "yearly follow-up of the action plan, signed",
        samples,
        FOLLOW_UP_TARGET_MS,
        extra={
            "pages": pages,
            "commitments": commitments,
            "count_ms": statistics.median(counting),
            "render_sign_ms": statistics.median(render_sign),
        },
        note=(
            f"{year}, {commitments} commitments, {pages} pages: count and protect "
            f"{statistics.median(counting):.0f} ms, render+sign "
            f"{statistics.median(render_sign):.0f} ms"
        ),
    )
