"""Attachments (issue 17): showing a 20 MB PDF's first page, and indexing the text of the PDFs
a vault held before schema version 9.

* ``first_page``: what the coordinator waits for between "Open" on an attachment and its
  first page on screen: ``attachments.open_attachment`` (the record and its bytes read from the
  vault, the ``attachments.view`` audit row committed), then the :class:`AttachmentViewer`
  built, shown (offscreen, 1000 × 700 as it opens) and its first page rasterised by pdfium at
  the window's width, with a synchronous task runner (in the app the rasterising runs on the
  task runner's worker, the time is the same). Done when the page the window shows is the one
  rendered at its shown width. Target 500 ms.
* ``upgrade_pdf_text``: ``migrations.index_pdf_texts``, version 9's Python part, over every PDF
  attachment of the working copy (read from the vault, its text extracted by pdfium, added to
  its index row written), in a transaction that first removes those rows as version 9's SQL
  leaves them and is rolled back afterwards. No target: it runs once, at
  the first unlock after the upgrade, on the task runner's worker. The note gives the count,
  the megabytes and the time per PDF.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from measure import Figure, Log, clock

from kopingplan.services import attachments
from kopingplan.services.session import Session
from kopingplan.storage import migrations

FIRST_PAGE_TARGET_MS = 500


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class _Counted:
    """The viewer's show_page, counting the pages it is asked for after it was built."""

    def __init__(self, show_page: Any) -> None:
        self.show_page = show_page
        self.calls = 0

    def __call__(self, page: int) -> None:
        self.calls += 1
        self.show_page(page)


def first_page(session: Session, attachment_id: int, runs: int, log: Log) -> Figure:
    app = _application()
    from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer
    from kopingplan.gui.common.tasks import TaskRunner

    runner = TaskRunner(synchronous=True)
    samples: list[float] = []
    parts: dict[str, list[float]] = {"open": [], "viewer": [], "renders": []}
    width = 0
    for _ in range(runs):
        started = time.perf_counter()
        read, opened = clock(lambda: attachments.open_attachment(session, attachment_id))
        viewer = AttachmentViewer(opened, runner=runner)
        renders = _Counted(viewer.show_page)
        viewer.show_page = renders  # type: ignore[method-assign]
        viewer.show()
        app.processEvents()
        # The first page as the window shows it: a PDF's page is rasterised once, when the
        # window is shown and its width known (every call of show_page is counted).
        width = viewer.image.width() if viewer.image is not None else 0
        samples.append((time.perf_counter() - started) * 1000)
        parts["open"].append(read)
        parts["viewer"].append(samples[-1] - read)
        parts["renders"].append(renders.calls)
        viewer.close()
        viewer.deleteLater()
        app.processEvents()
    pages = opened.attachment.pages
    size = opened.attachment.size / 1e6
    log(f"  first page of a {size:.1f} MB PDF of {pages} pages, {width} px wide")
    return Figure(
        "first_page",
        "show a 20 MB PDF's first page",
        samples,
        FIRST_PAGE_TARGET_MS,
        extra={"parts": parts, "width_px": width},
        note=(
            f"open_attachment of a {size:.1f} MB, {pages}-page PDF (read from the vault, audit "
            f"row committed) median {statistics.median(parts['open']):.0f} ms, then the viewer "
            f"shown with page 1 at {width} px {statistics.median(parts['viewer']):.0f} ms "
            f"({statistics.median(parts['renders']):.0f} rasterisation(s) per opening)"
        ),
    )


def _as_before_the_step(conn: Any) -> None:
    """The index as version 9's SQL leaves it: no row for a PDF attachment (not timed; rolled
    back with the step)."""
    secure_delete = "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', ?)"
    conn.execute(secure_delete, (0,))
    conn.execute(
        "DELETE FROM search_index WHERE rowid IN "
        "(SELECT (6 << 48) + id FROM attachments WHERE kind = 'pdf')"
    )
    conn.execute(secure_delete, (1,))


def upgrade_pdf_text(session: Session, runs: int, log: Log) -> Figure:
    conn = session.vault.conn
    count, size = conn.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM attachments WHERE kind = 'pdf'"
    ).fetchone()
    samples = []
    for _ in range(runs):
        conn.execute("BEGIN IMMEDIATE")
        try:
            _as_before_the_step(conn)
            elapsed, _ = clock(lambda: migrations.index_pdf_texts(conn))
        finally:
            conn.execute("ROLLBACK")
        samples.append(elapsed)
    log(f"  {count} PDF attachments, {size / 1e6:.0f} MB")
    per_pdf = statistics.median(samples) / max(1, count)
    return Figure(
        "upgrade_pdf_text",
        f"upgrade: text of {count} stored PDFs indexed",
        samples,
        None,
        extra={"pdfs": count, "megabytes": size / 1e6, "ms_per_pdf": per_pdf},
        note=(
            f"version 9's index_pdf_texts over {count} PDF attachments ({size / 1e6:.0f} MB): "
            f"read, pdfium's text, index row; {per_pdf:.1f} ms per PDF; rolled back; once, at "
            "the first unlock after the upgrade, off the GUI thread"
        ),
    )
