"""Wizard pages over a flow: each a Designer form whose widgets are filled from the flow and
read back into it, and small helpers for the widgets the forms use.

Back keeps what was typed because the values live in the flow: ``cleanupPage`` stores the page
into it and nothing resets the widgets.

Validation is the one way of :mod:`kopingplan.gui.common.field_messages`: every edit stores the page
into the flow and asks it for the page's problems; a problem shows on a line under its field
(once the field was edited, or once the wizard has sent the user back to the page), required
fields are marked, and while the page has problems Next (or Save) is disabled and says why in
its tooltip and in the status line at the bottom of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from kopingplan.domain.flows import Problem
from kopingplan.gui.common.field_messages import caption_text, field_problem_text, is_missing
from kopingplan.gui.common.flow_page import FlowPageBase
from kopingplan.gui.common.form_problems import SAID_WHOLE
from kopingplan.gui.common.form_values import (
    optional_date,
    set_widget_value,
    show_optional_date,
    widget_value,
)
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.forms import setup_form

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
    refill_choices(combo, ((text, data) for data, text in choices))


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
            return caption_text(label.text())
    if isinstance(widget, QAbstractButton):
        return caption_text(widget.text())
    return ""


# The signals that say the user changed a widget of each kind (a list: ticked or chosen).
EDIT_SIGNALS: tuple[tuple[type[QWidget], tuple[str, ...]], ...] = (
    (QLineEdit, ("textChanged",)),
    (QPlainTextEdit, ("textChanged",)),
    (QComboBox, ("currentIndexChanged",)),
    (QAbstractButton, ("toggled",)),
    (QDateTimeEdit, ("dateTimeChanged",)),
    (QListWidget, ("itemChanged", "currentRowChanged")),
)


# --- Pages -------------------------------------------------------------------------------------


class OptionalDay(NamedTuple):
    """A day the user may leave out (:attr:`FlowPage.OPTIONAL_DAYS`): a tick box, which is the
    field's caption and enables the date, and a date edit that shows the day ``days`` after
    the flow's today, greyed, while the box is unticked."""

    check: str  # attributes of self.ui
    edit: str
    days: int


class FlowPage(FlowPageBase):
    """One page: a Designer form (``FORM``) for the flow's page ``PAGE`` (a
    :class:`~kopingplan.gui.common.flow_page.FlowPageBase`).

    The fields of ``WIDGETS`` go between the flow and their widgets as they are (text, a check
    box), except those named in ``CONVERTED``, and so do the choices of ``RADIOS`` and the days
    of ``OPTIONAL_DAYS``; subclasses extend :meth:`load` (flow → widgets)
    and :meth:`store` (widgets → flow) for the rest, implement :meth:`locate` (a problem's
    field → its caption and widget) where a field is not simply its widget, and set the title
    in :meth:`retranslate`.
    """

    FORM: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # An optional day is a field like the others: its widget is the date, its caption
        # the tick box, its message line kept; load and store convert it.
        days = cls.__dict__.get("OPTIONAL_DAYS", {})
        cls.WIDGETS = {**cls.WIDGETS, **{field: day.edit for field, day in days.items()}}
        cls.CAPTIONS = {**cls.CAPTIONS, **{field: day.check for field, day in days.items()}}
        cls.RESERVED = (*cls.RESERVED, *(day.edit for day in days.values()))
        cls.CONVERTED = (*cls.CONVERTED, *days)

    def __init__(self, owner: FlowWizard) -> None:
        super().__init__()
        # Any: each page knows the look-ups of its own wizard (registry lists, names).
        self.owner = owner
        self.ui = setup_form(self.FORM, self)
        # What is missing, what is wrong, what is said whole (form_problems.SAID_WHOLE).
        self._why: tuple[list[str], list[str], list[str]] = ([], [], [])
        for day in self.OPTIONAL_DAYS.values():
            getattr(self.ui, day.check).toggled.connect(getattr(self.ui, day.edit).setEnabled)
        self.setup()
        self._set_up_checks()
        self._retranslate_all()
        self._watch_edits()

    def _retranslate_all(self) -> None:
        pages = self.owner.flow.PAGES
        self.setSubTitle(
            self.tr("Step {n} of {total}").format(n=pages.index(self.PAGE) + 1, total=len(pages))
        )
        self.retranslate()

    # --- for subclasses

    def setup(self) -> None:
        """Connects signals; called once, before the first :meth:`retranslate`."""

    def retranslate(self) -> None:
        """Titles and combo texts in the UI language."""

    def load(self) -> None:
        ui, flow = self.ui, self.flow
        for name in self.copied():
            set_widget_value(getattr(ui, self.WIDGETS[name]), getattr(flow, name))
        for name, radios in self.RADIOS.items():
            getattr(ui, radios[getattr(flow, name)]).setChecked(True)
        for name, day in self.OPTIONAL_DAYS.items():
            check, edit = getattr(ui, day.check), getattr(ui, day.edit)
            default = flow.today + timedelta(days=day.days)
            with QSignalBlocker(check):  # showing a day is no tick: a page may act on a tick
                show_optional_date(check, edit, getattr(flow, name), default)

    def store(self) -> None:
        ui, flow = self.ui, self.flow
        for name in self.copied():
            setattr(flow, name, widget_value(getattr(ui, self.WIDGETS[name])))
        for name, radios in self.RADIOS.items():
            ticked = [value for value, radio in radios.items() if getattr(ui, radio).isChecked()]
            setattr(flow, name, (ticked or list(radios))[0])
        for name, day in self.OPTIONAL_DAYS.items():
            setattr(flow, name, optional_date(getattr(ui, day.check), getattr(ui, day.edit)))

    def copied(self) -> list[str]:
        """The fields :meth:`load` and :meth:`store` copy as they are."""
        return [name for name in self.WIDGETS if name not in self.CONVERTED]

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
    # Fields of WIDGETS that the page's load and store convert themselves (combo data, dates,
    # lists); the others' widgets hold the value as it is: text or a check box.
    CONVERTED: ClassVar[tuple[str, ...]] = ()
    # Fields whose caption is not a buddy label: a check box that enables a date, say.
    CAPTIONS: ClassVar[dict[str, str]] = {}
    # Widgets (attributes of self.ui) of fields that must always be filled in: marked " *".
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    # Widgets whose message line is kept from the start (required ones and free text always).
    RESERVED: ClassVar[tuple[str, ...]] = ()
    # Fields chosen with radio buttons: field → {value: its radio (attribute of self.ui)};
    # the first value is the one stored when no radio is ticked.
    RADIOS: ClassVar[dict[str, dict[Any, str]]] = {}
    # Days the user may leave out (see OptionalDay); the base adds each to WIDGETS (its date
    # edit), CAPTIONS (its tick box), RESERVED and CONVERTED, and loads and stores it.
    OPTIONAL_DAYS: ClassVar[dict[str, OptionalDay]] = {}

    def place(self, field: str) -> tuple[str, QWidget | None]:
        """Like :meth:`locate`, but changes nothing on the page (no item is selected): the
        widget is None when the field is not on show (another item of a list)."""
        return self.locate(field)

    def watched_widgets(self) -> list[QWidget]:
        """The widgets that get a message line: every field's widget."""
        names = [*self.WIDGETS.values(), *getattr(self, "ITEM_WIDGETS", {}).values()]
        return [w for w in (getattr(self.ui, n, None) for n in names) if isinstance(w, QWidget)]

    def _set_up_checks(self) -> None:
        ui = self.ui
        self.checks.watch(
            self.watched_widgets(),
            required=[getattr(ui, name) for name in self.REQUIRED],
            reserve=[getattr(ui, name) for name in self.RESERVED],
        )
        for field, name in self.CAPTIONS.items():
            widget = self.WIDGETS.get(field) or getattr(self, "ITEM_WIDGETS", {}).get(field)
            if widget:
                self.checks.set_caption(getattr(ui, widget), getattr(ui, name))
        # The form's problem label gives way to the status line and the legend, always there.
        layout = self.layout()
        ui.problemLabel.setVisible(False)
        if layout is not None:
            self.checks.add_status(layout, layout.indexOf(ui.problemLabel))

    # --- QWizardPage

    def _watch_edits(self) -> None:
        """Every edit checks the page again: a problem shows (or goes) at once, and Next says
        whether it can be pressed."""
        for kind, signals in EDIT_SIGNALS:
            for widget in self.findChildren(kind):
                for signal in signals:
                    getattr(widget, signal).connect(self._edited)

    def _edited(self, *_: Any) -> None:
        if self._filling or self.owner.closing:
            return
        sender = self.sender()
        if isinstance(sender, QWidget):
            self._touched.add(sender)
        self.recheck()

    def validatePage(self) -> bool:
        self.store()
        found = self.flow.page_problems(self.PAGE)
        self.show_problems(found)
        return not found

    # --- problems

    def show_problems(self, found: list[Problem], *, focus: bool = True) -> None:
        """Shows every problem beside its field (not only those of edited fields) and puts
        the cursor in the first one."""
        self._show_all = bool(found)
        if focus and found:
            _name, widget = self.locate(found[0].field)  # a list page selects the item
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.render_problems(found)

    def render_problems(self, found: list[Problem]) -> None:
        changed = self.set_problems(found)
        beside: dict[QWidget, str] = {}
        empty: list[str] = []
        wrong: list[str] = []
        said: list[str] = []
        for problem in found:
            name, widget = self.place(problem.field)
            text = field_problem_text(widget, problem.text, problem.context)
            missing = is_missing(widget, problem.text)
            # An empty field is named only once it was edited (or the wizard sent the user
            # back); a conflict with another choice is explained at once.
            shown = widget is not None and (
                self._show_all or widget in self._touched or not missing
            )
            if shown and widget not in beside:
                beside[widget] = text  # type: ignore[index]
            if problem.text in SAID_WHOLE:  # "Fill in a given name or a family name", whole
                said.append(text)
            else:
                (empty if missing else wrong).append(name or text.rstrip("."))
        for widget in self.watched_widgets():
            self.checks.show(widget, beside.get(widget, ""))
        self._why = (empty, wrong, list(dict.fromkeys(said)))
        self.explain()
        if changed:
            self.completeChanged.emit()

    def explain(self) -> None:
        """Says in the status line, and on Next (or Save) while this page is shown, what
        stands in the way. QWizard enables the button itself, from :meth:`isComplete`."""
        wizard = self.wizard()
        buttons = []
        if wizard is not None and wizard.currentPage() is self:
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
                buttons.append(wizard.button(which))
        empty, wrong, said = self._why
        self.checks.explain(buttons, empty, wrong, enable=False, said=said)

    def language_changed(self) -> None:
        if not hasattr(self, "ui"):
            return  # the form is being made
        # Only the open page may hold input the flow has not seen. Another page's widgets may
        # be stale (another page changed the flow since, as choosing a thread that is linked to
        # a case does) or never filled at all (a page not visited yet): storing them would
        # overwrite the flow with them.
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self.store()
        self._filling = True
        try:
            self.ui.retranslateUi(self)
            self._retranslate_all()
        finally:
            self._filling = False
        self.checks.mark_required()
        self.fill_from_flow()
        self.recheck()


class SummaryPage(FlowPage):
    """A wizard's last page: everything it will save, read back as rich text in the form's
    ``summaryBrowser``. It asks nothing, so it stores nothing; a subclass names its ``FORM``
    and writes the text in :meth:`summary_html` (with :mod:`kopingplan.gui.wizards.summary`)."""

    PAGE = "summary"

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))

    def summary_html(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        self.ui.summaryBrowser.setHtml(self.summary_html())

    def store(self) -> None:
        pass
