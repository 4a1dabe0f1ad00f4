"""A window's one message line: what it says now, and an error shown in it.

The safety dialogs, the unlock window, the settings and the signing identity show what
happened (an error, a backup made) in one :class:`~kopingplan.gui.common.widgets.MessageLabel`,
kept as ``self._message``. :class:`ShowsMessage` reads it for tests and accessibility checks
(:attr:`~ShowsMessage.message`, :attr:`~ShowsMessage.message_is_error`) and shows an error in
it (:meth:`~ShowsMessage.show_failure`, the ``on_failure`` of their work), so each window only
makes its label.
"""

from __future__ import annotations

from kopingplan.gui.common.widgets import MessageLabel, error_message


class ShowsMessage:
    """Mixin of a window whose message line is the :class:`MessageLabel` ``self._message``."""

    _message: MessageLabel

    @property
    def message(self) -> str:
        """The message on screen ("" when none)."""
        return self._message.text

    @property
    def message_is_error(self) -> bool:
        """The message on screen is an error (in the error colour)."""
        return self._message.is_error

    def show_failure(self, error: BaseException) -> None:
        """Shows ``error`` in words the coordinator can act on; a language switch says it
        again in the new language."""
        self._message.show(error_message(error), error=True)
