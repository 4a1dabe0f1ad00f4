#!/usr/bin/env python3
"""Only the figures of the report to kommunstyrelsen and the yearly follow-up of the action
plan (issue 18), on run.py's cached vault.

    python tests/benchmarks/statistics_only.py                 # the 20,000-case vault, 5 runs
    python tests/benchmarks/statistics_only.py --cases 2000 --repeat 3

The same cached vault and working copy as run.py; the figure is ``fig_statistics.report``:
both periods counted and protected, the brief composed, the key loaded, rendered and signed,
in memory (target: 1 s); then the yearly follow-up of last year (target: 2 s) after a plan
revision with twelve commitments and sixty activities is added to the working copy. The
vault is built first if it is not cached (~3 minutes at 20,000).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import kopingplan  # noqa: F401
except ImportError:  # a checkout without an installed package
    sys.path.insert(0, str(HERE.parents[1] / "src"))

import bench_vault  # noqa: E402
import fig_statistics  # noqa: E402
import run  # noqa: E402

from kopingplan.services.session import Session  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--notes", type=int, help=f"default: {run.NOTES_PER_CASE} per case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="reports made")
    parser.add_argument("--json", type=Path, help="write the figure here as JSON")
    parser.add_argument("--cache-dir", type=Path, default=bench_vault.DEFAULT_CACHE)
    parser.add_argument("--tmp-dir", type=Path, help="where the working copy goes")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.repeat < 1:
        parser.error("--cases and --repeat must be at least 1")
    if args.tmp_dir is not None:
        tempfile.tempdir = str(args.tmp_dir)
    notes = args.notes if args.notes is not None else args.cases * run.NOTES_PER_CASE
    built = bench_vault.ensure_cached(
        bench_vault.CacheKey(args.cases, notes, args.seed), args.cache_dir
    )
    with (
        bench_vault.working_copy(built.folder) as paths,
        Session.open(paths, bench_vault.PASSPHRASE) as session,
    ):
        figures = [fig_statistics.report(session, args.repeat)]
        # The working copy is thrown away: the follow-up's plan and activities are added there.
        figures.append(fig_statistics.follow_up(session, args.repeat))
    print(f"{run.load()}; {args.cases:,} cases; {args.repeat} runs")
    print(run.table(figures))
    for figure in figures:
        print(f"  {figure.name}: {figure.note}")
        print(f"  runs (ms): {', '.join(f'{v:.0f}' for v in figure.samples)}")
    if args.json:
        found = [run.as_json(figure) for figure in figures]
        args.json.write_text(json.dumps(found, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
