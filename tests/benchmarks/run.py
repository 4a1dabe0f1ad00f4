#!/usr/bin/env python3
"""Köpingplan's benchmark at the scale of a large city (issue 8). Run on demand, not by pytest.

    python tests/benchmarks/run.py                    # 20,000 cases, 500,000 notes (~4 min the
                                                      # first time: the vault is built and cached)
    python tests/benchmarks/run.py --cases 2000       # CI size (25 notes per case), < 2 min
    python tests/benchmarks/run.py --json out.json    # the figures as JSON as well
    python tests/benchmarks/run.py --only unlock,backup   # some figures again, on a quiet machine

It builds (or reuses from ``tests/benchmarks/.cache/``) a synthetic vault through the project's
own service layer and demo generator, measures every figure of the issue on a working copy of
it, and prints one table of medians. Where a figure has a physical limit, the limit is measured
in the same run and the ratio printed: the same service calls on a decrypted copy of the vault
(plain SQLite) for the store, a plain fsynced file copy for the backup. See README.md here.

JSON (``--json FILE``): ``{"<figure>": {"median_ms", "limit_ms", "ratio", "target_ms",
"target_ratio", "passed", "runs", "note", …}}``; ``limit_ms`` and ``ratio`` are null where
there is no physical limit. Memory has ``median_ms`` null and ``median_mb``/``target_mb``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
try:
    import kopingplan  # noqa: F401
except ImportError:  # a checkout without an installed package
    sys.path.insert(0, str(ROOT / "src"))

import bench_vault  # noqa: E402
import fig_concerns  # noqa: E402
import fig_documents  # noqa: E402
import fig_gui_stall  # noqa: E402
import fig_search_all  # noqa: E402
import fig_start  # noqa: E402
import fig_statistics  # noqa: E402
import fig_store  # noqa: E402
from measure import Figure  # noqa: E402

from kopingplan.services.session import Session  # noqa: E402

NOTES_PER_CASE = 25
ORDER = (
    "unlock",
    "cold_start",
    "case_list_first_page",
    "case_list_filter",
    "case_list_sort",
    "case_detail",
    "search_rare",
    "search_common",
    "save_note",
    "concern_list",
    "search_all",
    "attach_pdf",
    "brief_10_pages",
    "brief_100_pages",
    "statistics_report",
    "export_100_cases",
    "backup",
    "peak_memory",
    "gui_stall",
)


def machine() -> list[str]:
    lines = []
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        wanted = ("Model name", "CPU(s)", "Thread(s) per core", "CPU max MHz")
        for line in lscpu.splitlines():
            key = line.split(":", 1)[0].strip()
            if key in wanted:
                lines.append(f"{key}: {line.split(':', 1)[1].strip()}")
    except OSError:
        lines.append(platform.processor() or platform.machine())
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        lines.append(f"memory: {total / 2**30:.1f} GiB")
    except (ValueError, OSError):
        pass
    return lines


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def versions() -> str:
    import sqlite3

    import PySide6
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    engine = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return (
        f"Python {platform.python_version()}, SQLCipher {cipher} (SQLite {engine}), "
        f"stdlib sqlite3 {sqlite3.sqlite_version}, PySide6 {PySide6.__version__}"
    )


# --- output ---------------------------------------------------------------------------------------


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return text + unit


def _target(f: Figure) -> str:
    parts = []
    if f.target is not None:
        parts.append(f"≤ {f.target:g} {f.unit}")
    if f.target_ratio is not None:
        parts.append(f"≤ {f.target_ratio:g}×")
    return ", ".join(parts) or "–"


def table(figures: list[Figure]) -> str:
    header = ("figure", "median", "target", "limit", "ratio", "stdlib", "result")
    rows = []
    for f in figures:
        result = {True: "pass", False: "FAIL", None: "–"}[f.passed]
        rows.append(
            (
                f.label,
                _num(f.median, f" {f.unit}"),
                _target(f),
                _num(f.limit, " ms") if f.limit is not None else "–",
                f"{f.ratio:.2f}×" if f.ratio is not None else "–",
                _num(f.stdlib, " ms")
                if f.stdlib is not None
                else ("n/a" if f.stdlib_error else "–"),
                result,
            )
        )
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    aligns = ["<", ">", "<", ">", ">", ">", "<"]
    out = []

    def line(cells: tuple[str, ...]) -> str:
        return (
            "| "
            + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths, strict=True))
            + " |"
        )

    out.append(line(header))
    out.append(
        "|"
        + "|".join(
            ("-" * (w + 1) + ":" if a == ">" else "-" * (w + 2))
            for a, w in zip(aligns, widths, strict=True)
        )
        + "|"
    )
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def as_json(f: Figure) -> dict[str, Any]:
    memory = f.unit == "MB"
    entry: dict[str, Any] = {
        "median_ms": None if memory else round(f.median, 3),
        "limit_ms": None if f.limit is None else round(f.limit, 3),
        "ratio": None if f.ratio is None else round(f.ratio, 3),
        "target_ms": None if memory else f.target,
        "target_ratio": f.target_ratio,
        "passed": f.passed,
        "runs": len(f.samples),
        "label": f.label,
        "note": f.note,
    }
    if memory:
        entry.update(median_mb=round(f.median, 1), target_mb=f.target)
    if f.limit is not None:
        entry["limit"] = f.limit_label
    if f.stdlib is not None or f.stdlib_error:
        entry["stdlib_ms"] = None if f.stdlib is None else round(f.stdlib, 3)
        if f.stdlib_error:
            entry["stdlib_error"] = f.stdlib_error
    entry.update(f.extra)
    return entry


# --- the run -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--notes", type=int, help=f"default: {NOTES_PER_CASE} per case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--repeat",
        type=int,
        default=15,
        help="runs of each quick figure "
        "(slow ones: at most 5; the 100-page brief, export, backup, GUI stall: at most 3)",
    )
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument(
        "--only",
        type=lambda text: [name.strip() for name in text.split(",") if name.strip()],
        help="measure only these figures (comma-separated names: " + ", ".join(ORDER) + ")",
    )
    parser.add_argument("--cache-dir", type=Path, default=bench_vault.DEFAULT_CACHE)
    parser.add_argument(
        "--tmp-dir", type=Path, help="where the working copy, plain copy and backups go"
    )
    args = parser.parse_args(argv)
    if args.cases < 1 or args.repeat < 1:
        parser.error("--cases and --repeat must be at least 1")
    unknown = sorted(set(args.only or ()) - set(ORDER))
    if unknown:
        parser.error(f"no such figure: {', '.join(unknown)}; the figures: {', '.join(ORDER)}")
    wanted = set(args.only or ORDER)
    notes = args.notes if args.notes is not None else args.cases * NOTES_PER_CASE
    if args.tmp_dir is not None:
        tempfile.tempdir = str(args.tmp_dir)  # every temporary folder of the run goes there
    quick, slow, slowest = args.repeat, min(args.repeat, 5), min(args.repeat, 3)
    started = time.perf_counter()

    def log(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", flush=True)

    log(f"{datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {load()}")
    key = bench_vault.CacheKey(args.cases, notes, args.seed)
    built = bench_vault.ensure_cached(key, args.cache_dir, log)
    counts = built.manifest["counts"]
    log(
        ("built" if built.built else "reused")
        + f" {built.folder.name}: {counts['cases']:,} cases, {counts['notes']:,} notes, "
        f"{counts['persons']:,} persons, {counts['contacts']:,} contacts, "
        f"{built.manifest['database_bytes'] / 1e6:.0f} MB"
        + (f", built in {built.seconds:.0f} s" if built.built else "")
    )
    results: dict[str, Figure] = {}
    export_seconds = 0.0
    passphrase = bench_vault.PASSPHRASE

    def step(what: str, work: Callable[[], Any]) -> Any:
        log(what)
        return work()

    def want(*names: str) -> bool:
        return not wanted.isdisjoint(names)

    plain_versions: tuple[str, str] | None = None

    with bench_vault.working_copy(built.folder) as paths:
        if want("unlock"):
            results["unlock"] = step("unlock", lambda: fig_start.unlock(paths, passphrase, slow))
        if want("cold_start", "peak_memory"):
            start, memory = step(
                "cold start (subprocess)",
                lambda: fig_start.cold_start(paths, passphrase, slow, log),
            )
            results["cold_start"], results["peak_memory"] = start, memory
        with Session.open(paths, passphrase) as session:
            store = ("case_list_first_page", "case_list_filter", "case_list_sort")
            if want(*store, "case_detail", "search_rare", "search_common", "save_note"):
                log("plain copy (sqlcipher_export into a temporary folder)")
                with bench_vault.plain_copies(session) as plain:
                    export_seconds = plain.export_seconds
                    sides = {"vault": session, "plain": plain.same_engine, "stdlib": plain.stdlib}
                    for f in step("case list", lambda: fig_store.case_list(sides, quick)):
                        results[f.name] = f
                    results["case_detail"] = step(
                        "case detail", lambda: fig_store.case_detail(sides, quick, args.seed)
                    )
                    for f in step("search", lambda: fig_store.search(sides, quick)):
                        results[f.name] = f
                    results["save_note"] = step(
                        "save a note", lambda: fig_store.save_note(sides, quick, args.seed)
                    )
                    plain_versions = (plain.same_engine_version, plain.stdlib_version)
                log("plain copy deleted")
            in_session: list[tuple[str, str, Callable[[], Figure]]] = [
                ("concern_list", "concern list", lambda: fig_concerns.concern_list(session, quick)),
                (
                    "search_all",
                    "search over all kinds",
                    lambda: fig_search_all.search_all(session, quick, log),
                ),
                (
                    "attach_pdf",
                    "attach a 20 MB PDF",
                    lambda: fig_search_all.attach_pdf(session, slowest, log),
                ),
                (
                    "brief_10_pages",
                    "brief, 10 pages",
                    lambda: fig_documents.brief(session, 10, 600, slow, log),
                ),
                (
                    "brief_100_pages",
                    "brief, 100 pages",
                    lambda: fig_documents.brief(session, 100, 2500, slowest, log),
                ),
                (
                    "statistics_report",
                    "report to kommunstyrelsen",
                    lambda: fig_statistics.report(session, slow),
                ),
                (
                    "export_100_cases",
                    "export of 100 cases",
                    lambda: fig_documents.export(session, slowest, log),
                ),
                ("backup", "backup", lambda: fig_documents.backup_figure(session, slowest)),
            ]
            for name, what, work in in_session:
                if want(name):
                    results[name] = step(what, work)
        # The app itself in a subprocess, once the vault is closed here (it holds the lock).
        if want("gui_stall"):
            results["gui_stall"] = step(
                "GUI-thread stalls (the app, offscreen)",
                lambda: fig_gui_stall.gui_stall(paths, passphrase, slowest, log),
            )

    ordered = [results[name] for name in ORDER if name in results]
    elapsed = time.perf_counter() - started
    print()
    print(f"Köpingplan benchmark, {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    for line in machine():
        print(f"  {line}")
    print(f"  {versions()}")
    print(f"  {load()} (2-core machine: above 2 means the runs shared the CPU)")
    print(
        f"  vault: {counts['cases']:,} cases, {counts['notes']:,} notes, {counts['persons']:,} "
        f"persons, {counts['contacts']:,} contacts, {built.manifest['database_bytes'] / 1e6:.0f} "
        f"MB; seed {args.seed}; {'built' if built.built else 'cached'}"
    )
    print(
        f"  medians of {quick} runs (quick figures), {slow} (unlock, cold start, memory, 10-page "
        f"brief), {slowest} (100-page brief, export, backup, GUI stall)"
    )
    if plain_versions is not None:
        print(
            f"  limit = plain SQLite {plain_versions[0]} (sqlcipher3 without a key: the same "
            f"engine) on a decrypted copy, same service calls; stdlib = Python's sqlite3 "
            f"{plain_versions[1]} on that copy; backup limit = plain fsynced copy. Exporting the "
            f"copy took {export_seconds:.1f} s"
        )
    print()
    print(table(ordered))
    print()
    for number, f in enumerate(ordered, start=1):
        text = f.note
        if f.stdlib_error:
            text += f"; stdlib n/a ({f.stdlib_error[:90]})"
        if text:
            print(f"  {number:2}. {f.name}: {text}")
    missed = [f.name for f in ordered if f.passed is False]
    print()
    print(
        f"targets met: {sum(f.passed is True for f in ordered)}/{len(ordered)}"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    print(
        f"total time {elapsed:.0f} s"
        + (f" (of which building the vault {built.seconds:.0f} s)" if built.built else "")
    )
    if args.json:
        data = {f.name: as_json(f) for f in ordered}
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
