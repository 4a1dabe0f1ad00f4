"""Hostile review of session 9's changes (helper 124), through the real window.

The export's RecordingGate: the lock waits up to 10 s for the worker, then closes the gate,
which waits out a recording under way. The gate was entered before the package's bytes were
written and fsynced, so a lock that came while a large package was being written to a slow USB
stick (or a drive that stopped answering) waited for the whole write on the GUI thread, with
the vault's windows still shown, with no bound at all."""

from __future__ import annotations

import logging
import time

import pytest
from test_export_during_lock import Making, making, vault
from test_export_wizard_draft import PURPOSE
from test_export_wizard_draft import stored as stored_draft

from kopingplan import files
from kopingplan.services import exchange

pytestmark = pytest.mark.gui

__all__ = ["making", "vault"]


def test_a_lock_does_not_wait_for_a_package_still_being_written(
    making: Making, caplog: pytest.LogCaptureFixture
) -> None:
    """The package is being written (and synced) when the lock's wait runs out: the lock goes
    on at once, no package is made and nothing is recorded, the input is kept as a draft."""
    caplog.set_level(logging.WARNING)
    making.create(making.slowed(files, "_written_and_placed"))
    making.wait_runs_out()

    started = time.monotonic()
    making.controller.lock()
    took = time.monotonic() - started

    assert took < 5, f"the lock waited {took:.1f} s for the file being written"
    dialog = making.controller.unlock_dialog
    assert dialog.message.startswith("The vault locked before the package was made")
    window = making.unlocked()  # the write ended behind the locked vault: refused at the gate
    assert not making.path.exists()
    assert not [p for p in making.path.parent.iterdir() if p.name.startswith(".kopingplan-")]
    assert exchange.disclosure_count(window.session) == 0
    draft = stored_draft(window)
    assert draft is not None and draft["fields"]["terms"]["purpose"] == PURPOSE
