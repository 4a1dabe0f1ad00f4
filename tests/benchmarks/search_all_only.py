#!/usr/bin/env python3
"""Only the figures of search over everything (issue 17), on run.py's cached vault.

    PYTHONPATH=src python tests/benchmarks/search_all_only.py          # 20,000 cases
    PYTHONPATH=src python tests/benchmarks/search_all_only.py --cases 2000 --repeat 5

``fig_search_all.search_all`` (first 50 hits over all kinds for several words, audit row
included; target 50 ms) and ``fig_search_all.attach_pdf`` (a 20 MB PDF attached with its text
indexed; target 1.5 s, at most 3 runs), on a working copy of the vault run.py caches (built
first if missing, ~3 minutes at 20,000). ``--cache-dir`` keeps a build apart from run.py's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import bench_vault
import fig_search_all
import run

from kopingplan.services.session import Session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    for flag, default in (("--cases", 20_000), ("--seed", 1), ("--repeat", 15)):
        parser.add_argument(flag, type=int, default=default)
    parser.add_argument("--cache-dir", type=Path, default=bench_vault.DEFAULT_CACHE)
    args = parser.parse_args(argv)
    key = bench_vault.CacheKey(args.cases, args.cases * run.NOTES_PER_CASE, args.seed)
    built = bench_vault.ensure_cached(key, args.cache_dir)
    with (
        bench_vault.working_copy(built.folder) as paths,
        Session.open(paths, bench_vault.PASSPHRASE) as session,
    ):
        searched = fig_search_all.search_all(session, args.repeat, print)
        attached = fig_search_all.attach_pdf(session, min(args.repeat, 3), print)
    print(f"{run.load()}; {args.cases:,} cases; {args.repeat} runs")
    print(run.table([searched, attached]))
    for figure in (searched, attached):
        print(f"  {figure.name}: {figure.note}")
        print(f"    runs (ms): {', '.join(f'{v:.0f}' for v in figure.samples)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
