"""A button that a feature adds in code to a window built from a Designer form (the case
window's "Consents given…" and "Attachments…", Utlämnanden's "Oral disclosure…"): the form
does not know it, so the button sets its own text and tooltip again after a language switch.
:func:`add_button_after` puts one right after a button of the form, in its row and in tab
order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from kopingplan.gui.common.retranslating import Retranslating, forgot_its_session


class AddedButton(Retranslating, QPushButton):
    """A push button named ``name`` whose text (and tooltip) are asked for again on every
    language switch."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        text: Callable[[], str],
        tooltip: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._text = text
        self._tooltip = tooltip
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self._text())
        if self._tooltip is not None:
            self.setToolTip(self._tooltip())


def _box_of(widget: QWidget, layout: QLayout | None) -> QBoxLayout | None:
    """The box layout, at any depth under ``layout``, that holds ``widget``."""
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        found = _box_of(widget, item.layout() if item is not None else None)
        if found is not None:
            return found
    return None


def insert_after(anchor: QWidget, widget: QWidget) -> None:
    """Puts ``widget`` right after ``anchor`` in its row of buttons, and next in tab order."""
    parent = anchor.parentWidget()
    box = _box_of(anchor, parent.layout() if parent is not None else None)
    if box is not None:
        box.insertWidget(box.indexOf(anchor) + 1, widget)
    QWidget.setTabOrder(anchor, widget)


def add_button_after(
    anchor: QWidget,
    name: str,
    text: Callable[[], str],
    tooltip: Callable[[], str],
    clicked: Callable[[], object],
    *,
    parent: QWidget,
) -> AddedButton:
    """An :class:`AddedButton` right after ``anchor`` (a button of the form) that calls
    ``clicked``; off when its window ``parent`` has no session (it opens a window over the
    vault: the case window's and Utlämnanden's buttons)."""
    button = AddedButton(parent, name, text, tooltip)
    insert_after(anchor, button)
    button.clicked.connect(lambda: clicked())
    button.setEnabled(not forgot_its_session(parent))
    return button
