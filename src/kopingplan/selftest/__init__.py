"""``kopingplan --self-test``: proves that an installed program works, without showing a window.

Meant for the municipality's IT department after installing a build (and for the build itself:
``packaging/build_bundle.py`` runs it from the finished bundle). It exercises what a missing
file in a bundle would break: Qt with its plugins, the translations, the fonts, the bundled
SQLCipher and OpenSSL, Argon2id, and the whole path from a new vault through demo data, search
and the integrity checks to a signed brief, printed through pdfium and Qt's print engine, and an
encrypted export package.

Everything happens in a temporary folder from :func:`tempfile.mkdtemp` (``TMPDIR`` / ``TEMP``),
removed at the end whatever happened; nothing is written to the user's real vault, to the
settings or anywhere else. The vault there is a real one (real SQLCipher, real Argon2id with
modest parameters, a fresh RSA-3072 identity) filled with the fictional demo data, so nothing
personal is ever involved. A brief is rendered and signed in memory and never written to disk:
a brief is plain text by nature. Printing it writes, as a PDF printer does, pictures of its
pages into the temporary folder, and the plain-text scan checks that they hold no text.

Output: one line per step, ``[ok] name: detail``, ``[FAILED] name: reason`` or
``[skipped] name: reason``, then a summary line. The exit code is 0 only when every mandatory
step passed.

Steps whose module is listed in :data:`OPTIONAL_MODULES` are skipped while that module is
absent from the build; once it is present they run and must pass. Removing a module from the
mapping makes its step mandatory (absent module = failure).

The steps live in :mod:`.installation` (what a build must carry: Qt, translations, fonts,
SQLCipher) and :mod:`.workflow` (the path through a temporary vault); this module runs them.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kopingplan.selftest import installation, workflow
from kopingplan.selftest.common import (
    FAILED,
    NOT_IN_BUILD,
    OK,
    ORGANISATION,
    OWNER,
    SKIPPED,
    Outcome,
    State,
    StepFailed,
    StepSkipped,
)

__all__ = [
    "FAILED",
    "NOT_IN_BUILD",
    "OK",
    "OPTIONAL_MODULES",
    "ORGANISATION",
    "OWNER",
    "SKIPPED",
    "STEPS",
    "Outcome",
    "StepFailed",
    "StepSkipped",
    "run",
]

# step name -> module that must be importable for the step to run. While the module is absent
# the step reports "skipped: not in this build". Remove an entry to make the step mandatory.
# Briefs and the exchange are part of every build now, so none is optional.
OPTIONAL_MODULES: dict[str, str] = {}


# The names the tests and earlier callers use.
_State = State
_step_plaintext = workflow.step_plaintext


def _default_progress(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed Windows program has no console
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:  # a console with a legacy code page: keep the line, lose å ä ö
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), file=stream, flush=True)


STEPS: list[tuple[str, Callable[[State], str]]] = [
    ("qt", installation.step_qt),
    ("qt-plugins", installation.step_qt_plugins),
    ("translations", installation.step_translations),
    ("fonts", installation.step_fonts),
    ("sqlcipher", installation.step_sqlcipher),
    ("vault", workflow.step_vault),
    ("demo", workflow.step_demo),
    ("search", workflow.step_search),
    ("check", workflow.step_check),
    ("brief", workflow.step_brief),
    ("print", workflow.step_print),
    ("exchange", workflow.step_exchange),
    ("plaintext", workflow.step_plaintext),
]

# Steps that need an open vault: after a failure of "vault" they cannot run.
NEEDS_VAULT = {"demo", "search", "check", "brief", "exchange"}


@contextmanager
def _workdir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kopingplan-selftest-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(progress: Callable[[str], None] | None = None) -> int:
    """Runs every step, reporting one line each through ``progress`` (default: stdout).

    Returns the exit code: 0 when every mandatory step passed, 1 otherwise.
    """
    report = progress or _default_progress
    from kopingplan import __version__

    report(f"Kopingplan {__version__} self-test ({sys.platform}, Python {sys.version.split()[0]})")
    with _workdir() as folder:
        state = State(workdir=folder)
        try:
            for name, step in STEPS:
                state.outcomes.append(_run_step(name, step, state))
                report(state.outcomes[-1].line())
        finally:
            if state.session is not None:
                state.session.close()
    removed = not folder.exists()
    cleanup = Outcome(
        "cleanup",
        OK if removed else FAILED,
        "temporary folder removed" if removed else f"could not remove {folder}",
        0.0,
    )
    state.outcomes.append(cleanup)
    report(cleanup.line())

    failed = [o.name for o in state.outcomes if o.status == FAILED]
    skipped = [o.name for o in state.outcomes if o.status == SKIPPED]
    passed = sum(o.status == OK for o in state.outcomes)
    if failed:
        report(f"Self-test FAILED: {', '.join(failed)} ({passed} ok, {len(skipped)} skipped)")
        return 1
    report(f"Self-test passed: {passed} ok, {len(skipped)} skipped")
    return 0


def _run_step(name: str, step: Callable[[State], str], state: State) -> Outcome:
    started = time.perf_counter()
    if name in NEEDS_VAULT and state.session is None:
        return Outcome(name, FAILED, "no vault (an earlier step failed)", 0.0)
    try:
        _optional(name)  # skipped while its module is optional and absent from this build
        detail = step(state)
        status = OK
    except StepSkipped as skip:
        status, detail = SKIPPED, str(skip)
    except StepFailed as failure:
        status, detail = FAILED, str(failure)
    except Exception as error:  # any crash is a failure of this step, not of the self-test
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        status, detail = FAILED, f"{type(error).__name__}: {error} (at {where})"
    return Outcome(name, status, detail, time.perf_counter() - started)


def _optional(step: str) -> Any:
    """The step's module, or StepSkipped while it is optional and absent from this build."""
    name = OPTIONAL_MODULES.get(step)
    if name is None:
        return None
    try:
        found = importlib.util.find_spec(name)
    except ModuleNotFoundError:  # the parent package is missing
        found = None
    if found is None:
        raise StepSkipped(NOT_IN_BUILD)
    return importlib.import_module(name)
