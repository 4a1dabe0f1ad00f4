"""Small helpers shared by the dialogs: messages in labels, and translating errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kopingplan import errors, i18n

# Dark enough on the light Fusion palette to pass WCAG AA for normal text; still readable dark.
ERROR_STYLE = "color: #b00020;"


def error_text(error: BaseException) -> str:
    """What the user reads for an error: the typed message, else a plain, honest fallback."""
    if isinstance(error, errors.KopingplanError):
        return error.translated(i18n.tr)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Messages", "The operating system refused: {detail}. Nothing was changed."
        ).format(detail=error.strerror or str(error))
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong ({kind}). Nothing was changed."
    ).format(kind=type(error).__name__)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Asks a question that changes something for good (replace a file, remove an
    attachment): Yes or No, No the default; whether the answer was Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def error_message(error: BaseException) -> Callable[[], str]:
    """The error's text as a function, for :meth:`MessageLabel.show` (re-rendered on a
    language switch)."""
    return lambda: error_text(error)


class MessageLabel:
    """A label that shows one message, re-rendered on a language switch.

    The message is kept as a function producing the text, so a message already on screen
    follows the language (``refresh()`` from the owner's ``changeEvent``).
    """

    def __init__(self, label: QLabel) -> None:
        self._label = label
        self._text: Callable[[], str] | None = None
        self._error = False
        self.clear()

    def show(self, text: Callable[[], str], *, error: bool = False) -> None:
        self._text, self._error = text, error
        self.refresh()

    def clear(self) -> None:
        self._text = None
        self._label.clear()
        self._label.setVisible(False)

    def refresh(self) -> None:
        if self._text is None:
            return
        self._label.setStyleSheet(ERROR_STYLE if self._error else "")
        self._label.setText(self._text())
        self._label.setVisible(True)

    @property
    def is_error(self) -> bool:
        return self._text is not None and self._error

    @property
    def text(self) -> str:
        return self._label.text() if self._text is not None else ""
