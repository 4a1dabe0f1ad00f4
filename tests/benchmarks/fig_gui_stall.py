#!/usr/bin/env python3
"""The longest GUI-thread stall (issue 15): the app as a person uses it, the event loop watched.

    PYTHONPATH=src python tests/benchmarks/fig_gui_stall.py              # 20,000 cases
    PYTHONPATH=src python tests/benchmarks/fig_gui_stall.py --cases 2000 --where

run.py measures it as the figure ``gui_stall``; run alone, this builds (or reuses) run.py's
cached vault, works on a copy of it and prints one row per step.

**What is timed.** The real app in a subprocess under ``QT_QPA_PLATFORM=offscreen``: the app's
``configure``, its :class:`AppController` with the real asynchronous :class:`TaskRunner`, the
unlock dialog, the main window it builds. A heartbeat timer (``HEARTBEAT_MS``, a precise
QTimer) timestamps every turn of the GUI thread's event loop that it gets; the stall is the
longest time between two turns. An idle loop shows the heartbeat's own period; work that holds
the GUI thread (a query, building a window, painting, waiting for the GIL behind the worker)
shows as a longer gap. A gap can overstate a stall by at most one period: an upper bound, as
is any figure taken while other work shares the CPU. (A 0 ms timer would see every turn too,
but it keeps the loop spinning and a core busy, which on a 2-core machine slows the worker.)

**The steps**, each started by what a person does and followed until the loop has been quiet
for ``SETTLE_MS`` (so deferred work, such as the first paint, is counted in its step):

1. ``unlock``: the passphrase typed, Unlock pressed; Argon2id and the vault's checks run on
   the worker; the main window is built and painted.
2. ``sections``: Ctrl+2 … Ctrl+N, then Ctrl+1: every section shown.
3. ``open_case``: Enter on the case table's first row, a case given ``NOTES_IN_CASE`` notes
   before the app started (the others have the demo's 25): its window opens.
4. ``search``: the word ``demo.COMMON_WORD`` typed letter by letter into the case list's
   filter with ``TYPING_PAUSE_MS`` between letters (longer than the filter's own pause, so
   every prefix is filtered: the worst case), then into the toolbar's search box (Ctrl+F),
   Enter: the first 50 hits of a word in half of the notes.
5. ``save_note``: New note in that case's window, a 400-character text pasted and a few words
   typed, Save: the note is stored, the case window and the case list read again.

Beside each step's longest stall the figure gives the GUI thread's own CPU time within it
(``time.thread_time``): on a machine that other work keeps busy, a stall much longer than its
CPU time was mostly waiting for a core, not work of the app.

``--where`` also samples the GUI thread's Python stack from a watchdog thread while a stall
lasts, and names the code behind each step's longest stall (the sampling itself costs a little).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
try:
    import kopingplan  # noqa: F401
except ImportError:  # a checkout without an installed package
    sys.path.insert(0, str(ROOT / "src"))
if str(HERE) not in sys.path:  # run as a script or as run.py's subprocess
    sys.path.insert(0, str(HERE))

from measure import Figure, Log  # noqa: E402

from kopingplan.domain import model as m  # noqa: E402
from kopingplan.services import cases, demo  # noqa: E402
from kopingplan.services.batch import Batch  # noqa: E402
from kopingplan.services.session import Session  # noqa: E402
from kopingplan.storage.vault import VaultPaths  # noqa: E402

TARGET_MS = 100.0
STEPS = ("unlock", "sections", "open_case", "search", "save_note")
HEARTBEAT_MS = 2
SETTLE_MS = 400  # quiet (no gap over QUIET_GAP_MS) for this long ends a step
QUIET_GAP_MS = 20
TYPING_PAUSE_MS = 300
NOTES_IN_CASE = 500
STEP_TIMEOUT_S = 120.0


# --- the parent: prepare the vault, run the app in a subprocess ------------------------------


def prepare_case(paths: VaultPaths, passphrase: str, notes: int = NOTES_IN_CASE) -> tuple[int, int]:
    """Gives the case on the case list's first row (sorted by title, the default) at least
    ``notes`` notes; returns its number and its notes. Preparation before the timed app."""
    with Session.open(paths, passphrase, record_unlock=False) as session:
        case_id = cases.list_cases(session, sort="title", limit=1)[0].id
        rng = random.Random(case_id)
        words = ("samtal", "oro", "skolan", "hemma", "vänner", "nätet", "kontakt", "mamma")
        start = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
        with session.batch("benchmark: notes for the GUI stall figure") as batch:
            have = batch.count(m.Note, "case_id = ?", (case_id,))
            for i in range(max(0, notes - have)):
                text = " ".join(rng.choice(words) for _ in range(60)).capitalize() + "."
                batch.add(m.Note(case_id, start + timedelta(hours=7 * i), text))
    return int(case_id), max(have, notes)


def _environment(home: str) -> dict[str, str]:
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
    return env


def run_app(
    paths: VaultPaths,
    passphrase: str,
    case_id: int,
    *,
    typing_pause_ms: int = TYPING_PAUSE_MS,
    settle_ms: int = SETTLE_MS,
    where: bool = False,
    timeout_s: float = 600.0,
) -> dict[str, Any]:
    """One run of the app in a subprocess; its JSON report."""
    with tempfile.TemporaryDirectory(prefix="kopingplan-bench-home-") as home:
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(paths.folder),
            *("--case", str(case_id), "--typing-pause-ms", str(typing_pause_ms)),
            *("--settle-ms", str(settle_ms)),
            *(["--where"] if where else []),
        ]
        done = subprocess.run(
            command,
            input=passphrase + "\n",
            capture_output=True,
            text=True,
            env=_environment(home),
            timeout=timeout_s,
            check=False,
        )
    lines = done.stdout.strip().splitlines()
    try:
        report: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        report = {"error": "no report"}
    if done.returncode != 0 or "error" in report:
        raise RuntimeError(
            f"GUI stall run failed ({done.returncode}): {report.get('error')}\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        )
    return report


def _step_text(name: str, step: dict[str, Any]) -> str:
    return f"{name} {step['longest_ms']:.0f} ms, {step['cpu_ms']:.0f} ms CPU ({step['what']})"


def gui_stall(
    paths: VaultPaths,
    passphrase: str,
    runs: int,
    log: Log,
    *,
    typing_pause_ms: int = TYPING_PAUSE_MS,
    settle_ms: int = SETTLE_MS,
    where: bool = False,
) -> Figure:
    """The figure: the longest stall of each run (median over runs), the steps in the note."""
    case_id, notes_before = prepare_case(paths, passphrase)
    reports = []
    for run in range(runs):
        report = run_app(
            paths,
            passphrase,
            case_id,
            typing_pause_ms=typing_pause_ms,
            settle_ms=settle_ms,
            where=where,
        )
        reports.append(report)
        log(f"  run {run + 1}: longest stall {report['overall_ms']:.0f} ms")
    steps = {
        name: {
            "longest_ms": statistics.median(r["steps"][name]["longest_ms"] for r in reports),
            "cpu_ms": statistics.median(r["steps"][name].get("cpu_ms", 0.0) for r in reports),
            # What was going on in the longest of the runs' longest stalls of this step.
            "what": max((r["steps"][name] for r in reports), key=lambda s: s["longest_ms"])["what"],
        }
        for name in STEPS
    }
    last = reports[-1]
    return Figure(
        "gui_stall",
        "longest GUI-thread stall (5 steps)",
        [r["overall_ms"] for r in reports],
        TARGET_MS,
        extra={
            "steps": {name: round(step["longest_ms"], 1) for name, step in steps.items()},
            "steps_cpu": {name: round(step["cpu_ms"], 1) for name, step in steps.items()},
            "steps_what": {name: step["what"] for name, step in steps.items()},
            "heartbeat_ms": HEARTBEAT_MS,
            "case_notes": notes_before,  # in the opened case, before the runs' saves
            "notes_saved": last["case_notes_after"] - notes_before - (len(reports) - 1),
            "sections": last["sections"],
            "search_hits": last["search_hits"],
            "timeline_rows": last["timeline_rows"],
            **(
                {"where": [{n: r["steps"][n].get("where", []) for n in STEPS} for r in reports]}
                if where
                else {}
            ),
        },
        note=(
            "real app offscreen, gaps between event-loop turns (2 ms heartbeat); per step: "
            + "; ".join(_step_text(name, step) for name, step in steps.items())
        ),
    )


# --- the child: the app itself -----------------------------------------------------------------


def child(folder: Path, case_id: int, typing_pause_ms: int, settle_ms: int, where: bool) -> int:
    """Runs in the subprocess: the app, the steps, the event loop watched. JSON on stdout."""
    import threading
    import traceback

    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from kopingplan.gui import app as gui_app
    from kopingplan.gui.cases.case_model import CASE_ID_ROLE
    from kopingplan.gui.shell.controller import AppController
    from kopingplan.gui.shell.sections import SECTIONS, section_name

    class Monitor(QObject):
        """Timestamps every turn the heartbeat gets; keeps each step's longest gap."""

        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(HEARTBEAT_MS)
            self.timer.timeout.connect(self.beat)
            self.last = time.perf_counter()
            self.last_cpu = time.thread_time()  # the GUI thread's own CPU time
            self.step: str | None = None
            self.what = ""
            self.steps: dict[str, dict[str, Any]] = {}
            self.quiet_since = self.last
            self.samples: dict[float, list[str]] = {}  # stall start → stack samples (--where)

        def begin(self, step: str, what: str) -> None:
            self.step, self.what = step, what
            self.steps.setdefault(step, {"longest_ms": 0.0, "what": what, "turns": 0, "over": 0})

        def beat(self) -> None:
            now, cpu = time.perf_counter(), time.thread_time()
            gap = (now - self.last) * 1000
            cpu_gap = (cpu - self.last_cpu) * 1000
            started = self.last
            self.last, self.last_cpu = now, cpu
            if gap > QUIET_GAP_MS:
                self.quiet_since = now
            samples = self.samples.pop(started, None)
            if self.step is None:
                return
            record = self.steps[self.step]
            record["turns"] += 1
            record["over"] += gap > TARGET_MS
            if gap > record["longest_ms"]:
                # How much of the gap the GUI thread itself computed: the rest it waited
                # (for the CPU, shared with other work on a busy machine, or for the vault).
                record.update(longest_ms=gap, cpu_ms=cpu_gap, what=self.what, at_s=now - STARTED)
                if where:
                    record["where"] = _summarise(samples or [])

        def quiet_for(self) -> float:
            return (time.perf_counter() - self.quiet_since) * 1000

    monitor = Monitor()
    main_thread = threading.main_thread().ident

    def watchdog() -> None:  # --where: the GUI thread's stack while a stall lasts
        while not finished.is_set():
            time.sleep(0.005)
            started = monitor.last
            if (time.perf_counter() - started) * 1000 < 3 * HEARTBEAT_MS + 5:
                continue
            frame = sys._current_frames().get(main_thread)
            if frame is not None:
                monitor.samples.setdefault(started, []).append(_stack_key(frame, traceback))

    finished = threading.Event()
    app = QApplication([sys.argv[0]])
    gui_app.configure(app, "sv")
    controller = AppController(app, language="sv")
    result: dict[str, Any] = {"sections": len(SECTIONS)}

    def until(condition: Any, what: str) -> Iterator[float]:
        deadline = time.perf_counter() + STEP_TIMEOUT_S
        while not condition():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"timed out waiting for {what}")
            yield 10

    def settle() -> Iterator[float]:
        monitor.quiet_since = time.perf_counter()
        yield from until(lambda: monitor.quiet_for() >= settle_ms, "a quiet event loop")

    def pause(ms: float) -> Iterator[float]:
        yield ms

    def type_slowly(widget: Any, text: str) -> Iterator[float]:
        for letter in text:
            # QTest's own typing takes ASCII only; å, ä and ö are keys of their own here.
            key = ord(letter.upper()) if ord(letter.upper()) < 256 else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter)
                QApplication.sendEvent(widget, event)
            yield typing_pause_ms

    def script() -> Iterator[float]:
        controller.start(folder)
        dialog = controller.unlock_dialog
        if dialog is None:
            raise RuntimeError("no unlock dialog (is the vault there?)")
        yield from settle()
        dialog.ui.passphraseEdit.setText(passphrase)
        monitor.begin("unlock", "Unlock pressed → main window built and painted")
        dialog.unlock()
        yield from until(lambda: controller.main_window is not None, "the main window")
        window = controller.main_window
        table = window.case_list.ui.caseTable
        yield from until(lambda: table.model().rowCount() > 0, "case rows")
        yield from settle()

        window.activateWindow()
        yield from until(lambda: QApplication.activeWindow() is window, "the active window")
        order = [*range(2, len(SECTIONS) + 1), 1]
        for number in order:
            monitor.begin("sections", f"Ctrl+{number} {section_name(number - 1)}")
            target = QApplication.focusWidget() or window
            QTest.keyClick(
                target, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
            )
            if window.ui.sectionList.currentRow() != number - 1:
                raise RuntimeError(f"Ctrl+{number} did not show its section")
            yield from settle()

        model = table.model()
        rows = [model.index(r, 0).data(CASE_ID_ROLE) for r in range(min(model.rowCount(), 50))]
        if case_id not in rows:
            raise RuntimeError(f"case {case_id} is not among the first rows {rows[:5]}…")
        table.setFocus()
        table.setCurrentIndex(model.index(rows.index(case_id), 0))
        yield from settle()
        monitor.begin("open_case", f"Enter on case {case_id} → its window painted")
        QTest.keyClick(table, Qt.Key.Key_Return)
        yield from until(lambda: bool(window.case_views), "the case window")
        view = window.case_views[0]
        yield from settle()
        result["timeline_rows"] = view.ui.timelineTree.topLevelItemCount()

        window.activateWindow()
        yield from until(lambda: QApplication.activeWindow() is window, "the main window again")
        word = demo.COMMON_WORD
        text_filter = window.case_list.ui.textFilter
        text_filter.setFocus()
        monitor.begin("search", f"typing '{word}' into the case filter")
        yield from type_slowly(text_filter, word)
        yield from settle()
        monitor.what = "clearing the case filter"
        QTest.keyClick(text_filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(text_filter, Qt.Key.Key_Backspace)
        yield from pause(typing_pause_ms)
        yield from settle()
        monitor.what = f"typing '{word}' into the search box"
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        box = window.search_box
        yield from type_slowly(box, word)
        monitor.what = f"Enter: searching for '{word}', 50 hits shown"
        QTest.keyClick(box, Qt.Key.Key_Return)
        yield from until(lambda: box.results.isVisible(), "the search results")
        yield from settle()
        result["search_hits"] = len(box.results.hits())
        QTest.keyClick(box.results.tree, Qt.Key.Key_Escape)
        yield from settle()

        view.activateWindow()
        yield from until(lambda: QApplication.activeWindow() is view, "the case window")
        monitor.begin("save_note", "New note → its form")
        QTest.mouseClick(view.ui.noteButton, Qt.MouseButton.LeftButton)
        yield from until(lambda: "note" in view._forms, "the note form")
        form = view._forms["note"]
        yield from settle()
        monitor.what = "pasting and typing the note"
        form.ui.textEdit.setFocus()
        form.ui.textEdit.insertPlainText("Samtal med skolan om läget hemma och bland vänner. " * 8)
        yield from type_slowly(form.ui.textEdit, "Ny kontakt nästa vecka.")
        yield from settle()
        monitor.what = "Save → note stored, case window and case list read again"
        save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)
        yield from until(lambda: "note" not in view._forms, "the form to close")
        yield from settle()
        monitor.step = None
        conn = controller.session.vault.conn  # after the steps: counted, not timed
        result["case_notes_after"] = Batch(conn).count(m.Note, "case_id = ?", (case_id,))

    steps = script()
    stepper = QTimer()
    stepper.setSingleShot(True)
    stepper.setTimerType(Qt.TimerType.PreciseTimer)

    def advance() -> None:
        try:
            delay = next(steps)
        except StopIteration:
            finish(None)
            return
        except Exception as error:  # reported to the parent
            finish(f"{type(error).__name__}: {error}")
            return
        stepper.start(int(delay))

    stepper.timeout.connect(advance)

    def finish(error: str | None) -> None:
        if finished.is_set():
            return
        finished.set()
        monitor.timer.stop()
        if error:
            result["error"] = error
        names = [name for name in STEPS if name in monitor.steps]
        result["steps"] = {name: monitor.steps[name] for name in names}
        result["overall_ms"] = max((s["longest_ms"] for s in result["steps"].values()), default=0)
        result["heartbeat_ms"] = HEARTBEAT_MS
        controller.quit()
        print(json.dumps(result, ensure_ascii=False), flush=True)

    if where:
        threading.Thread(target=watchdog, daemon=True).start()
    monitor.timer.start()
    stepper.start(0)
    QTimer.singleShot(int(STEP_TIMEOUT_S * 5000), lambda: finish("the steps took too long"))
    app.exec()
    return 0 if "error" not in result else 3


def _stack_key(frame: Any, traceback: Any) -> str:
    """The innermost frames of the project (src/kopingplan) on a stack, innermost first."""
    frames = traceback.extract_stack(frame)
    ours = [f for f in frames if "/kopingplan/" in f.filename and "/benchmarks/" not in f.filename]
    if not ours:
        return "no app code on the stack (Qt's own work: layout, paint, events)"
    inner = frames[-1]
    path = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(ours[-3:])]
    tail = "" if inner is ours[-1] else f" → {Path(inner.filename).name}:{inner.name}"
    return " ← ".join(path) + tail


def _summarise(samples: list[str]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for key in samples:
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])[:4]


STARTED = time.perf_counter()


# --- standalone ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--notes", type=int, help="default: 25 per case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--typing-pause-ms", type=int, default=TYPING_PAUSE_MS)
    parser.add_argument(
        "--settle-ms", type=int, default=SETTLE_MS, help="quiet time that ends a step"
    )
    parser.add_argument("--where", action="store_true", help="name the code behind each stall")
    parser.add_argument("--json", type=Path, help="write the figure here as JSON")
    parser.add_argument("--cache-dir", type=Path)
    parser.add_argument(
        "--any-schema",
        action="store_true",
        help="reuse a cached vault of this size built by an older schema or generator",
    )
    parser.add_argument("--tmp-dir", type=Path)
    args = parser.parse_args(argv)
    if args.child is not None:
        return child(args.child, args.case, args.typing_pause_ms, args.settle_ms, args.where)

    import bench_vault

    if args.tmp_dir is not None:
        tempfile.tempdir = str(args.tmp_dir)
    started = time.perf_counter()

    def log(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", flush=True)

    notes = args.notes if args.notes is not None else args.cases * 25
    key = bench_vault.CacheKey(args.cases, notes, args.seed)
    cache = args.cache_dir or bench_vault.DEFAULT_CACHE
    older = sorted(cache.glob(key.prefix + "*/bench.json"), key=lambda p: p.stat().st_mtime)
    if args.any_schema and not (cache / key.name).exists() and older:
        # Its working copy is upgraded when prepare_case opens it, before anything is timed.
        folder = older[-1].parent
        built = bench_vault.Built(folder, False, 0.0, json.loads(older[-1].read_text()))
        log(f"reusing {folder.name} (an older schema or generator; --any-schema)")
    else:
        built = bench_vault.ensure_cached(key, cache, log)
    counts = built.manifest["counts"]
    log(f"vault: {counts['cases']:,} cases, {counts['notes']:,} notes; {_load()}")
    with bench_vault.working_copy(built.folder) as paths:
        figure = gui_stall(
            paths,
            bench_vault.PASSPHRASE,
            args.runs,
            log,
            typing_pause_ms=args.typing_pause_ms,
            settle_ms=args.settle_ms,
            where=args.where,
        )
    print()
    print(f"GUI-thread stalls, {counts['cases']:,} cases, median of {args.runs} run(s); {_load()}")
    header = f"| {'step':<10} | {'longest stall':>13} | {'GUI CPU in it':>13} | target   |"
    print(f"{header} result | during")
    print(f"|{'-' * 12}|{'-' * 14}:|{'-' * 14}:|{'-' * 10}|{'-' * 8}|{'-' * 40}")
    rows = [*figure.extra["steps"].items(), ("overall", figure.median)]
    for name, ms in rows:
        what = figure.extra["steps_what"].get(name, "")
        cpu = figure.extra["steps_cpu"].get(name)
        cpu_text = f"{cpu:10.0f} ms" if cpu is not None else " " * 13
        verdict = "pass" if ms <= TARGET_MS else "FAIL"
        row = f"| {name:<10} | {ms:10.0f} ms | {cpu_text} | ≤ {TARGET_MS:g} ms |"
        print(f"{row} {verdict:<6} | {what}")
    for report in figure.extra.get("where", []):
        for name, where in report.items():
            for stack, count in where:
                print(f"  {name}: {count:3d}× {stack}")
    if args.json:
        args.json.write_text(
            json.dumps({"median_ms": figure.median, "target_ms": TARGET_MS, **figure.extra},
                       indent=2, ensure_ascii=False) + "\n"
        )  # fmt: skip
    return 0


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


if __name__ == "__main__":
    sys.exit(main())
