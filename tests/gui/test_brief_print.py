"""Printing a signed brief from the brief window: every copy in one job, in order, sharp and
complete, logged without content, and nothing on disk but what the printer was told to make.

The printer is a real ``QPrinter`` whose output is a PDF file in the test's folder: the print
dialog's ``exec`` is replaced by one that "chooses" that output and presses OK (or Cancel), as
a user would; everything else, including the dialog object, is the production path. The
printed pages are read back with pdfium and compared with the signed copies' own pages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from test_briefs_gui import give_copies

from kopingplan.domain import model as m
from kopingplan.gui.briefs import brief_print
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.services import briefs
from kopingplan.storage import audit
from unit.test_briefs_support import (
    NOTE_MARKER,
    RELATIVE_FAMILY,
    RELATIVE_GIVEN,
    pdfsig,
    prepare,
)

from gui_helpers import past_timers, settle

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
COMPARE_DPI = 100
# Mean grey difference between a printed page and the signed page it shows (at 100 dpi): about
# 1.5 to 3 from resampling; another page of the brief differs by 11 or more.
SAME_PAGE = 5.0


def files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A TMPDIR of this test's own (for Qt and Python), so that a file appearing there can only
    come from the program under test, not from tests running beside it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def brief_window(session: Any, qtbot: Any) -> Any:
    """The brief window for an insatsgrupp meeting on 8 cases (demo data, 6 notes a case)."""
    prepared = prepare(session)
    # Both in the coordinator's own unit: their copies are logged, and are no disclosures.
    for name, kind in (("Polisen", "police"), ("Socialtjänsten", "social_services")):
        session.save(m.Organisation(name, m.OrganisationKind(kind), own_unit=True))
    dialog = BriefDialog.for_meeting(session, prepared.meeting_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ui.caseList.count() == 8
    return dialog


@pytest.fixture
def signed(monkeypatch: pytest.MonkeyPatch) -> list[briefs.SignedCopy]:
    """The copies the window signs, as they were handed to the printer."""
    made: list[briefs.SignedCopy] = []
    real = briefs.sign_copies

    def spy(*args: Any, **kwargs: Any) -> list[briefs.SignedCopy]:
        result = real(*args, **kwargs)
        made.extend(result)
        return result

    monkeypatch.setattr(briefs, "sign_copies", spy)
    return made


@dataclass
class Printing:
    """The brief window of an 8-case meeting, its vault, and what it signed and logged."""

    dialog: Any
    session: Any
    signed: list[briefs.SignedCopy]
    qtbot: Any
    monkeypatch: pytest.MonkeyPatch

    def press_print(self, output: Path | None, *, copies: int = 1) -> list[QPrinter]:
        """Clicks "Print…" and answers the print dialog (see :func:`answer_print_dialog`)."""
        shown = answer_print_dialog(self.monkeypatch, output, copies=copies)
        self.qtbot.mouseClick(self.dialog.ui.printButton, Qt.MouseButton.LeftButton)
        return shown

    def rows(self) -> list[audit.AuditEntry]:
        return audit.entries(self.session.vault.conn, action="brief.print")


@pytest.fixture
def printing(
    brief_window: Any,
    session: Any,
    signed: list[briefs.SignedCopy],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> Printing:
    return Printing(brief_window, session, signed, qtbot, monkeypatch)


def answer_print_dialog(
    monkeypatch: pytest.MonkeyPatch, output: Path | None, *, copies: int = 1
) -> list[QPrinter]:
    """The user's answer in the system print dialog: a PDF file as the printer and OK, or
    Cancel when ``output`` is None. Returns the printers the dialog was shown for."""
    shown: list[QPrinter] = []

    def exec_(dialog: Any) -> int:
        printer = dialog.printer()
        shown.append(printer)
        if output is None:
            return QDialog.DialogCode.Rejected.value
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setCopyCount(copies)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(brief_print.QPrintDialog, "exec", exec_)
    # The PDF stands in for paper: a printer that really makes a file gets the signed copies
    # saved instead (tests/gui/test_print_74_to_file.py).
    monkeypatch.setattr(brief_print, "writes_file", lambda printer: False)
    return shown


def page_image(data: bytes, index: int, dpi: int = COMPARE_DPI) -> Image.Image:
    """A page as a grey image. pdfium objects are closed at once, never by the garbage
    collector: pdfium must not be called from two threads at a time."""
    document = pypdfium2.PdfDocument(data)
    page = document[index]
    bitmap = page.render(scale=dpi / 72)
    try:
        return bitmap.to_pil().convert("L")
    finally:
        bitmap.close()
        page.close()
        document.close()


def page_sizes(data: bytes) -> list[tuple[int, int]]:
    document = pypdfium2.PdfDocument(data)
    try:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            page.close()
            sizes.append((round(width), round(height)))
        return sizes
    finally:
        document.close()


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference of two grey pages, 0 (same) to 255."""
    if a.size != b.size:
        b = b.resize(a.size)
    return float(ImageStat.Stat(ImageChops.difference(a, b)).mean[0])


def edges(image: Image.Image) -> float:
    """How much edge a page has (sharp letters have more)."""
    return float(ImageStat.Stat(image.filter(ImageFilter.FIND_EDGES)).mean[0])


def ink(image: Image.Image) -> int:
    return sum(image.histogram()[:128])


@pytest.mark.slow  # 26 pages at 300 dpi, the real path: about ten seconds
def test_a_meeting_brief_for_eight_cases_printed_in_one_job(
    printing: Printing, tmp_path: Path, scratch: Path
) -> None:
    dialog, session, signed = printing.dialog, printing.session, printing.signed
    out = tmp_path / "out"
    out.mkdir()
    output = out / "utskrift.pdf"
    home = Path(os.environ["HOME"])
    before = files_under(home, scratch, out)
    rows_before = len(audit.entries(session.vault.conn, limit=10_000))

    give_copies(dialog, "Polisen (own unit)", "Socialtjänsten (own unit)")
    with printing.qtbot.waitSignal(dialog.printed, timeout=120_000):
        shown = printing.press_print(output)

    # The production dialog was shown once, for a printer set up for the brief.
    (printer,) = shown
    assert printer.docName() == "Köpingplan"  # the queue shows no heading
    assert printer.fullPage()
    assert dialog.ui.messageLabel.text().startswith("Sent to the printer")

    # Two numbered copies of a brief of at least ten pages, all in one job, in order.
    assert [c.copy.recipient for c in signed if c.copy] == ["Polisen", "Socialtjänsten"]
    pages = [c.pages for c in signed]
    assert pages[0] >= 10
    data = output.read_bytes()
    assert page_sizes(data) == [(595, 842)] * sum(pages)  # A4 sheets, every page
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True).stdout
        assert re.search(rf"^Pages:\s+{sum(pages)}$", info, re.M), info

    first, second = (copy.data for copy in signed)
    for position, copy_data, index in (
        (0, first, 0),  # copy 1 of 2 (Polisen) first…
        (pages[0] - 1, first, pages[0] - 1),  # …its last page, with the signature block
        (pages[0], second, 0),  # …then copy 2 of 2
        (sum(pages) - 1, second, pages[1] - 1),
    ):
        on_paper = page_image(data, position)
        assert ink(on_paper) > 5_000, f"printed page {position + 1} is blank"
        assert difference(on_paper, page_image(copy_data, index)) < SAME_PAGE, position
    # Page 1 names its recipient: the first sheet is not copy 2's (order kept).
    assert difference(page_image(data, 0), page_image(first, 0)) < difference(
        page_image(data, 0), page_image(second, 0)
    )
    # Sharp: at 300 dpi the printed last page keeps the edges of the signed one (a print
    # rasterised at 200 dpi keeps about 80 % of them, one JPEG-compressed fewer still).
    last = pages[0] - 1
    assert edges(page_image(data, last, 300)) > 0.9 * edges(page_image(first, last, 300))
    SHOTS.mkdir(exist_ok=True)
    page_image(data, pages[0] - 1, 60).save(SHOTS / "brief_print_last_page.png")

    # Logged once: which copy went to whom, on which printer, with no content.
    (row,) = printing.rows()
    assert len(audit.entries(session.vault.conn, limit=10_000)) == rows_before + 1
    details = row.details
    assert details["copies"] == 2
    assert [(r["copy"], r["recipient"]) for r in details["recipients"]] == [
        (1, "Polisen"),
        (2, "Socialtjänsten"),
    ]
    assert [r["sha256"] for r in details["recipients"]] == [c.sha256 for c in signed]
    assert "printer" in details
    logged = json.dumps(row.details, ensure_ascii=False)
    titles = [dialog.ui.caseList.item(r).text() for r in range(dialog.ui.caseList.count())]
    for secret in (*titles, NOTE_MARKER, RELATIVE_GIVEN, RELATIVE_FAMILY):
        assert secret not in logged

    # Nothing new on disk but the output the printer was told to make.
    assert files_under(home, scratch, out) - before == {output}

    # What went to the printer was signed: the copy, checked the way a recipient would.
    check = tmp_path / "check.pdf"
    check.write_bytes(first)
    report = pdfsig(check)
    assert "Signature is Valid." in report and "Total document signed" in report


def test_cancel_in_the_print_dialog_prints_and_logs_nothing(
    printing: Printing, tmp_path: Path, scratch: Path
) -> None:
    home = Path(os.environ["HOME"])
    before = files_under(home, scratch, tmp_path)
    shown = printing.press_print(None)
    settle(printing.qtbot)  # anything it started: nothing may sign or log later
    assert len(shown) == 1
    assert printing.signed == []  # the printer is asked for first: nothing was even signed
    assert printing.rows() == []
    assert printing.dialog.ui.messageLabel.text() == ""
    assert files_under(home, scratch, tmp_path) == before


def test_copies_are_chosen_in_the_brief_window_not_in_the_print_dialog(
    printing: Printing, tmp_path: Path
) -> None:
    output = tmp_path / "utskrift.pdf"
    printing.press_print(output, copies=3)
    settle(printing.qtbot)
    assert "numbered and signed on its own" in printing.dialog.ui.messageLabel.text()
    assert printing.signed == [] and printing.rows() == []
    assert not output.exists()


@pytest.mark.real_threads
def test_pages_are_rasterised_on_a_worker_thread(
    printing: Printing, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "utskrift.pdf"
    threads: set[int] = set()
    real = brief_print.render_page

    def watched(data: bytes, index: int, dpi: int) -> Any:
        threads.add(threading.get_ident())
        return real(data, index, dpi)

    monkeypatch.setattr(brief_print, "render_page", watched)
    with printing.qtbot.waitSignal(printing.dialog.printed, timeout=120_000):
        printing.press_print(output)
    assert threads and threading.get_ident() not in threads
    (row,) = printing.rows()
    assert row.details["copies"] == 1
    assert len(page_sizes(output.read_bytes())) >= 10


# Qt's own word on the refusal, and the offscreen platform's usual noise (tests/gui/conftest.py).
@pytest.mark.qt_log_ignore(
    r"QPainter::begin\(\): Returned false", r"This plugin does not support .*"
)
def test_a_printer_that_refuses_the_job_leaves_no_log_row(
    printing: Printing, tmp_path: Path
) -> None:
    output = tmp_path / "no such folder" / "utskrift.pdf"  # the printer cannot open it
    printing.press_print(output)
    label = printing.dialog.ui.messageLabel
    printing.qtbot.waitUntil(lambda: "did not take the job" in label.text())
    assert len(printing.signed) == 1  # signed, and then refused by the printer
    assert printing.rows() == []
    assert not output.parent.exists()


@pytest.mark.real_threads
def test_a_job_begun_finishes_when_the_window_is_torn_down(
    printing: Printing, tmp_path: Path
) -> None:
    """Locking closes the brief window and its progress window; the job already logged still
    prints every page (half a brief in the tray would be worse)."""
    output = tmp_path / "utskrift.pdf"
    dialog, qtbot = printing.dialog, printing.qtbot
    printing.press_print(output)
    qtbot.waitUntil(lambda: dialog._print_job is not None and dialog._print_job.printed >= 1)
    job = dialog._print_job
    assert not job.done
    # What locking does (gui/shell/controller.py): every open dialog is rejected, then torn down.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    dialog.teardown()
    # Past the progress window's own delay (its timer would show it then): only time tells
    # that it does not come back.
    past_timers(qtbot, 2 * brief_print.PROGRESS_DELAY_MS)
    assert not job.done
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(isinstance(w, QProgressDialog) for w in shown)  # not back over the lock
    with qtbot.waitSignal(job.finished, timeout=120_000) as finished:
        pass
    assert finished.args == [True] and job.error is None
    (copy,) = printing.signed
    assert len(page_sizes(output.read_bytes())) == copy.pages
    assert len(printing.rows()) == 1
