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
and nothing of what it holds: the unlock window is what anyone passing by sees.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from kopingplan.gui.common.tasks import Cancelled


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


def not_made_note(kept: bool) -> Callable[[], str]:
    """The unlock window's words for a package the lock stopped before it was made; ``kept``:
    what was prepared is in a draft (else the window says why it could not be kept)."""

    def text() -> str:
        translate = QCoreApplication.translate
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
