"""A lock while the export wizard's package is being made.

The lock waits for the worker (up to 10 s, :meth:`AppController._close_vault`), then asks the
wizard to keep its input (:meth:`ExportWizard.keep_as_draft`). By then the package is either
made and its disclosure recorded, or not; and when the wait ran out, the worker may still be
signing, or be inside the transaction that records the disclosure. :class:`RecordingGate`
makes that one answer: the worker enters it from signing to the commit
(:func:`kopingplan.services.exchange.export_package`'s ``gate``), and the lock
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
    """Held by the worker while it records the disclosure; closed by the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._closed = False
        self.recorded = False  # the disclosure is committed and the package in place

    def __enter__(self) -> RecordingGate:
        self._lock.acquire()
        if self._closed:
            self._lock.release()
            raise Cancelled()  # the lock stopped waiting: the package is not made now
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
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
