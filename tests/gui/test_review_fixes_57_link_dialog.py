"""The "Move or unlink…" dialog chooses nothing for the person: Save waits for a choice,
and choosing "No case" says when the item comes up in the retention review (items in no case
have their own period)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from test_incoming_actions_gui import choose, click
from test_incoming_links_gui import incoming  # noqa: F401 (the window of all incoming items)

from incoming_samples import add_items
from kopingplan.domain import model as m
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.gui.exchange.incoming_actions import UNLINK
from kopingplan.services import exchange, retention

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))


def test_move_or_unlink_starts_with_no_choice_and_tells_the_retention_period(
    incoming: IncomingItemsDialog,  # noqa: F811 (the fixture imported above)
    qtbot: Any,
    session: Any,
) -> None:
    first, message, _pdf = add_items(session)
    other = session.save(m.Case("Backen", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 10, 2)))
    retention.save_policy(session, retention.RetentionPolicy(incoming_item_months=7))
    exchange.link_incoming(session, message, first)
    incoming.refresh()
    choose(incoming, message)
    click(qtbot, incoming.item_actions.moveButton)
    dialog = incoming.item_actions.dialog
    assert dialog is not None and dialog.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

    # A reason typed and Save pressed: nothing is chosen, so nothing can happen.
    assert dialog.caseCombo.currentIndex() == -1
    assert dialog.caseCombo.currentText() == ""
    assert dialog.caseCombo.placeholderText() == "Choose another case or no case"
    dialog.reasonEdit.setText("Fel ärende.")
    assert not save.isEnabled()
    dialog.grab().save(str(SHOTS / "incoming_move_no_choice.png"))
    save.click()  # a disabled button does nothing
    assert dialog.isVisible()
    assert exchange.link_history(session, message)[-1].to_case == first
    assert not dialog.retentionLabel.isVisible()

    # "No case": the dialog says when the item comes up for its retention review.
    dialog.caseCombo.setCurrentIndex(dialog.caseCombo.findData(UNLINK))
    assert save.isEnabled()
    assert dialog.retentionLabel.isVisible()
    received = next(i for i in exchange.incoming_items(session, limit=10) if i.id == message)
    due = retention.add_months(received.received_at.date(), 7)
    told = dialog.retentionLabel.text()
    assert "An item in no case is kept 7 months after it came in" in told
    assert (due.isoformat() in told) if due > date.today() else ("review now" in told)
    dialog.grab().save(str(SHOTS / "incoming_unlink_retention.png"))

    # Another case: no word of retention (the item goes with the case).
    dialog.caseCombo.setCurrentIndex(dialog.caseCombo.findData(other.id))
    assert save.isEnabled() and not dialog.retentionLabel.isVisible()
    click(qtbot, save)
    assert not dialog.isVisible()
    assert exchange.link_history(session, message)[-1].to_case == other.id
