"""Per-recipient minimisation (issue 16) in the case brief's and the lägesbild brief's window:
each named copy says in words what it holds, as its organisation's content profile says (a
case) or the whole picture (the lägesbild); the coordinator changes it per copy; the saved
copies differ exactly so (pdftotext), each its own disclosure with its own SHA-256."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_briefs_gui import give_copies, text_of
from test_meetings_gui import SHOTS, prepare

from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import content_profiles

pytestmark = pytest.mark.gui

SUMMARY = "Vill byta skola efter jullovet."
SOURCE = "Kvällspasset"


def _dialog(made: BriefDialog, qtbot: Any) -> BriefDialog:
    made.runner = TaskRunner(made, synchronous=True)
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    qtbot.waitExposed(made)
    return made


def add_organisations(session: Any) -> None:
    """The police (level, orientation, summary), a school (level) and a faith community
    without a profile."""
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    session.save(m.Organisation("Församlingen", m.OrganisationKind.FAITH_COMMUNITY))
    content_profiles.set_profile(session, police.id, ["level", "orientation", "summary"])
    content_profiles.set_profile(session, school.id, ["level"])


@pytest.fixture
def case_dialog(session: Any, qtbot: Any) -> Any:
    prepared = prepare(session)
    case = session.get(m.Case, prepared.case_id)
    session.save(replace(case, summary=SUMMARY))
    add_organisations(session)
    made = _dialog(BriefDialog.for_case(session, case.id, case.title, None), qtbot)
    made.case_id = case.id
    return made


def first_page_png(path: Path, name: str) -> None:
    """The copy's first page as a picture, to look at (when /tmp/shots exists)."""
    tool = shutil.which("pdftoppm")
    if tool and SHOTS.exists():
        subprocess.run([tool, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(path), str(SHOTS / name)], check=True)  # fmt: skip


def _brief_rows(session: Any) -> list[tuple[str, str, str]]:
    rows = session.vault.conn.execute(
        "SELECT recipient, content_sha256, content_description FROM disclosures "
        "WHERE channel = 'brief' ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def test_each_copy_of_a_case_brief_holds_its_profile(
    case_dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    dialog, ui = case_dialog, case_dialog.ui
    contents, case_id = dialog.copy_contents, dialog.case_id
    assert contents is not None
    assert "the choice for each case" in contents.label.text()
    give_copies(dialog, "Polisen Köping", "Västra skolan", "Församlingen")
    ui.copyList.setCurrentRow(0)
    assert f"Polisen Köping: Case {case_id}: level, orientation, summary" in contents.label.text()
    ui.copyList.setCurrentRow(1)
    assert f"Västra skolan: Case {case_id}: level" in contents.label.text()
    assert "summary" not in contents.label.text()
    ui.copyList.setCurrentRow(2)  # no profile: the coordinator's own default, no names
    said = contents.label.text()
    assert "your own default without names" in said and "relatives" not in said
    assert "measures" in said
    if SHOTS.exists():
        QApplication.processEvents()  # the words' height takes its place in the layout
        dialog.grab().save(str(SHOTS / "brief_profiles_case.png"))

    # The church's copy narrowed by hand to the level alone.
    contents.button.click()
    window = contents.dialog
    assert window is not None and window.isVisible()
    for (_, part), item in window.items.items():
        item.setCheckState(0, Qt.CheckState.Checked if part == "level" else Qt.CheckState.Unchecked)
    window.accept()
    assert "changed for this copy" in contents.label.text()
    assert f"Församlingen: Case {case_id}: level" in contents.label.text()

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(out / "pm.pdf"))
    dialog.save()
    paths = [out / f"pm-exemplar-{n}-av-3.pdf" for n in (1, 2, 3)]
    assert all(p.exists() for p in paths), ui.messageLabel.text()
    police, school, church = (text_of(p) for p in paths)
    assert SUMMARY in police and SUMMARY not in school and SUMMARY not in church
    assert "Västra skolan" in school and "Exemplar 2 av 3" in school
    first_page_png(paths[0], "brief_profiles_case_police")
    first_page_png(paths[1], "brief_profiles_case_school")
    rows = _brief_rows(session)
    assert [(r[0], r[1]) for r in rows] == [
        (name, hashlib.sha256(p.read_bytes()).hexdigest())
        for name, p in zip(("Polisen Köping", "Västra skolan", "Församlingen"), paths, strict=True)
    ]
    assert "sammanfattning" in rows[0][2] and "sammanfattning" not in rows[1][2]


@pytest.fixture
def situation_dialog(session: Any, qtbot: Any) -> Any:
    add_organisations(session)
    session.save(m.Organisation("Samordningen", m.OrganisationKind.OTHER, own_unit=True))
    with session.batch("test.situation") as batch:
        for day in range(3):
            observed = date.today() - timedelta(days=day + 1)
            batch.add(
                m.SituationEntry(observed, "Centrum", m.Orientation.RIGHT, f"Klotter nr {day}.",
                                 SOURCE, "Oförändrat.", m.Reliability.PROBABLE)
            )  # fmt: skip
    return _dialog(BriefDialog.for_situation(session, None), qtbot)


def test_each_lagesbild_copy_holds_the_whole_picture_the_sources_outside_only_when_ticked(
    situation_dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    dialog, ui = situation_dialog, situation_dialog.ui
    contents = dialog.copy_contents
    assert contents is not None
    assert "whole situation picture, with each entry's source" in contents.label.text()
    give_copies(dialog, "Polisen Köping", "Västra skolan", "Samordningen (own unit)")
    # The own unit's copy keeps the sources; the school's (outside) is without them, and says why.
    ui.copyList.setCurrentRow(2)
    said = contents.label.text()
    assert "a content profile names parts of a case" in said
    assert "Samordningen: the whole situation picture, with each entry's source" in said
    ui.copyList.setCurrentRow(1)
    said = contents.label.text()
    assert "stay out of a copy outside your own unit" in said
    assert "Västra skolan: the whole situation picture, without the entries' sources" in said
    # The police's copy: the sources ticked by hand.
    ui.copyList.setCurrentRow(0)
    assert "Polisen Köping: the whole situation picture, without" in contents.label.text()
    contents.button.click()
    window = contents.dialog
    assert window is not None
    assert "outside your own unit unless you tick it" in window.label.text()
    (item,) = window.items.values()
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert not window.profile_button.isVisible()  # a profile says nothing of the picture
    item.setCheckState(0, Qt.CheckState.Checked)
    window.accept()
    said = contents.label.text()
    assert "changed for this copy" in said
    assert "Polisen Köping: the whole situation picture, with each entry's source" in said
    if SHOTS.exists():
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / "brief_profiles_situation.png"))

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(out / "lb.pdf"))
    dialog.save()
    police, school, own = (out / f"lb-exemplar-{n}-av-3.pdf" for n in (1, 2, 3))
    assert police.exists() and school.exists() and own.exists(), ui.messageLabel.text()
    assert all("Klotter nr 2" in text_of(p) for p in (police, school, own))
    assert SOURCE in text_of(police) and SOURCE in text_of(own)
    assert SOURCE not in text_of(school)
    first_page_png(school, "brief_profiles_situation_school")
    # Disclosures: the two outside the own unit, the police's with the sources.
    rows = _brief_rows(session)
    assert [r[0] for r in rows] == ["Polisen Köping", "Västra skolan"]
    assert "posternas källor" in rows[0][2] and "posternas källor" not in rows[1][2]


def test_the_lagesbild_copies_in_swedish_without_mnemonic_clashes(
    situation_dialog: Any, qapp: Any
) -> None:
    from test_keyboard import clashes

    from kopingplan import i18n

    dialog, ui = situation_dialog, situation_dialog.ui
    give_copies(dialog, "Polisen Köping")
    i18n.install_translators(qapp, "sv")
    try:
        dialog.retranslate()
        ui.copyList.setCurrentRow(0)
        said = dialog.copy_contents.label.text()
        assert "Polisen Köping: hela lägesbilden, utan posternas källor" in said, said
        assert "utanför din egen enhet" in said
        assert clashes(dialog) == []
        if SHOTS.exists():
            QApplication.processEvents()
            dialog.grab().save(str(SHOTS / "brief_profiles_situation_sv.png"))
    finally:
        i18n.install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_case_copies_words_are_shown_whole_on_a_laptop(
    case_dialog: Any, controller: Any, language: str
) -> None:
    """The longest words a copy has (a profile-less organisation: every part but the names)
    are never cut off, at the window's first size and at the screen's, and the window still
    fits the screen (run with packaging/dev.py's screen sizes too: 1366×768, 1920×1080 at
    150 %)."""
    from PySide6.QtGui import QGuiApplication
    from test_layout import _clipped_labels

    dialog = case_dialog
    give_copies(dialog, "Polisen Köping", "Församlingen")
    controller.set_language(language)
    try:
        dialog.ui.copyList.setCurrentRow(1)
        label = dialog.copy_contents.label
        room = QGuiApplication.primaryScreen().availableGeometry()
        for size in (dialog.sizeHint(), room.size()):
            dialog.resize(size.boundedTo(room.size()))
            QApplication.processEvents()
            assert label.height() >= label.heightForWidth(label.width()), size
            assert _clipped_labels(dialog) == []
            hint = dialog.minimumSizeHint()
            assert hint.width() <= room.width() and hint.height() <= room.height(), hint
        if SHOTS.exists():
            dialog.grab().save(str(SHOTS / f"brief_profiles_case_fit_{language}.png"))
    finally:
        controller.set_language("en")
