"""Registerutdrag … from the person window, driven as the coordinator uses it: the parts in a tree
with what each says beside it, a part withheld with a ground (what lies under it goes with it),
saved under a name without the person's name, signed on the task runner, recorded as a
disclosure to the person; a withheld part without a ground, or whose text would still be
printed, is refused before any file dialog; locking takes the review away."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kopingplan.domain import model
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.people.extract_dialog import ExtractDialog
from kopingplan.services import briefs
from kopingplan.storage import audit

from gui_helpers import unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
SECRET = "Fjärilsträdgården bakom idrottshallen"
KEPT = "Samtal om skolan och framtiden"
GROUND = "OSL 26 kap. 1 § (annan persons uppgifter inom socialtjänsten)"


@pytest.fixture
def opened(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    person = session.save(model.Person("Leopold", "Fjällström", birth_year=2008))
    case = session.save(
        model.Case("Ärende Tallbacken", model.Level.INDIVIDUAL, model.Orientation.RIGHT,
                   date(2026, 1, 5))
    )  # fmt: skip
    session.save(model.CaseParticipant(case.id, person.id, model.CaseRole.SUBJECT))
    secret = session.save(model.Note(case.id, datetime(2026, 11, 1, 9, tzinfo=UTC), SECRET))
    session.save(model.Note(case.id, datetime(2026, 11, 2, 9, tzinfo=UTC), KEPT))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    view = window.windows.open_person(person.id)
    qtbot.waitExposed(view)
    return window, view, person.id, case.id, secret.id


def text_of(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    return done.stdout


def _open(qtbot: Any, view: Any) -> ExtractDialog:
    button = view.extractButton
    assert button.text() == "Register e&xtract…" and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.review.window
    assert isinstance(dialog, ExtractDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_part_is_withheld_and_the_extract_saved_signed_and_recorded(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window, view, person_id, _case_id, secret_id = opened
    dialog = _open(qtbot, view)
    ui = dialog.ui
    assert ui.summaryLabel.text() == "4 parts; 0 withheld."
    looked = audit.entries(window.session.vault.conn, action="persons.extract_review", limit=1)
    assert looked[0].entity_id == person_id and looked[0].details["parts"] == 4
    dialog.ui.partsTree.setCurrentItem(dialog.item(f"note:{secret_id}"))
    assert SECRET in ui.previewText.toPlainText()  # what the part says, to review it
    dialog.withhold(f"note:{secret_id}", GROUND)
    assert dialog.item(f"note:{secret_id}").text(1) == GROUND
    assert ui.summaryLabel.text() == "4 parts; 1 withheld."
    if SHOTS.is_dir():
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / "extract_dialog.png"))

    target = tmp_path / "utdrag.pdf"
    suggested: list[str] = []

    def answer(file_dialog: Any) -> list[str]:
        suggested.extend(Path(name).name for name in file_dialog.selectedFiles())
        file_dialog.deleteLater()
        return [str(target)]

    monkeypatch.setattr(file_dialogs, "run", answer)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert suggested == [f"Registerutdrag {date.today().isoformat()} person {person_id}.pdf"]
    assert "Saved and signed: utdrag.pdf" in ui.messageLabel.text(), ui.messageLabel.text()
    session = window.session
    assert briefs.verify(target.read_bytes(), session).ok
    text = " ".join(text_of(target).split())
    assert SECRET not in text and KEPT in text
    assert f"En anteckning har undantagits från utdraget. Skäl: {GROUND}" in text
    made = audit.entries(session.vault.conn, action="persons.extract", limit=1)[0]
    assert made.details["withheld"] == [{"kind": "note", "id": secret_id, "ground": GROUND}]
    channel = session.vault.conn.execute(
        "SELECT channel FROM disclosures WHERE id = ?", (made.details["disclosure"],)
    ).fetchone()[0]
    assert channel == "extract"


def test_a_withheld_case_greys_what_lies_under_it(opened: Any, qtbot: Any) -> None:
    _window, view, _person, case_id, secret_id = opened
    dialog = _open(qtbot, view)
    dialog.withhold(f"case:{case_id}", "Annans uppgifter")
    note = dialog.item(f"note:{secret_id}")
    assert note.isDisabled() and note.text(1) == "(withheld with the part above)"
    assert dialog.withheld() == {f"case:{case_id}": "Annans uppgifter"}
    dialog.item(f"case:{case_id}").setCheckState(0, Qt.CheckState.Unchecked)
    assert not note.isDisabled() and note.text(1) == "" and dialog.withheld() == {}


@pytest.mark.parametrize("problem", ["no ground", "still printed"])
def test_a_refusal_asks_nothing_and_writes_nothing(
    opened: Any, qtbot: Any, monkeypatch: Any, problem: str
) -> None:
    window, view, _person, _case, secret_id = opened
    dialog = _open(qtbot, view)
    asked: list[Any] = []
    monkeypatch.setattr(file_dialogs, "run", lambda d: asked.append(d) or [])
    if problem == "no ground":
        dialog.withhold(f"note:{secret_id}", "")
        expected = "Give a ground for every withheld part."
    else:
        dialog.withhold(f"note:{secret_id}", f"Se {SECRET}")
        expected = "would still be printed elsewhere"
    before = window.session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert expected in dialog.ui.messageLabel.text()
    assert asked == []
    after = window.session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()
    assert after == before


def test_locking_takes_the_review_away(opened: Any, qtbot: Any, controller: Any) -> None:
    _window, view, *_ = opened
    dialog = _open(qtbot, view)
    assert dialog.material is not None
    controller.lock()
    assert not shiboken6.isValid(dialog) or (
        dialog.material is None and dialog.session is None and not dialog.isVisible()
    )


def test_tab_follows_the_reading_order_and_swedish_is_spoken(
    opened: Any, qtbot: Any, gui: Any
) -> None:
    from test_tab_order import problems

    from kopingplan import i18n

    _window, view, *_ = opened
    assert problems("person view", view) == []
    if SHOTS.is_dir():
        view.grab().save(str(SHOTS / "person_view_extract.png"))
    dialog = _open(qtbot, view)
    assert problems("register extract", dialog) == []
    i18n.install_translators(gui, "sv")
    QApplication.processEvents()
    assert view.extractButton.text() == "Register&utdrag …"
    assert dialog.ui.saveButton.text() == "&Spara signerat utdrag …"
    assert dialog.ui.summaryLabel.text() == "4 delar; 0 undantagna."
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "extract_dialog_sv.png"))
        view.grab().save(str(SHOTS / "person_view_extract_sv.png"))


def test_locking_while_signing_writes_nothing(
    opened: Any, qtbot: Any, controller: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window, view, *_ = opened
    dialog = _open(qtbot, view)
    target = tmp_path / "utdrag.pdf"
    monkeypatch.setattr(file_dialogs, "run", lambda d: [str(target)])
    before = window.session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()

    def lock_first(work: Any, **callbacks: Any) -> None:
        result = work(type("Ctx", (), {"check_cancelled": lambda self: None})())
        dialog.teardown()  # the vault locks before the signed bytes come back
        callbacks["on_success"](result)

    monkeypatch.setattr(dialog.runner, "run", lambda work, **kw: lock_first(work, **kw))
    session = window.session
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not target.exists()
    after = session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()
    assert after == before
