#!/usr/bin/env python3
"""The disclosure report (utlämnanderapport, issue 16) over 10,000 disclosures — exports, brief
copies, oral disclosures and register extracts, each about the people of its case — read,
composed, rendered and signed (target 2 s).

    python tests/benchmarks/fig_disclosures.py              # a fresh vault in a temporary folder
    python tests/benchmarks/fig_disclosures.py --repeat 3 --disclosures 20000

:func:`disclosure_report` is the figure on any open vault (:func:`prepare` adds the records);
``main`` makes a vault of its own, since the figure depends on the number of disclosures.
Prints the figure; it asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import kopingplan  # noqa: F401
except ImportError:  # a checkout without an installed package
    sys.path.insert(0, str(HERE.parents[1] / "src"))

from measure import Figure, clock, in_new_vault, print_figure  # noqa: E402

from kopingplan.domain import model as m  # noqa: E402
from kopingplan.services import accountability, briefs  # noqa: E402
from kopingplan.services.session import Session  # noqa: E402
from kopingplan.storage.repositories import exchange as exchange_repo  # noqa: E402

TARGET_MS = 2000
CASES = 200
RECIPIENTS = (
    ("Kontaktpolis Karin Berg, Polisen lokalpolisområde Köping", m.OrganisationKind.POLICE),
    ("Västra skolan", m.OrganisationKind.SCHOOL),
    ("Socialtjänsten, Social och Arbetsmarknad", m.OrganisationKind.SOCIAL_SERVICES),
    ("Kultur och Fritid", m.OrganisationKind.CULTURE_LEISURE),
)
CHANNELS = tuple(m.DisclosureChannel)


def prepare(session: Session, disclosures: int = 10_000) -> None:
    """``CASES`` cases with a subject and a relative each, and ``disclosures`` disclosures of
    every channel spread over them and over a year, each about its case's people."""
    start = datetime(2025, 12, 1, 8, tzinfo=UTC)
    with session.batch("bench.disclosures") as batch:
        case_ids = []
        for n in range(CASES):
            case = batch.add(m.Case(f"Ärende {n + 1}", m.Level.INDIVIDUAL, m.Orientation.RIGHT,
                                    date(2025, 1, 1)))  # fmt: skip
            subject = batch.add(m.Person(f"Person{n}", "Sjöberg", birth_year=2008))
            relative = batch.add(m.Person(f"Anhörig{n}", "Sjöberg"))
            assert case.id is not None and subject.id is not None and relative.id is not None
            batch.add(m.CaseParticipant(case.id, subject.id, m.CaseRole.SUBJECT))
            batch.add(m.CaseParticipant(case.id, relative.id, m.CaseRole.RELATIVE))
            case_ids.append(case.id)
    with session.vault.transaction() as conn:
        for k in range(disclosures):
            recipient, kind = RECIPIENTS[k % len(RECIPIENTS)]
            channel = CHANNELS[k % len(CHANNELS)]
            what = f"Uppgifter om ärendet, utlämnande {k}"
            exchange_repo.insert_disclosure(
                conn,
                m.Disclosure(
                    disclosed_at=start + timedelta(minutes=50 * k),
                    recipient=recipient,
                    content_description=what,
                    content_sha256=hashlib.sha256(what.encode()).hexdigest(),
                    legal_basis="OSL 10 kap. 2 §" if k % 3 else "OSL 12 kap. 2 § (samtycke)",
                    decided_by="Anna Lindqvist",
                    decided_by_role="samordnare",
                    purpose="Samordning inför insatsgruppens möte",
                    case_ids=(case_ids[k % CASES],),
                    channel=channel,
                    recipient_kind=None if channel is m.DisclosureChannel.EXTRACT else kind,
                ),
            )


def disclosure_report(session: Session, runs: int) -> Figure:
    """What Rapporter → Utlämnanderapport does for all time: read the disclosures and whom
    they are about, compose, then render and sign the PDF (writing the file is left out)."""
    samples, reading, signing, pages, rows = [], [], [], 0, 0
    for _ in range(runs):
        started = time.perf_counter()
        t_read, brief = clock(lambda: accountability.disclosure_report(session))
        t_sign, signed = clock(lambda b=brief: briefs.produce(session, b))  # type: ignore[misc]
        samples.append((time.perf_counter() - started) * 1000)
        reading.append(t_read)
        signing.append(t_sign)
        pages = signed[0].pages
        rows = brief.audit_details.get("disclosures", 0) if brief.audit_details else 0
    return Figure(
        "disclosure_report",
        f"disclosure report, {rows} disclosures, signed",
        samples,
        TARGET_MS,
        extra={
            "pages": pages,
            "read_compose_ms": statistics.median(reading),
            "render_sign_ms": statistics.median(signing),
        },
        note=(
            f"{rows} disclosures, {pages} pages: read+compose {statistics.median(reading):.0f}"
            f" ms, render+sign {statistics.median(signing):.0f} ms"
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--disclosures", type=int, default=10_000)
    args = parser.parse_args(argv)

    def work(session: Session, folder: Path) -> Figure:
        prepare(session, args.disclosures)
        return disclosure_report(session, args.repeat)

    print_figure(in_new_vault(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
