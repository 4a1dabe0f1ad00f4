"""Figures of getting in: unlock (passphrase → open vault), cold start and memory of the app."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from measure import HERE, Figure, Log, clock

from kopingplan.services.session import Session
from kopingplan.storage import keyfile as kf
from kopingplan.storage.vault import VaultPaths


def unlock(paths: VaultPaths, passphrase: str, runs: int) -> Figure:
    """Passphrase → open vault with Session.open (Argon2id, key check, integrity checks).

    Its parts are timed beside it: Argon2id alone every run, and once (it is slow on a large
    vault) the full structural check, which an open runs only on a vault up to 64 MB.
    """
    samples: list[float] = []
    kdf: list[float] = []
    checks: list[float] = []
    for _ in range(runs):
        elapsed, session = clock(lambda: Session.open(paths, passphrase))
        samples.append(elapsed)
        try:
            if not checks:
                checks.append(clock(session.vault.integrity_problems)[0])
        finally:
            session.close()
        keys = kf.read_keyfile(paths.keyfile)
        elapsed, key = clock(lambda k=keys: k.unlock(passphrase))  # type: ignore[misc]
        kf.wipe(key)
        kdf.append(elapsed)
    slots = kf.read_keyfile(paths.keyfile).slots
    params = next(slot for slot in slots if slot.kind == "passphrase").params
    return Figure(
        "unlock",
        "unlock: passphrase → open vault",
        samples,
        600,
        extra={
            "argon2id": {
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "lanes": params.lanes,
            },
            "kdf_median_ms": statistics.median(kdf),
            "integrity_checks_ms": checks[0],
        },
        note=(
            f"Argon2id {params.memory_kib // 1024} MiB × {params.iterations} passes "
            f"{statistics.median(kdf):.0f} ms; beside it, the full structural check "
            "(on open only up to 64 MB) "
            f"{checks[0]:.0f} ms"
        ),
    )


def _rss_steps(parts: list[dict[str, Any]]) -> str:
    """The resident size at each step of the cold start (coldstart.py's ``rss_at_kib``),
    medians in MB: where the memory of the open window came from."""
    steps = [p.get("rss_at_kib") or {} for p in parts]
    names = [name for name in steps[-1] if all(s.get(name) for s in steps)]
    if not names:
        return ""
    words = ", ".join(
        f"{name} {statistics.median(s[name] for s in steps) * 1024 / 1e6:.1f}" for name in names
    )
    return f"; resident size (MB) {words}"


def cold_start(paths: VaultPaths, passphrase: str, runs: int, log: Log) -> tuple[Figure, Figure]:
    """The app in a subprocess (coldstart.py): process start → case list painted; and memory."""
    samples, window_mb, lifetime_mb, parts = [], [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kopingplan-bench-home-") as home:
            env = dict(os.environ)
            env.update(
                QT_QPA_PLATFORM="offscreen",
                HOME=home,  # QSettings and platformdirs go here, not to a real profile
                XDG_CONFIG_HOME=f"{home}/config",
                XDG_DATA_HOME=f"{home}/data",
                XDG_CACHE_HOME=f"{home}/cache",
                XDG_STATE_HOME=f"{home}/state",
                PYTHONPATH=os.pathsep.join(p for p in sys.path if p),
            )
            with open(Path(home) / "stderr.txt", "w+") as errors:
                started = time.perf_counter()
                child = subprocess.Popen(
                    [sys.executable, str(HERE / "coldstart.py"), "--vault", str(paths.folder)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=errors,
                    text=True,
                    env=env,
                )
                assert child.stdin is not None and child.stdout is not None
                child.stdin.write(passphrase + "\n")
                child.stdin.flush()
                first = child.stdout.readline()
                painted = (time.perf_counter() - started) * 1000
                rest = child.stdout.read()
                child.wait(timeout=120)
                errors.seek(0)
                stderr = errors.read()
            if first.strip() != "PAINTED":
                raise RuntimeError(f"cold start failed: {first}{rest}\n{stderr[-2000:]}")
            report = json.loads(rest.strip().splitlines()[-1])
        samples.append(painted)
        window = report.get("peak_window_kib") or report["maxrss_kib"]
        window_mb.append(window * 1024 / 1e6)
        lifetime_mb.append(report["maxrss_kib"] * 1024 / 1e6)
        parts.append(report)
    last = parts[-1]
    start = Figure(
        "cold_start",
        "cold start → case list painted",
        samples,
        1500,
        extra={
            "imported_s": statistics.median(p["imported_s"] for p in parts),
            "unlocked_s": statistics.median(p["unlocked_s"] for p in parts),
            "painted_s": statistics.median(p["painted_s"] for p in parts),
            "rows": last.get("rows"),
        },
        note=(
            "subprocess with the app's controller and unlock dialog (no GUI hook); "
            f"in-process: Qt+app imported {statistics.median(p['imported_s'] for p in parts):.2f}"
            f" s, unlocked {statistics.median(p['unlocked_s'] for p in parts):.2f} s, "
            f"painted {statistics.median(p['painted_s'] for p in parts):.2f} s"
        ),
    )
    memory = Figure(
        "peak_memory",
        "peak memory, main window open",
        window_mb,
        150,
        unit="MB",
        extra={"lifetime_peak_mb": statistics.median(lifetime_mb)},
        note=(
            "RSS high-water mark from unlock to 0.5 s after the first paint; lifetime peak, "
            f"with Argon2id's working memory: {statistics.median(lifetime_mb):.0f} MB"
            + _rss_steps(parts)
            + ("" if last.get("peak_reset") else " (peak reset unavailable: lifetime peak used)")
        ),
    )
    return start, memory
