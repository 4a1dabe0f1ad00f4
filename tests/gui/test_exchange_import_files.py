"""The import dialog reads a package like every other input: a regular file, its size checked
before a byte is read, and a refusal that says what is wrong in the coordinator's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kopingplan.files import PACKAGE_LIMIT
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.exchange.exchange_import import PackageImportDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _earlier_controllers_gone(gui: Any) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _choose_in_dialog(
    dialog: PackageImportDialog, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(path)])
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda folder: folder, "folder"),
        (lambda folder: folder / "borta.p7m", "does not exist"),
        (lambda folder: folder / "tom.p7m", ""),
    ],
    ids=["a folder", "a missing file", "an empty file"],
)
def test_a_wrong_file_is_refused_with_a_message_and_no_preview(
    session: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make: Any, words: str
) -> None:
    (tmp_path / "tom.p7m").write_bytes(b"")
    dialog = PackageImportDialog(session)
    qtbot.addWidget(dialog)
    _choose_in_dialog(dialog, qtbot, monkeypatch, make(tmp_path))
    assert dialog.preview is None
    assert not dialog.accept_button.isEnabled()
    shown = dialog.message.text
    assert shown and "Traceback" not in shown and "Errno" not in shown
    assert words.lower() in shown.lower()


def test_a_huge_file_is_refused_before_it_is_read(
    session: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    huge = tmp_path / "enorm.p7m"
    with huge.open("wb") as sparse:  # 4 GiB on paper, nothing on the drive
        sparse.truncate(4 * 1024**3)
    read: list[Path] = []
    original = Path.read_bytes

    def spying_read_bytes(self: Path) -> bytes:
        read.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spying_read_bytes)
    dialog = PackageImportDialog(session)
    qtbot.addWidget(dialog)
    _choose_in_dialog(dialog, qtbot, monkeypatch, huge)
    assert huge not in read
    assert dialog.preview is None
    limit_mib = str(PACKAGE_LIMIT // 1024**2)
    assert limit_mib in dialog.message.text
