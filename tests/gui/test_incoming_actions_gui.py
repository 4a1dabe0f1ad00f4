"""Incoming information after the import, driven as the coordinator uses it (issue 16): an
item without a case is linked to a case from the list of all incoming items and then shows in
the case window's "Incoming information" tab; an attached file is saved as a copy through the
save dialog of every file, byte for byte, logged by its checksum."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from incoming_samples import PDF, add_items
from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.services import cases, exchange
from kopingplan.storage import audit

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(dialog: IncomingItemsDialog, item_id: int) -> None:
    ids = [item.id for item in dialog.list.items]
    dialog.ui.itemTree.setCurrentItem(dialog.ui.itemTree.topLevelItem(ids.index(item_id)))


def last_action(session: Any) -> tuple[str, int | None, dict[str, Any]]:
    row = audit.entries(session.vault.conn, limit=1)[0]
    return row.action, row.entity_id, row.details


@pytest.fixture
def dialog(qtbot: Any, session: Any) -> Iterator[IncomingItemsDialog]:
    opened = IncomingItemsDialog(session)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.teardown()  # before the vault closes, as locking does


def test_an_item_is_linked_to_a_case_and_shows_in_the_case_window(
    dialog: IncomingItemsDialog, qtbot: Any, session: Any
) -> None:
    case_id, message, _pdf = add_items(session)
    dialog.refresh()
    actions = dialog.item_actions
    choose(dialog, message)
    assert actions.linkButton.text() == "&Link to case…"
    assert not actions.saveButton.isVisible()  # a message has no file to save
    click(qtbot, actions.linkButton)
    link = actions.dialog
    assert link is not None and link.isVisible()
    # No case is chosen for the coordinator: Save waits for the choice.
    save = link.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert link.caseCombo.currentIndex() == -1 and not save.isEnabled()
    link.caseCombo.setCurrentIndex(link.caseCombo.findData(case_id))
    assert save.isEnabled()
    link.grab().save(str(SHOTS / "incoming_link.png"))
    click(qtbot, link.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not link.isVisible()
    assert last_action(session) == ("incoming_items.link", message, {"case": case_id})
    assert dialog.list.current().id == message and dialog.list.current().case_id == case_id
    assert dialog.ui.itemTree.currentItem().text(4) == str(case_id)
    assert not actions.linkButton.isVisible()  # linked now: no second link
    assert dialog.ui.countLabel.text() == f"Incoming item {message} is linked to case {case_id}."
    dialog.grab().save(str(SHOTS / "incoming_linked.png"))

    view = CaseView(cases.open_case(session, case_id), session)
    view.show()
    view.ui.tabs.setCurrentWidget(view.ui.incomingTab)
    tree = view.ui.incomingTree
    assert tree.topLevelItemCount() == 1
    assert "Hör av dig om Elias Nordin." in view.ui.incomingText.toPlainText()
    view.teardown()


def test_a_refused_link_keeps_the_dialog_open_and_changes_nothing(
    dialog: IncomingItemsDialog, qtbot: Any, session: Any
) -> None:
    case_id, message, _pdf = add_items(session)
    dialog.refresh()
    choose(dialog, message)
    click(qtbot, dialog.item_actions.linkButton)
    link = dialog.item_actions.dialog
    assert link is not None
    link.caseCombo.setCurrentIndex(link.caseCombo.findData(case_id))
    exchange.link_incoming(session, message, case_id)  # meanwhile, from the command line
    rows = len(audit.entries(session.vault.conn, limit=1000))
    click(qtbot, link.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert link.isVisible()
    assert link.messageLabel.text() == (
        f"Incoming item {message} is linked to case {case_id} already. Nothing was changed."
    )
    assert len(audit.entries(session.vault.conn, limit=1000)) == rows


def test_an_attached_file_is_saved_as_a_copy_with_a_name_without_personal_data(
    dialog: IncomingItemsDialog, qtbot: Any, session: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    _case, _message, pdf = add_items(session)
    dialog.refresh()
    choose(dialog, pdf)
    save = dialog.item_actions.saveButton
    assert save.text() == "&Save a copy…"
    offered: list[str] = []
    destination = tmp_path / "kopia.pdf"

    def answer(file_dialog: Any) -> list[str]:
        offered.extend(file_dialog.selectedFiles())
        return [str(destination)]

    monkeypatch.setattr(file_dialogs, "run", answer)
    click(qtbot, save)
    assert [Path(name).name for name in offered] == [f"Incoming item {pdf}.pdf"]
    assert "Elias" not in offered[0]  # the sender's file name names a person: not suggested
    assert destination.read_bytes() == PDF
    digest = hashlib.sha256(PDF).hexdigest()
    assert last_action(session) == (
        "incoming_items.save",
        pdf,
        {"size": len(PDF), "sha256": digest},
    )
    assert "not encrypted" in dialog.ui.countLabel.text()
    # Cancelled: nothing written, nothing logged.
    rows = len(audit.entries(session.vault.conn, limit=1000))
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [])
    click(qtbot, save)
    assert len(audit.entries(session.vault.conn, limit=1000)) == rows
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["kopia.pdf"]
