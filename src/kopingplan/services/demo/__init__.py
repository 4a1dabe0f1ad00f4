"""Fictional, reproducible demo data for every part of the domain.

``fill(session, cases=N, seed=S)`` adds a partner registry with staff, the two working groups
with their composition over time, the action plan's two revisions (when the vault has none), and
N cases with subjects, relatives, level histories, notes, contacts, follow-ups, relatives'
support threads, exit plans, meetings, lägesbild entries, disclosures and incidents; in the
demo vault (``liaison=True``) the police liaison as a verified recipient with a certificate the
demo makes (:mod:`.liaison`), so an export can be walked to the end; and the records of the
later schema versions (:mod:`.intake_records`, :mod:`.work_records`): incoming concerns with
each kind of decision, consents, flags and priorities, small PDFs and pictures made in memory,
corrected notes with their earlier versions, the SSPF group and the local BRÅ, activities, the
plan's commitments, content profiles, period assessments and what the police liaison sent.
Those draw from a random source of their own, so the earlier records of a seed are the same as
before they were added. Empty on purpose: drafts, retention decisions, files being saved
(pending outputs); recipients, unless ``liaison``.

Reproducible: the same seed on an empty vault gives the same records, because all choices come
from one ``random.Random(seed)`` and every date is counted from :data:`REFERENCE_DATE`, not from
today. On a vault that already holds data the demo adds a complete set of its own.

Cases are written :data:`CHUNK_CASES` at a time, each chunk in one transaction with one audit
row, so memory stays flat, ``progress`` is called between chunks and ``cancelled`` is honoured
there: what was written before stays, whole and consistent.

Everything is fiction: no real person, and names of all origins drawn independently of the
case's orientation (see :mod:`.registry`).
"""

from __future__ import annotations

from collections.abc import Callable

from kopingplan.services.demo.drawing import REFERENCE_DATE
from kopingplan.services.demo.generator import Generator
from kopingplan.services.demo.liaison import add_police_liaison
from kopingplan.services.demo.texts import COMMON_WORD, INTERESTS, RARE_INTERESTS
from kopingplan.services.session import Session
from kopingplan.storage import repositories

__all__ = ["CHUNK_CASES", "COMMON_WORD", "INTERESTS", "RARE_INTERESTS", "REFERENCE_DATE", "fill"]

# 200 cases with 25 notes each are about 5,000 notes and 2 MB of text per transaction: large
# enough that commits do not dominate, small enough for a progress bar that moves.
CHUNK_CASES = 200
AUDIT_ACTION = "demo.fill"


def fill(
    session: Session,
    *,
    cases: int,
    seed: int = 1,
    notes_per_case: int = 25,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    every_kind: bool = False,
    liaison: bool = False,
) -> dict[str, int]:
    """Adds demo data; returns how many rows were added per table (every table is listed).
    ``every_kind`` adds the tables ``info`` does not count (the later records, versions and
    links) as far as the demo wrote rows to them: the command line names them all.
    ``liaison`` adds the demo's verified police liaison, whose key nobody holds: only for the
    demo vault (gui/shell/vaults.py). The command line fills whatever vault it is given, a real
    one too, where a verified recipient of its own (recipient 1, or the only one, which the
    export wizard ticks by itself) would take real case data to a fictional key.

    ``progress(done, cases)`` is called once before the first chunk and after each one.
    ``cancelled()`` is asked before each transaction; when it says True, nothing more is
    written and the counts so far are returned.
    """
    if cases < 0:
        raise ValueError("cases must not be negative")
    if notes_per_case < 0:
        raise ValueError("notes_per_case must not be negative")
    counts = dict.fromkeys((table.name for table in repositories.ALL_TABLES), 0)
    generator = Generator(session, seed, notes_per_case)

    def stopped() -> bool:
        return cancelled is not None and cancelled()

    def add(created: dict[str, int]) -> None:
        for name, number in created.items():
            if every_kind or name in counts:  # info counts fewer (not the partners' agreements)
                counts[name] = counts.get(name, 0) + number

    if stopped():
        return counts
    with session.batch(AUDIT_ACTION) as batch:
        generator.setup(batch)
    add(batch.created)
    if liaison:  # audited on its own, as a coordinator's is
        add_police_liaison(session, generator.staff)
    if progress is not None:
        progress(0, cases)
    for start in range(0, cases, CHUNK_CASES):
        if stopped():
            break
        size = min(CHUNK_CASES, cases - start)
        with session.batch(AUDIT_ACTION) as batch:
            generator.chunk(batch, start, size)
        add(batch.created)
        if progress is not None:
            progress(start + size, cases)
    return counts
