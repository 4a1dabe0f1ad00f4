"""Wizard pages over a flow: each a Designer form whose widgets are filled from the flow and
read back into it, and small helpers for the widgets the forms use.

Back keeps what was typed because the values live in the flow: ``cleanupPage`` stores the page
into it and nothing resets the widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
    QWizardPage,
)

from kopingplan import i18n
from kopingplan.domain.flows import Problem
from kopingplan.gui.forms import setup_form
from kopingplan.gui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from enum import Enum

    from kopingplan.gui.wizards.base import FlowWizard


# --- Small widget helpers --------------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fill_combo(combo: QComboBox, choices: Sequence[tuple[Any, str]]) -> None:
    """Replaces the items (data, text), keeping the chosen value where it still exists."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in choices:
        combo.addItem(text, data)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def fill_enum_combo(combo: QComboBox, names: dict[Any, str]) -> None:
    fill_combo(combo, [(value.value, text) for value, text in names.items()])


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value.value if hasattr(value, "value") else value)
    combo.setCurrentIndex(max(index, 0))


def combo_enum(combo: QComboBox, kind: type[Enum]) -> Any:
    return kind(combo.currentData())


def caption(widget: QWidget, page: QWidget) -> str:
    """What the user calls a field: its buddy label's text, or a check box's own text."""
    for label in page.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(": ")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").rstrip(": ")
    return ""


# --- Pages -------------------------------------------------------------------------------------


class FlowPage(QWizardPage):
    """One page: a Designer form (``FORM``) for the flow's page ``PAGE``.

    Subclasses implement :meth:`load` (flow → widgets), :meth:`store` (widgets → flow) and
    :meth:`locate` (a problem's field → its caption and widget), and set the title in
    :meth:`retranslate`.
    """

    FORM: ClassVar[str]
    PAGE: ClassVar[str]

    def __init__(self, owner: FlowWizard) -> None:
        super().__init__()
        # Any: each page knows the look-ups of its own wizard (registry lists, names).
        self.owner: Any = owner
        self.ui = setup_form(self.FORM, self)
        self.ui.problemLabel.setStyleSheet(ERROR_STYLE)
        self.ui.problemLabel.setVisible(False)
        self._problems: list[Problem] = []
        self._filling = False  # widgets are being filled from the flow, not edited
        self.setup()
        self._retranslate_all()
        self._watch_edits()

    def _retranslate_all(self) -> None:
        pages = self.owner.flow.PAGES
        self.setSubTitle(
            self.tr("Step {n} of {total}").format(n=pages.index(self.PAGE) + 1, total=len(pages))
        )
        self.retranslate()

    @property
    def flow(self) -> Any:
        return self.owner.flow

    # --- for subclasses

    def setup(self) -> None:
        """Connects signals; called once, before the first :meth:`retranslate`."""

    def retranslate(self) -> None:
        """Titles and combo texts in the UI language."""

    def load(self) -> None:
        raise NotImplementedError

    def store(self) -> None:
        raise NotImplementedError

    def locate(self, field: str) -> tuple[str, QWidget | None]:
        """The caption and widget of a flow field; list pages select the item first."""
        widget = getattr(self.ui, self.WIDGETS.get(field, ""), None)
        return self.caption_of(field, widget), widget

    def caption_of(self, field: str, widget: QWidget | None) -> str:
        named = getattr(self.ui, self.CAPTIONS.get(field, ""), None)
        if named is not None:
            return caption(named, self)
        return caption(widget, self) if widget is not None else field

    WIDGETS: ClassVar[dict[str, str]] = {}  # flow field → attribute of self.ui
    # Fields whose caption is not a buddy label: a check box that enables a date, say.
    CAPTIONS: ClassVar[dict[str, str]] = {}

    # --- QWizardPage

    def initializePage(self) -> None:
        self.flow.go_to(self.PAGE)
        self._fill()
        self.show_problems([])

    def _fill(self) -> None:
        self._filling = True
        try:
            self.load()
        finally:
            self._filling = False

    def _watch_edits(self) -> None:
        """Once problems are shown, every edit checks the page again, so a fixed problem
        goes away at once instead of staying until the next click on Next."""
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._recheck)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._recheck)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._recheck)
        for button in self.findChildren(QAbstractButton):
            button.toggled.connect(self._recheck)
        for when in self.findChildren(QDateTimeEdit):
            when.dateTimeChanged.connect(self._recheck)
        for items in self.findChildren(QListWidget):
            items.itemChanged.connect(self._recheck)
            items.currentRowChanged.connect(self._recheck)

    def _recheck(self, *_: Any) -> None:
        if not self._problems or self._filling or self.owner.closing:
            return
        self.store()
        self.show_problems(self.flow.page_problems(self.PAGE), focus=False)

    def cleanupPage(self) -> None:
        # Back: keep what was typed (QWizardPage's own cleanup would reset registered fields).
        self.store()

    def validatePage(self) -> bool:
        self.store()
        found = self.flow.page_problems(self.PAGE)
        self.show_problems(found)
        return not found

    # --- problems

    def show_problems(self, found: list[Problem], *, focus: bool = True) -> None:
        self._problems = list(found)
        label = self.ui.problemLabel
        if not found:
            label.clear()
            label.setVisible(False)
            return
        lines = []
        first_widget: QWidget | None = None
        for problem in found:
            name, widget = self.locate(problem.field)
            text = i18n.tr(problem.context, problem.text)
            lines.append(
                self.tr("{field}: {problem}").format(field=name, problem=text) if name else text
            )
            if first_widget is None:
                first_widget = widget
        label.setText("\n".join(lines))
        label.setVisible(True)
        if focus and first_widget is not None:
            first_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def problem_text(self) -> str:
        return self.ui.problemLabel.text() if self.ui.problemLabel.isVisible() else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            # A closed wizard may outlive its session (locking): it only changes its texts.
            live = not self.owner.closing
            if live:
                self.store()
            self._filling = True
            try:
                self.ui.retranslateUi(self)
                self._retranslate_all()
            finally:
                self._filling = False
            if live:
                self._fill()
                self.show_problems(self._problems, focus=False)
        super().changeEvent(event)
