"""A case, read-only for now: overview (facts, people, level history) and timeline.

The detail comes from :meth:`Session.open_case`, which writes the opening to the audit log;
this window never reads the vault by other means. Its title says "Case" and nothing more: the
window title appears in task bars and window switchers, which must show no case data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from kopingplan.gui import labels
from kopingplan.gui.case_model import format_date
from kopingplan.gui.forms import setup_form

# Events the case view asks the service for; the newest ones, all kinds merged.
TIMELINE_LIMIT = 50


def format_time(value: Any) -> str:
    """A UTC instant in local time, the UI locale's short form."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class CaseView(QDialog):
    def __init__(self, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = setup_form("case_view", self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail: Any = detail
        self.case_id: int = detail.case.id
        self.ui.buttonBox.rejected.connect(self.close)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.detail is not None:
                self._fill()
        super().changeEvent(event)

    def _fill(self) -> None:
        detail = self.detail
        case = detail.case
        ui = self.ui
        ui.titleLabel.setText(case.title)
        ui.numberValue.setText(str(case.id))
        ui.levelValue.setText(labels.level(case.level))
        ui.orientationValue.setText(labels.orientation(case.orientation))
        if case.closed_on is not None:
            ui.statusValue.setText(
                self.tr("{status} on {day}").format(
                    status=labels.status(case.status), day=format_date(case.closed_on)
                )
            )
        else:
            ui.statusValue.setText(labels.status(case.status))
        ui.openedValue.setText(format_date(case.opened_on))
        ui.summaryText.setPlainText(case.summary or self.tr("(no summary)"))

        ui.participantsTree.clear()
        for participant, person in detail.participants:
            ui.participantsTree.addTopLevelItem(
                QTreeWidgetItem(
                    [person.full_name, labels.role(participant.role), participant.relation]
                )
            )
        if not detail.participants:
            ui.participantsTree.addTopLevelItem(QTreeWidgetItem([self.tr("No people recorded.")]))

        ui.levelTree.clear()
        for change in detail.level_history:
            ui.levelTree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_date(change.changed_on),
                        labels.level(change.from_level) if change.from_level else "",
                        labels.level(change.to_level),
                        change.reason,
                    ]
                )
            )

        plan = getattr(detail, "exit_plan", None)
        ui.exitPlanLabel.setText(
            self.tr("Exit plan: revision {n}, made {day}.").format(
                n=plan.revision, day=format_time(plan.created_at)
            )
            if plan is not None
            else self.tr("No exit plan.")
        )

        ui.timelineTree.clear()
        for item in detail.timeline:
            when = format_time(item.at) if item.at is not None else format_date(item.on)
            row = QTreeWidgetItem(
                [
                    when,
                    labels.timeline_kind(item.kind),
                    " ".join(item.summary.split()),
                    labels.timeline_detail(item.kind, item.detail),
                ]
            )
            row.setToolTip(2, item.summary)
            ui.timelineTree.addTopLevelItem(row)
        count = len(detail.timeline)
        if count >= TIMELINE_LIMIT:
            note = self.tr("The newest {n} events are shown.").format(n=count)
        elif count:
            note = self.tr("All {n} events of the case.").format(n=count)
        else:
            note = self.tr("Nothing has happened in this case yet.")
        ui.timelineNote.setText(note)
        for tree in (ui.participantsTree, ui.levelTree):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        # Date and kind fit their contents; the text gets the room, the detail what is left.
        ui.timelineTree.resizeColumnToContents(0)
        ui.timelineTree.resizeColumnToContents(1)
        ui.timelineTree.setColumnWidth(2, 420)

    def teardown(self) -> None:
        """Forgets the case's data (locking); the window closes and deletes itself."""
        for tree in (self.ui.participantsTree, self.ui.levelTree, self.ui.timelineTree):
            tree.clear()
        self.ui.summaryText.clear()
        self.ui.titleLabel.clear()
        self.detail = None
        self.close()
