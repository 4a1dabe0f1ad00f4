"""An organisation's content profile in its form (issue 16, per-recipient minimisation): the
parts of a case it gets by default in a meeting brief. "The working group's default" (no
profile) is ticked until the coordinator names parts; a copy never holds more than the
coordinator chose for the case, whatever the profile says."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from kopingplan.briefs.content_profiles import PARTS
from kopingplan.gui.briefs.copy_contents import part_words

COLUMNS = 4  # three rows: the form must fit 720 px high (a 1920×1080 laptop at 150 %)


class ContentProfileBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentProfileBox")
        layout = QVBoxLayout(self)
        self.default_check = QCheckBox(self)
        self.default_check.setObjectName("profileDefaultCheck")
        self.default_check.setChecked(True)
        layout.addWidget(self.default_check)
        grid = QGridLayout()
        self.parts: dict[str, QCheckBox] = {}
        for index, part in enumerate(PARTS):
            box = QCheckBox(self)
            box.setObjectName(f"profile_{part}")
            box.setEnabled(False)
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
            self.parts[part] = box
        layout.addLayout(grid)
        self.default_check.toggled.connect(self._default_toggled)
        self.retranslate()

    def _default_toggled(self, on: bool) -> None:
        for box in self.parts.values():
            box.setEnabled(not on)

    def set_profile(self, parts: Iterable[str] | None) -> None:
        chosen = set(parts or ())
        self.default_check.setChecked(parts is None)
        for part, box in self.parts.items():
            box.setChecked(part in chosen)

    def profile(self) -> tuple[str, ...] | None:
        """The parts ticked; None while the group's default is ticked."""
        if self.default_check.isChecked():
            return None
        return tuple(part for part, box in self.parts.items() if box.isChecked())

    def widgets(self) -> dict[str, QWidget]:
        """The check boxes by a name of their own (for the form's drafts and "unsaved")."""
        found: dict[str, QWidget] = {"profile_default": self.default_check}
        found.update({f"profile_{part}": box for part, box in self.parts.items()})
        return found

    def retranslate(self) -> None:
        self.setTitle(self.tr("In meeting briefs and case PMs this organisation gets by default"))
        self.default_check.setText(self.tr("The working group's default"))
        words = part_words()
        for part, box in self.parts.items():
            word = words[part]
            box.setText(word[:1].upper() + word[1:])
        # In the tooltip, not a line of its own: the form has no height to spare.
        self.setToolTip(
            self.tr(
                "Per case, never more than you choose for the case in the brief window; you "
                "can change it per copy there."
            )
        )
