"""The recovery key's sheet goes to paper only: its Print button asks for a printer without
Qt's "print to file", and a printer that would make a file all the same (Qt's PDF printer, the
one a machine without printers gets) is refused with a message; no file of the key is written
and no print is logged (gui/safety/safety_recovery.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from kopingplan.gui.safety import safety_recovery
from kopingplan.storage import audit

from gui_helpers import PASSPHRASE, type_text, unlock

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/shots")


def test_the_recovery_sheet_is_not_printed_to_a_file(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    window.safety.recovery_action.trigger()
    dialog = window.safety.dialog
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    dialog.ui.createButton.click()
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", dialog.code)
    output = tmp_path / "sheet.pdf"
    offered: list[bool] = []

    def exec_(chooser: Any) -> int:
        offered.append(chooser.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        chooser.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chooser.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(safety_recovery.QPrintDialog, "exec", exec_)
    session = window.session
    before = audit.entries(session.vault.conn, action="vault.recovery_sheet_printed")

    dialog.ui.printButton.click()

    assert offered == [False]  # the dialog offers no file
    assert dialog.message == (
        "The sheet is printed on paper only: choose a printer, not a file. Nothing was printed."
    )
    assert not output.exists()
    assert audit.entries(session.vault.conn, action="vault.recovery_sheet_printed") == before
    assert dialog.code  # still shown: the coordinator can print it on paper now
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(700, 900)
    dialog.grab().save(str(SHOTS / "recovery_sheet_not_to_a_file.png"))


# Qt's own word on the refusal this test makes, and the offscreen platform's usual noise.
@pytest.mark.qt_log_ignore(
    r"QPainter::begin\(\): Returned false", r"This plugin does not support .*"
)
def test_a_printer_that_does_not_take_the_sheet_is_said_and_nothing_is_logged(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    window.safety.recovery_action.trigger()
    dialog = window.safety.dialog
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    dialog.ui.createButton.click()
    # A printer that refuses the job (here: one whose output cannot be opened), given
    # straight to print_sheet as the print dialog would hand it over.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "sheet.pdf"))
    session = window.session
    before = audit.entries(session.vault.conn, action="vault.recovery_sheet_printed")

    assert dialog.print_sheet(printer) is False

    assert "did not take the job. Nothing was printed." in dialog.message
    assert "sent to the printer" not in dialog.message
    assert audit.entries(session.vault.conn, action="vault.recovery_sheet_printed") == before
    assert dialog.code
