"""Small inconsistencies found on a walk of the app, each checked as the coordinator sees it:

* the lägesbild as it is now (Arkiv) and the lägesbild for a period (Rapporter) had names a
  coordinator could not tell apart ("Lägesbildsrapport", "Lägesbild för en period");
* labels of the forms built in code lacked the colon every Designer form's label has;
* the case window's incoming tab showed its count line under its buttons, the incoming
  window above them.

Screens go to /tmp/kopingplan-screens/ui-consistency-*.png."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel

from incoming_samples import add_items
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.exchange.incoming_actions import LinkIncomingDialog
from kopingplan.gui.situation.take_incoming import TakeIncomingDialog
from kopingplan.services import cases, exchange

from gui_helpers import unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
FORMS = Path(__file__).resolve().parents[2] / "forms"


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"ui-consistency-{name}.png"))


# --- the names of the two lägesbild documents --------------------------------------------------


def test_the_lagesbild_now_and_for_a_period_have_names_that_tell_them_apart(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    controller.set_language("sv")
    try:
        arkiv = [a.text() for a in window.ui.fileMenu.actions()]
        rapporter = [a.text() for a in window.reports.menu.actions()]
        assert "Läges&bilden just nu (underlag) …" in arkiv
        assert "Lägesbild för en &period …" in rapporter
        assert not [text for text in arkiv if "rapport" in text.casefold()]
        window.brief_menu.report.trigger()
        dialog = window.findChild(BriefDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "Lägesbilden just nu"
        assert dialog.ui.headingLabel.text() == "Lägesbilden just nu"
        _shot(dialog, "lagesbild-nu")
    finally:
        controller.set_language("en")
    assert dialog.windowTitle() == "The current situation picture"
    assert window.brief_menu.report.text() == "The current situation &picture (brief)…"
    dialog.reject()


def test_a_case_brief_keeps_its_own_window_title(session: Any, qtbot: Any) -> None:
    case_id, _message, _pdf = add_items(session)
    made = BriefDialog.for_case(session, case_id, "Ängen", None)
    qtbot.addWidget(made)
    assert made.windowTitle() == "Brief"
    assert made.ui.headingLabel.text() == "Ängen"


# --- labels end with a colon, as the Designer forms' do ----------------------------------------


def _form_labels(dialog: QDialog) -> list[str]:
    texts = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.text():
                texts.append(widget.text())
    return texts


def test_every_designer_form_label_ends_with_a_colon() -> None:
    """The convention the code-built forms follow: a form row's label ends with ':'."""
    bare = []
    for path in sorted(FORMS.glob("*.ui")):
        for layout in ET.parse(path).iter("layout"):
            if layout.get("class") != "QFormLayout":
                continue
            for item in layout.findall("item"):
                text = item.find("widget[@class='QLabel']/property[@name='text']/string")
                if item.get("column") != "0" or item.get("colspan") or text is None:
                    continue
                if text.get("notr") != "true" and text.text and not text.text.endswith(":"):
                    bare.append(f"{path.name}: {text.text}")
    assert bare == []


@pytest.fixture
def dialogs(qtbot: Any) -> Iterator[list[QDialog]]:
    # The period assessment's form is a Designer form now (a RecordDialog, its required field
    # marked " *"): the test of the .ui files above covers its labels.
    received = datetime(2026, 11, 2, 10, tzinfo=UTC)
    unlinked = SimpleNamespace(id=4, case_id=None, received_at=received)
    linked = SimpleNamespace(id=5, case_id=2, received_at=received)
    rows = [SimpleNamespace(id=1, title="Ängen"), SimpleNamespace(id=2, title="Bron")]
    situation_item = SimpleNamespace(
        source="Kontaktpolis", dated="2026-11-02", title="Centrum", text="Klotter.", details={}
    )
    made: list[QDialog] = [
        LinkIncomingDialog(unlinked, rows),
        LinkIncomingDialog(linked, rows),
        TakeIncomingDialog(situation_item),
    ]
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
    yield made


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_labels_of_the_forms_built_in_code_end_with_a_colon(
    controller: Any, dialogs: list[QDialog], language: str
) -> None:
    controller.set_language(language)
    try:
        labels = {type(d).__name__ + d.windowTitle(): _form_labels(d) for d in dialogs}
        assert all(labels.values()), labels
        bare = {where: [t for t in texts if not t.endswith(":")] for where, texts in labels.items()}
        assert {where: texts for where, texts in bare.items() if texts} == {}
        if language == "sv":
            assert _form_labels(dialogs[1]) == ["&Ärende:", "S&käl (sparas i dess historik):"]
            QApplication.processEvents()  # laid out again in Swedish, as on screen
            names = ("lank", "flytt", "ta-in")
            for dialog, name in zip(dialogs, names, strict=True):
                _shot(dialog, f"etiketter-{name}")
    finally:
        controller.set_language("en")


# --- the case window's incoming tab: the count line above the buttons, as in the window ---------


def test_the_case_tabs_count_line_stands_above_its_buttons(qtbot: Any, session: Any) -> None:
    case_id, message, _pdf = add_items(session)
    exchange.link_incoming(session, message, case_id)
    view = CaseView(cases.open_case(session, case_id), session)
    view.resize(1366, 768)
    view.show()
    view.ui.tabs.setCurrentWidget(view.ui.incomingTab)
    qtbot.waitExposed(view)
    note, buttons = view.ui.incomingNote, view.incoming.buttons
    qtbot.waitUntil(lambda: bool(note.text()) and view.incoming.actions.moveButton.isVisible())
    QApplication.processEvents()  # the buttons shown are laid out, as on screen
    try:
        assert note.text() == "Items: 1." and buttons.isVisible()
        assert note.geometry().bottom() < buttons.geometry().top(), (note.text(), buttons.y())
        layout = view.ui.incomingLayout
        assert layout.indexOf(buttons) == layout.count() - 1, "the buttons close the tab"
        _shot(view, "arendets-inkommande")
    finally:
        view.teardown()
