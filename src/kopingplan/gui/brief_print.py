"""Printing a signed brief straight from memory: its pages are rendered by Qt PDF and painted
onto the printer, so no file (plaintext or not) is left anywhere on disk.

Qt PDF (``PySide6.QtPdf``) is in PySide6-Addons, not in PySide6-Essentials; without it the app
cannot draw a PDF's pages, and :func:`available` is False (the dialog says so and offers only
"Save as signed PDF").
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QWidget

RENDER_DPI = 200


def available() -> bool:
    try:
        return importlib.util.find_spec("PySide6.QtPdf") is not None
    except ImportError:  # pragma: no cover - a broken installation
        return False


def print_copies(parent: QWidget, copies: Sequence[bytes]) -> str | None:
    """Asks for a printer and prints every copy; the printer's name, or None if cancelled."""
    from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found, unused-ignore]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    painter = QPainter()
    if not painter.begin(printer):
        return None
    first = True
    for data in copies:
        buffer = QBuffer(parent)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document: Any = QPdfDocument(parent)
        document.load(buffer)
        for page in range(document.pageCount()):
            if not first:
                printer.newPage()
            first = False
            points = document.pagePointSize(page)
            size = QSize(
                int(points.width() * RENDER_DPI / 72), int(points.height() * RENDER_DPI / 72)
            )
            image = document.render(page, size)
            target = painter.viewport()
            scaled = image.scaled(
                target.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(target.topLeft(), scaled)
        document.close()
        buffer.close()
    painter.end()
    return printer.printerName()
