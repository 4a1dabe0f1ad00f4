"""The brief's print dialog offers "Print to file" (it was hidden while Qt would have written an
unsigned plaintext file itself): choosing a file there saves the signed copy through the
recorded save path, as "Save as signed PDF" does (gui/briefs/brief_print.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from test_print_74_to_file import meeting

from kopingplan.gui.briefs import brief_print
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.services import briefs
from kopingplan.services.session import Session
from kopingplan.storage import audit

__all__ = ["meeting"]  # fixture: an insatsgrupp meeting on demo cases
pytestmark = pytest.mark.gui


def test_print_to_file_is_offered_and_saves_a_signed_pdf(
    session: Session, meeting: int, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    offered: list[bool] = []
    output = tmp_path / "brief.pdf"

    def exec_(dialog: Any) -> int:  # the person picks "Print to file" and a name, then OK
        offered.append(dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(brief_print.QPrintDialog, "exec", exec_)
    dialog = BriefDialog.for_meeting(session, meeting, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)

    assert offered == [True]
    assert saved.args == [[output]]
    assert briefs.verify(output.read_bytes(), session).ok
    assert len(audit.entries(session.vault.conn, action="brief.create")) == 1
    assert audit.entries(session.vault.conn, action="brief.print") == []
