"""Qt's Python types made ready while the unlock dialog waits, not in the moment of unlocking.

PySide6 builds a Qt class's Python type (and every enum in it) the first time the class is
reached from Python. Building and painting the main window reaches about forty classes for the
first time (each style option a painted widget hands to our style, ``QProcess``, ``QFile``, …)
and 136 enums with them: a third of the GUI thread's time in the unlock step (issue 15's GUI
stall figure). Reaching every class of QtCore, QtGui and QtWidgets costs about 90 ms once; it
is done here in slices of a few milliseconds, each its own turn of the event loop, while the
coordinator types the passphrase and Argon2id runs on the worker. The Designer forms' modules
are imported the same way after them (1-2 ms each on a section's or a window's first showing).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QTimer

from kopingplan.gui import forms

SLICE_S = 0.004  # a slice's time on the GUI thread: well under a frame
_started = False


def _steps() -> Iterator[Callable[[], object]]:
    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            if name[:1] == "Q":
                yield partial(getattr, module, name, None)
    for path in sorted(Path(forms.__file__).parent.glob("ui_*.py")):
        yield partial(forms.load_form, path.stem.removeprefix("ui_"))


def start(owner: QObject) -> None:
    """Starts warming up, once per process; the slices stop when ``owner`` goes."""
    global _started
    if _started:
        return
    _started = True
    steps = _steps()

    def next_slice() -> None:
        until = time.perf_counter() + SLICE_S
        for step in steps:
            with contextlib.suppress(Exception):  # a broken form fails where it is used
                step()
            if time.perf_counter() > until:
                QTimer.singleShot(0, owner, next_slice)
                return

    QTimer.singleShot(0, owner, next_slice)
