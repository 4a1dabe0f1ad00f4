"""Printing a brief to a printer that makes a file (Qt's PDF printer, "Print to file") saves the
signed copies as "Save as signed PDF" does, on real SQLCipher vaults: the file at the chosen
name is the signed copy itself, logged as a saved brief (not as a print), with no record of a
half-written file left after; a print to file killed mid-way leaves only a file under the
program's temporary name, which the next unlock removes (gui/briefs/brief_print.py's docstring).
"""

from __future__ import annotations

import hashlib
import os
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from test_brief_disclosures_gui import dialog
from test_brief_print import signed
from test_briefs_gui import give_copies

from kopingplan import files
from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_print
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.services import briefs, pending_outputs
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage import pending_outputs as store
from unit.test_briefs_support import pdfsig, prepare
from unit.test_crash_safety import killed_when_written

from support import PASSPHRASE

__all__ = ["dialog", "signed"]  # fixtures: a meeting's brief window with the police; the copies
pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL"),
]

# Opens the vault and the meeting's brief window, answers the print dialog with Qt's PDF printer
# writing to argv[3], presses Print…, and stops for good once the signed copy is written under
# its temporary name, before its log row commits and it is put in place: to be killed there.
CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QDialog
    from kopingplan.gui.briefs import brief_print
    from kopingplan.gui.briefs.brief_dialog import BriefDialog
    from kopingplan.services.session import Session
    from kopingplan.storage import audit
    from kopingplan.storage.vault import VaultPaths

    folder, meeting_id, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    session = Session.open(VaultPaths(folder), sys.stdin.readline().rstrip("\\n"))

    def exec_(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(target)
        return QDialog.DialogCode.Accepted.value

    logged = audit.append

    def stop(conn, actor, action, *args, **kwargs):
        if action == "brief.create":  # the copy is written under its temporary name by now
            print("written", flush=True)
            time.sleep(60)
        return logged(conn, actor, action, *args, **kwargs)

    brief_print.QPrintDialog.exec = exec_
    audit.append = stop
    window = BriefDialog.for_meeting(session, meeting_id, None)
    window.print_brief()
    # Never reached the write within a minute: say what the window said instead.
    QTimer.singleShot(60_000, lambda: (print(window.ui.messageLabel.text()), app.quit()))
    app.exec()
""")


@pytest.fixture
def meeting(session: Session) -> int:
    """An insatsgrupp meeting on 8 cases (demo data), its organisations in the own unit."""
    prepared = prepare(session)
    for name, kind in (("Polisen", "police"), ("Socialtjänsten", "social_services")):
        session.save(m.Organisation(name, m.OrganisationKind(kind), own_unit=True))
    return int(prepared.meeting_id)


def _pdf_printer_chosen(monkeypatch: pytest.MonkeyPatch, output: Path | None) -> list[QPrinter]:
    """The user's answer in the system print dialog: Qt's PDF printer writing ``output`` (None:
    no file named), then OK."""
    shown: list[QPrinter] = []

    def exec_(dialog: Any) -> int:
        printer = dialog.printer()
        shown.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName("" if output is None else str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(brief_print.QPrintDialog, "exec", exec_)
    return shown


def _pending(session: Session) -> list[store.PendingOutput]:
    with session.vault.read() as conn:
        return store.left_by_others(conn, "")


def test_printing_to_a_file_saves_the_signed_copy_with_its_log_row(
    session: Session,
    meeting: int,
    signed: list[briefs.SignedCopy],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    jobs: list[Any] = []
    monkeypatch.setattr(brief_print.PrintJob, "start", lambda job: jobs.append(job))
    dialog = BriefDialog.for_meeting(session, meeting, None)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    output = out / "utskrift.pdf"
    shown = _pdf_printer_chosen(monkeypatch, output)

    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and jobs == []  # the print dialog was shown; Qt printed nothing
    assert saved.args == [[output]]
    # "1 file" with the optional English plural forms installed, "1 file(s)" without
    assert re.fullmatch(
        r"Saved and signed: 1 file(\(s\))?, utskrift\.pdf\.", dialog.ui.messageLabel.text()
    )
    # The file is the signed copy itself, valid for a recipient, and nothing else was left.
    (copy,) = signed
    assert output.read_bytes() == copy.data
    report = pdfsig(output)
    assert "Signature is Valid." in report and "Total document signed" in report
    assert list(out.iterdir()) == [output]
    assert _pending(session) == []
    # Logged as the save it is: one brief.create naming the copy, no print.
    (row,) = audit.entries(session.vault.conn, action="brief.create")
    assert [r["sha256"] for r in row.details["recipients"]] == [copy.sha256]
    assert audit.entries(session.vault.conn, action="brief.print") == []


def test_a_pdf_printer_without_a_file_name_asks_where_to_save(
    session: Session, meeting: int, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """On a machine without printers Qt's printer is a PDF one with no name: the save dialog
    asks for it (here answered with a name), instead of the job failing on an empty name."""
    import kopingplan.gui.briefs.brief_dialog as brief_dialog

    target = tmp_path / "mote.pdf"
    asked: list[Any] = []
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda p: asked.append(p) or str(target))
    _pdf_printer_chosen(monkeypatch, None)
    dialog = BriefDialog.for_meeting(session, meeting, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert asked == [dialog]
    assert briefs.verify(target.read_bytes(), session).ok
    assert len(audit.entries(session.vault.conn, action="brief.create")) == 1
    assert audit.entries(session.vault.conn, action="brief.print") == []


def test_a_copy_for_the_police_printed_to_a_file_is_a_disclosure_saved_as_a_file(
    dialog: Any, session: Session, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "utskrift.pdf"
    _pdf_printer_chosen(monkeypatch, output)
    give_copies(dialog, "Polisen Köping")
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    (written,) = tmp_path.glob("utskrift*.pdf")  # the numbered copy 1 of 1
    rows = session.vault.conn.execute(
        "SELECT recipient, channel, content_sha256, content_description FROM disclosures"
    ).fetchall()
    ((recipient, channel, digest, description),) = rows
    assert (recipient, channel) == ("Polisen Köping", "brief")
    assert digest == hashlib.sha256(written.read_bytes()).hexdigest()
    assert "sparat som fil" in description and "utskrivet" not in description
    assert audit.entries(session.vault.conn, action="brief.print") == []


def test_a_print_to_file_killed_mid_way_is_removed_at_the_next_unlock(
    session: Session, meeting: int, tmp_path: Path
) -> None:
    paths = session.vault.paths
    session.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "utskrift.pdf"
    killed_when_written(CHILD, str(paths.folder), str(meeting), str(target))

    # The kill leaves the signed copy under the temporary name only, its path in the vault.
    (left,) = usb.iterdir()
    assert files.is_temporary_name(left.name) and left.read_bytes().startswith(b"%PDF")
    assert not target.exists()
    with Session.open(paths, PASSPHRASE) as opened:
        assert [os.fsdecode(row.path) for row in _pending(opened)] == [str(left)]
        swept = pending_outputs.sweep(opened)  # what every unlock runs
        assert (swept.removed, swept.waiting, swept.unreachable) == (1, 0, ())
        assert list(usb.iterdir()) == [] and _pending(opened) == []
        assert audit.entries(opened.vault.conn, action="brief.print") == []
        assert audit.entries(opened.vault.conn, action="brief.create") == []  # never committed
