"""One way to validate, for record forms and wizard pages alike.

* **Required fields are marked**: their caption gets " *", their accessible description says
  "Required", and the form shows the legend "* = must be filled in".
* **The message is beside its field**: each watched widget is put in a small column with a
  message line under it. The line of a required field (and of a multi-line text, which
  stretches anyway) is reserved from the start, so a message that comes and goes while typing
  moves nothing; any other field's line appears with its first message and then stays.
* **The message fits the control**: a combo box says "Choose a value.", a date "Choose a
  date.", never "must be a number from 1 to 5" (:func:`field_problem_text`).
* **A moved field keeps its name**: a field put in a column of its own is no longer beside
  its label, and a screen reader finds a label's text for a field only among the label's
  siblings; such a field gets its caption as its accessible name (again after a language
  switch), unless it has a name of its own.
* **A disabled button says why**: :meth:`FieldMessages.explain` puts "Fill in: Date, Text"
  (and "Correct: …" for a wrong value) in the button's tooltip and in a status line that is
  always there, so it does not move the form either.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kopingplan import errors, i18n
from kopingplan.domain import rules
from kopingplan.domain.flows import base as flow_base
from kopingplan.domain.flows import exit_plan as exit_flow
from kopingplan.domain.flows import relative_support as support_flow
from kopingplan.gui.common.layout_rows import form_row, grid_position, layout_holding, spread_grid
from kopingplan.gui.common.widgets import ERROR_STYLE

# Problems that mean "nothing given yet": the status line lists their fields under "Fill in".
MISSING = frozenset(
    {
        rules.REQUIRED,
        rules.NEEDS_LINK,
        rules.NEEDS_MEMBER,
        rules.NEEDS_NAME,
        flow_base.CHOOSE_ONE,
        exit_flow.NO_MEASURES,
        exit_flow.NEEDS_RESPONSIBLE,
        exit_flow.NEEDS_FOLLOW_UP,
        exit_flow.MUST_CONFIRM,
        support_flow.NEEDS_NAME,
    }
)
# Problems a chooser (combo box, list, spin box, date) can only have because nothing fitting
# is chosen: said as "choose", in the control's own terms.
_CHOOSING = frozenset(
    {
        rules.REQUIRED,
        rules.MOTIVATION_RANGE,
        rules.UNKNOWN_VALUE,
        rules.WRONG_TYPE,
        rules.INVALID_ID,
        rules.AT_LEAST_ONE,
        rules.NOT_NEGATIVE,
        rules.DATE_OUT_OF_RANGE,
        flow_base.CHOOSE_ONE,
    }
)


def sentence(text: str) -> str:
    """A problem ("must be filled in") as a sentence beside its field."""
    text = text.strip()
    if not text:
        return ""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def field_problem_text(widget: QWidget | None, problem: str, context: str = errors.CONTEXT) -> str:
    """What the user reads beside ``widget`` for ``problem`` (an English key in ``context``),
    worded for the kind of control."""
    if problem in _CHOOSING:
        if isinstance(widget, QDateTimeEdit):
            return QCoreApplication.translate("FieldMessages", "Choose a date.")
        if isinstance(widget, QComboBox | QAbstractItemView):
            return QCoreApplication.translate("FieldMessages", "Choose a value.")
        if isinstance(widget, QAbstractSpinBox):
            return QCoreApplication.translate("FieldMessages", "Choose a number.")
    if problem == rules.REQUIRED and isinstance(widget, QAbstractButton):
        return QCoreApplication.translate("FieldMessages", "Tick this box.")
    return sentence(str(i18n.tr(context, problem)))


def is_missing(widget: QWidget | None, problem: str) -> bool:
    """Whether ``problem`` means "nothing given yet" for this control: a chooser whose value
    does not fit has nothing fitting chosen."""
    if problem in MISSING:
        return True
    choosers = QComboBox | QAbstractItemView | QAbstractSpinBox | QDateTimeEdit
    return problem in _CHOOSING and isinstance(widget, choosers)


def caption_text(text: str) -> str:
    """A label's text as a field's name: no mnemonic, colon or required mark."""
    return text.replace("&", "").rstrip().removesuffix("*").rstrip().rstrip(":").rstrip()


def blocker_text(missing: Sequence[str], wrong: Sequence[str], said: Sequence[str] = ()) -> str:
    """ "Fill in: Date, Text. Correct: Follow-up" — or "" when nothing stands in the way.
    ``said``: problems that say whole what is needed ("Fill in a given name or a family
    name."), first."""
    parts = [text.rstrip(".") for text in said]
    if missing:
        parts.append(
            QCoreApplication.translate("FieldMessages", "Fill in: {fields}").format(
                fields=", ".join(dict.fromkeys(missing))
            )
        )
    if wrong:
        parts.append(
            QCoreApplication.translate("FieldMessages", "Correct: {fields}").format(
                fields=", ".join(dict.fromkeys(wrong))
            )
        )
    return ". ".join(parts)


def required_legend() -> str:
    return QCoreApplication.translate("FieldMessages", "* = must be filled in")


def required_description() -> str:
    return QCoreApplication.translate("FieldMessages", "Required.")


class _Slot:
    """A watched widget: its message line, its caption label and whether it is required."""

    def __init__(self, widget: QWidget, line: QLabel, reserved: bool) -> None:
        self.widget = widget
        self.line = line
        self.reserved = reserved
        self.required = False
        self.caption: QWidget | None = None
        self.description = widget.accessibleDescription()
        self.one_line = line.height()  # the room one line of message takes
        self.column: QWidget | None = None  # made to hold the widget and its line, if any
        self.named = False  # its accessible name is its caption, set here (see _name)


class FieldMessages(QObject):
    """Messages beside the fields of one form (a dialog or a wizard page)."""

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form
        self._slots: dict[QWidget, _Slot] = {}
        self._lines: dict[QLabel, _Slot] = {}  # the same slots by their message line
        self._explained: dict[QAbstractButton, str] = {}
        self.status: QLabel | None = None
        self.legend: QLabel | None = None

    # --- set-up

    def watch(
        self,
        widgets: Iterable[QWidget],
        *,
        required: Iterable[QWidget] = (),
        reserve: Iterable[QWidget] = (),
    ) -> None:
        """Gives each widget a message line under it (once), keeping the form's tab order.
        ``required`` widgets are marked; their lines and those of ``reserve`` are reserved."""
        required = list(required)
        reserved = {*required, *reserve}
        new = [w for w in dict.fromkeys(widgets) if w not in self._slots]
        order = self._tab_order()
        for widget in new:
            wrapped = self._wrap(widget)
            if wrapped is None:
                continue
            widget.installEventFilter(self)
            line, column = wrapped
            line.installEventFilter(self)  # a new width measures its message again
            slot = _Slot(widget, line, widget in reserved or isinstance(widget, QPlainTextEdit))
            slot.column = column
            self._slots[widget] = slot
            self._lines[line] = slot
            self._name(slot)
            self._place(slot)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        for widget in required:
            if widget in self._slots:
                self._slots[widget].required = True
        self.mark_required()

    def set_caption(self, widget: QWidget, caption: QWidget) -> None:
        """The widget whose text names ``widget`` when it is not a buddy label."""
        if widget in self._slots:
            self._slots[widget].caption = caption
            self.mark_required()

    def _tab_order(self) -> list[QWidget]:
        order: list[QWidget] = []
        widget = self._form.nextInFocusChain()
        while widget is not None and widget is not self._form and widget not in order:
            if self._form.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                order.append(widget)
            widget = widget.nextInFocusChain()
        return order

    def _wrap(self, widget: QWidget) -> tuple[QLabel, QWidget | None] | None:
        """Puts a message line under ``widget``; returns it and the column made for the two
        (None when the line went into a row of the widget's form or grid)."""
        layout = layout_holding(self._form.layout(), widget)
        parent = widget.parentWidget()
        if layout is None or parent is None:
            return None
        line = QLabel(parent)
        line.setObjectName(f"{widget.objectName()}Problem")
        line.setStyleSheet(ERROR_STYLE)
        line.setWordWrap(True)
        line.setText("Å")  # one line of text: the room kept for a message
        line.setFixedHeight(line.sizeHint().height())
        line.clear()
        line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form, row = form_row(layout, widget)
        if form is not None:
            # In a form: a row of its own under the field's, so the form's own code can still
            # show and hide the field's row (QFormLayout.setRowVisible).
            # Qt takes a null label widget here; the stubs know only str or QWidget labels.
            form.insertRow(row + 1, None, line)  # type: ignore[call-overload]
            return line, None
        if isinstance(layout, QGridLayout):
            # In a grid: a row of its own under the field's row, so the labels and fields
            # beside it stay level with it.
            spread_grid(layout)
            r, c, rows, columns = grid_position(layout, layout.indexOf(widget))
            layout.addWidget(line, r + rows, c, 1, columns)
            return line, None
        # Elsewhere (a box of its own): field and line in a small column in the field's place.
        column = QWidget(parent)
        column.setObjectName(f"{widget.objectName()}Column")
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        layout.replaceWidget(widget, column)
        box.addWidget(widget)
        box.addWidget(line)
        column.setVisible(not widget.isHidden())
        if isinstance(layout, QHBoxLayout):
            # Side by side: the others stay level with the field, not with field and line.
            for index in range(layout.count()):
                item = layout.itemAt(index)
                other = item.widget() if item is not None else None
                if other is not None and other is not column:
                    layout.setAlignment(other, Qt.AlignmentFlag.AlignTop)
        return line, column

    def _place(self, slot: _Slot) -> None:
        """The line shows while it is reserved and its field is not hidden."""
        shown = slot.reserved and not slot.widget.isHidden()
        if slot.column is not None:
            slot.column.setVisible(not slot.widget.isHidden())
            slot.line.setVisible(slot.reserved)
            return
        form, _row = form_row(layout_holding(self._form.layout(), slot.line), slot.line)
        if form is not None:
            form.setRowVisible(slot.line, shown)
        else:
            slot.line.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A form that hides a field hides its message line with it.
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            # Keys are the watched widgets; any QObject may come here and finds nothing.
            slot = self._slots.get(watched)  # type: ignore[call-overload]
            if slot is not None:
                self._place(slot)
        # A message set before the form had its width was measured at a guessed width (a
        # narrow one takes many lines): the line's real width measures it again.
        elif isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            slot = self._lines.get(watched)  # type: ignore[call-overload]
            if slot is not None and slot.line.text():
                self._fit(slot)
        return False

    # --- required marks

    def caption_label(self, widget: QWidget) -> QWidget | None:
        slot = self._slots.get(widget)
        if slot is not None and slot.caption is not None:
            return slot.caption
        for label in self._form.findChildren(QLabel):
            if label.buddy() is widget:
                return label
        if isinstance(widget, QAbstractButton):
            return widget
        # A field in a row of a form with others (a check box and a date): the row's label.
        form, row = form_row(layout_holding(self._form.layout(), widget), widget)
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole) if form is not None else None
        return item.widget() if item is not None else None

    def caption(self, widget: QWidget | None) -> str:
        """What the user calls the field: its label's text without mark or colon."""
        if widget is None:
            return ""
        label = self.caption_label(widget)
        if isinstance(label, QLabel | QAbstractButton):
            return caption_text(label.text())
        return ""

    def _name(self, slot: _Slot) -> None:
        """A field moved away from its label's side is named by the label's text (the buddy
        relation no longer names it for a screen reader); a name of its own stays."""
        widget = slot.widget
        if slot.column is None or isinstance(widget, QAbstractButton):
            return
        if widget.accessibleName() and not slot.named:
            return
        caption = self.caption(widget)
        if caption:
            widget.setAccessibleName(caption)
            slot.named = True

    def mark_required(self) -> None:
        """Adds " *" to the caption of every required field (again after retranslateUi), and
        names the fields moved away from their labels."""
        has_required = False
        for slot in self._slots.values():
            self._name(slot)
            if not slot.required:
                continue
            has_required = True
            label = self.caption_label(slot.widget)
            if isinstance(label, QLabel | QAbstractButton) and not label.text().endswith("*"):
                label.setText(label.text().rstrip() + " *")
            self._describe(slot)
        if self.legend is not None:
            self.legend.setText(required_legend() if has_required else "")

    def set_required(self, widget: QWidget, required: bool) -> None:
        """Marks a watched field required, or no longer, when what it depends on changes."""
        slot, label = self._slots.get(widget), self.caption_label(widget)
        if slot is not None and isinstance(label, QLabel | QAbstractButton):
            slot.required, slot.reserved = required, required or slot.reserved
            label.setText(label.text().removesuffix(" *"))
            self._place(slot)
            self._describe(slot)
            self.mark_required()

    def _describe(self, slot: _Slot) -> None:
        parts = [required_description()] if slot.required else []
        if slot.line.text():
            parts.append(slot.line.text())
        slot.widget.setAccessibleDescription(" ".join(parts) or slot.description)

    # --- messages

    def show(self, widget: QWidget, text: str) -> bool:
        """Shows ``text`` ("" clears) under ``widget``; False if the widget is not watched."""
        slot = self._slots.get(widget)
        if slot is None:
            return False
        line = slot.line
        line.setText(text)
        line.setToolTip(text)
        self._fit(slot)
        if text and not slot.reserved:
            slot.reserved = True  # from now on the line stays: no second jump when it clears
            self._place(slot)
        self._describe(slot)
        return True

    @staticmethod
    def _fit(slot: _Slot) -> None:
        """One line unless the text really needs more at the width it has: a word-wrapped
        label's own size hint guesses a narrower width and would ask for two. (The line is as
        wide as its field; a line shown for the first time has no width yet: measured again
        when it gets one, see eventFilter.)"""
        line = slot.line
        width = max(line.width(), slot.widget.width())
        line.setMinimumHeight(0)  # Qt's measure counts it in: the old height would stand
        needed = line.heightForWidth(width) if line.text() and width > 1 else 0
        line.setFixedHeight(max(slot.one_line, needed))

    def shown(self, widget: QWidget) -> str:
        slot = self._slots.get(widget)
        return slot.line.text() if slot is not None else ""

    # --- why a button is disabled

    def add_status(self, layout: QLayout, index: int = -1) -> QLabel:
        """A status line (left) and the legend (right), always there: inserted into a box
        layout at ``index`` (-1: at the end)."""
        row = QHBoxLayout()
        status = QLabel(self._form)
        status.setObjectName("blockerLabel")
        status.setWordWrap(True)
        status.setText("Å")
        status.setMinimumHeight(status.sizeHint().height())
        status.clear()
        status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = QLabel(self._form)
        legend.setObjectName("requiredLegend")
        row.addWidget(status, 1)
        row.addWidget(legend, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if isinstance(layout, QVBoxLayout | QHBoxLayout):
            layout.insertLayout(index, row)
        else:
            layout.addItem(row)
        self.status, self.legend = status, legend
        self.mark_required()
        return status

    def explain(
        self,
        buttons: Iterable[QAbstractButton | None],
        missing: Sequence[str],
        wrong: Sequence[str],
        *,
        enable: bool = True,
        said: Sequence[str] = (),
    ) -> str:
        """Enables the buttons when nothing stands in the way; otherwise disables them and says
        why in their tooltip and in the status line. Returns the text ("" when enabled).
        ``enable=False``: someone else (QWizard) enables them; this only says why. ``said``:
        see :func:`blocker_text`."""
        why = blocker_text(missing, wrong, said)
        for button in buttons:
            if button is None:
                continue
            if button not in self._explained:
                self._explained[button] = button.toolTip()
            if enable:
                button.setEnabled(not why)
            button.setToolTip(why or self._explained[button])
            button.setAccessibleDescription(why)
        if self.status is not None:
            self.status.setText(why)
        return why
