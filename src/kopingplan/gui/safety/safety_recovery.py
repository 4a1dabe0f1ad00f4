"""Inställningar → "Återställningsnyckel…": make a recovery key and print its sheet.

The passphrase is asked again (the service needs it to wrap the database key a second time);
the key is made on the worker thread (Argon2id). The sheet (its lines and a QR code painted
from :meth:`RecoverySheet.qr_modules`) is shown once and printed straight from the widget
with QPrinter: no file, no PDF, no clipboard. Closing the dialog forgets the code. Qt's "print
to file" is not offered, and a printer that would make a file all the same (Qt's PDF printer on
a machine without printers) is refused: a file of the key would stay on the disk, unrecorded.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QSizePolicy, QWidget

from kopingplan import i18n
from kopingplan.errors import log_failure
from kopingplan.gui.briefs.brief_print import PrinterUnavailable, writes_file
from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import MessageLabel, error_message
from kopingplan.gui.forms import setup_form
from kopingplan.gui.safety.unshown_recovery import forget_notice
from kopingplan.services import recovery

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_safety_recovery_key import Ui_SafetyRecoveryKeyDialog
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

QUIET_ZONE = 4  # light modules around a QR code, as the standard asks


def paint_sheet(painter: QPainter, area: QRectF, lines: list[str], qr: Any) -> None:
    """Lays the sheet out in ``area`` (a widget or a printed page): text, then the QR code."""
    painter.save()
    painter.fillRect(area, QColor("white"))
    painter.setPen(QColor("black"))
    margin = area.width() * 0.06
    left, width = area.left() + margin, area.width() - 2 * margin
    y = area.top() + margin
    base = QFont(painter.font())
    scale = area.width() / 600.0  # the same proportions on screen and on paper
    for index, line in enumerate(lines):
        font = QFont(base)
        font.setPointSizeF(16.0 if index == 0 else 10.0)
        font.setBold(index in (0, 2))
        if index == 2:  # the key itself: large and fixed-width, easy to read aloud
            font.setFamily("DejaVu Sans Mono")
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setPointSizeF(12.0)
        painter.setFont(font)
        if not line:
            y += 8 * scale
            continue
        bounds = painter.boundingRect(
            QRectF(left, y, width, 10_000), Qt.TextFlag.TextWordWrap, line
        )
        painter.drawText(bounds, Qt.TextFlag.TextWordWrap, line)
        y = bounds.bottom() + 6 * scale
    count = len(qr)
    side = min(width * 0.4, area.bottom() - y - margin)
    if count and side > 0:
        module = side / (count + 2 * QUIET_ZONE)
        x0 = left + QUIET_ZONE * module
        y0 = y + QUIET_ZONE * module
        for r, row in enumerate(qr):
            for c, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRectF(x0 + c * module, y0 + r * module, module, module), QColor("black")
                    )
    painter.restore()


class RecoverySheetWidget(QWidget):
    """The sheet on screen, as it will be printed."""

    def __init__(self, sheet: recovery.RecoverySheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._qr = sheet.qr_modules()
        self.setObjectName("recoverySheet")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(560, 760))

    def lines(self) -> list[str]:
        return self.sheet.lines(i18n.tr)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_sheet(painter, QRectF(self.rect()), self.lines(), self._qr)
        painter.end()

    def print_on(self, printer: QPrinter) -> bool:
        """Paints the sheet on ``printer``; False when the printer did not take the job."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_sheet(painter, QRectF(0, 0, page.width(), page.height()), self.lines(), self._qr)
        return painter.end()


class RecoveryKeyDialog(ShowsMessage, BusyDialog):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_SafetyRecoveryKeyDialog = setup_form("safety_recovery_key", self)
        self.session: Session | None = session
        self.sheet_widget: RecoverySheetWidget | None = None
        self._message = MessageLabel(self.ui.messageLabel)
        self.ui.pages.setCurrentIndex(0)
        self.ui.printButton.setVisible(False)
        self.ui.createButton.clicked.connect(self.create_key)
        self.ui.printButton.clicked.connect(lambda: self.print_sheet())  # not clicked's bool
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.warningLabel.setStyleSheet("font-weight: bold;")
        self.ui.passphraseEdit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        if self.sheet_widget is not None:
            self.sheet_widget.update()

    @property
    def code(self) -> str:
        """The key on show ("" before it is made); for the tests."""
        return self.sheet_widget.sheet.code if self.sheet_widget is not None else ""

    def create_key(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if self._busy:
            return
        if not passphrase:
            self._message.show(lambda: self.tr("Type your passphrase."), error=True)
            return
        session = unlocked(self.session)

        def work(ctx: TaskContext) -> recovery.RecoverySheet:
            # A lock while the key is derived stops it before the earlier key is replaced.
            return recovery.create(session, passphrase, committing=ctx.commit)

        self._message.clear()
        self.run_busy(
            work, self.show_sheet, self._failed, label=self.tr("Making the recovery key…")
        )

    def show_sheet(self, sheet: recovery.RecoverySheet) -> None:
        """Shows a key made elsewhere (Inställningar → Säkerhet) on its sheet, to print."""
        self.ui.passphraseEdit.clear()
        self.sheet_widget = RecoverySheetWidget(sheet, self.ui.sheetHolder)
        self.ui.sheetLayout.addWidget(self.sheet_widget)
        self.ui.pages.setCurrentIndex(1)
        self.ui.createButton.setVisible(False)
        self.ui.printButton.setVisible(True)
        self.ui.printButton.setDefault(True)
        self.ui.printButton.setFocus()
        # Room for the sheet, within the screen (a 1366×768 laptop, or 1280×720 at 150 %).
        screen = self.screen().availableGeometry()
        height = min(max(self.height(), 720), screen.height() - 60)
        self.resize(min(max(self.width(), 680), screen.width() - 40), height)
        self._mark_shown()

    def _mark_shown(self) -> None:
        """The sheet is on screen: the vault stops warning that this key was never shown."""
        forget_notice(self)
        session = self.session
        if session is None:
            return
        self._runner.run(
            lambda _context: recovery.mark_shown(session),
            on_failure=lambda error: log_failure(_log, "Recovery key not marked shown", error),
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.show_failure(error)
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()

    def print_sheet(self, printer: QPrinter | None = None) -> bool:
        """Asks for a printer (unless given one) and prints the sheet; True when printed."""
        if self.sheet_widget is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            chooser = QPrintDialog(printer, self)
            chooser.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return False
            if writes_file(printer):
                self._message.show(
                    lambda: self.tr(
                        "The sheet is printed on paper only: choose a printer, not a file. "
                        "Nothing was printed."
                    ),
                    error=True,
                )
                return False
        if not self.sheet_widget.print_on(printer):
            name = printer.printerName() or printer.outputFileName()
            self._message.show(error_message(PrinterUnavailable(printer=name)), error=True)
            return False
        if self.session is not None:  # that a sheet left the vault is logged; never the code
            self.session.record("vault.recovery_sheet_printed")
        self._message.show(lambda: self.tr("The sheet was sent to the printer."))
        return True

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return (self.ui.passphraseEdit, self.ui.createButton, self.ui.closeButton)

    def teardown(self) -> None:
        """Locking: the code goes with the widget."""
        if self.sheet_widget is not None:
            self.sheet_widget.deleteLater()
            self.sheet_widget = None
        self.session = None

    def forget(self) -> None:
        self.teardown()
