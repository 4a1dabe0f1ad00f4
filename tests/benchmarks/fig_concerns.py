"""Opening the list of incoming concerns (issue 17: 5,000 concerns, target 30 ms).

The working copy gets 5,000 concerns over four years (a third decided "no action"), written
in one transaction through the storage mapper. What is timed is what the section does when it
opens or a filter changes: the count and the first page of 200 rows (``concern_count`` and
``concern_page``), for all concerns and for the open ones only; plus Att göra with them.
"""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta

from measure import Figure, clock

from kopingplan.domain import model as m
from kopingplan.services import concerns
from kopingplan.services.session import Session
from kopingplan.storage import mapping
from kopingplan.storage.repositories.concerns import CONCERNS

TARGET_MS = 30
COUNT = 5000
PAGE = 200  # paged_model.PAGE_SIZE


def _fill(session: Session, count: int) -> None:
    now = datetime.now(UTC)
    words = "En förälder ringde om sin sons nya vänner och symboler på nätet. "
    with session.vault.transaction() as conn:
        for n in range(count):
            decided = n % 3 == 0
            mapping.insert(
                conn,
                CONCERNS,
                m.Concern(
                    received_on=date(2022, 1, 1) + timedelta(days=n % 1400),
                    source=m.ConcernSource.ANONYMOUS,
                    channel=m.ConcernChannel.PHONE,
                    description=f"Oro {n}: {words * 3}",
                    recorded_at=now,
                    recorded_by="benchmark",
                    decision=m.ConcernDecision.NO_ACTION if decided else None,
                    decided_on=date(2026, 1, 1) if decided else None,
                    decided_by="benchmark" if decided else "",
                    decision_reason="inget" if decided else "",
                ),
            )


def concern_list(session: Session, runs: int, count: int = COUNT) -> Figure:
    _fill(session, max(0, count - concerns.concern_count(session)))
    every = concerns.ConcernFilter()
    open_ones = concerns.ConcernFilter(state=concerns.OPEN)

    def opening(found: concerns.ConcernFilter) -> None:
        concerns.concern_count(session, found)
        concerns.concern_page(session, found, limit=PAGE, offset=0)

    samples = [clock(lambda: opening(every))[0] for _ in range(runs)]
    open_samples = [clock(lambda: opening(open_ones))[0] for _ in range(runs)]
    return Figure(
        "concern_list",
        f"concern list of {count:,}, first page",
        samples,
        TARGET_MS,
        extra={"open_only_ms": statistics.median(open_samples)},
        note=(
            f"count + first {PAGE} rows; open ones only {statistics.median(open_samples):.1f} ms"
        ),
    )
