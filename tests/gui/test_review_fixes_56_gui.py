"""The brief window's meeting copies and the lägesbild's sources (issue 16, review fixes 56):
a copy outside the own unit is without each entry's source unless the coordinator ticks it in
"Change what this copy holds…"; the window says so; the saved PDFs differ exactly so; the
copy's content window follows a language switch while it is open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_briefs_gui import give_copies
from test_meetings_gui import SHOTS, prepare

from kopingplan.briefs import content_profiles as cp
from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common.tasks import TaskRunner
from unit.test_briefs_support import text_of

pytestmark = pytest.mark.gui

SOURCE = "Zetterqvisttipset"  # one word: a table cell wraps between words
OBSERVATION = "Zetaklistermärken"
SOURCES = (cp.SITUATION, "sources")


@pytest.fixture
def dialog(session: Any, qtbot: Any) -> Any:
    prepared = prepare(session)
    session.save(
        m.SituationEntry(
            observed_on=(datetime.now(UTC) - timedelta(days=15)).date(),
            milieu="Centrum",
            orientation=m.Orientation.RIGHT,
            observation=OBSERVATION,
            source=SOURCE,
        )
    )
    session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    session.save(m.Organisation("Samordningen", m.OrganisationKind.OTHER, own_unit=True))
    made = BriefDialog.for_meeting(session, prepared.first_meeting, None)
    made.runner = TaskRunner(made, synchronous=True)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    return made


def _text(path: Path) -> str:
    """The copy's text as a recipient's pdftotext reads it, on one line."""
    return " ".join(text_of(path).split())


def _save(dialog: Any, monkeypatch: Any, tmp_path: Path) -> tuple[str, str]:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(out / "mote.pdf"))
    dialog.save()
    police, own = out / "mote-exemplar-1-av-2.pdf", out / "mote-exemplar-2-av-2.pdf"
    assert police.exists() and own.exists(), dialog.ui.messageLabel.text()
    return _text(police), _text(own)


def test_an_outside_copy_is_without_the_sources_and_says_so(
    dialog: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ui, contents = dialog.ui, dialog.copy_contents
    assert "Situation picture: with each entry's source." in contents.label.text()  # own copy
    give_copies(dialog, "Polisen Köping", "Samordningen (own unit)")
    ui.copyList.setCurrentRow(0)
    said = contents.label.text()
    assert "Situation picture: without the entries' sources, as in every copy outside" in said
    ui.copyList.setCurrentRow(1)  # the own unit's copy
    assert "Situation picture: with each entry's source." in contents.label.text()
    ui.copyList.setCurrentRow(0)
    if SHOTS.exists():
        QApplication.processEvents()  # the copy's texts laid out
        dialog.grab().save(str(SHOTS / "review56_meeting_copies.png"))
    police, own = _save(dialog, monkeypatch, tmp_path)
    assert OBSERVATION in police and OBSERVATION in own  # the whole picture in both
    assert SOURCE not in police and SOURCE in own
    assert "Källorna är utelämnade i detta exemplar" in police


def test_the_coordinator_ticks_the_sources_for_one_copy(
    dialog: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    ui, contents = dialog.ui, dialog.copy_contents
    give_copies(dialog, "Polisen Köping", "Samordningen (own unit)")
    ui.copyList.setCurrentRow(0)
    contents.button.click()
    window = contents.dialog
    assert window is not None and window.isVisible()
    item = window.items[SOURCES]
    assert item.text(0) == "each entry's source"
    assert item.checkState(0) == Qt.CheckState.Unchecked  # outside: off by default
    assert "Each entry's source is left out of a copy outside your own unit" in (
        window.label.text()
    )
    item.setCheckState(0, Qt.CheckState.Checked)
    if SHOTS.exists():
        window.grab().save(str(SHOTS / "review56_copy_content.png"))
    window.accept()
    assert "Situation picture: with each entry's source." in contents.label.text()
    # Only the sources changed: the cases still follow the organisation's default.
    assert "the working group's default" in contents.label.text()
    police, own = _save(dialog, monkeypatch, tmp_path)
    assert SOURCE in police and SOURCE in own


def test_without_the_lagesbild_no_sources_are_offered(dialog: Any) -> None:
    ui, contents = dialog.ui, dialog.copy_contents
    give_copies(dialog, "Polisen Köping")
    ui.situationCheck.setChecked(False)
    assert "Situation picture" not in contents.label.text()
    contents.button.click()
    assert SOURCES not in contents.dialog.items
    contents.dialog.reject()


def test_the_copy_content_window_follows_a_language_switch(dialog: Any, qapp: Any) -> None:
    from test_keyboard import clashes

    from kopingplan import i18n

    ui, contents = dialog.ui, dialog.copy_contents
    give_copies(dialog, "Polisen Köping", "Samordningen (own unit)")
    ui.copyList.setCurrentRow(0)
    contents.button.click()
    window = contents.dialog
    assert window.windowTitle() == "Content of copy 1"
    assert window.profile_button.text() == "As the &profile says"
    i18n.install_translators(qapp, "sv")
    try:
        qapp.processEvents()  # LanguageChange reaches the open window
        assert window.windowTitle() == "Innehåll i exemplar 1"
        assert window.profile_button.text() == "Enligt &profilen"
        assert window.items[SOURCES].text(0) == "varje posts källa"
        assert window.tops[cp.SITUATION].text(0) == "Lägesbild"
        assert window.tree.accessibleName() == "Delar per ärende"
        assert "Kryssa i" in window.label.text()
        assert clashes(window) == []
        if SHOTS.exists():
            window.grab().save(str(SHOTS / "review56_copy_content_sv.png"))
        window.reject()
        dialog.retranslate()
        said = contents.label.text()
        assert "Lägesbild: utan posternas källor" in said, said
        assert clashes(dialog) == []
        if SHOTS.exists():
            dialog.grab().save(str(SHOTS / "review56_meeting_copies_sv.png"))
    finally:
        i18n.install_translators(qapp, "en")
    qapp.processEvents()
    assert "Situation picture: without the entries' sources" in contents.label.text()
