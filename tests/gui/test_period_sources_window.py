"""The lägesbild for a period's window follows the lägesbild's rule for the entries' sources
(issue 16): a copy outside the own unit is without them, the window says so under the list of
copies, and "Change what this copy holds…" keeps them for that copy, as in the lägesbild
brief's window. Driven with qtbot; the saved copies are read as the recipients read them."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_keyboard import clashes
from test_period_report_recipients import _choose, _save_to, _terms, dialog

from kopingplan.briefs import content_profiles as cp
from kopingplan.domain import model as m
from kopingplan.storage import audit

from gui_helpers import settle

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
__all__ = ["dialog"]  # the fixture: the window with the police and the own unit
SOURCE = "Zetterqvisttipset"
NOTE = "Källorna är utelämnade i detta exemplar."


@pytest.fixture
def entry(session: Any) -> None:
    """An entry with a source found nowhere else, beside the other tests' dialog's."""
    session.save(
        m.SituationEntry(date(2026, 9, 2), "Torget", m.Orientation.RIGHT, "Klistermärken", SOURCE)
    )


def need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install poppler-utils)")


def _flat(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(text.stdout.split())


def _descriptions(session: Any) -> list[str]:
    rows = session.vault.conn.execute("SELECT content_description FROM disclosures ORDER BY id")
    return [str(r[0]) for r in rows.fetchall()]


def _police_and_own(dialog: Any) -> None:
    copies = dialog.copies
    _choose(copies.recipientCombo, "Polisen Köping")
    _terms(copies)
    copies.addCopyButton.click()
    _choose(copies.recipientCombo, "Samordningen (own unit)")


def test_the_police_copy_is_without_the_sources_and_the_window_says_why(
    dialog: Any, session: Any, entry: None, monkeypatch: Any, tmp_path: Path
) -> None:
    need("pdftotext")
    contents = dialog.copy_contents
    assert "with each entry's source" in contents.label.text()  # the unnamed copy: all of it
    assert not contents.button.isEnabled()  # nothing to change for the coordinator's own
    _police_and_own(dialog)
    assert "with each entry's source" in contents.label.text()  # the own unit's copy
    dialog.copies.copyList.setCurrentRow(0)
    said = contents.label.text()
    assert "without the entries' sources" in said and "in confidence" in said, said
    assert clashes(dialog) == []
    _save_to(dialog, monkeypatch, tmp_path / "lb.pdf")
    assert dialog.ui.messageLabel.text().startswith("Saved and signed"), dialog.ui.messageLabel
    police, own = (_flat(tmp_path / f"lb-exemplar-{n}-av-2.pdf") for n in (1, 2))
    assert SOURCE not in police and NOTE in police
    assert SOURCE in own and NOTE not in own
    (row,) = audit.entries(session.vault.conn, action="brief.create")
    assert [r["situation"] for r in row.details["recipients"]] == [
        ["situation"],
        ["situation", "situation_sources"],
    ]
    (description,) = _descriptions(session)
    assert "lägesbildens poster" in description and "källor" not in description, description


def test_ticked_for_the_police_copy_it_holds_the_sources(
    dialog: Any, session: Any, entry: None, monkeypatch: Any, tmp_path: Path
) -> None:
    need("pdftotext")
    _police_and_own(dialog)
    dialog.copies.copyList.setCurrentRow(0)
    contents = dialog.copy_contents
    assert contents.button.isEnabled()
    contents.button.click()
    chooser = contents.dialog
    item = chooser.items[(cp.SITUATION, "sources")]
    assert item.checkState(0) == Qt.CheckState.Unchecked  # the default for a copy outside
    item.setCheckState(0, Qt.CheckState.Checked)
    chooser.accept()
    said = contents.label.text()
    assert "changed for this copy" in said and "with each entry's source" in said, said
    _save_to(dialog, monkeypatch, tmp_path / "lb.pdf")
    police = _flat(tmp_path / "lb-exemplar-1-av-2.pdf")
    assert SOURCE in police and NOTE not in police
    (description,) = _descriptions(session)
    assert "posternas källor" in description, description


def test_the_copies_contents_in_swedish(dialog: Any, controller: Any, qtbot: Any) -> None:
    controller.set_language("sv")
    try:
        _choose(dialog.copies.recipientCombo, "Polisen Köping")
        contents = dialog.copy_contents
        said = contents.label.text()
        assert "utan posternas källor" in said and "förtroende" in said, said
        assert contents.button.text() == "Ändra inneh&ållet i exemplaret …"
        assert clashes(dialog) == []
        settle(qtbot)
        assert dialog.width() <= 1366 and dialog.height() <= 728
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "period_report_sources_sv.png"))
    finally:
        controller.set_language("en")
    assert "without the entries' sources" in dialog.copy_contents.label.text()
