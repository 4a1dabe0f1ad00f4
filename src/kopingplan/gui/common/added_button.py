"""A button that a feature adds in code to a window built from a Designer form (the case
window's "Consents given…" and "Attachments…", Utlämnanden's "Oral disclosure…"): the form
does not know it, so the button sets its own text and tooltip again after a language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from kopingplan.gui.common.retranslating import Retranslating


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
