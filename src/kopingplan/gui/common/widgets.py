"""Small helpers shared by the dialogs: messages in labels, and translating errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kopingplan import errors, i18n
from kopingplan.gui.common.retranslating import forgot_its_session

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


class MessageLabel(QObject):
    """A label that shows one message, said again in the new language after a switch.

    The message is kept as a function producing the text. The label gets Qt's LanguageChange
    after its window has set its own texts, and then says the message again by itself, so
    the window that shows it writes nothing for a switch. Not in a window a lock has closed
    (:func:`~kopingplan.gui.common.retranslating.forgot_its_session`): its message stays as
    it was, as the rest of its texts do.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)  # goes with its label
        self._label = label
        self._text: Callable[[], str] | None = None
        self._error = False
        self.clear()
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and not self._window_forgot_its_session():
            self.refresh()
        return False

    def _window_forgot_its_session(self) -> bool:
        widget: QWidget | None = self._label
        while widget is not None:
            if forgot_its_session(widget):
                return True
            widget = None if widget.isWindow() else widget.parentWidget()
        return False

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
