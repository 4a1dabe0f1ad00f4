"""What the reports made from the vault share: the accountability reports
(:mod:`kopingplan.briefs.reports`, :mod:`~kopingplan.briefs.disclosure_report`,
:mod:`~kopingplan.briefs.processing_record`), the register extract and the statistics report.
Their period in words, the issuer's lines on the cover, their shape as a brief (a cover with one
explanatory paragraph, then the body) and their audit details.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from kopingplan.briefs import labels
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Text

UNKNOWN = "Uppgift saknas i valvet"


def period_text(since: datetime | None, until: datetime | None) -> str:
    """[since, until) as local days: "2026-01-01 – 2026-06-30", open ends in words."""
    start = labels.day(labels.local(since).date()) if since is not None else "början"
    end = (
        labels.day(labels.local(until - timedelta(microseconds=1)).date())
        if until is not None
        else "utskriftsdagen"
    )
    if since is None and until is None:
        return "Från början till utskriftsdagen"
    return f"{start} – {end}"


def issued(issuer: Issuer) -> tuple[tuple[str, str], ...]:
    return (("Upprättad av", issuer.byline), ("Upprättad", labels.timestamp(issuer.made_at)))


def as_brief(
    kind: BriefKind,
    issuer: Issuer,
    title: str,
    subtitle: str,
    cover: tuple[tuple[str, str], ...],
    intro: Text,
    body: Sequence[Block],
    **audit: Any,
) -> Brief:
    """A report as a brief: the cover's facts, an explanatory paragraph, the body; ``audit``
    holds the Brief's audit fields (entity, case_ids, included, audit_details)."""
    return Brief(
        kind=kind,
        document_id=issuer.document_id,
        title=title,
        subtitle=subtitle,
        cover=cover,
        cover_blocks=(intro,),
        body=tuple(body),
        made_at=issuer.made_at,
        author=issuer.byline,
        classification=issuer.classification,
        **audit,
    )


def moment(instant: datetime) -> str:
    return f"{labels.local(instant):%Y-%m-%d %H:%M}"


def most_first(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def period_details(
    since: datetime | None, until: datetime | None, **counts: int | str | None
) -> dict[str, str | int | None]:
    return {
        "since": since.isoformat() if since is not None else None,
        "until": until.isoformat() if until is not None else None,
        **counts,
    }
