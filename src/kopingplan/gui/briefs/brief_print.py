"""Printing signed briefs straight from memory: no file of ours on disk, plaintext or not.

The signed PDFs are bytes in memory (:class:`~kopingplan.services.briefs.SignedCopy`). pdfium,
through pypdfium2 (a small dependency with its own native library), rasterises one page at a
time into a bitmap in memory at the printer's resolution, at most :data:`MAX_DPI`; the bitmap
becomes a ``QImage`` without touching the disk and is painted onto the ``QPrinter``. Qt PDF
would do the same but lives in PySide6-Addons, hundreds of megabytes we do not ship.

* **One job, in order.** Every copy (numbered copies are separate signed PDFs) goes out in one
  print job, copy after copy, so the tray holds them in order and nothing can slip between.
* **Cancel only before the first page.** Qt cannot withdraw a job it has begun:
  ``QPrinter.abort()`` returns False on Windows and with CUPS, and ending the painter sends
  what was painted. So everything that may be cancelled (the print dialog, signing) comes
  before the first page, and a job once begun runs to its end, with progress and no Cancel
  button that would lie.
* **Logged before a page goes out.** Once the printer has taken the job, and before the first
  page is drawn, ``before_first_page`` runs (the dialog logs the print with
  ``briefs.record_print``). A printer that refuses the job leaves no log row; a log that fails
  stops the job with nothing drawn. No page of a brief reaches a printer unlogged.
* **Off the GUI thread where Qt allows it.** A page is rasterised on a worker thread (pdfium
  and ``QImage`` are fine there) while the GUI thread paints the one before: painting on a
  printer must happen in the GUI thread, one page per turn of the event loop so the window
  stays alive. At most two page bitmaps (35 MB each at 300 dpi) are held at a time.
* **The real size.** The page is painted on the whole sheet at its own size (``fullPage``): the
  brief's margins already keep clear of what a printer cannot reach, and a signed document
  should not come out shrunk. On other paper than A4 the page is scaled to fit. Images are
  painted lossless (Qt would otherwise JPEG-compress them, blurring small text).
* **Nothing readable in the queue.** The job's name, which a shared print server shows to
  anyone, is the program's name, never the brief's heading.
* **Independent of its window.** Locking while a job runs tears the brief window down; the job
  (already logged) still finishes, as it needs nothing from the vault.

What the print system does with the job is its own business: on Linux, Qt writes the job to a
temporary file that it hands to CUPS and removes at once; a spooler keeps a job until printed.

**A printer that makes a file is not printed on: the copies are saved.** Qt's PDF printer ("Print
to file", or the PDF format Qt falls back to on a machine without printers) would write the file
straight to its name, page by page: a print interrupted (a crash, ``kill -9``, a full disk) would
leave a partial plaintext PDF there that nothing records, and a finished one would be an unsigned
re-rendering logged as a print. Every other file the program saves is written under a temporary
name recorded in the vault and placed only once its log row commits
(:func:`kopingplan.files.output_after`, :mod:`kopingplan.services.pending_outputs`), so the brief
window hands such a printer's file name to its own save (:func:`writes_file`): the signed copies
themselves are written there by ``briefs.write``, logged as ``brief.create`` with disclosures
recorded as saved, not printed, exactly as "Save as signed PDF" does (a PDF printer without a name
opens the save dialog). No ``brief.print`` row is written for a file: no page went to a printer.
Recording Qt's own file in ``pending_outputs`` instead was rejected: the sweep removes only files
under the temporary name, and Qt's file would still be an unsigned copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from kopingplan import errors
from kopingplan.filetypes import PDFIUM_LOCK
from kopingplan.gui.common import pdf_pages
from kopingplan.gui.common.tasks import TaskRunner, app_runner

MAX_DPI = 300  # sharp text on paper; more only makes the job bigger and slower
POINTS_PER_INCH = 72
PROGRESS_DELAY_MS = 400
JOB_NAME = "Köpingplan"
# pdfium may not be called from two threads at once, not even for two documents (pypdfium2's
# documentation): two print jobs, or a job and the GUI, take turns.
_PDFIUM = PDFIUM_LOCK  # one lock for every use of pdfium: attachments are checked with it too


class PrinterUnavailable(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors", "The printer {printer} did not take the job. Nothing was printed."
    )


class PrintingStopped(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "Printing stopped after page {page} of {total}. Check the printer; the pages before "
        "may have been printed.",
    )


class CopiesInPrintDialog(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "Choose the number of copies under Copies in the brief window, not in the print "
        "dialog: each copy is numbered and signed on its own. Nothing was printed.",
    )


def page_count(data: bytes) -> int:
    import pypdfium2  # here, not at start-up: the app starts without the PDF stack

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


def render_page(data: bytes, index: int, dpi: int) -> QImage:
    """Page ``index`` of a PDF as an image at ``dpi``, made in memory (any thread).

    Annotations are drawn, so the signature's visible block is on the last page as a PDF
    reader shows it."""
    image = pdf_pages.rasterise(data, index, lambda _points: dpi / POINTS_PER_INCH)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the briefs' size
    printer.setDocName(JOB_NAME)
    printer.setCopyCount(1)
    return printer


def writes_file(printer: QPrinter) -> bool:
    """Whether ``printer`` would have Qt write a file rather than send a job to a print system:
    Qt's PDF format, or an output file named (see the module docstring)."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(
        printer.outputFileName()
    )


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The system's print dialog; the chosen printer, or None if the coordinator cancelled.

    Page ranges and a selection are not offered: a brief is printed whole. "Print to file" is
    offered: a printer that writes a file is not printed on but handed to the brief window's
    save (:func:`writes_file`), so the file is the signed copy, as "Save as signed PDF" makes it.
    Copies are chosen in the brief window (each is numbered and signed), so more than one
    copy in the print dialog is refused with :class:`CopiesInPrintDialog`."""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setOptions(
        QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
        | QAbstractPrintDialog.PrintDialogOption.PrintToFile
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.copyCount() > 1:
        raise CopiesInPrintDialog()
    return printer


def target_rect(area: QRectF, page: QSizeF) -> QRectF:
    """Where a page of size ``page`` goes on a sheet ``area``: as large as fits, centred."""
    if page.isEmpty():
        return area
    scaled = page.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - scaled.width()) / 2
    top = area.top() + (area.height() - scaled.height()) / 2
    return QRectF(left, top, scaled.width(), scaled.height())


class PrintJob(QObject):
    """Prints ``copies`` (signed PDFs, in memory) on ``printer`` as one job, page by page.

    ``before_first_page(printer_name)`` runs once the first page is rasterised and the printer
    has taken the job, before anything is drawn; if it raises, nothing is printed. ``finished``
    carries True when every page went to the print system, False when the job failed
    (``error`` says why).
    A running job keeps itself alive until it has finished, whatever happens to its window.
    """

    finished = Signal(bool)
    _running: ClassVar[set[PrintJob]] = set()

    def __init__(
        self,
        printer: QPrinter,
        copies: Sequence[bytes],
        parent_window: QWidget | None = None,
        *,
        before_first_page: Callable[[str], None] | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__()  # no parent: the job outlives a window torn down by locking
        self.printer = printer
        self.runner = runner or app_runner(self)
        self.dpi = max(1, min(printer.resolution(), MAX_DPI))
        self.pages = [(data, index) for data in copies for index in range(page_count(data))]
        self.printed = 0
        self.error: BaseException | None = None
        self.done = False
        self._before_first_page = before_first_page
        self._ready: dict[int, QImage] = {}
        self._painter = QPainter()
        self._progress = QProgressDialog(parent_window)
        self._progress.setWindowTitle(QCoreApplication.translate("BriefPrint", "Printing"))
        self._progress.setLabelText(QCoreApplication.translate("BriefPrint", "Printing…"))
        self._progress.setCancelButton(None)  # type: ignore[arg-type, unused-ignore]
        self._progress.setRange(0, len(self.pages))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.finished.connect(self._progress_closed)
        self._quiet = False

    @property
    def total(self) -> int:
        return len(self.pages)

    @property
    def printer_label(self) -> str:
        """The printer's name, or the file a PDF printer writes (which has no name)."""
        return self.printer.printerName() or self.printer.outputFileName()

    def start(self) -> None:
        PrintJob._running.add(self)
        self._progress.setValue(0)
        self._rasterise(0)

    def _rasterise(self, position: int) -> None:
        """Starts rasterising the page at ``position`` of the job on the worker."""
        if position >= self.total:
            return
        data, index = self.pages[position]
        dpi = self.dpi
        self.runner.run(
            lambda ctx: render_page(data, index, dpi),
            on_success=lambda image: self._rasterised(position, image),
            on_failure=self._fail,
            owner=self,
        )

    def _rasterised(self, position: int, image: QImage) -> None:
        self._ready[position] = image
        # Painted on a later turn of the event loop, never inside the worker's callback.
        QTimer.singleShot(0, self, self._paint_next)

    def _paint_next(self) -> None:
        if self.done:
            return
        image = self._ready.pop(self.printed, None)
        if image is None:
            return  # still being rasterised
        if not self._painter.isActive() and not self._open():
            return
        if self.printed and not self.printer.newPage():
            self._fail(PrintingStopped(page=self.printed, total=self.total))
            return
        self._rasterise(self.printed + 1)  # the worker makes the next page meanwhile
        painter = self._painter
        area = QRectF(painter.viewport())
        painter.drawImage(target_rect(area, QSizeF(image.size())), image)
        del image
        self.printed += 1
        self._show_progress()
        if self.printed == self.total:
            self._finish()

    def _open(self) -> bool:
        """Opens the printer, then logs the job. False (and finished) if either fails.

        In this order a printer that refuses the job leaves no log row, and a log that fails
        leaves an open job with nothing drawn (Qt cannot withdraw it: at worst a blank sheet),
        so no page of the brief goes out unlogged."""
        if not self._painter.begin(self.printer):
            self._fail(PrinterUnavailable(printer=self.printer_label))
            return False
        try:
            if self._before_first_page is not None:
                self._before_first_page(self.printer.printerName())
        except Exception as error:
            self._fail(error)
            return False
        # Lossless: Qt's PDF engine (CUPS) would JPEG-compress the page, blurring small text.
        self._painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        return True

    def detach(self) -> None:
        """Its window is going (locking): the job carries on without showing progress."""
        self._quiet = True
        if shiboken6.isValid(self._progress):
            self._progress.reset()  # stops its timer, so it cannot show itself later
            self._progress.close()

    def _progress_closed(self, _result: int) -> None:
        """Closed from outside (locking closes every dialog): the job goes on without it."""
        self._quiet = True
        self._progress.reset()  # stops its timer too, so it cannot show itself again

    def _show_progress(self) -> None:
        if self._quiet or not shiboken6.isValid(self._progress):
            return  # closed or torn down by locking: the job carries on without it
        self._progress.setLabelText(
            QCoreApplication.translate("BriefPrint", "Printing page {page} of {total}…").format(
                page=self.printed, total=self.total
            )
        )
        self._progress.setValue(self.printed)

    def _fail(self, error: BaseException) -> None:
        if self.done:
            return
        self.error = error
        if self.printed:
            # Qt cannot withdraw a begun job: what was painted goes out, and the error says so.
            self.error = PrintingStopped(page=self.printed, total=self.total)
        self._finish()

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._ready.clear()
        if self._painter.isActive() and not self._painter.end() and self.error is None:
            self.error = PrinterUnavailable(printer=self.printer_label)
        if shiboken6.isValid(self._progress):
            self._quiet = True
            self._progress.close()
            self._progress.deleteLater()
        self.finished.emit(self.error is None and self.printed == self.total)
        # Let go of the job on a later turn, not inside one of its own slots.
        QTimer.singleShot(0, lambda: PrintJob._running.discard(self))
