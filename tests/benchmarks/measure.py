"""Timing and the figure record shared by the benchmark's figure modules (run.py prints them).

Store figures run the same service call on the vault and on the plain copies (bench_vault.py)
in the same loop, the order rotating from run to run, so load on the machine hits every side
alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kopingplan.services.session import Session

HERE = Path(__file__).resolve().parent
Log = Callable[[str], None]


@dataclass
class Figure:
    name: str
    label: str
    samples: list[float]  # ms, or MB for memory
    target: float | None = None
    unit: str = "ms"
    limit_samples: list[float] | None = None  # the physical limit, same engine / plain copy
    limit_label: str = ""
    target_ratio: float | None = None
    stdlib_samples: list[float] | None = None  # Python's own sqlite3 on the plain copy
    stdlib_error: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def limit(self) -> float | None:
        return statistics.median(self.limit_samples) if self.limit_samples else None

    @property
    def stdlib(self) -> float | None:
        return statistics.median(self.stdlib_samples) if self.stdlib_samples else None

    @property
    def ratio(self) -> float | None:
        limit = self.limit
        return self.median / limit if limit else None

    @property
    def passed(self) -> bool | None:
        checks = []
        if self.target is not None:
            checks.append(self.median <= self.target)
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        return all(checks) if checks else None


def clock(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


Sides = dict[str, Session]


def paired(sides: Sides, runs: int, work: Callable[[Session, int], Any]) -> dict[str, Any]:
    """``work(session, i)`` timed on every side per run, the order rotating from run to run.

    A side other than "vault" that fails (an older stdlib SQLite lacks a function the schema's
    triggers use, say) is dropped with its error; the vault side's errors propagate.
    """
    samples: dict[str, Any] = {name: [] for name in sides}
    names = list(sides)
    for i in range(runs):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            if isinstance(samples[name], str):
                continue
            try:
                elapsed, _ = clock(lambda s=sides[name]: work(s, i))  # noqa: B023
            except Exception as error:
                if name == "vault":
                    raise
                samples[name] = f"{type(error).__name__}: {error}"
                continue
            samples[name].append(elapsed)
    return samples


def store_figure(
    name: str, label: str, samples: dict[str, Any], *, target: float | None, ratio: float | None
) -> Figure:
    stdlib = samples.get("stdlib")
    return Figure(
        name,
        label,
        samples["vault"],
        target,
        limit_samples=samples.get("plain") or None,
        limit_label="plain SQLite (same engine, no key)",
        target_ratio=ratio,
        stdlib_samples=stdlib if isinstance(stdlib, list) and stdlib else None,
        stdlib_error=stdlib if isinstance(stdlib, str) else "",
    )


def in_new_vault(work: Callable[[Session, Path], Figure]) -> Figure:
    """``work`` on a new vault in a temporary folder, for the figures that depend on data of
    their own rather than on the size of the vault; the folder is gone afterwards."""
    import tempfile

    from kopingplan.storage.vault import VaultPaths

    with tempfile.TemporaryDirectory() as folder:
        paths = VaultPaths(Path(folder) / "vault")
        with Session.create(paths, "bänk kaffe morgon cykel", name="Anna Lindqvist",
                            organisation="Köpings kommun") as session:  # fmt: skip
            return work(session, Path(folder))


def print_figure(figure: Figure) -> None:
    """A figure run on its own: the median against the target, the note and every run."""
    print(f"{figure.label}: median {figure.median:.0f} ms (target {figure.target:.0f} ms)")
    print(f"  {figure.note}")
    print(f"  runs (ms): {', '.join(f'{v:.0f}' for v in figure.samples)}")
