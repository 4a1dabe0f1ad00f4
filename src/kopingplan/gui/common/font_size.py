"""Text sizes that follow the system's font size (EN 301 549 11.7).

Body text takes the application font, which follows the system's setting. A form's heading is
drawn in Designer with a fixed point size (14 pt against a 9 pt body): with a larger system
font that heading ended up no larger than the text under it, or smaller. :func:`follow` scales
every font a form sets with its own size by the application font's size over the 9 pt the
forms were drawn against, never down: on a standard system nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

# The body size the forms' fixed sizes were chosen against (Qt's and Windows' default).
DESIGN_POINT_SIZE = 9.0


def factor() -> float:
    """How much larger than at design time the application's text is (at least 1)."""
    size = QApplication.font().pointSizeF()
    return max(1.0, size / DESIGN_POINT_SIZE) if size > 0 else 1.0


def follow(widget: QWidget) -> None:
    """Scales the fonts ``widget`` and its children set with a size of their own."""
    scale = factor()
    if scale == 1.0:
        return
    body = QApplication.font().pointSizeF()
    for each in [widget, *widget.findChildren(QWidget)]:
        if not each.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = each.font()
        size = font.pointSizeF()
        parent = each.parentWidget()
        inherited = parent.font().pointSizeF() if parent is not None else body
        if size <= 0 or size in (body, inherited):
            continue  # bold or italic only: the size is the body's (or a scaled parent's)
        font.setPointSizeF(size * scale)
        each.setFont(font)
