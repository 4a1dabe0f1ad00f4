"""Forms that edit one record: validation as you type, undo, "unsaved changes?" and drafts.

Every record dialog (case, note, contact, person, lägesbild entry, incident …) is a
``RecordDialog[model.X]``. Its set-up is the same for all, so the base class's ``__init__``
(``session, record, parent``) does it, in this order, and a subclass says only what is its own:

1. the Designer form named by the class attribute ``FORM`` is set up as :attr:`ui` and
   :attr:`fields` is read from it; :attr:`record` is the stored record (``None``: a new one);
2. :meth:`fill_choices`: the combo boxes whose words come from code;
3. :meth:`set_up`, *the* hook: what only this form has (widgets made in code, a completer,
   ``optional_day``, a day's limits, signals of its own);
4. :meth:`fill_form`: the record's values (:meth:`shown_values` in place of some), or a new
   record's :meth:`new_values`;
5. :meth:`start_form`: Save and Cancel connected, the texts set in code, the values remembered
   as "saved" (a draft taken up), the keyboard on the form's first field (or the widget named
   in ``FOCUS``).

A form that needs more than its record (the case of a note, the organisation of an agreement)
takes it in an ``__init__`` of its own, keeps it, and only then calls the base's, so that
``set_up`` finds it. It builds the domain record in :meth:`build` (``record_from_fields`` reads
the fields), names the service call that stores it in ``SAVE`` (``Session.save`` if none; a form
that stores more overrides :meth:`store`), and puts the texts it sets in code into
``_retranslate_dynamic``. The base class does the rest:

* **Which widget shows which field** is said in the Designer form: each such widget has the
  dynamic property ``field`` (the record's field name), and :attr:`RecordDialog.fields` (field
  name → widget, in the form's order) is built from them (``form_values.form_fields``). Code
  adds only what the form cannot say (a widget made in code; a map of its own where one form
  serves records whose fields differ); values that are no field (a tick box, a search line) go
  in :attr:`RecordDialog.extra`, lists of records to tick in :attr:`RecordDialog.tick_lists`.
* **Validation as you type** (:mod:`kopingplan.gui.common.form_problems`, the lines under the
  fields :mod:`kopingplan.gui.common.field_messages`). After every change the
  record is built and checked with :func:`kopingplan.domain.rules.problems`, which returns every
  problem at once; each is shown on a line under its field (worded for the kind of control),
  for fields the user has touched, and for all of them once Save was pressed. Required fields
  are marked " *" and their lines are reserved, so nothing moves while typing. While anything
  stands in the way, Save is disabled, and its tooltip and the status line above the buttons
  say what: "Fill in: Title".
* **Undo.** Qt's line and text edits keep an undo stack each: Ctrl+Z undoes the typing in the
  field that has focus, as in every Qt program. Nothing else is needed.
* **Closing with unsaved changes** (Esc, Cancel, the window's close button) asks Save / Don't
  save / Cancel. The question is opened with ``open()``, not ``exec()``: no nested event loop,
  so locking can close it like any other dialog.
* **Drafts.** Locking calls :meth:`RecordDialog.keep_as_draft` on every open form *before* the
  session closes: unsaved values go into the vault, encrypted
  (:mod:`kopingplan.gui.common.form_drafts`). After unlocking they are offered back (see
  :mod:`kopingplan.gui.common.drafts`), and a form that opens while a draft of it exists starts from
  the draft. A draft is discarded when the form is saved or its changes are thrown away.

Values (``values()``) are plain JSON: strings, numbers, booleans, ``None`` and ISO dates, so a
draft needs no conversion and "changed?" is a comparison of two dicts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from kopingplan import errors
from kopingplan.domain import rules
from kopingplan.gui.common.changes import announce
from kopingplan.gui.common.field_messages import FieldMessages
from kopingplan.gui.common.form_drafts import draft_values, forget_draft, keep_draft
from kopingplan.gui.common.form_problems import FormProblems
from kopingplan.gui.common.form_values import (  # re-exported: the forms import them from here
    changed_signal,
    combo_index,
    fill_enum_combo,
    form_fields,
    now_minute,
    read_fields,
    set_date,
    set_datetime,
    set_widget_value,
    show_fields,
    tie_optional_date,
    to_date,
    to_datetime,
    widget_value,
)
from kopingplan.gui.common.list_focus import focus_shown
from kopingplan.gui.common.retranslating import ButtonWords, Retranslating, retranslate_first_items
from kopingplan.gui.common.save_wait import saving
from kopingplan.gui.common.tick_list import TickList
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.services.session import Session

__all__ = ["RecordDialog", "combo_index", "fill_enum_combo", "now_minute", "set_date"]
__all__ += ["set_datetime", "to_date", "to_datetime"]

_log = logging.getLogger(__name__)
R = TypeVar("R")  # a record type a form builds
S = TypeVar("S")  # the record a form edits


def _session_save(session: Session, record: Any) -> Any:
    return session.save(record)


# --- the base dialog -------------------------------------------------------------------------


class RecordDialog(FormProblems, Retranslating, QDialog, Generic[S]):
    """A form for one record of type ``S``; see the module docstring. Deletes itself when
    closed."""

    saved = Signal(object)  # the stored record (or what store() returned)

    # The Designer form (forms/<FORM>.ui) set up as ``ui``; each subclass names its own.
    FORM: ClassVar[str] = ""
    # The widget of ``ui`` that has the keyboard when the form opens, when it is not the form's
    # first field (on a stored record: the one in FOCUS_STORED, if named: the part a
    # correction is usually about).
    FOCUS: ClassVar[str] = ""
    FOCUS_STORED: ClassVar[str] = ""
    # The draft kind; each subclass sets its own and registers an opener in gui.drafts.
    DRAFT_KIND: ClassVar[str] = ""
    # The service call that stores the record (session, record → the stored record), when
    # it is not Session.save; a form that stores more than its record overrides store().
    SAVE: ClassVar[staticmethod[[Session, Any], Any]] = staticmethod(_session_save)

    ui: Any  # the Designer form's ``Ui_`` object; subclasses narrow the type

    def __init__(
        self,
        session: Session,
        record: S | None = None,
        parent: QWidget | None = None,
        *,
        owner: object = None,
    ) -> None:
        """Sets the form up (the steps of the module docstring). ``record``: the stored record
        the form shows (``None`` for a new one), whose id names its draft (:meth:`draft_ref`),
        after the id of its ``owner`` (an organisation, a plan revision) when it has one."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session: Session | None = session
        self.record: S | None = record
        self.draft_owner = owner
        self.extra: dict[str, QWidget] = {}  # widgets with values that are no field of their own
        self.tick_lists: dict[str, TickList[Any]] = {}  # lists of records to tick, by value name
        self.optional_days: dict[str, QAbstractButton] = {}  # a day's field → its tick box
        self._baseline: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._quiet = False  # closing for a lock or after a save: no questions
        self.checks = FieldMessages(self)
        self._problems: dict[str, str] = {}
        self._draft_restored = False
        self._unsaved_box: QMessageBox | None = None
        self.message: MessageLabel | None = None
        self.ui = setup_form(self.FORM, self)
        self.fields = form_fields(self)  # by field name, in the form's order
        self.fill_choices()
        self.set_up()
        self.fill_form(record)
        self.start_form(self.first_focus())

    # --- for subclasses ------------------------------------------------------------------------

    def set_up(self) -> None:
        """What only this form has, before the record is shown: widgets made in code, a
        completer, a day's limits, ``optional_day``, signals of its own."""

    def new_values(self) -> dict[str, Any]:
        """What a new record's form starts with (a day, a kind), by field name."""
        return {}

    def shown_values(self, record: S) -> dict[str, Any]:
        """Values a stored record is shown with in place of its own (a number written out)."""
        return {}

    def fill_form(self, record: S | None) -> None:
        """Puts the record in the widgets, or a new record's :meth:`new_values` (a form with
        more to show than its fields extends this)."""
        if record is None:
            self.show_record(None, **self.new_values())
        else:
            self.show_record(record, **self.shown_values(record))

    def action_button(self) -> QAbstractButton | None:
        """The button that saves (Save, else OK): disabled, with the reason, while the form
        has problems."""
        box = getattr(getattr(self, "ui", None), "buttonBox", None)
        if not isinstance(box, QDialogButtonBox):
            return None
        return box.button(QDialogButtonBox.StandardButton.Save) or box.button(
            QDialogButtonBox.StandardButton.Ok
        )

    def store(self, record: Any) -> Any:
        """Writes the record with :attr:`SAVE`; returns what :attr:`saved` carries."""
        return type(self).SAVE(unlocked(self.session), record)

    def first_focus(self) -> QWidget | None:
        """The widget that has the keyboard when the form opens: ``FOCUS_STORED`` on a stored
        record, else ``FOCUS``, else the form's first field."""
        named = self.FOCUS_STORED if self.record is not None and self.FOCUS_STORED else self.FOCUS
        if named:
            return cast(QWidget, getattr(self.ui, named))
        return next(iter(self.fields.values()), None)

    def draft_ref(self) -> str:
        """Which record the draft is for ("new" or the record's id)."""
        record_id = getattr(self.record, "id", None)
        ref = "new" if record_id is None else str(record_id)
        return ref if self.draft_owner is None else f"{self.draft_owner}:{ref}"

    def draft_title(self) -> str:
        """A neutral name for the form in "unsaved changes" notices: never record content."""
        return self.windowTitle()

    # --- set-up --------------------------------------------------------------------------------

    def start_form(self, focus: QWidget | None = None) -> None:
        """The end of a form's set-up, once its widgets hold the record: the action button
        saves, Cancel (and Esc) closes, the texts set in code are set, the record's values are
        remembered (:meth:`start`, with ``ui.messageLabel`` as the message line) and ``focus``
        has the keyboard."""
        button = self.action_button()
        if button is not None:
            button.clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._name_buttons()
        self._retranslate_dynamic()
        self.start(self.ui.messageLabel)
        if focus is not None:
            focus_shown(focus)

    def start(self, message_label: QLabel | None = None) -> None:
        """Call once the widgets hold the record: remembers them as "saved", watches for
        changes, and takes up a draft of this form if the vault holds one."""
        if message_label is not None:
            self.message = MessageLabel(message_label)
        self._set_up_checks()
        for name, widget in {**self.fields, **self.extra}.items():
            changed_signal(widget).connect(lambda *_, n=name: self._edited(n))
        for name, ticks in self.tick_lists.items():
            ticks.view.itemChanged.connect(lambda _item, n=name: self._edited(n))
        self._baseline = self.values()
        draft = self._load_draft()
        if draft is not None:
            self.set_values(draft)
            self._draft_restored = True
            self._touched.update(self.fields)
            if self.message is not None:
                self.message.show(
                    lambda: self.tr(
                        "Unsaved changes kept when the vault was locked are back in the form. "
                        "Save them, or close the form and choose not to save."
                    )
                )
        self.refresh_problems()

    def _set_up_checks(self) -> None:
        try:
            record = self.build()
        except errors.InvalidInput:
            record = None
        required = set(self.REQUIRED) | set(rules.required_fields(type(record)))
        required |= {f for f, p in self.problems().items() if p == rules.REQUIRED}
        required -= self.UNMARKED
        self.checks.watch(
            self.fields.values(),
            required=[w for n, w in self.fields.items() if n in required],
        )
        button = self.action_button()
        layout = self.layout()
        if layout is not None:
            box = button.parentWidget() if button is not None else None
            index = layout.indexOf(box) if box is not None else -1
            self.checks.add_status(layout, index)

    def values(self) -> dict[str, Any]:
        shown = {name: widget_value(w) for name, w in {**self.fields, **self.extra}.items()}
        return {**shown, **{name: ticks.ids() for name, ticks in self.tick_lists.items()}}

    def set_values(self, values: dict[str, Any]) -> None:
        # Extra widgets first: a check box that enables a field's widget comes before the field.
        for name, widget in {**self.extra, **self.fields}.items():
            if name in values:
                set_widget_value(widget, values[name])
        for name, ticks in self.tick_lists.items():
            ids = values.get(name)
            if isinstance(ids, list):
                ticks.set_ids(ids)

    def optional_day(self, name: str, tick: QAbstractButton, value_name: str) -> None:
        """The field ``name`` is a day that may be left out, with its tick box (``value_name``
        among the form's values): the day can be edited only while ticked, ``show_record``
        ticks it when there is one and ``record_from_fields`` reads None when unticked."""
        self.optional_days[name] = tick
        self.extra[value_name] = tick
        tie_optional_date(tick, cast(QDateTimeEdit, self.fields[name]))

    def show_record(self, record: object | None, **values: Any) -> None:
        """Puts a record's fields in their widgets (see ``show_fields``), ``values`` in place of
        the record's own; a new record (``None``) shows only the ``values`` it starts with."""
        show_fields(self.fields, record, values, self.optional_days)
        for name, ticks in self.tick_lists.items():  # a list named after a field: its ids
            if hasattr(record, name):
                ticks.set_ids(getattr(record, name))

    def record_from_fields(self, record_type: type[R], **given: Any) -> R:
        """The record the widgets describe: every field of ``record_type`` the form shows, as
        ``read_value`` reads it (text normalised, an enum from its stored value, a day …),
        and the values ``given`` that no widget of the form holds as it is. Its ``id`` is the
        stored record's (None for a new one) unless given; a field named by a tick list is the
        ids ticked there."""
        record_fields = getattr(record_type, "__dataclass_fields__", {})
        if "id" not in given and "id" in record_fields:
            given["id"] = getattr(self.record, "id", None)
        for name, ticks in self.tick_lists.items():
            if name in record_fields and name not in given:
                given[name] = tuple(ticks.ids())
        shown = read_fields(self.fields, record_type, given, self.optional_days)
        return record_type(**shown, **given)

    @property
    def dirty(self) -> bool:
        return self._draft_restored or self.values() != self._baseline

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validates, stores, forgets the draft and closes; False (form stays) on a problem."""
        self._show_all = True
        problems = self.refresh_problems()
        if problems:
            first = next((self.fields[n] for n in self.fields if n in problems), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._show_message(errors.InvalidInput(*next(iter(problems.items()))))
            return False
        try:
            with saving(self):  # the wait shown; keys and clicks given meanwhile dropped
                stored = self.store(self.build())
        except errors.InvalidInput as problem:
            if problem.field in self.fields:
                self._problems[problem.field] = problem.problem
                self._show_field_problem(problem.field, problem.problem)
                self.fields[problem.field].setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._show_message(problem)
            return False
        except Exception as error:  # shown, never swallowed: the form keeps its values
            _log.debug("Saving a %s failed: %s", self.DRAFT_KIND, type(error).__name__)
            self._show_message(error)
            return False
        self._forget_draft()
        self._baseline = self.values()
        self._draft_restored = False
        announce(self)  # every open view shows the change before the form's own listeners run
        self.saved.emit(stored)
        self._quiet = True
        self.accept()
        return True

    def _show_message(self, error: BaseException) -> None:
        if self.message is not None:
            self.message.show(lambda: error_text(error), error=True)

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._quiet or self.session is None or not self.dirty:
            if not self._quiet and self.session is not None:
                self._forget_draft()  # an unchanged form needs no draft
            self._quiet = True
            super().reject()
            return
        self._ask_unsaved()

    def _ask_unsaved(self) -> None:
        if self._unsaved_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes in this form?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Don't save"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._unsaved_answered(box))
        self._unsaved_box = box
        box.open()

    @property
    def unsaved_question(self) -> QMessageBox | None:
        """The "Save the changes?" box while it is open (tests click its buttons)."""
        return self._unsaved_box

    def _unsaved_answered(self, box: QMessageBox) -> None:
        self._unsaved_box = None
        if self._quiet or self.session is None:  # the vault was locked meanwhile
            return
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else None
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._forget_draft()
            self._quiet = True
            super().reject()

    # --- drafts --------------------------------------------------------------------------------

    def _load_draft(self) -> dict[str, Any] | None:
        if not self.DRAFT_KIND or self.session is None:
            return None
        return draft_values(self.session, self.DRAFT_KIND, self.draft_ref())

    def _forget_draft(self) -> None:
        if self.DRAFT_KIND and self.session is not None:
            forget_draft(self.session, self.DRAFT_KIND, self.draft_ref())

    def keep_as_draft(self) -> tuple[str, str] | None:
        """Locking: stores unsaved values as a draft, then closes without asking and forgets
        the session. Returns (kind, ref) of the draft, or None when there was nothing to keep."""
        kept: tuple[str, str] | None = None
        try:
            if self.session is not None and self.DRAFT_KIND and self.dirty and not self._quiet:
                kind, ref = self.DRAFT_KIND, self.draft_ref()
                keep_draft(self.session, kind, ref, self.values())
                kept = (kind, ref)
        finally:  # closed also when the draft cannot be stored; the lock says it is lost
            self.close_for_lock()
        return kept

    def close_for_lock(self) -> None:
        """Closes at once and lets go of the session and of every value in the widgets."""
        self._quiet = True
        if self._unsaved_box is not None:
            self._unsaved_box.reject()
            self._unsaved_box = None
        self.session = None
        for widget in {**self.fields, **self.extra}.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()
        super().reject()

    # --- language ------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        """Fills the combo boxes whose words come from code (again after a language switch)."""

    def button_words(self) -> ButtonWords:
        """The standard buttons' words set in code: Save's (subclasses add or change)."""
        return {QDialogButtonBox.StandardButton.Save: self.tr("&Save")}

    def retranslate(self) -> None:
        """The Designer form's texts, the choices and the texts set in code, in the language
        now chosen (subclasses with more to say override and call super)."""
        ui = getattr(self, "ui", None)
        if ui is not None:
            ui.retranslateUi(self)
        retranslate_first_items(self)
        self.fill_choices()
        self._name_buttons()
        self._retranslate_dynamic()

    def _retranslated(self) -> None:
        """After a switch: the required marks and the problems in the new language
        (Retranslating names Save once every widget has had the event; not in a window a lock
        has closed; the message line says itself again)."""
        self.checks.mark_required()
        self._render_problems()
