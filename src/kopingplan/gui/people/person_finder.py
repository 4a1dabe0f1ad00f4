"""Choosing a person in a form by typing part of a name (a case's participant, a group's
member): the persons that match are offered as one types, a line says when there are more
than are shown, and "New person…" opens the person form (one at a time) for someone not yet
in the vault; once saved, the new person is found and chosen.

The form's Designer file has ``findEdit``, ``personCombo``, ``matchesLabel`` and
``newPersonButton``; the form keeps the session (``form.session``, ``None`` once locked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from kopingplan.domain import model
from kopingplan.gui.common import choices
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.people.person_edit import PersonEditDialog
from kopingplan.services import registry


class PersonFinder:
    """Find-as-you-type and "New person…" for one form. ``found`` gets the persons offered
    (registry rows) after each search."""

    def __init__(
        self,
        form: Any,
        *,
        label: Callable[[Any], str] = choices.person_label,
        found: Callable[[list[Any]], None] | None = None,
    ) -> None:
        self.form = form
        self.ui = form.ui
        self._label = label
        self._found = found
        self.forms: OneWindow[PersonEditDialog] = OneWindow()
        self.ui.findEdit.textChanged.connect(self.find)
        self.ui.newPersonButton.clicked.connect(self.new_person)

    def find(self, text: str) -> None:
        session = self.form.session
        if session is None:
            return
        rows = choices.offer_persons(session, self.ui.personCombo, text, label=self._label)
        total = registry.person_count(session, text.strip() or None)
        more = total > len(rows)
        self.ui.matchesLabel.setText(
            QCoreApplication.translate(
                "PersonFinder",
                "The first {shown} of {total} persons; type more to narrow the list.",
            ).format(shown=len(rows), total=total)
            if more
            else ""
        )
        self.ui.matchesLabel.setVisible(more)
        if self._found is not None:
            self._found(rows)

    def new_person(self) -> PersonEditDialog | None:
        session = self.form.session
        if session is None:
            return None
        return self.forms.open(
            lambda: PersonEditDialog(session, None, self.form), saved=self._created
        )

    def _created(self, person: model.Person) -> None:
        self.ui.findEdit.setText(person.full_name)
        choices.select(self.ui.personCombo, person.id)

    @property
    def person_form(self) -> PersonEditDialog | None:
        return self.forms.window

    def close_for_lock(self) -> None:
        """Locking: the person form keeps its input as a draft and closes."""
        if self.forms.window is not None:
            self.forms.window.close_for_lock()
