#!/usr/bin/env python3
"""Only the backup figure of run.py, for work on the backup (issues 7 and 8).

    python tests/benchmarks/backup_only.py                 # the 20,000-case vault, 3 runs
    python tests/benchmarks/backup_only.py --cases 2000 --repeat 5

The same cached vault, working copy and figure as run.py (``fig_documents.backup_figure``):
the verified backup against a plain fsynced copy of the same files, alternating, medians, with
the backup split into its copy (the read-back overlaps it), what comes after the last byte is
copied (the last segment's read-back, opening the copy) and the rest (checkpoint, key file,
manifest, rotation, audit row). The vault is built first if it is not cached (~3 minutes).
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
import fig_documents  # noqa: E402
import run  # noqa: E402

from kopingplan.services.session import Session  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--notes", type=int, help=f"default: {run.NOTES_PER_CASE} per case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="backups (and plain copies)")
    parser.add_argument("--json", type=Path, help="write the figure here as JSON")
    parser.add_argument("--cache-dir", type=Path, default=bench_vault.DEFAULT_CACHE)
    parser.add_argument("--tmp-dir", type=Path, help="where the working copy and backups go")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.repeat < 1:
        parser.error("--cases and --repeat must be at least 1")
    if args.tmp_dir is not None:
        tempfile.tempdir = str(args.tmp_dir)
    notes = args.notes if args.notes is not None else args.cases * run.NOTES_PER_CASE
    key = bench_vault.CacheKey(args.cases, notes, args.seed)
    built = bench_vault.ensure_cached(key, args.cache_dir)
    with (
        bench_vault.working_copy(built.folder) as paths,
        Session.open(paths, bench_vault.PASSPHRASE) as session,
    ):
        figure = fig_documents.backup_figure(session, args.repeat)
    print(f"{run.load()}; {built.manifest['database_bytes'] / 1e6:.0f} MB; {args.repeat} runs")
    print(run.table([figure]))
    print(f"  {figure.note}")
    print(f"  backups (ms): {', '.join(f'{v:.0f}' for v in figure.samples)}")
    print(f"  plain copies (ms): {', '.join(f'{v:.0f}' for v in figure.limit_samples or [])}")
    if args.json:
        args.json.write_text(json.dumps(run.as_json(figure), indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
