#!/usr/bin/env python3
"""Only the figures of issue 17 (search over everything, attachments, concerns), on run.py's
cached vault.

    PYTHONPATH=src python tests/benchmarks/search_all_only.py          # 20,000 cases
    PYTHONPATH=src python tests/benchmarks/search_all_only.py --cases 2000 --repeat 5

In this order, on one working copy of the vault run.py caches (built first if missing, ~4
minutes at 20,000): ``fig_search_all.search_all`` (one small PDF attached per ten cases, then
the first 50 hits over all kinds for several words, audit row included; target 50 ms),
``fig_search_all.attach_pdf`` (a 20 MB PDF attached with its text indexed; target 1.5 s, at most
3 runs), ``fig_attachments.first_page`` (that PDF opened and its first page shown; target
0.5 s), ``fig_attachments.upgrade_pdf_text`` (version 9's indexing of stored PDFs' text over
every PDF the copy now holds; at most 3 runs) and ``fig_concerns.concern_list`` (5,000
concerns; target 30 ms). The load average is printed before and after each figure.
``--cache-dir`` keeps a build apart from run.py's; ``--vault DIR`` measures a copy of a vault
folder built earlier (its schema must be the current one).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import bench_vault
import fig_attachments
import fig_concerns
import fig_search_all
import run
from measure import Figure

from kopingplan.services.session import Session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    for flag, default in (("--cases", 20_000), ("--seed", 1), ("--repeat", 15)):
        parser.add_argument(flag, type=int, default=default)
    parser.add_argument("--cache-dir", type=Path, default=bench_vault.DEFAULT_CACHE)
    parser.add_argument("--vault", type=Path, help="a built vault folder to measure a copy of")
    args = parser.parse_args(argv)
    if args.vault is None:
        key = bench_vault.CacheKey(args.cases, args.cases * run.NOTES_PER_CASE, args.seed)
        folder = bench_vault.ensure_cached(key, args.cache_dir).folder
    else:
        folder = args.vault
    slow = min(args.repeat, 3)
    figures: list[Figure] = []
    loads: dict[str, str] = {}

    def measure(figure: Callable[[], Figure]) -> Figure:
        before = run.load()
        figures.append(figure())
        loads[figures[-1].name] = f"{before} → {run.load()}"
        return figures[-1]

    with (
        bench_vault.working_copy(folder) as paths,
        Session.open(paths, bench_vault.PASSPHRASE) as session,
    ):
        measure(lambda: fig_search_all.search_all(session, args.repeat, print))
        attached = measure(lambda: fig_search_all.attach_pdf(session, slow, print))
        big = int(attached.extra["attachment_id"])
        measure(lambda: fig_attachments.first_page(session, big, args.repeat, print))
        measure(lambda: fig_attachments.upgrade_pdf_text(session, slow, print))
        measure(lambda: fig_concerns.concern_list(session, args.repeat))
    print(f"{run.load()}; {folder.name}; {args.repeat} runs")
    print(run.table(figures))
    for figure in figures:
        print(f"  {figure.name}: {figure.note}")
        print(f"    load average before → after: {loads[figure.name]}")
        print(f"    runs ({figure.unit}): {', '.join(f'{v:.0f}' for v in figure.samples)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
