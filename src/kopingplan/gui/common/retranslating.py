"""One place that turns Qt's LanguageChange into a call of ``retranslate()``.

How to use it: put ``Retranslating`` first among the bases of a widget, dialog or window,
put the texts it sets in code into ``_retranslate_dynamic()`` (the same hook as
:class:`~kopingplan.gui.common.record_form.RecordDialog`'s), and anything else a language switch
must redo into ``retranslate()``::

    class NoteDialog(Retranslating, QDialog):
        def __init__(self, ...) -> None:
            ...
            self._retranslate_dynamic()  # the first texts

        def _retranslate_dynamic(self) -> None:
            self.saveButton.setText(self.tr("&Save"))  # texts set in code

        def retranslate(self) -> None:
            super().retranslate()  # the form's texts, then _retranslate_dynamic()
            self.fill_list()  # rows whose words come from code

The default ``retranslate()`` runs ``self.ui.retranslateUi(self)`` when the widget keeps a
Designer form as ``self.ui``, then ``_retranslate_dynamic()``, so a widget whose texts all come
from its form or its hook needs no ``retranslate()`` of its own (a ``MessageLabel`` says its
message again by itself). ``retranslate()`` runs before Qt's own handling of the event, as the
hand-written handlers did. A window that a lock has closed (its ``session`` set to None) skips
the switch: see :func:`forgot_its_session`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWizard

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object

# A combo's first item made in code ("(none)"): its translation's context and source text.
_FIRST_ITEM = "retranslatedFirstItem"


def mark_first_item(combo: QComboBox, context: str, source: str) -> None:
    """The combo's first item is ``translate(context, source)``; the ``retranslate()`` of the
    window that holds the combo says it again in the new language."""
    combo.setProperty(_FIRST_ITEM, f"{context}\n{source}")


# Qt's own texts of a wizard's buttons, translated by Qt's catalogue (qtbase_sv).
_QT_WIZARD_BUTTONS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.CancelButton, "Cancel"),
)


def retranslate_wizard_buttons(wizard: QWizard) -> None:
    """Says Qt's own Back, Next and Cancel of ``wizard`` in the language now chosen: Qt says
    them again only when the page changes, so the open page kept the old language's."""
    for which, source in _QT_WIZARD_BUTTONS:
        wizard.setButtonText(which, QCoreApplication.translate("QWizard", source))


ButtonWords = dict[QDialogButtonBox.StandardButton, str]


def name_buttons(window: QWidget, words: ButtonWords) -> None:
    """Gives the standard buttons of the window's ``ui.buttonBox`` the window's own words."""
    box = getattr(getattr(window, "ui", None), "buttonBox", None)
    for which, text in words.items():
        button = box.button(which) if box is not None else None
        if button is not None:
            button.setText(text)


def retranslate_first_items(window: QWidget) -> None:
    """Says the marked first items of the window's combos in the language now chosen."""
    for combo in window.findChildren(QComboBox):
        marked = combo.property(_FIRST_ITEM)
        if isinstance(marked, str) and combo.count():
            context, source = marked.split("\n", 1)
            combo.setItemText(0, QCoreApplication.translate(context, source))


_NO_SESSION = object()


def forgot_its_session(widget: object) -> bool:
    """Whether ``widget`` kept a session that a lock made it forget (its ``teardown`` or
    ``close_for_lock`` set ``session`` to None). Such a window is closing: Qt may still hand it
    a language switch posted before it is deleted, and retranslating it would read the vault
    ("the vault was locked: this window no longer has a session"). A widget without a
    ``session`` attribute never forgot one."""
    return getattr(widget, "session", _NO_SESSION) is None


class Retranslating(_Base):
    """Mixin for a ``QWidget`` subclass: LanguageChange → ``retranslate()``, except in a window
    a lock has closed (:func:`forgot_its_session`): it keeps its old texts until it goes."""

    def retranslate(self) -> None:
        """Sets every visible text again in the current language: the form's, the marked first
        items of its combos, then the texts set in code (override and call super for more)."""
        ui = getattr(self, "ui", None)
        if ui is not None and hasattr(ui, "retranslateUi"):
            ui.retranslateUi(self)
        retranslate_first_items(self)
        self._retranslate_dynamic()

    def _retranslate_dynamic(self) -> None:
        """The texts a subclass sets in code (a heading that names the record …); call it from
        ``__init__`` too for the first texts."""

    def _retranslated(self) -> None:
        """What a language switch redoes once :meth:`retranslate` has set every text (a form's
        problems, worded with its captions); nothing by default."""

    def button_words(self) -> ButtonWords:
        """The standard buttons a subclass names in code (a button box's OK as "&Create")."""
        return {}

    def _name_buttons(self) -> None:
        """Names the buttons of :meth:`button_words`; call it from ``__init__`` too. After a
        language switch it runs once every widget has had the event: a button box says its
        standard buttons' own names again at its own LanguageChange, which may come after the
        window's (RecordDialog does the same)."""
        name_buttons(self, self.button_words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not forgot_its_session(self):
            self.retranslate()
            self._retranslated()
            QTimer.singleShot(0, self, self._name_buttons)
        super().changeEvent(event)
