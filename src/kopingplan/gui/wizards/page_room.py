"""A wizard grows to hold its current page.

QWizard takes its minimum size from the page shown first and keeps it: a later page that needs
more room (the relative-support worry page's two columns of signs in a 150 % font, a longer
language) was laid out smaller than its own minimum, its check boxes cut. The wizard grows by
what the page lacks, as a window grows to its layout's minimum, and moves back onto the
screen if that took it past the right or bottom edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, QTimer
from PySide6.QtWidgets import QWizard


def grow_with_pages(wizard: QWizard) -> None:
    """Each page gets the room it needs once the page change is laid out (the new page's size
    is known only then)."""
    wizard.currentIdChanged.connect(lambda *_: QTimer.singleShot(0, wizard, lambda: fit(wizard)))


def fit(wizard: QWizard) -> None:
    page = wizard.currentPage()
    if page is None or not wizard.isVisible():
        return
    lacking = (page.minimumSizeHint() - page.size()).expandedTo(QSize(0, 0))
    if lacking.isNull():
        return
    wizard.resize(wizard.size() + lacking)
    room = wizard.screen().availableGeometry()
    placed = wizard.frameGeometry()
    left = max(room.left(), placed.left() + min(0, room.right() - placed.right()))
    top = max(room.top(), placed.top() + min(0, room.bottom() - placed.bottom()))
    wizard.move(QPoint(left, top))  # move() places the frame
