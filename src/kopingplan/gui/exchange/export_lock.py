"""A lock while the export wizard's package is being made.

The lock waits for the worker (up to 10 s, :meth:`AppController._close_vault`), then asks the
wizard to keep its input (:meth:`ExportWizard.keep_as_draft`). By then the package is either
made and its disclosure recorded, or not; and when the wait ran out, the worker may still be
signing, or be inside the transaction that records the disclosure. :class:`RecordingGate`
makes that one answer: the worker holds it from the moment the package's bytes are written
(under a temporary name) to the end of its save (:func:`kopingplan.services.exchange.
export_package`'s ``gate``; not while writing, which on a slow drive has no bound), and the lock
:meth:`~RecordingGate.close`\\ s it, which waits out a recording under way and refuses one not
begun. So the package is either recorded and said in the unlock window, with no draft of it
kept to make it a second time, or never made, said too, and kept as a draft: never both, and
never a disclosure recorded behind the locked vault.

What the unlock window says (:func:`made_note`, :func:`not_made_note`) names the package's file
and nothing of what it holds: the unlock window is what anyone passing by sees. A package the
worker could not make for a reason of its own while the lock waited (a full disk, its folder
gone or read-only, a certificate no longer usable) is said with that reason, as the wizard says
it, so that the coordinator can put it right before making the package from the kept draft;
but only a reason whose words hold nothing of the vault (:func:`sayable`: the target's path,
dates, sizes, kinds of key), never one that names a recipient or a case. A package that failed
before the lock (its failure on the preview page, nobody at the laptop when the idle lock came)
is said the same way (``already_shown``): the coordinator, back, finds the draft and the reason,
not a draft and no package and no word why.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from kopingplan import errors
from kopingplan.gui.common.tasks import Cancelled
from kopingplan.gui.common.widgets import error_text

# The parameters of a typed error that hold nothing of the vault: the path the coordinator
# chose to save to (or its folder), a date, a size, a kind of key or file, a key usage. Any
# other (a recipient's name, a case's number, a record's id) keeps the reason off the window.
SAYABLE_PARAMS = frozenset({"path", "date", "bits", "kind", "limit_mib", "usages"})


class RecordingGate:
    """Around the worker's save of the package; closed by the lock. Entering it gives the
    ``begin`` the save calls once the package's bytes are written, before it records: from
    there to the end of the save (the file in place, its record of the temporary name gone)
    the gate is held, and a lock waits for it; before, the lock does not wait (writing to a
    slow drive has no bound) and ``begin`` refuses once the gate is closed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._closed = False
        self._begun = False
        self.recorded = False  # the disclosure is committed and the package in place

    def __enter__(self) -> Callable[[], None]:
        self._begun = False
        return self._begin

    def _begin(self) -> None:
        self._lock.acquire()
        if self._closed:
            self._lock.release()
            raise Cancelled()  # the lock stopped waiting: the package is not made now
        self._begun = True

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._begun:
            self._begun = False
            if kind is None:
                self.recorded = True
            self._lock.release()

    def close(self) -> bool:
        """No recording from now on (a recording under way is waited for); True when the
        disclosure was recorded."""
        with self._lock:
            self._closed = True
            return self.recorded


def made_note(file_name: str) -> Callable[[], str]:
    """The unlock window's words for a package made while the vault locked."""
    return lambda: QCoreApplication.translate(
        "LockNotice",
        "A package was made and recorded as a disclosure while the vault locked. "
        "It was saved as {file}.",
    ).format(file=file_name)


def sayable(error: BaseException) -> bool:
    """Whether the words the wizard shows for ``error`` (:func:`error_text`) may stand on the
    unlock window: a typed error whose parameters are all :data:`SAYABLE_PARAMS`, the
    operating system's own description of an error (never its file name), or an unexpected
    error (said by its kind only)."""
    if isinstance(error, errors.KopingplanError):
        return set(error.params) <= SAYABLE_PARAMS
    if isinstance(error, OSError):
        return bool(error.strerror)  # else error_text says str(error), which may hold anything
    return True


def bare(error: BaseException) -> BaseException:
    """``error`` kept for its words only: its frames (the request, the preview) and the
    errors it came from let go."""
    error.__cause__ = error.__context__ = None
    return error.with_traceback(None)


def _failure_text(failure: BaseException, already_shown: bool) -> str:
    translate = QCoreApplication.translate
    if not sayable(failure):
        if already_shown:
            return translate(
                "LockNotice",
                "The package you asked for before the vault locked could not be made, and no "
                "disclosure was recorded. The reason is not shown here, as it may name a "
                "recipient or a case; New disclosure shows it when you make the package again.",
            )
        return translate(
            "LockNotice",
            "The package that was being made when the vault locked could not be made, and no "
            "disclosure was recorded. The reason is not shown here, as it may name a recipient "
            "or a case; New disclosure shows it when you make the package again.",
        )
    if already_shown:
        said = translate(
            "LockNotice",
            "The package you asked for before the vault locked could not be made, and no "
            "disclosure was recorded. The reason: {reason}",
        )
    else:
        said = translate(
            "LockNotice",
            "The package that was being made when the vault locked could not be made, and no "
            "disclosure was recorded. The reason: {reason}",
        )
    return said.format(reason=error_text(failure))


def not_made_note(
    kept: bool, failure: BaseException | None = None, *, already_shown: bool = False
) -> Callable[[], str]:
    """The unlock window's words for a package not made when the vault locked; ``kept``: what
    was prepared is in a draft (else the window says why it could not be kept). ``failure``:
    why the worker could not make it, when it ended so while the lock waited (said when
    :func:`sayable`), or, ``already_shown``, before the lock (the wizard showed it and no
    new try began); else (None, or the gate's refusal) the lock stopped it, or it still ran
    when the wait ran out and will not be made now: the lock came first, as the window says."""
    if isinstance(failure, Cancelled):
        failure = None
    if failure is not None:
        failure = bare(failure)  # kept for the window's words only

    def text() -> str:
        translate = QCoreApplication.translate
        if failure is not None:
            said = _failure_text(failure, already_shown)
        else:
            said = translate(
                "LockNotice",
                "The vault locked before the package was made: no package was made and no "
                "disclosure was recorded.",
            )
        if not kept:
            return said
        return " ".join(
            (
                said,
                translate(
                    "LockNotice",
                    "What you prepared is kept as a draft; make the package from it once the "
                    "vault is open.",
                ),
            )
        )

    return text
