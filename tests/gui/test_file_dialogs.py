"""File dialogs start in Documents or the folder last used for the kind, suggest a name, add the
extension and never replace a file without asking; only folders are remembered."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from kopingplan.gui.common import file_dialogs, settings

pytestmark = pytest.mark.gui

PDF = "PDF documents (*.pdf)"


@pytest.fixture(autouse=True)
def _widget_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "OPTIONS", QFileDialog.Option.DontUseNativeDialog)
    monkeypatch.setattr(file_dialogs, "DRIVEN", True)  # these tests answer the dialogs


def test_a_dialog_nobody_answers_offscreen_fails_instead_of_hanging(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    monkeypatch.setattr(file_dialogs, "DRIVEN", False)
    with pytest.raises(RuntimeError, match="offscreen"):
        file_dialogs.open_path(None, "brief", "Öppna", PDF)


@pytest.fixture
def documents() -> Path:
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _folder(dialog: QFileDialog) -> Path:
    return Path(dialog.directory().absolutePath())


def test_a_dialog_starts_in_documents_not_the_working_folder(
    qtbot: Any, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    dialog = file_dialogs.save_dialog(None, "brief", "Spara", "Lägesbild.pdf", "pdf", PDF)
    assert _folder(dialog) == documents != tmp_path
    assert documents.is_relative_to(Path.home())
    assert dialog.defaultSuffix() == "pdf"
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.nameFilters() == [PDF]
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)


def test_the_last_folder_of_each_kind_is_remembered_and_only_the_folder(
    qtbot: Any, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    briefs = tmp_path / "Mötesunderlag"
    briefs.mkdir()
    chosen = briefs / "Mötesunderlag 2026-12-07 Unggruppen.pdf"
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(chosen)])
    assert file_dialogs.save_path(None, "brief", "Spara", "x.pdf", "pdf", PDF) == chosen

    later = file_dialogs.save_dialog(None, "brief", "Spara", "y.pdf", "pdf", PDF)
    assert _folder(later) == briefs
    # Another kind still starts in Documents.
    other = file_dialogs.save_dialog(None, "export", "Spara", "y.p7m", "p7m", "(*.p7m)")
    assert _folder(other) == documents
    # The settings file (outside the vault) holds the folder, never the file's name.
    store = settings.settings()
    store.sync()
    written = Path(store.fileName()).read_text(encoding="utf-8")
    assert "Unggruppen" not in written and "Mötesunderlag 2026" not in written
    assert store.value(file_dialogs.KEY_PREFIX + "brief") == str(briefs)


def test_a_folder_that_is_gone_falls_back_to_documents(qtbot: Any, documents: Path) -> None:
    store = settings.settings()
    store.setValue(file_dialogs.KEY_PREFIX + "brief", "/no/such/folder")
    store.sync()
    assert file_dialogs.start_folder("brief") == documents


def test_the_suggested_name_is_the_one_shown(qtbot: Any, documents: Path) -> None:
    name = file_dialogs.suggested_name(["Mötesunderlag", "2026-12-07", "Unggruppen"], "pdf")
    assert name == "Mötesunderlag 2026-12-07 Unggruppen.pdf"
    dialog = file_dialogs.save_dialog(None, "brief", "Spara", name, "pdf", PDF)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None and edit.text() == name
    dialog.reject()


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Export", "2026-12-05", "Polisen"], "Export 2026-12-05 Polisen.p7m"),
        (["Export", "2026-12-05", ""], "Export 2026-12-05.p7m"),
        (
            ["Export", "2026-12-05", "Polisen/Väst: *ny*"],
            "Export 2026-12-05 Polisen-Väst- -ny-.p7m",
        ),
        (["", "  "], "Köpingplan.p7m"),
        (["Rapport. "], "Rapport.p7m"),
    ],
)
def test_suggested_names_are_safe_file_names(parts: list[str], expected: str) -> None:
    assert file_dialogs.suggested_name(parts, "p7m") == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("brev", "brev.pdf"),
        ("brev.pdf", "brev.pdf"),
        ("brev.PDF", "brev.PDF"),
        ("brev.2026", "brev.2026.pdf"),
        ("brev.txt", "brev.txt.pdf"),
    ],
)
def test_the_extension_is_added_when_left_out(tmp_path: Path, typed: str, expected: str) -> None:
    assert file_dialogs.with_extension(tmp_path / typed, "pdf") == tmp_path / expected


def test_other_accepted_extensions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "cert.crt"
    assert file_dialogs.with_extension(path, "pem", ("crt", "cer")) == path


def test_an_added_extension_that_names_an_existing_file_is_asked_about(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A platform dialog handed back "rapport" and asked nothing; "rapport.pdf" exists.
    existing = tmp_path / "rapport.pdf"
    existing.write_bytes(b"%PDF- earlier")
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(tmp_path / "rapport")])
    asked: list[Path] = []

    def refuse(parent: Any, path: Path) -> bool:
        asked.append(path)
        return False

    monkeypatch.setattr(file_dialogs, "confirm_replace", refuse)
    assert file_dialogs.save_path(None, "report", "Spara", "r.pdf", "pdf", PDF) is None
    assert asked == [existing]
    assert existing.read_bytes() == b"%PDF- earlier"

    monkeypatch.setattr(file_dialogs, "confirm_replace", lambda parent, path: True)
    assert file_dialogs.save_path(None, "report", "Spara", "r.pdf", "pdf", PDF) == existing


def _modal() -> QWidget:
    widget = QApplication.activeModalWidget()
    assert widget is not None
    return widget


def _give_up() -> None:
    """A failed step must not leave the test waiting on a modal dialog forever."""
    while (widget := QApplication.activeModalWidget()) is not None:
        widget.reject()  # type: ignore[attr-defined]


def _save_typing(name: str, folder: Path, after: Any = None) -> tuple[Path | None, dict[str, Any]]:
    """save_path() with the real (non-native) dialog, ``name`` typed into it and Save pressed."""
    store = settings.settings()
    store.setValue(file_dialogs.KEY_PREFIX + "report", str(folder))
    store.sync()
    seen: dict[str, Any] = {}

    def drive() -> None:
        dialog = _modal()
        assert isinstance(dialog, QFileDialog)
        seen["folder"] = _folder(dialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["suggested"] = edit.text()
        edit.setText(name)
        if after is not None:
            QTimer.singleShot(0, lambda: after(seen))
        dialog.accept()  # Qt's own question, if any, runs here in its own event loop
        seen["still_open"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    QTimer.singleShot(10_000, _give_up)
    chosen = file_dialogs.save_path(None, "report", "Spara", "Förslag.pdf", "pdf", PDF)
    return chosen, seen


def test_the_dialog_itself_adds_the_extension(qtbot: Any, tmp_path: Path) -> None:
    chosen, seen = _save_typing("Ny rapport", tmp_path)
    assert seen["folder"] == tmp_path
    assert seen["suggested"] == "Förslag.pdf"
    assert seen["still_open"] is False
    assert chosen == tmp_path / "Ny rapport.pdf"


def test_the_dialog_asks_before_replacing_the_file_with_the_added_extension(
    qtbot: Any, tmp_path: Path
) -> None:
    """ "Rapport" typed, "Rapport.pdf" exists: Qt asks about Rapport.pdf; No keeps the dialog
    open, and cancelling it then writes nothing."""
    existing = tmp_path / "Rapport.pdf"
    existing.write_bytes(b"%PDF- earlier")

    def answer_no(seen: dict[str, Any]) -> None:
        box = _modal()
        assert isinstance(box, QMessageBox)
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    chosen, seen = _save_typing("Rapport", tmp_path, answer_no)
    assert "Rapport.pdf" in seen["question"]
    assert seen["still_open"] is True
    assert chosen is None
    assert existing.read_bytes() == b"%PDF- earlier"


def test_no_file_dialog_of_the_program_bypasses_this_module() -> None:
    gui = Path(file_dialogs.__file__).parents[1]
    users = [
        p.name
        for p in gui.rglob("*.py")
        if p.name != "file_dialogs.py"
        and "forms" not in p.parts
        and "QFileDialog." in p.read_text(encoding="utf-8")
    ]
    assert users == []


def test_each_save_suggests_a_name_of_dates_groups_and_numbers_never_a_person(
    session: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopingplan.domain import model
    from kopingplan.gui.briefs import brief_dialog
    from kopingplan.gui.briefs.brief_dialog import BriefDialog
    from kopingplan.gui.exchange.exchange_wizard import destination_name
    from kopingplan.services import meetings

    shown: list[str] = []

    def record(dialog: QFileDialog) -> list[str]:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        shown.append(edit.text())
        return []

    monkeypatch.setattr(file_dialogs, "run", record)
    group = meetings.create_group(session, "Unggruppen", model.GroupKind.YOUTH_GROUP)
    meeting = meetings.create_meeting(
        session, group.id, datetime(2026, 12, 7, 12, tzinfo=UTC), from_last=False
    )
    dialog = BriefDialog.for_meeting(session, meeting.id, None)
    qtbot.addWidget(dialog)
    assert brief_dialog.choose_save_path(dialog) == ""
    assert shown[-1] == f"Meeting brief 2026-12-07 {group.name}.pdf"

    case = session.save(
        model.Case("Åsa Berg på fritidsgården", model.Level.SPECIFIC, model.Orientation.RIGHT,
                   date(2026, 3, 2))
    )  # fmt: skip
    dialog = BriefDialog.for_case(session, case.id, case.title, None)
    qtbot.addWidget(dialog)
    brief_dialog.choose_save_path(dialog)
    assert shown[-1] == f"Case brief {date.today().isoformat()} case {case.id}.pdf"
    assert "Åsa" not in shown[-1]

    preview = SimpleNamespace(
        created=datetime(2026, 12, 5, 9, tzinfo=UTC),
        recipients=[SimpleNamespace(organisation="Polisen", name="Karin Berg")] * 2,
    )
    name = file_dialogs.suggested_name(destination_name(preview), "p7m")
    assert name == "Export 2026-12-05 Polisen.p7m"


def test_numbered_copies_beside_the_chosen_name_are_asked_about_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "PM.pdf"
    copies = [tmp_path / f"PM-exemplar-{k}-av-2.pdf" for k in (1, 2)]
    asked: list[str] = []

    def answer(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert file_dialogs.may_replace(None, chosen, [chosen, *copies]) is True
    assert asked == []  # nothing there: nothing to ask
    copies[1].write_bytes(b"%PDF- earlier")
    chosen.write_bytes(b"%PDF- asked about already")
    assert file_dialogs.may_replace(None, chosen, [chosen, *copies]) is False
    (question,) = asked
    assert "PM-exemplar-2-av-2.pdf" in question
    assert "PM-exemplar-1-av-2.pdf" not in question and "\nPM.pdf" not in question


def test_a_chosen_file_goes_on_and_a_cancel_does_nothing(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "brev.pdf"
    letter.write_bytes(b"%PDF")
    handed: list[Path] = []
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [])  # Cancel
    file_dialogs.open_then(None, "brief", "Öppna", PDF, handed.append)
    assert handed == []
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(letter)])
    file_dialogs.open_then(None, "brief", "Öppna", PDF, handed.append)
    assert handed == [letter]
    assert file_dialogs.start_folder("brief") == tmp_path  # the folder is remembered
