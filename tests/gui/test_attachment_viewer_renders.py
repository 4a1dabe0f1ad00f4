"""Opening a PDF attachment rasterises its first page once, at the width the window shows it
(it was done twice: at the unshown window's width, then again when the window appeared)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import attachment_samples as samples
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments import attachment_viewer
from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer
from kopingplan.services import attachments

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


@pytest.fixture
def renders(monkeypatch: Any) -> list[tuple[int, int]]:
    """Each page rasterised, as (page index, width asked)."""
    done: list[tuple[int, int]] = []
    real = attachment_viewer.render_pdf_page

    def counted(data: bytes, index: int, width: int) -> QImage:
        done.append((index, width))
        return real(data, index, width)

    monkeypatch.setattr(attachment_viewer, "render_pdf_page", counted)
    return done


@pytest.fixture
def opened_pdf(session: Any) -> Any:
    (case_id,) = add_cases(session, [("Ärende Norra", "individual")])
    added = attachments.attach_bytes(
        session, AttachmentOwner.CASE, case_id, "Orosanmälan.pdf", samples.pdf(pages=3)
    )
    return attachments.open_attachment(session, added.id)


def test_the_first_page_is_rasterised_once_at_the_shown_width(
    gui: QApplication, qtbot: Any, opened_pdf: Any, renders: list[tuple[int, int]]
) -> None:
    viewer = AttachmentViewer(opened_pdf)
    qtbot.addWidget(viewer)
    assert renders == []  # nothing before the window has its size
    viewer.show()
    qtbot.waitExposed(viewer)
    QApplication.processEvents()
    # Once, at the shown width (less the scroll bar the page then needs), not at 200 px.
    ((page, width),) = renders
    assert page == 0 and abs(width - (viewer.ui.scrollArea.viewport().width() - 24)) <= 40
    assert viewer.image is not None and viewer.ui.imageLabel.pixmap().width() > 300
    # Turning the page renders that page, once; a small resize does not render again.
    qtbot.mouseClick(viewer.ui.nextButton, Qt.MouseButton.LeftButton)
    assert [page for page, _ in renders] == [0, 1]
    viewer.resize(viewer.width() + 10, viewer.height())
    QApplication.processEvents()
    assert len(renders) == 2
    # A much wider window renders the page again at its new width.
    viewer.resize(viewer.width() + 300, viewer.height())
    QApplication.processEvents()
    ((page, wider),) = renders[2:]
    assert page == 1 and wider > width + 250
    viewer.close()
