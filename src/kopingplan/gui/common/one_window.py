"""Two things every list window does around its rows, written once.

:class:`OneWindow` keeps the one open window of a kind (a record's form over its list, a case
window's consents or attachments): asking for it again brings the open one to the front
instead of opening a second, which could save the same record twice. It forgets the window
when the window finishes (a dialog) or is destroyed. :class:`WindowsByKey` does the same for
one window per key (a case's window per case, a person's window per person).

:class:`RemoveQuestion` asks before a row's record is removed for good: Remove or Cancel
(Cancel the default), window-modal and opened with ``open()`` so that locking can close it,
one question at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

W = TypeVar("W", bound=QWidget)
K = TypeVar("K")


class OneWindow(Generic[W]):
    """The one open window of a kind."""

    def __init__(self) -> None:
        self.window: W | None = None

    def front(self) -> W | None:
        """The open window, raised and activated; ``None`` when none is open."""
        window = self.window
        if window is not None:
            window.raise_()
            window.activateWindow()
        return window

    def show(self, window: W, *, modal: bool = False) -> W:
        """Keeps ``window`` until it finishes or is destroyed, and shows it (``modal``: opened
        window-modal over its parent, as ``QDialog.open``)."""
        finished: Any = getattr(window, "finished", None)
        if finished is not None:
            finished.connect(lambda *_: self._forget(window))
        window.destroyed.connect(lambda *_: self._forget(window))
        self.window = window
        opener = getattr(window, "open", None) if modal else None
        (opener or window.show)()
        return window

    def open(
        self,
        make: Callable[[], W],
        *,
        modal: bool = False,
        saved: Callable[[Any], object] | None = None,
    ) -> W:
        """The open window brought to the front, else a new one from ``make``, shown; a new
        record form's ``saved`` signal goes to ``saved`` (the list that opened it reads again,
        say)."""
        shown = self.front()
        if shown is not None:
            return shown
        window = make()
        if saved is not None:
            window.saved.connect(saved)  # type: ignore[attr-defined]
        return self.show(window, modal=modal)

    def _forget(self, window: W) -> None:
        if self.window is window:
            self.window = None


class WindowsByKey(dict[K, W]):
    """The open windows of a kind, one per key (a record's window, a form of a case): asking
    again for a key brings its window to the front instead of opening a second. A window is
    forgotten when it finishes (a dialog: its deletion waits for the event loop, and one asked
    for again before that must be a new window) or is destroyed; the dict holds the rest."""

    def front(self, key: K) -> W | None:
        """The key's open window, raised and activated; ``None`` when none is open."""
        window = self.get(key)
        if window is None or not shiboken6.isValid(window):
            return None
        window.raise_()
        window.activateWindow()
        return window

    def show(self, key: K, window: W) -> W:
        """Keeps ``window`` under ``key`` until it finishes or is destroyed, and shows it."""
        finished: Any = getattr(window, "finished", None)
        if finished is not None:
            finished.connect(lambda *_: self._forget(key, window))
        window.destroyed.connect(lambda *_: self._forget(key, window))
        self[key] = window
        window.show()
        return window

    def _forget(self, key: K, window: W) -> None:
        if self.get(key) is window:
            del self[key]


def child_window(owner: QWidget, attribute: str) -> OneWindow[Any]:
    """The :class:`OneWindow` kept on ``owner`` (a case window) under ``attribute``: a window
    that belongs to it and is opened by a function outside its class."""
    slot = getattr(owner, attribute, None)
    if not isinstance(slot, OneWindow):
        slot = OneWindow()
        setattr(owner, attribute, slot)
    return slot


class RemoveQuestion:
    """One "Remove …? This cannot be undone." question at a time."""

    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def ask(
        self, parent: QWidget, title: str, text: str, remove: Callable[[], None]
    ) -> QMessageBox | None:
        """Opens the question over ``parent``; ``remove`` runs only on Remove. ``None`` while
        another question is open."""
        if self.box is not None:
            return None
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(translate("RemoveQuestion", "&Remove"))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("RemoveQuestion", "Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._answered(box, remove))
        self.box = box
        box.open()
        return box

    def _answered(self, box: QMessageBox, remove: Callable[[], None]) -> None:
        self.box = None
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
            remove()

    def close(self) -> None:
        """Locking: the open question goes without removing anything."""
        box, self.box = self.box, None
        if box is not None:
            box.reject()
