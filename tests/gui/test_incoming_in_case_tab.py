"""The case window's "Incoming information" tab acts on its items as the window of all incoming
information does (issues 16, 17): "View the file" for an image or a PDF, "Save a copy…" for a
file, "Move or unlink…" for every item, each logged as there; Enter on a row puts the keyboard
in the item's text. Screens go to /tmp/kopingplan-screens/case-incoming-tab.png (1366x768)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_keyboard import clashes

import attachment_samples as samples
from incoming_samples import NOW, PDF, add_items
from kopingplan import i18n
from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer
from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.common import file_dialogs
from kopingplan.services import cases, exchange
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
SENDER = "Kontaktpolis Karin Berg"


def add_image(session: Any) -> int:
    """A PNG from the same package as :func:`add_items`' items, in no case."""
    with session.vault.transaction() as conn:
        return exchange_repo.insert_incoming_item(
            conn,
            exchange_repo.IncomingItemRow(
                package_id="p-1", received_at=NOW, source=SENDER, sender_fingerprint="F",
                kind="attachment", text="", title="Foto.png", attachment=samples.png(),
            ),
        )  # fmt: skip


@pytest.fixture
def linked(session: Any) -> dict[str, int]:
    """A case with a message, a PDF and an image linked to it."""
    case_id, message, pdf = add_items(session)
    image = add_image(session)
    for item in (message, pdf, image):
        exchange.link_incoming(session, item, case_id)
    return {"case": case_id, "message": message, "pdf": pdf, "image": image}


@pytest.fixture
def view(qtbot: Any, session: Any, linked: dict[str, int]) -> Iterator[CaseView]:
    window = CaseView(cases.open_case(session, linked["case"]), session)
    window.resize(1366, 768)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.incomingTab)
    yield window
    window.teardown()  # before the vault closes, as locking does


def choose(view: CaseView, item_id: int) -> None:
    ids = [item.id for item in view.incoming.list.items]
    view.ui.incomingTree.setCurrentItem(view.ui.incomingTree.topLevelItem(ids.index(item_id)))
    QApplication.processEvents()  # the buttons shown or hidden are laid out, as on screen


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def last_action(session: Any) -> tuple[str, int | None, dict[str, Any]]:
    row = audit.entries(session.vault.conn, limit=1)[0]
    return row.action, row.entity_id, row.details


def shown_buttons(view: CaseView) -> list[str]:
    panel = view.incoming
    buttons = [panel.file_view.viewButton, panel.actions.saveButton, panel.actions.moveButton,
               panel.actions.linkButton]  # fmt: skip
    return [button.text() for button in buttons if button.isVisible()]


def test_each_item_offers_the_actions_that_apply_to_it(
    view: CaseView, linked: dict[str, int]
) -> None:
    assert view.ui.incomingTree.topLevelItemCount() == 3
    choose(view, linked["image"])
    assert shown_buttons(view) == ["&View the file", "Save a co&py…", "Move or &unlink…"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "case-incoming-tab.png"))
    choose(view, linked["pdf"])
    assert shown_buttons(view) == ["&View the file", "Save a co&py…", "Move or &unlink…"]
    choose(view, linked["message"])
    assert shown_buttons(view) == ["Move or &unlink…"]  # no file: nothing to view or save


def test_enter_on_a_row_puts_the_keyboard_in_the_items_text(
    view: CaseView, qtbot: Any, linked: dict[str, int]
) -> None:
    choose(view, linked["message"])
    view.activateWindow()
    view.ui.incomingTree.setFocus()
    qtbot.keyClick(view.ui.incomingTree, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.ui.incomingText
    assert "Hör av dig om Elias Nordin." in view.ui.incomingText.toPlainText()


def test_the_image_opens_in_the_viewer_as_an_incoming_file(
    view: CaseView, qtbot: Any, linked: dict[str, int]
) -> None:
    choose(view, linked["image"])
    click(qtbot, view.incoming.file_view.viewButton)
    qtbot.waitUntil(lambda: view.incoming.file_view.viewer is not None)
    viewer = view.incoming.file_view.viewer
    assert isinstance(viewer, AttachmentViewer) and viewer.isVisible()
    assert viewer.parentWidget() is view  # locking closes the case window and the viewer
    qtbot.waitUntil(lambda: viewer.image is not None)
    assert viewer.windowTitle() == f"Incoming file {linked['image']}"
    assert f"Incoming file from {SENDER}, received" in viewer.ui.headingLabel.text()
    viewer.close()
    qtbot.waitUntil(lambda: view.incoming.file_view.viewer is None)


def test_a_copy_is_saved_and_logged_as_in_the_incoming_window(
    view: CaseView, qtbot: Any, session: Any, linked: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    choose(view, linked["pdf"])
    offered: list[str] = []
    destination = tmp_path / "kopia.pdf"
    monkeypatch.setattr(  # the suggested name is noted, the answer is the destination
        file_dialogs, "run", lambda d: offered.extend(d.selectedFiles()) or [str(destination)]
    )
    click(qtbot, view.incoming.actions.saveButton)
    assert [Path(name).name for name in offered] == [f"Incoming item {linked['pdf']}.pdf"]
    assert destination.read_bytes() == PDF
    assert last_action(session) == (
        "incoming_items.save",
        linked["pdf"],
        {"size": len(PDF), "sha256": hashlib.sha256(PDF).hexdigest()},
    )
    assert "not encrypted" in view.ui.incomingNote.text()


def test_an_item_unlinked_from_the_tab_leaves_it(
    view: CaseView, qtbot: Any, session: Any, linked: dict[str, int]
) -> None:
    choose(view, linked["message"])
    click(qtbot, view.incoming.actions.moveButton)
    dialog = view.incoming.actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.nowLabel.text() == f"The item is in case {linked['case']} now."
    dialog.caseCombo.setCurrentIndex(0)  # "No case (unlink it)": nothing is preselected
    dialog.reasonEdit.setText("Gäller ett annat ärende.")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    assert last_action(session) == (
        "incoming_items.unlink",
        linked["message"],
        {"from": linked["case"]},
    )
    remaining = {item.id for item in view.incoming.list.items}
    assert remaining == {linked["pdf"], linked["image"]}
    assert view.ui.incomingTree.topLevelItemCount() == 2
    assert view.ui.incomingNote.text() == (
        f"Incoming item {linked['message']} is linked to no case now."
    )


def test_the_buttons_speak_swedish(
    view: CaseView, gui: QApplication, linked: dict[str, int]
) -> None:
    choose(view, linked["image"])
    i18n.install_translators(gui, "sv")
    QApplication.processEvents()  # the windows hear of the change
    try:
        assert shown_buttons(view) == [
            "Visa fi&len",
            "Spara en ko&pia …",
            "Fl&ytta eller koppla bort …",
        ]
    finally:
        i18n.install_translators(gui, "en")


def test_locking_empties_the_tab_and_hides_the_buttons(
    view: CaseView, linked: dict[str, int]
) -> None:
    choose(view, linked["image"])
    view.incoming.forget()
    assert view.ui.incomingTree.topLevelItemCount() == 0
    assert shown_buttons(view) == []


@pytest.mark.parametrize("language", ["en", "sv"])
def test_no_mnemonic_of_the_tab_clashes_with_the_windows(
    view: CaseView, gui: QApplication, linked: dict[str, int], language: str
) -> None:
    choose(view, linked["image"])  # every button of the tab but "Link to case…" shown
    i18n.install_translators(gui, language)
    QApplication.processEvents()
    try:
        assert clashes(view) == []
    finally:
        i18n.install_translators(gui, "en")
