"""What every part of the demo generator shares: the random source, the reference date, the
partner registry's staff once written, and the drawing of days, times and persons."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.identity_number import COORDINATION_DAY_OFFSET, luhn_check_digit
from kopingplan.services.demo import registry
from kopingplan.services.session import Batch, Session
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Table
from kopingplan.storage.repositories import demo as demo_store

R = TypeVar("R")

REFERENCE_DATE = date(2026, 11, 1)
HISTORY_DAYS = 3 * 365  # cases were opened during the three years before the reference date


def stored(record_id: int | None) -> int:
    assert record_id is not None  # Batch.add returns every record with its new id
    return record_id


@dataclass
class Staff:
    id: int
    org: str
    title: str
    name: str


@dataclass
class CaseInfo:
    """What a chunk remembers of a case it wrote, for meetings and disclosures."""

    id: int
    title: str
    level: m.Level
    opened_on: date
    end: date  # closing day, or the reference date for an open case
    slots: dict[str, str] = field(default_factory=dict)
    orientation: m.Orientation = m.Orientation.UNCLEAR
    subject_id: int = 0
    closed: bool = False
    notes: list[m.Note] = field(default_factory=list)  # as written, for a correction or a file
    contacts: list[m.Contact] = field(default_factory=list)


class Drawing:
    """The state and the drawing helpers the record writers build on."""

    def __init__(self, session: Session, seed: int, notes_per_case: int) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.notes_per_case = notes_per_case
        # Fixed, so the output does not drift with the clock; clamped so that nothing lies in
        # the future on a machine whose clock is behind it.
        self.ref = min(REFERENCE_DATE, date.today())
        self.orgs: dict[str, int] = {}
        self.staff: list[Staff] = []
        self.holders: list[Staff] = []
        self.groups: dict[m.GroupKind, int] = {}
        self.group_staff: dict[m.GroupKind, list[int]] = {}
        self.revisions: list[tuple[int, date]] = []  # the plan revisions this fill wrote
        self.activity_ids: list[int] = []
        self.entry_ids: list[int] = []  # the lägesbild entries of the current chunk
        self.incidents_written = 0  # the first takes every path: support, links, a file
        self.more_staff: list[Staff] = []  # of the partners of the later kinds
        self.meetings: list[m.Meeting] = []  # the current chunk's
        # The later schema versions' records draw from a source of their own, so adding them
        # left every earlier record of a seed as it was (tests and benchmarks rely on it).
        self.later_rng = random.Random(f"later records {seed}")
        # The coordination numbers already in the vault, in memory for this fill only; each
        # one drawn is added (see _identity_number).
        with session.vault.read() as conn:
            self.numbers_taken = demo_store.coordination_numbers(conn)

    @contextlib.contextmanager
    def _later(self) -> Iterator[None]:
        """Draws from :attr:`later_rng` inside the block (every helper uses ``self.rng``)."""
        kept, self.rng = self.rng, self.later_rng
        try:
            yield
        finally:
            self.rng = kept

    def _put(self, batch: Batch, table: Table[R], record: R) -> R:
        """:meth:`Batch.add` for a table outside ``ALL_TABLES`` (the later schema versions')."""
        rules.validate(record)
        new_id = mapping.insert(batch._conn, table, record)
        self._counted(batch, table.name)
        return replace(record, id=new_id)  # type: ignore[type-var]

    @staticmethod
    def _counted(batch: Batch, table: str, rows: int = 1) -> None:
        batch.created[table] = batch.created.get(table, 0) + rows

    def _day(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def _at(self, day: date) -> datetime:
        # Office hours in Sweden are 06-16 UTC all year round, near enough.
        return datetime(
            day.year,
            day.month,
            day.day,
            self.rng.randint(6, 15),
            self.rng.randrange(0, 60, 5),
            tzinfo=UTC,
        )

    def _person(
        self,
        batch: Batch,
        *,
        born_from: int,
        born_to: int,
        numbered: float,
        family: str = "",
        email: bool = False,
        **extra: Any,
    ) -> m.Person:
        """A new person; ``family`` keeps a relative's family name the same as the subject's."""
        rng = self.rng
        given = rng.choice(registry.GIVEN_NAMES)
        family = family or rng.choice(registry.FAMILY_NAMES)
        born = date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
        number = self._identity_number(born) if rng.random() < numbered else None
        return batch.add(
            m.Person(
                given_name=given,
                family_name=family,
                identity_number=number,
                birth_year=born.year,
                email=registry.email_for(given, family) if email else "",
                **extra,
            )
        )

    def _identity_number(self, born: date) -> str:
        """A valid samordningsnummer-style number (day + 60), unique in the vault.

        Coordination numbers are far rarer than personnummer, which makes a clash with a real
        person's number less likely; the uniqueness check is against the vault's numbers (read
        once, when the generator starts) and those drawn since, so a second fill into the same
        vault does not fail on the UNIQUE column.
        """
        yymmdd = f"{born:%y%m}{born.day + COORDINATION_DAY_OFFSET:02d}"
        serial = self.rng.randrange(1000)
        for _ in range(1000):
            nine = f"{yymmdd}{serial:03d}"
            digits = f"{born.year:04d}{nine[2:]}{luhn_check_digit(nine)}"
            if digits not in self.numbers_taken:
                self.numbers_taken.add(digits)
                return digits
            serial = (serial + 1) % 1000
        raise RuntimeError("no free demo identity number for this birth day")
