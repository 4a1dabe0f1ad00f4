"""The "Incoming concerns" section (Inkommande oro): every concern that came in, newest first,
and how it was screened.

The list follows the conventions of Ärenden: rows are fetched a page at a time
(:class:`PagedTableModel`), filtered in SQL by decision and year, Enter or a double-click opens
a concern (through ``services.concerns.open_concern``, which writes the reading to the audit
log) and the row menu comes from :mod:`kopingplan.gui.common.table_actions`. An empty list says why
and what to do. The case window shows the concerns that led to its case
(:func:`show_concerns_of_case`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.paged_model import Column
from kopingplan.gui.common.record_list_page import RecordListPage
from kopingplan.gui.intake.concern_dialog import ConcernDialog
from kopingplan.gui.shell.windows import register_form
from kopingplan.services import concerns, registry
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_concerns_page import Ui_ConcernsPage
    from kopingplan.services.session import Session

# Characters of a concern's words in the list (the row stays one line; the form shows all).
WORDS_CHARS = 160


class ConcernsPage(RecordListPage):
    FORM = "concerns_page"
    RECORD_KIND = "concern"
    SETTINGS_KEY = "concerns"
    LIST = ListParts(
        "concernTable",
        (95, 150, 80, 380, 120, 100, 110),
        stretch=3,  # the words take what 1280 px leave
        filters=("stateFilter", "yearFilter"),
        new_button="newConcernButton",
        attention=lambda concern: concern.decision is None,
    )
    ui: Ui_ConcernsPage

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self._organisations: dict[int, str] = {}  # read with the list, for "From"
        super().__init__(session, parent)

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Received"), lambda c: format_date(c.received_on)),
            Column(lambda: self.tr("From"), self._from_text),
            Column(lambda: self.tr("How"), lambda c: labels.concern_channel(c.channel)),
            Column(lambda: self.tr("What was said"), _words),
            Column(lambda: self.tr("Orientation"), lambda c: labels.orientation(c.orientation)),
            Column(lambda: self.tr("Level"), lambda c: labels.level(c.level) if c.level else "–"),
            Column(lambda: self.tr("Decision"), self._decision_text),
        ]

    def _from_text(self, concern: model.Concern) -> str:
        who = concern.raised_by
        if concern.organisation_id is not None:
            name = self._organisations.get(concern.organisation_id, "")
            who = ", ".join(part for part in (name, who) if part)
        return who or labels.concern_source(concern.source)

    def _decision_text(self, concern: model.Concern) -> str:
        if concern.decision is None:
            return self.tr("To screen")
        if concern.case_id is not None:
            return self.tr("Case {number}").format(number=concern.case_id)
        return labels.concern_decision(concern.decision)

    def fill_filters(self) -> None:
        states = [(self.tr("All"), None), (self.tr("To screen"), concerns.OPEN)]
        states += [(labels.concern_decision(d), d.value) for d in model.ConcernDecision]
        self.fill_choice_and_year(states, concerns.concern_years)

    def current_filter(self) -> concerns.ConcernFilter:
        return concerns.ConcernFilter(
            state=self.ui.stateFilter.currentData(), year=self.ui.yearFilter.currentData()
        )

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session = self.session
        found = self.current_filter()
        self._organisations = {o.id: o.name for o in registry.organisations(session)}
        self.model.set_paged_query(concerns.concern_page, concerns.concern_count, session, found)

    def count_text(self, total: int) -> str:
        return self.tr("%n concern(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No concern matches these filters.")
        return self.tr(
            "No concerns taken in yet. When a school, a parent or the police tell you "
            "of a worry, record it with New concern…"
        )

    def refresh_after(self, changes: Changes) -> None:
        """Reads the list again after a concern or an organisation changed
        (gui/common/changes.py)."""
        if changes.touches("concerns", "organisations"):
            self.refresh()

    def teardown(self) -> None:
        super().teardown()
        self._organisations = {}


def _words(concern: model.Concern) -> str:
    words = " ".join(concern.description.split())
    return words if len(words) <= WORDS_CHARS else words[: WORDS_CHARS - 1] + "…"


def received_day(session: Session, concern_id: int) -> str:
    """The day a concern came in (a search hit's context), read without an audit row: the
    hit shows only words the coordinator searched for; opening the concern is what is logged."""
    return concerns.get_concern(session, concern_id).received_on.isoformat()


def show_concerns_of_case(
    label: QLabel, session: Session | None, case_id: int, opener: Callable[[int], object]
) -> None:
    """Adds to ``label`` (the case window's "Opened" line) the concerns that led to the case,
    each a link that opens it through ``opener(id)``. Nothing is added for a case that did not
    come in as a concern."""
    if session is None:
        return
    try:
        found = concerns.concerns_of_case(session, case_id)
    except Exception:  # the case window shows the case even if this line cannot be read
        return
    if not found:
        return
    links = ", ".join(
        f'<a href="concern:{c.id}">{c.id}</a> ({format_date(c.received_on)}, '
        f"{labels.concern_channel(c.channel)})"
        for c in found
    )
    text = QCoreApplication.translate("CaseView", "{day}, after concern {links}").format(
        day=label.text(), links=links
    )
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(text)
    if not label.property("concernLinks"):
        label.setProperty("concernLinks", True)
        label.linkActivated.connect(
            lambda link: (
                opener(int(link.partition(":")[2])) if link.startswith("concern:") else None
            )
        )


register_form("concern", ConcernDialog, model.Concern, concerns.open_concern)
