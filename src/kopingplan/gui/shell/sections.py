"""The sections of the main window, and the honest empty page for those not built yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_empty_section import Ui_EmptySectionPage


@dataclass(frozen=True)
class Section:
    key: str
    name: Callable[[], str]  # as in the navigation list (the same context and text as the form)
    planned: Callable[[], str] = lambda: ""  # what the section will hold, for its empty page


def section_name(index: int) -> str:
    """The name of the section at ``index`` of the navigation list."""
    return SECTIONS[index].name()


def section_index(key: str) -> int:
    """The place of section ``key`` ("meetings", "todo" …) in the navigation list, as
    ``MainWindow.show_section`` takes it."""
    return [section.key for section in SECTIONS].index(key)


# In the order of the navigation list in forms/main_window.ui. The texts are written out as
# literal translate() calls so that pyside6-lupdate extracts them.
SECTIONS = (
    Section("cases", lambda: QCoreApplication.translate("MainWindow", "Cases")),
    Section("concerns", lambda: QCoreApplication.translate("MainWindow", "Incoming concerns")),
    Section(
        "people",
        lambda: QCoreApplication.translate("MainWindow", "People and organisations"),
        lambda: QCoreApplication.translate(
            "Sections",
            "People and organisations: the persons in your cases, relatives and "
            "professionals, and the partner registry with agreements and contact persons.",
        ),
    ),
    Section(
        "situation",
        lambda: QCoreApplication.translate("MainWindow", "Situation picture"),
        lambda: QCoreApplication.translate(
            "Sections",
            "The situation picture: dated entries by milieu and orientation with "
            "source and assessment, a current summary, and what changed since the last meeting.",
        ),
    ),
    Section(
        "meetings",
        lambda: QCoreApplication.translate("MainWindow", "Meetings"),
        lambda: QCoreApplication.translate(
            "Sections",
            "Meetings of the youth group and the intervention groups: agenda, "
            "attendees, decisions and actions, and a signed brief to print.",
        ),
    ),
    Section(
        "todo",
        lambda: QCoreApplication.translate("MainWindow", "To do"),
        lambda: QCoreApplication.translate(
            "Sections",
            "To do: follow-ups, measures and meeting actions that are due, overdue first.",
        ),
    ),
    Section(
        "disclosures",
        lambda: QCoreApplication.translate("MainWindow", "Disclosures"),
        lambda: QCoreApplication.translate(
            "Sections",
            "Disclosures: every time information left the vault, to whom, on what "
            "legal basis and who decided.",
        ),
    ),
    Section(
        "incidents",
        lambda: QCoreApplication.translate("MainWindow", "Incidents"),
        lambda: QCoreApplication.translate(
            "Sections", "Incidents: threats and pressure against staff, and the support given."
        ),
    ),
)


class EmptySectionPage(Retranslating, QWidget):
    """A calm page for a section that comes later: what it will hold, and that it is not here."""

    def __init__(
        self, heading: Callable[[], str], planned: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui: Ui_EmptySectionPage = setup_form("empty_section", self)
        self._heading = heading
        self._planned = planned
        self._retranslate_dynamic()

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(self._heading())
        self.ui.plannedLabel.setText(self._planned())
