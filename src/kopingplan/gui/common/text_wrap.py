"""Long text wraps in every plain-text box of a form; nothing scrolls sideways.

A text box that wraps at its width (the default, and what every form here asks for) still
showed a horizontal scroll bar in two cases: a word longer than the box (a link, a file path,
a SHA-256 typed or pasted into a note) with ``QTextEdit``'s default word-only wrapping, and
for a moment while the vertical scroll bar appears and the lines are laid out again at the
narrower width. Breaking an overlong word anywhere and never offering the sideways bar for a
box that wraps anyway removes both. A box that asks not to wrap (the export's exact
``data.json``) keeps its scroll bar; rich-text browsers (which may hold wide tables) are left
as they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QTextEdit, QWidget


def wrap_long_text(root: QWidget) -> None:
    """Applies the rule above to every plain-text box below ``root``."""
    for plain in root.findChildren(QPlainTextEdit):
        if plain.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth:
            _fit(plain)
    for rich in root.findChildren(QTextEdit):
        if not isinstance(rich, QTextBrowser) and (
            rich.lineWrapMode() == QTextEdit.LineWrapMode.WidgetWidth
        ):
            _fit(rich)


def _fit(box: QPlainTextEdit | QTextEdit) -> None:
    box.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
