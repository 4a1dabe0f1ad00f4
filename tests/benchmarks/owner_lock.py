#!/usr/bin/env python3
"""The measurement behind the vault's owner lock (storage/vault.py, "One owner").

    python tests/benchmarks/owner_lock.py --cases 2000      # ~25 s to build the vault once
    python tests/benchmarks/owner_lock.py                   # the 20,000-case vault

On a working copy of run.py's cached vault: (1) what the lock costs — a save, the case list's
page fetch (count + 200 rows) and a case detail, each with the lock and with it bypassed,
alternating, best median of two; one trivial statement bare and through ``vault.conn``;
(2) what it makes the GUI thread wait — a thread runs a backup, an export's preview, the export
and a re-key while the main thread saves a note every 5 ms: the longest and the median wait of
those saves. Prints plain lines; nothing is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
try:
    import kopingplan  # noqa: F401
except ImportError:  # a checkout without an installed package
    sys.path.insert(0, str(HERE.parents[1] / "src"))

import bench_vault  # noqa: E402

from kopingplan.crypto.identity import create_identity  # noqa: E402
from kopingplan.domain import model  # noqa: E402
from kopingplan.services import backup, cases, exchange  # noqa: E402
from kopingplan.services import rekey as rekey_service  # noqa: E402
from kopingplan.services.session import Session  # noqa: E402
from kopingplan.storage.vault import Vault  # noqa: E402

_LOCKED = Vault.exclusive


@contextlib.contextmanager
def _unlocked(self: Vault) -> Iterator[None]:
    """``Vault.exclusive`` without the lock: what every call cost before it."""
    self._depth += 1
    try:
        yield
    finally:
        self._depth -= 1


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _cost(session: Session, runs: int) -> None:
    case_id = cases.list_cases(session, limit=1)[0].id

    def save() -> None:
        session.save(model.Note(case_id, datetime.now(UTC), "Mätning av låset. " * 20))

    def page() -> None:
        cases.count_cases(session)
        cases.list_cases(session, sort="title", limit=200)

    for name, work in (
        ("save a note", save),
        ("case list page", page),
        ("case detail", lambda: cases.reload_case(session, case_id)),
    ):
        work()
        medians: dict[bool, list[float]] = {True: [], False: []}
        for locked in (False, True, False, True):
            Vault.exclusive = _LOCKED if locked else _unlocked  # type: ignore[method-assign]
            medians[locked].append(_median_ms(work, runs))
        Vault.exclusive = _LOCKED  # type: ignore[method-assign]
        print(
            f"{name:15s} without the lock {min(medians[False]):7.3f} ms, "
            f"with it {min(medians[True]):7.3f} ms"
        )
    count = 20_000
    conn, bare = session.vault.conn, session.vault._live()
    for label, target in (("bare", bare), ("through vault.conn", conn)):
        started = time.perf_counter()
        for _ in range(count):
            target.execute("SELECT 1").fetchone()
        micro = (time.perf_counter() - started) / count * 1e6
        print(f"SELECT 1 {label:18s} {micro:5.1f} µs")


def _wait_behind(session: Session, label: str, work: Callable[[], object]) -> None:
    case_id = cases.list_cases(session, limit=1)[0].id
    done = threading.Event()
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # reported below
            outcome.append(error)
        finally:
            done.set()

    started = time.perf_counter()
    thread = threading.Thread(target=run, name="task-runner")
    thread.start()
    waits = []
    time.sleep(0.02)
    while not done.is_set():
        before = time.perf_counter()
        session.save(model.Note(case_id, datetime.now(UTC), f"Sparad under {label}."))
        waits.append((time.perf_counter() - before) * 1000)
        time.sleep(0.005)
    thread.join()
    took = (time.perf_counter() - started) * 1000
    print(
        f"{label:8s} ran {took:7.0f} ms; {len(waits):3d} saves meanwhile, longest wait "
        f"{max(waits or [0.0]):7.0f} ms, median {statistics.median(waits or [0.0]):6.1f} ms "
        f"({type(outcome[0]).__name__})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=40, help="runs per median")
    parser.add_argument("--cache-dir", type=Path, default=bench_vault.DEFAULT_CACHE)
    args = parser.parse_args(argv)
    key = bench_vault.CacheKey(args.cases, args.cases * 25, args.seed)
    built = bench_vault.ensure_cached(key, args.cache_dir)
    print(f"{args.cases:,} cases, {built.manifest['database_bytes'] / 1e6:.0f} MB")
    with bench_vault.working_copy(built.folder) as paths, tempfile.TemporaryDirectory() as tmp:
        session = Session.open(paths, bench_vault.PASSPHRASE, record_unlock=False)
        _cost(session, args.runs)
        police = create_identity("Kontaktpolis Karin Bänk", "Polisen (benchmark)")
        row = exchange.add_recipient(session, police.certificate_pem)
        exchange.verify_recipient(session, row.id, police.fingerprint)
        parts = tuple(
            exchange.CasePart(c.id, all_notes=True, all_measures=True, subjects=True)
            for c in cases.list_cases(session, sort="id", limit=100)
        )
        request = exchange.ExportRequest(
            recipient_ids=(row.id,),
            terms=model.DisclosureTerms("osl-10-18a", "Bänk", "samordnare", "Mätning"),
            cases=parts,
        )
        stick = Path(tmp) / "stick"
        stick.mkdir()
        preview: list[Any] = []
        _wait_behind(session, "backup", lambda: backup.backup(session, stick))
        _wait_behind(
            session, "preview", lambda: preview.append(exchange.preview_export(session, request))
        )
        _wait_behind(
            session,
            "export",
            lambda: exchange.export_package(session, preview[0], Path(tmp) / "paket.p7m"),
        )
        _wait_behind(
            session, "re-key", lambda: rekey_service.rekey(session, bench_vault.PASSPHRASE)
        )
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
