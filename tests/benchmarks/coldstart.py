"""Cold start of the desktop app, for run.py: one process from start to the painted case list.

Run by run.py as a subprocess under ``QT_QPA_PLATFORM=offscreen``; reads the passphrase from
the first line of standard input. It goes through the app's own start-up path: the same Qt set-up
as ``kopingplan`` (:func:`kopingplan.gui.app.configure`), the :class:`AppController`, its unlock
dialog (the passphrase is typed into the dialog's field and its Unlock action is triggered, so
Argon2id and the vault checks run on the task runner's worker thread as they do for a user),
then the main window the controller builds. The GUI has no "unlock from stdin and exit after the
first paint" switch, so this driver does the typing and watches for the first paint of the case
table's viewport with rows in its model; nothing in ``kopingplan.gui`` is changed.

Output on standard output, one line each, flushed:

    PAINTED                     the moment the case list was first painted (run.py times it)
    {"rows": …, …}              JSON: case rows, timings and memory, then the process exits

Memory: ``peak_window_kib`` is the kernel's RSS high-water mark (VmHWM) from the moment the
vault was open (reset through /proc/self/clear_refs right after unlocking, Linux) until the
window had been painted and idle for ``--settle-ms`` (500 ms): the memory of the open main window.
``maxrss_kib`` is the peak for the whole life of the process (``getrusage`` reads the same
high-water mark, so the peak before the reset is kept), which includes Argon2id's 256 MiB working
memory during the unlock (freed right after it). ``rss_at_kib`` is the resident size (VmRSS) at
each step — Qt and the app imported, the unlock dialog shown, the vault open, the main window
built, the case list painted, settled — to show where memory went (issue 15: the modules
imported before the dialog, and the due notice's read after the paint, are the large steps).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parents[2]
try:
    import kopingplan  # noqa: F401
except ImportError:  # run from a checkout without an installed package
    sys.path.insert(0, str(ROOT / "src"))


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _mark(marks: dict[str, Any], step: str) -> None:
    marks.setdefault("rss_at_kib", {})[step] = _status_kib("VmRSS")


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", required=True, type=Path)
    parser.add_argument("--lang", default="sv")
    parser.add_argument("--settle-ms", type=int, default=500)
    parser.add_argument("--timeout-s", type=float, default=120.0)
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from kopingplan.gui import app as gui_app
    from kopingplan.gui.shell import vaults
    from kopingplan.gui.shell.controller import AppController

    marks: dict[str, Any] = {"imported_s": time.perf_counter() - STARTED, "peak_reset": False}
    _mark(marks, "imported")
    opened = vaults.open_vault

    def open_and_reset(folder: Path, secret: str) -> Any:
        session = opened(folder, secret)
        marks["unlocked_s"] = time.perf_counter() - STARTED
        marks["peak_unlock_kib"] = _status_kib("VmHWM")  # start-up and Argon2id
        _mark(marks, "opened")
        marks["peak_reset"] = _reset_peak()  # Argon2id's working memory is freed by now
        return session

    vaults.open_vault = open_and_reset  # the unlock dialog calls vaults.open_vault(...)

    app = QApplication([sys.argv[0]])
    gui_app.configure(app, args.lang)
    controller = AppController(app, language=args.lang)
    controller.start(args.vault)
    dialog = controller.unlock_dialog
    _mark(marks, "dialog")
    if dialog is None:
        print(json.dumps({"error": "no unlock dialog (is the vault there?)"}), flush=True)
        return 2

    result: dict[str, Any] = {}

    def finish() -> None:
        _mark(marks, "settled")
        result["rss_kib"] = _status_kib("VmRSS")
        result["peak_window_kib"] = _status_kib("VmHWM") if marks["peak_reset"] else None
        # getrusage reads the same high-water mark, so it is reset too: the larger of the two.
        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result["maxrss_kib"] = max(maxrss, marks.get("peak_unlock_kib") or 0)
        result.update(marks)
        print(json.dumps(result), flush=True)
        controller.quit()

    class FirstPaint(QObject):
        def __init__(self, table: Any) -> None:
            super().__init__()
            self.table = table
            self.done = False

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            model = self.table.model()
            if model is not None and model.rowCount() > 0:
                self.done = True
                # After this paint event has been handled: the rows are on screen.
                QTimer.singleShot(0, self.painted)
            return False

        def painted(self) -> None:
            marks["painted_s"] = time.perf_counter() - STARTED
            _mark(marks, "painted")
            result["rows"] = self.table.model().rowCount()
            self.table.viewport().removeEventFilter(self)
            print("PAINTED", flush=True)
            QTimer.singleShot(args.settle_ms, finish)

    watchers: list[FirstPaint] = []

    def unlocked(*_: Any) -> None:
        # Connected after the controller's own slot, so the main window exists now.
        window = controller.main_window
        if window is None:
            return
        _mark(marks, "window")
        table = window.case_list.ui.caseTable
        watcher = FirstPaint(table)
        table.viewport().installEventFilter(watcher)
        watchers.append(watcher)

    dialog.unlocked.connect(unlocked)
    dialog.ui.passphraseEdit.setText(passphrase)
    QTimer.singleShot(0, dialog.unlock)

    def give_up() -> None:
        print(json.dumps({"error": f"no paint within {args.timeout_s} s", **marks}), flush=True)
        app.exit(3)

    QTimer.singleShot(int(args.timeout_s * 1000), give_up)
    code = app.exec()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
