"""An attachment shown in the program, from memory: a PDF page by page (pdfium, as printing does),
an image as it is (``QImage.fromData``). Nothing is written to disk: the bytes come from the
vault (:func:`kopingplan.services.attachments.open_attachment`, logged as viewed), a page is
rasterised into a bitmap in memory, and the window drops both when it closes. A plain copy is
made only by "Save a copy…", which asks where and logs it.

The viewer is a child of the window it was opened from, so locking the vault (which closes
that window) closes it too. Pages are rasterised on the task runner at the width of the window:
the first when the window is shown (before that it has no width of its own), again only when
the width changes by more than a little.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from kopingplan import filetypes
from kopingplan.filetypes import FileKind
from kopingplan.gui.common import pdf_pages
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.domain.model.attachments import Attachment
    from kopingplan.gui.forms.ui_attachment_viewer import Ui_AttachmentViewer

MAX_SCALE = 4.0  # at most 288 dpi: a page 4 times its size in points
MIN_WIDTH = 200


class DamagedPage(Exception):
    """pdfium could not rasterise a page (shown in words, never a traceback)."""


def render_pdf_page(data: bytes, index: int, width: int) -> QImage:
    """Page ``index`` of a PDF at ``width`` pixels, rasterised in memory (any thread)."""
    import pypdfium2

    try:
        return pdf_pages.rasterise(
            data, index, lambda points: min(MAX_SCALE, max(MIN_WIDTH, width) / max(1.0, points))
        )
    except pypdfium2.PdfiumError as error:
        raise DamagedPage(str(error)) from None


class _Held:
    """The file's bytes, dropped when the viewer or any window above it is destroyed (locking
    tears the case window down without closing its children one by one)."""

    def __init__(self, data: bytes) -> None:
        self.data: bytes | None = data

    def drop(self, *_: object) -> None:
        self.data = None


class AttachmentViewer(Retranslating, QDialog):
    """Shows one opened attachment (:class:`~kopingplan.services.attachments.OpenedAttachment`).
    ``on_save`` is the list window's "Save a copy…" for this attachment. ``incoming`` says the
    file came in a package (:func:`kopingplan.services.exchange.incoming.open_incoming_file`):
    its number is the incoming item's, and its "added by" the sender, so the title and the
    line under the name say so."""

    def __init__(
        self,
        opened: Any,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        on_save: Callable[[Attachment], object] | None = None,
        incoming: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui: Ui_AttachmentViewer = setup_form("attachment_viewer", self)
        self.runner = runner or app_runner(self)
        self.attachment = opened.attachment
        self.incoming = incoming
        self._held = _Held(opened.data)
        self.destroyed.connect(self._held.drop)
        ancestor = parent
        while ancestor is not None:
            ancestor.destroyed.connect(self._held.drop)
            ancestor = ancestor.parentWidget()
        self.kind = FileKind(self.attachment.kind)
        self.pages = self.attachment.pages or 1 if self.kind is FileKind.PDF else 1
        self.page = 0
        self.image: QImage | None = None
        self._rendered_width: int | None = None  # the width the page shown was rasterised at
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        ui.buttonBox.rejected.connect(self.close)
        ui.previousButton.clicked.connect(lambda: self.show_page(self.page - 1))
        ui.nextButton.clicked.connect(lambda: self.show_page(self.page + 1))
        ui.saveButton.setVisible(on_save is not None)
        if on_save is not None:
            ui.saveButton.clicked.connect(lambda: on_save(self.attachment))
        for key, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                          (QKeySequence.StandardKey.MoveToNextPage, 1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda s=step: self.show_page(self.page + s))
        ui.scrollArea.viewport().installEventFilter(self)
        for widget in (ui.previousButton, ui.nextButton, ui.pageLabel):
            widget.setVisible(self.kind is FileKind.PDF)
        self._retranslate()
        self.resize(1000, 700)
        if self.kind is not FileKind.PDF:
            self.show_page(0)  # a PDF's first page waits for the shown width (showEvent)

    # --- showing -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        a = self.attachment
        if self.incoming:
            title = translate("AttachmentViewer", "Incoming file {id}")
            byline = translate(
                "AttachmentViewer", "Incoming file from {name}, received {day}: {kind}, {size}"
            )
        else:
            title = translate("AttachmentViewer", "Attachment {id}")
            byline = translate("AttachmentViewer", "{kind}, {size}, added {day} by {name}")
        self.setWindowTitle(title.format(id=a.id))
        details = byline.format(
            kind=filetypes.kind_word(self.kind),
            size=size_text(a.size),
            day=a.added_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            name=a.added_by,
        )
        self.ui.headingLabel.setText(f"<b>{_escaped(a.file_name)}</b><br>{_escaped(details)}")
        self.ui.pageLabel.setText(
            translate("AttachmentViewer", "Page {page} of {pages}").format(
                page=self.page + 1, pages=self.pages
            )
        )
        self.ui.previousButton.setEnabled(self.page > 0)
        self.ui.nextButton.setEnabled(self.page + 1 < self.pages)

    def retranslate(self) -> None:
        super().retranslate()
        self._retranslate()

    def _width(self) -> int:
        viewport = self.ui.scrollArea.viewport().width()
        return max(MIN_WIDTH, viewport - 24)

    def show_page(self, page: int) -> None:
        """Shows page ``page`` (0-based; a page outside the document is ignored)."""
        data = self._held.data
        if data is None or not 0 <= page < self.pages:
            return
        self.page = page
        self._retranslate()
        if self.kind is FileKind.PDF:
            width = self._rendered_width = self._width()
            self.runner.run(
                lambda ctx: render_pdf_page(data, page, width),
                on_success=lambda image: self._shown(page, image),
                on_failure=self._failed,
                owner=self,
            )
        else:
            image = QImage.fromData(data)
            if image.isNull():
                self._failed(DamagedPage("image"))
            else:
                self._shown(page, image)

    def _shown(self, page: int, image: QImage) -> None:
        if page != self.page:
            return  # the person turned the page meanwhile
        self.image = image
        self._fit()
        self.message.clear()

    def _fit(self) -> None:
        if self.image is None:
            return
        pixmap = QPixmap.fromImage(self.image)
        width = self._width()
        if self.kind is not FileKind.PDF and pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.ui.imageLabel.setPixmap(pixmap)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DamagedPage):
            self.message.show(
                lambda: QCoreApplication.translate(
                    "AttachmentViewer",
                    "This page cannot be shown: the file is damaged. Save a copy to try "
                    "another program.",
                ),
                error=True,
            )
        else:
            failed = error
            self.message.show(lambda: error_text(failed), error=True)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.kind is FileKind.PDF and self._rendered_width is None:
            self.show_page(self.page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if self.kind is FileKind.PDF:
                # Against the width asked, not the image's (a small page at MAX_SCALE is
                # narrower than the window and would be rasterised again on every resize).
                rendered = self._rendered_width
                if rendered is not None and abs(self._width() - rendered) > 40:
                    self.show_page(self.page)
            elif self.image is not None:
                self._fit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: Any) -> None:
        self._forget()
        super().closeEvent(event)

    def _forget(self) -> None:
        """Drops the bytes and the picture: nothing of the file outlives the window."""
        self._held.drop()
        self.image = None
        self.ui.imageLabel.clear()


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)


def size_text(size: int) -> str:
    translate = QCoreApplication.translate
    if size >= 1_000_000:
        return translate("AttachmentViewer", "{n} MB").format(n=f"{size / 1_000_000:.1f}")
    return translate("AttachmentViewer", "{n} kB").format(n=max(1, round(size / 1000)))
