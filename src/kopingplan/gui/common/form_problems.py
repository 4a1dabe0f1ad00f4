"""What stands in the way of saving a record form, shown as the user types.

:class:`FormProblems` is the part of :class:`~kopingplan.gui.common.record_form.RecordDialog`
that checks: after every change the form's record is built (:meth:`FormProblems.build`) and
checked with :func:`kopingplan.domain.rules.problems`, which returns every problem at once;
each is shown on a line under its field (:mod:`kopingplan.gui.common.field_messages`, worded
for the kind of control) for fields the user has touched, and for all of them once Save was
pressed; the status line above the buttons and Save's tooltip say what is missing or wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from kopingplan import errors
from kopingplan.domain import rules
from kopingplan.domain.consent import NEEDS_RECIPIENT
from kopingplan.gui.common.field_messages import field_problem_text, is_missing

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QWidget

    from kopingplan.gui.common.field_messages import FieldMessages
    from kopingplan.gui.common.widgets import MessageLabel


# Problems that say themselves what is needed: the status line says them whole instead of
# naming their field ("Fill in: Given name" read as if the given name were needed; a consent's
# recipients, shown in two lists and no field, read "Correct: Must name …").
SAID_WHOLE = frozenset({rules.NEEDS_NAME, NEEDS_RECIPIENT})


class FormProblems:
    """The checks of a record form; a mixin of RecordDialog, which sets up the attributes."""

    # Fields to mark as required besides the record's required text (rules.required_fields)
    # and whatever is missing when the form opens.
    REQUIRED: ClassVar[frozenset[str]] = frozenset()
    # Fields missing when the form opens that are not marked all the same (one of two names).
    UNMARKED: ClassVar[frozenset[str]] = frozenset()

    def _edited(self, name: str) -> None:
        if self._quiet:
            return
        self._touched.add(name)
        self.refresh_problems()

    def extra_problems(self) -> dict[str, str]:
        """Problems the service would find that ``rules.validate`` does not (subclasses)."""
        return {}

    def problems(self) -> dict[str, str]:
        try:
            record = self.build()
        except errors.InvalidInput as problem:  # a value the form itself could not read
            return {problem.field: problem.problem}
        found: dict[str, str] = {}
        for each in rules.problems(record):
            found.setdefault(each.field, each.problem)
        return {**found, **self.extra_problems()}

    def refresh_problems(self) -> dict[str, str]:
        self._problems = self.problems()
        self._render_problems()
        return self._problems

    def _render_problems(self) -> None:
        for name, widget in self.fields.items():
            problem = self._problems.get(name)
            # An empty field is named only once it was edited (or Save pressed); a conflict
            # with another value is explained at once.
            show = self._show_all or name in self._touched or not is_missing(widget, problem or "")
            self._show_field_problem(name, problem if show else None)
        missing: list[str] = []
        wrong: list[str] = []
        said: list[str] = []
        # In the order the form shows its fields; a rule between fields comes last.
        order = [*(n for n in self.fields if n in self._problems), *self._problems]
        for name in dict.fromkeys(order):
            problem = self._problems[name]
            shown = self.fields.get(name)
            if problem in SAID_WHOLE:
                said.append(field_problem_text(shown, problem))
                continue
            # A field the form does not show (a rule between fields) is named by its problem.
            named = self.checks.caption(shown) or field_problem_text(shown, problem)
            (missing if is_missing(shown, problem) else wrong).append(named.rstrip("."))
        self.checks.explain([self.action_button()], missing, wrong, said=said)
        if not self._problems and self.message is not None and self.message.is_error:
            self.message.clear()

    def _show_field_problem(self, name: str, problem: str | None) -> None:
        widget = self.fields[name]
        text = field_problem_text(widget, problem) if problem else ""
        if not self.checks.show(widget, text) and problem:
            # Not in a layout the form could put a line into: the message line says it.
            self._show_message(errors.InvalidInput(name, problem))

    def shown_problem(self, name: str) -> str:
        """The problem on show under a field ("" if none): what the user reads (tests)."""
        return self.checks.shown(self.fields[name])

    @property
    def blocker(self) -> str:
        """Why Save is disabled ("Fill in: Title"), "" when it is not (tests)."""
        return self.checks.status.text() if self.checks.status is not None else ""

    # --- what the form provides (RecordDialog) ---------------------------------------------------

    fields: dict[str, QWidget]
    checks: FieldMessages
    message: MessageLabel | None
    _problems: dict[str, str]
    _touched: set[str]
    _show_all: bool
    _quiet: bool

    def build(self) -> Any:
        """The domain record the form describes now (not validated yet)."""
        raise NotImplementedError

    def action_button(self) -> QAbstractButton | None:
        raise NotImplementedError

    def _show_message(self, error: BaseException) -> None:
        raise NotImplementedError
