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
