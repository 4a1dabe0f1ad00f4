#!/usr/bin/env python3
"""The register extract (GDPR art. 15, issue 16): a person in 3 cases with 500 notes, gathered,
composed, signed and recorded (target 1 s).

    python tests/benchmarks/fig_extract.py            # a fresh vault in a temporary folder
    python tests/benchmarks/fig_extract.py --repeat 3

:func:`extract` is the figure on any open vault with such a person (:func:`prepare` adds one);
``main`` makes a small vault of its own, since the figure depends on the person, not on the size
of the vault (every query is by the person's cases, on indexed columns).
"""

from __future__ import annotations

import argparse
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
from kopingplan.services import briefs  # noqa: E402
from kopingplan.services import extract as service  # noqa: E402
from kopingplan.services.session import Session  # noqa: E402

TARGET_MS = 1000


def prepare(session: Session, cases: int = 3, notes: int = 500) -> int:
    """A person who is the subject of ``cases`` cases holding ``notes`` notes between them,
    with a contact and a relative's call in each case; their number."""
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    with session.batch("bench.extract") as batch:
        person = batch.add(m.Person("Leopold", "Fjällström", birth_year=2008))
        assert person.id is not None
        case_ids = []
        for n in range(cases):
            case = batch.add(
                m.Case(f"Ärende {n + 1}", m.Level.INDIVIDUAL, m.Orientation.RIGHT,
                       date(2025, 1, 1), summary="Vill lämna miljön. " * 5)
            )  # fmt: skip
            assert case.id is not None
            case_ids.append(case.id)
            batch.add(m.CaseParticipant(case.id, person.id, m.CaseRole.SUBJECT))
            batch.add(m.Contact(start, m.Channel.PHONE, "Samtal om skolan", case_id=case.id))
        for k in range(notes):
            text = f"Anteckning {k}: samtal om veckan, skolan och fritiden. " * 4
            batch.add(m.Note(case_ids[k % cases], start + timedelta(hours=k), text.strip()))
    return person.id


def register_extract(session: Session, person_id: int, runs: int, folder: Path) -> Figure:
    """What "Save signed extract" does: gather, compose (with the withheld check), the key,
    render and sign, write and record the disclosure."""
    samples, gathering, signing, pages = [], [], [], 0
    for run in range(runs):
        started = time.perf_counter()
        t_gather, material = clock(lambda: service.gather(session, person_id))
        note = next(p.id for p in material.parts if p.kind == "note")
        withheld = {note: "OSL 26 kap. 1 §"}
        brief = service.compose(session, material, withheld)
        signer = briefs.signer_for(session)
        t_sign, signed = clock(lambda b=brief, k=signer: service.sign(b, k))  # type: ignore[misc]
        service.record(session, material, brief, signed, withheld, folder / f"utdrag-{run}.pdf")
        samples.append((time.perf_counter() - started) * 1000)
        gathering.append(t_gather)
        signing.append(t_sign)
        pages = signed.pages
        parts = len(material.parts)
    return Figure(
        "register_extract",
        "register extract, 3 cases, 500 notes, signed",
        samples,
        TARGET_MS,
        extra={
            "pages": pages,
            "parts": parts,
            "gather_ms": statistics.median(gathering),
            "render_sign_ms": statistics.median(signing),
        },
        note=(
            f"{parts} parts, {pages} pages: gather {statistics.median(gathering):.0f} ms, "
            f"render+sign {statistics.median(signing):.0f} ms"
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    def work(session: Session, folder: Path) -> Figure:
        return register_extract(session, prepare(session), args.repeat, folder)

    print_figure(in_new_vault(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
