"""A sweep writes to the vault only when it has something to record
(services/pending_outputs.sweep): a recorded file that still cannot be reached, and was named
to the coordinator before, takes no write transaction at each unlock."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_pending_outputs import _cleanups, _record, _rows

from kopingplan.services import pending_outputs
from kopingplan.services.session import Session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="paths as the sweep records them")


def _count_writes(session: Session, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the vault's write transactions from now on: one entry per transaction."""
    writes: list[int] = []
    real = session.vault.transaction

    @contextlib.contextmanager
    def counted() -> Iterator[Any]:
        writes.append(1)
        with real() as conn:
            yield conn

    monkeypatch.setattr(session.vault, "transaction", counted)
    return writes


def test_a_sweep_with_only_files_waiting_and_named_before_writes_nothing(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "USB-STICKA"
    _record(session, stick / ".kopingplan-77-89abcdef.tmp")
    _record(session, stick / ".kopingplan-78-89abcdef.tmp")
    writes = _count_writes(session, monkeypatch)

    first = pending_outputs.sweep(session)
    assert (first.waiting, len(first.unreachable)) == (2, 2)
    assert writes == [1]  # the two are marked as named

    changes = session.vault.conn.total_changes
    for _ in range(3):  # later unlocks with the stick still out
        again = pending_outputs.sweep(session)
        assert (again.removed, again.waiting, again.unreachable) == (0, 2, ())

    assert writes == [1]
    assert session.vault.conn.total_changes == changes
    assert _cleanups(session) == [] and len(_rows(session)) == 2

    # A third file, new and unreachable too: named, so written once more.
    _record(session, stick / ".kopingplan-79-89abcdef.tmp")
    writes.clear()
    assert len(pending_outputs.sweep(session).unreachable) == 1
    assert writes == [1]  # the sweep names it
