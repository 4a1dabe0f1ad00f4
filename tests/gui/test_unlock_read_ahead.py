"""Unlocking reads ahead on the worker what the main window reads as it is built (issue 15's
GUI stall): only a cache warmer, so a failure there must not stop the unlock or change what the
window shows."""

from __future__ import annotations

import logging
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.gui.shell import vaults

from gui_helpers import unlock

pytestmark = pytest.mark.gui


def test_a_failing_read_ahead_still_opens_the_window_with_the_cases(
    controller: Any,
    qtbot: Any,
    session: Any,
    vault_paths: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    session.save(m.Case("Skolan i Kolbäck", m.Level.GENERAL, m.Orientation.OTHER, date(2026, 5, 4)))
    session.close()
    calls: list[str] = []

    def broken(_session: Any) -> list[Any]:
        calls.append("read ahead")
        raise OSError("disk I/O error")

    monkeypatch.setattr(vaults, "exchange", SimpleNamespace(expiring_recipients=broken))
    controller.start(vault_paths.folder)
    with caplog.at_level(logging.WARNING, logger=vaults.__name__):
        window = unlock(controller, qtbot)
    assert calls == ["read ahead"]
    assert window is not None and window.isVisible()
    assert window.case_list.ui.countLabel.text() == "1 case"
    assert "Reading ahead after unlocking failed" in caplog.text
    assert controller.unlock_dialog is None
