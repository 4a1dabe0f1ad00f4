"""What the exchange screens share: the export wizard's page over its Qt-free flow
(:class:`ExportPage`) and the ticked-list helpers."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QListWidget, QWidget, QWizard

from kopingplan import i18n
from kopingplan.domain.flows import Problem
from kopingplan.domain.flows import export as export_flow
from kopingplan.gui.common.field_messages import field_problem_text, is_missing, sentence
from kopingplan.gui.common.flow_page import FlowPageBase
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.widgets import MessageLabel, error_text

if TYPE_CHECKING:
    from kopingplan.gui.common.tasks import TaskContext
    from kopingplan.services.session import Session

T = TypeVar("T")

# Problems that mean "nothing chosen yet" on the export's pages: named only once the field
# was used, or once Next was pressed (as an empty required field is).
_NOTHING_CHOSEN = frozenset({export_flow.NO_RECIPIENT, export_flow.NOTHING_LEAVES})
# Problems of the page as a whole (a case, an entry or a brief will do; a reopened draft's
# briefs to attach again): said in their own words on Next and in the status line, not as
# "Fill in:" one field.
_WHOLE_PAGE = frozenset({export_flow.NOTHING_LEAVES, export_flow.BRIEFS_MISSING})


def checked_ids(widget: QListWidget) -> list[int]:
    """The ids (``UserRole``) of the ticked items, in the list's order."""
    return [
        int(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def check_ids(widget: QListWidget, ids: list[int]) -> None:
    """Ticks the items of ``ids`` and no others, without signals (filling from the flow)."""
    chosen = set(ids)
    widget.blockSignals(True)
    for i in range(widget.count()):
        item = widget.item(i)
        on = int(item.data(Qt.ItemDataRole.UserRole)) in chosen
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


def run_from_button(
    button: QWidget,
    window: Any,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None],
    *,
    label: str,
) -> None:
    """Runs ``work`` on ``window``'s runner with ``button``, which started it, off meanwhile.
    Afterwards the button is on again; a failure is said in the window's message line
    (``window.message``, a :class:`MessageLabel`), a success goes to ``on_success``."""

    def done(result: T) -> None:
        button.setEnabled(True)
        on_success(result)

    def failed(error: BaseException) -> None:
        button.setEnabled(True)
        window.message.show(partial(error_text, error), error=True)

    button.setEnabled(False)
    window.runner.run(work, on_success=done, on_failure=failed, label=label, parent=window)


class ExportPage(FlowPageBase):
    """One page of the export wizard over the flow's page ``PAGE`` (a
    :class:`~kopingplan.gui.common.flow_page.FlowPageBase`).

    Subclasses implement :meth:`load` (flow → widgets) and :meth:`store` (widgets → flow),
    call :meth:`edited` when a widget changes, and name in :meth:`fields` the widget beside
    which each flow field's problem shows. The wizard never reaches into a page: everything a
    page chose is in the flow.

    A page sets its texts in :meth:`retranslate` (calling it once its widgets are made, before
    :meth:`watch`); a language switch calls it again while the wizard is open.
    """

    # The page's one message line (a check's result, a refusal), made by :meth:`add_message`.
    message: MessageLabel
    message_label: QLabel

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.session: Session | None = wizard.session
        # Each list's caption, the list, and its caption and name in the UI language.
        self._lists: list[tuple[QLabel, QListWidget, Callable[[], tuple[str, str]]]] = []
        self.resume_note: MessageLabel | None = None  # made when a reopened draft has notes

    @property
    def flow(self) -> export_flow.ExportFlow:
        return self.owner.flow  # type: ignore[no-any-return]

    # --- for subclasses

    def add_list(
        self, layout: QBoxLayout, texts: Callable[[], tuple[str, str]], stretch: int = 0
    ) -> QListWidget:
        """A list under its caption, added to ``layout``; ``texts`` gives the caption and what
        a screen reader says for the list, in the UI language. The caption's Alt key goes to
        the list, and a list the keyboard brings the focus to shows it with a current row
        (:func:`show_keyboard_focus`), so that Space ticks a row the user can see."""
        label = QLabel(self)
        items = QListWidget(self)
        label.setBuddy(items)
        show_keyboard_focus(items)
        layout.addWidget(label)
        layout.addWidget(items, stretch)
        self._lists.append((label, items, texts))
        return items

    def add_message(self) -> QLabel:
        """The page's message line, kept as ``message`` (its label as ``message_label``; a
        language switch says it again by itself); the page puts the label where it belongs."""
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message = MessageLabel(self.message_label)
        return self.message_label

    def retranslate(self) -> None:
        """Sets the page's texts in the UI language (a page adds its own, calling super)."""
        for label, items, texts in self._lists:
            caption, name = texts()
            label.setText(caption)
            items.setAccessibleName(name)

    def language_changed(self) -> None:
        self.retranslate()
        self.checks.mark_required()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.recheck()  # what stands in the way, in the new language

    def fields(self) -> dict[str, QWidget]:
        """Flow field → the widget its problem shows beside."""
        return {}

    def watch(self, layout: QLayout | None, required: tuple[QWidget, ...] = ()) -> None:
        """Message lines under the fields' widgets, and the status line that says why Next
        waits, at the end of ``layout``."""
        self.checks.watch(self.fields().values(), required=required)
        if layout is not None:
            self.checks.add_status(layout)

    def teardown(self) -> None:
        """Locking: forgets the session and whatever the page shows of the vault."""
        self.session = None

    def show_resume_notes(self) -> None:
        """What a reopened draft left out, and the briefs to attach again, at the top of the
        page (the wizard's ``resume_notes``); nothing for a wizard not reopened."""
        notes = list(self.owner.resume_notes)
        note = self.resume_note
        if note is None and any(text() for text in notes):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setObjectName("resumeNote")
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, label)
            self.resume_note = note = MessageLabel(label)
        if note is not None:
            said = " ".join(filter(None, (text() for text in notes)))
            if said:
                note.show(lambda: " ".join(filter(None, (text() for text in notes))))
            else:
                note.clear()

    # --- QWizardPage

    def initializePage(self) -> None:
        # A page's own first values (the first legal basis, shown chosen) are not input: with
        # nothing chosen before the page, the wizard still closes without asking.
        untouched = self.owner.untouched()
        super().initializePage()
        if untouched:
            self.owner.mark_unchanged()
        self.show_resume_notes()

    def validatePage(self) -> bool:
        self.store()
        found = self.flow.page_problems(self.PAGE)
        self._show_all = bool(found)
        self.render_problems(found)
        return not found

    # --- problems

    def edited(self, widget: QWidget | None = None) -> None:
        """A widget changed: its part goes into the flow and the page is checked again."""
        if self._filling or self.session is None:
            return
        if widget is not None:
            self._touched.add(widget)
        self.recheck()
        if self.resume_note is not None:
            self.show_resume_notes()  # a brief attached again is no longer asked for

    def render_problems(self, found: list[Problem]) -> None:
        changed = self.set_problems(found)
        widgets = self.fields()
        beside: dict[QWidget, str] = {}
        missing: list[str] = []
        wrong: list[str] = []
        said: list[str] = []
        for problem in found:
            widget = widgets.get(problem.field)
            text = field_problem_text(widget, problem.text, problem.context)
            empty = problem.text in _NOTHING_CHOSEN or is_missing(widget, problem.text)
            # Nothing chosen is said once the field was used (or Next pressed); anything else
            # at once.
            shown = self._show_all or widget in self._touched or not empty
            if widget is not None and widget not in beside and shown:
                beside[widget] = text
            if problem.text in _WHOLE_PAGE:
                said.append(sentence(i18n.tr(problem.context, problem.text)))
                continue
            name = self.checks.caption(widget) if widget is not None else ""
            (missing if empty else wrong).append(name or text.rstrip("."))
        for widget in widgets.values():
            self.checks.show(widget, beside.get(widget, ""))
        self.explain(missing, wrong, said)
        if changed:
            self.completeChanged.emit()

    def explain(self, missing: list[str], wrong: list[str], said: list[str]) -> None:
        """Says on Next (while this page is shown) and in the status line what stands in the
        way; QWizard enables Next itself, from :meth:`isComplete`."""
        wizard = self.wizard()
        buttons = []
        if wizard is not None and wizard.currentPage() is self:
            buttons = [wizard.button(QWizard.WizardButton.NextButton)]
        why = self.checks.explain(buttons, missing, wrong, enable=False)
        if said:
            why = " ".join([*said, why]).strip()
            for button in buttons:
                button.setToolTip(why)
                button.setAccessibleDescription(why)
            if self.checks.status is not None:
                self.checks.status.setText(why)
