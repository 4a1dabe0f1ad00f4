"""The benchmark script (tests/benchmarks/run.py) still runs: a tiny vault, one run of each figure.

No timing is asserted here (the figures of a 20-case vault say nothing); this only keeps the
script from rotting as the services it measures change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "benchmarks" / "run.py"

FIGURES = {
    "unlock",
    "cold_start",
    "case_list_first_page",
    "case_list_filter",
    "case_list_sort",
    "case_detail",
    "search_rare",
    "search_common",
    "save_note",
    "brief_10_pages",
    "brief_100_pages",
    "statistics_report",
    "export_100_cases",
    "backup",
    "peak_memory",
}
# Figures measured against a physical limit in the same run (plain SQLite, a plain copy).
WITH_LIMIT = {
    "case_list_first_page",
    "case_list_filter",
    "case_list_sort",
    "case_detail",
    "search_rare",
    "search_common",
    "save_note",
    "backup",
}


@pytest.mark.slow
def test_the_benchmark_runs_at_a_tiny_size_and_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src"), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    )
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            *("--cases", "20", "--notes", "100", "--repeat", "1"),
            *("--json", str(out)),
            *("--cache-dir", str(tmp_path / "cache")),
            *("--tmp-dir", str(tmp_path)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert set(figures) == FIGURES
    for name, entry in figures.items():
        assert {"median_ms", "limit_ms", "ratio", "target_ms"} <= set(entry), name
        if name == "peak_memory":
            assert entry["median_ms"] is None and entry["median_mb"] > 0
            assert entry["target_mb"] == 150
        else:
            assert entry["median_ms"] > 0, name
        if name in WITH_LIMIT:
            assert entry["limit_ms"] > 0 and entry["ratio"] > 0, name
        else:
            assert entry["limit_ms"] is None and entry["ratio"] is None, name
    # One table on standard output, a row per figure.
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + len(FIGURES)
    # The plain copy lived in a temporary folder that is gone; the cache holds one vault.
    assert not list(tmp_path.glob("kopingplan-bench-*"))
    cached = [p for p in (tmp_path / "cache").iterdir() if p.is_dir()]
    assert len(cached) == 1 and (cached[0] / "vault.db").exists()
