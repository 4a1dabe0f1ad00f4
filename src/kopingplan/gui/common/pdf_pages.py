"""A PDF page as an image, made in memory by pdfium: for printing a brief and for showing an
attachment. Nothing is written to disk; any thread may call it (pdfium itself is not
thread-safe, so every use holds :data:`kopingplan.filetypes.PDFIUM_LOCK`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage

from kopingplan import filetypes


def rasterise(data: bytes, index: int, scale: Callable[[float], float]) -> QImage:
    """Page ``index`` of the PDF ``data``; ``scale`` gets the page's width in points and says
    how many pixels a point becomes. Annotations are drawn (a signature's visible block shows
    as a PDF reader shows it). A damaged document raises ``pypdfium2.PdfiumError``."""
    import pypdfium2  # here, not at start-up: the app starts without the PDF stack

    with filetypes.PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(data)
        try:
            page = document[index]
            try:
                bitmap = page.render(
                    scale=scale(page.get_width()), rev_byteorder=True, prefer_bgrx=True
                )
                try:
                    # RGBX byte order: Qt's RGBX8888 is the same on every platform. The copy
                    # owns its pixels, so the bitmap can be freed.
                    return QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()
