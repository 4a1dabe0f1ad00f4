"""The brief window's per-copy content (issue 16, per-recipient minimisation).

A named copy of a meeting brief holds, per case, what its recipient organisation's content
profile names (none: the working group's default), within what the coordinator chose for the
case; an unnamed copy (the coordinator's own) holds the case choice. A case brief's copy does
the same with the coordinator's own default for an organisation without a profile (names
left out). A lägesbild brief's copy holds the whole picture; what it can be without is each
entry's source, left out of a copy outside the own unit unless the coordinator ticks it, as
in a meeting brief's lägesbild (:mod:`kopingplan.briefs.content_profiles` says why).

Under the list of copies the window says in words what that copy holds ("Polisen: Ärende
12: nivå, insatser"), and "Change this copy's content…" lets the coordinator narrow or widen it
per case, never beyond the case choice (:mod:`kopingplan.briefs.content_profiles` decides;
the service makes each copy from the same rule).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs.document import BriefKind, BriefOptions, CaseContent
from kopingplan.domain import model
from kopingplan.gui.briefs.brief_copies import WholeText
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.retranslating import Retranslating

if TYPE_CHECKING:
    from kopingplan.gui.briefs.brief_copies import CopyEditor


def part_words() -> dict[str, str]:
    """Each part's name in the current language (lower case, for running text)."""
    return {
        "level": QCoreApplication.translate("ContentParts", "level"),
        "orientation": QCoreApplication.translate("ContentParts", "orientation"),
        "summary": QCoreApplication.translate("ContentParts", "summary"),
        "level_history": QCoreApplication.translate("ContentParts", "level history"),
        "measures": QCoreApplication.translate("ContentParts", "measures"),
        "exit_plan": QCoreApplication.translate("ContentParts", "exit plan assessment"),
        "follow_ups": QCoreApplication.translate("ContentParts", "follow-ups"),
        "decisions": QCoreApplication.translate("ContentParts", "earlier decisions"),
        "timeline": QCoreApplication.translate("ContentParts", "timeline"),
        "professionals": QCoreApplication.translate("ContentParts", "professionals"),
        "subject_name": QCoreApplication.translate("ContentParts", "the person's name"),
        "relatives": QCoreApplication.translate("ContentParts", "relatives' names"),
    }


def situation_words() -> dict[str, str]:
    """The lägesbild brief's parts a copy can be without, in the current language."""
    return {"sources": QCoreApplication.translate("ContentParts", "each entry's source")}


def describe(contents: Mapping[int, CaseContent]) -> str:
    """ "Case 12: level, measures; Case 14: only the heading" in the current language."""
    return cp.describe(
        contents,
        part_words(),
        case=QCoreApplication.translate("ContentParts", "Case {id}: {parts}"),
        nothing=QCoreApplication.translate("ContentParts", "only the heading"),
    )


class CopyContentDialog(Retranslating, QDialog):
    """One copy's content per case: the parts the case choice has, ticked as the copy holds
    them. OK hands back the parts per case; "Profile" ticks the profile's parts again.
    ``cases``: (key, title, the parts that can be ticked); ``held`` and ``profile``: the parts
    per key; the lägesbild's key is ``content_profiles.SITUATION`` (a meeting brief's copy has
    it beside its cases). ``texts`` gives the title and the words above the list, asked again
    in the new language when the language changes (as are the parts' words)."""

    def __init__(
        self,
        texts: Callable[[], tuple[str, str]],
        cases: list[tuple[int, Callable[[], str], tuple[str, ...]]],
        held: Mapping[int, Iterable[str]],
        profile: Mapping[int, Iterable[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._texts, self._cases = texts, cases
        self._profile = {key: set(parts) for key, parts in profile.items()}
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        show_keyboard_focus(self.tree)  # Space ticks a part the user can see
        self.items: dict[tuple[int, str], QTreeWidgetItem] = {}
        self.tops: dict[int, QTreeWidgetItem] = {}
        words = {**part_words(), **situation_words()}
        for case_id, _title, available in cases:
            top = QTreeWidgetItem(self.tree, [""])
            self.tops[case_id] = top
            has = set(held.get(case_id, ()))
            for part in available:
                if part not in words:
                    continue
                item = QTreeWidgetItem(top, [""])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = part in has
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.items[(case_id, part)] = item
            top.setExpanded(True)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.profile_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.profile_button.clicked.connect(self.from_profile)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 480)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        title, intro = self._texts()
        self.setWindowTitle(title)
        self.label.setText(
            intro
            or self.tr(
                "Tick what this copy holds of each case. Only the parts chosen for the case "
                "can be ticked."
            )
        )
        self.tree.setAccessibleName(self.tr("Parts per case"))
        self.profile_button.setText(self.tr("As the &profile says"))
        words = {**part_words(), **situation_words()}
        for case_id, title_text, _available in self._cases:
            self.tops[case_id].setText(0, title_text())
        for (_case_id, part), item in self.items.items():
            item.setText(0, words[part])

    def from_profile(self) -> None:
        for (case_id, part), item in self.items.items():
            on = part in self._profile.get(case_id, set())
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> dict[int, tuple[str, ...]]:
        """Per case, the parts ticked."""
        # Every key, one without parts to tick too: else an unchanged copy read as changed.
        result: dict[int, list[str]] = {key: [] for key, _title, _parts in self._cases}
        for (case_id, part), item in self.items.items():
            if item.checkState(0) == Qt.CheckState.Checked:
                result[case_id].append(part)
        return {case_id: tuple(parts) for case_id, parts in result.items()}


class CopyContents(QObject):
    """Adds the copy's content (in words, and a button to change it) under the list of copies
    in the brief window's form, and works out each copy's content. ``brief``: the kind of
    brief (a meeting's, a case's, the lägesbild's), which says what a copy's content is."""

    def __init__(
        self,
        ui: Any,
        editor: CopyEditor,
        options: Callable[[], BriefOptions],
        cases: Callable[[], list[tuple[int, str]]],
        kind: model.GroupKind | None,
        profiles: Mapping[int, cp.Profile],
        brief: BriefKind = BriefKind.MEETING,
    ) -> None:
        super().__init__(editor)
        self.ui, self.editor = ui, editor
        self._options, self._cases, self.kind = options, cases, kind
        self.brief = brief
        self.profiles = dict(profiles)
        self.label = QLabel(ui.copiesBox)
        self.label.setObjectName("copyContentLabel")
        self.label.setWordWrap(True)
        self.whole = WholeText(self.label)  # the whole list, not cut off on a laptop
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(ui.copiesBox)
        self.button.setObjectName("copyContentButton")
        self.button.clicked.connect(self.change)
        # Under the list of copies, where there is room for a few lines of words.
        at = ui.copyListLayout.indexOf(ui.copyButtons)
        ui.copyListLayout.insertWidget(at, self.label)
        ui.copyListLayout.insertWidget(at + 1, self.button)
        # Made after the form, the button came last in Tab order (after Close): it belongs
        # right after the list it acts on, where it stands.
        QWidget.setTabOrder(ui.copyList, self.button)
        self.dialog: CopyContentDialog | None = None
        self.retranslate()

    @property
    def situation(self) -> bool:
        return self.brief is BriefKind.SITUATION

    def _with_situation(self) -> bool:
        """Whether a copy has the lägesbild's own parts: the lägesbild brief's, and a meeting
        brief's that includes the lägesbild (its section has the entries' sources)."""
        return self.situation or (self.brief is BriefKind.MEETING and self._options().situation)

    def _profile(self, organisation_id: int) -> cp.Profile | None:
        return self.profiles.get(organisation_id)

    def _named(self, row: int) -> int | None:
        """Copy ``row``'s organisation; None for an unnamed copy or no such row."""
        if not 0 <= row < len(self.editor.copies):
            return None
        return self.editor.copies[row].organisation_id

    def _outside(self, row: int) -> bool:
        """Whether copy ``row`` leaves the own unit: the lägesbild's sources are then left
        out of it unless the coordinator keeps them (a meeting's or the lägesbild brief)."""
        return self._named(row) is not None and self.editor.outside(self.editor.copies[row])

    def contents(self, row: int) -> dict[int, CaseContent] | None:
        """What copy ``row`` holds per case; None for an unnamed copy (the case choice)."""
        organisation_id = self._named(row)
        if organisation_id is None or self.situation:
            return None
        ids = [case_id for case_id, _ in self._cases()]
        profile = self._profile(organisation_id)
        changes = self.editor.copies[row].changes
        return cp.copy_contents(self._options(), ids, self.kind, profile, changes)

    def situation_parts(self, row: int) -> tuple[str, ...]:
        """What copy ``row`` holds of the lägesbild's own parts (an unnamed copy: the
        brief's; a copy outside the own unit: none unless changed)."""
        changes = self.editor.copies[row].changes if self._named(row) is not None else None
        own = cp.situation_copy_options(self._options(), changes, outside=self._outside(row))
        return cp.situation_parts(own)

    def changes(self) -> list[Mapping[int, tuple[str, ...]] | None]:
        """Per copy, the coordinator's change of its content (None: as the profile says)."""
        return [copy.changes for copy in self.editor.copies]

    def refresh(self) -> None:
        self._show_content()
        self.whole.fit()

    def _show_content(self) -> None:
        row = self.ui.copyList.currentRow()
        named = self._named(row)
        self.button.setEnabled(named is not None)
        if self.situation:
            self.label.setText(self._situation_text(row))
            return
        text = self._cases_text(row)
        if self._with_situation() and 0 <= row < len(self.editor.copies):
            text += "\n" + self._meeting_situation_text(row)
        self.label.setText(text)

    def _cases_text(self, row: int) -> str:
        held = self.contents(row)
        if held is None:
            return self.tr("Content of this copy: the choice for each case above.")
        copy = self.editor.copies[row]
        name = self.editor.choices[copy.organisation_id].name if copy.organisation_id else ""
        how = (
            self.tr("changed for this copy")
            if set(copy.changes or {}) - {cp.SITUATION}
            else self.tr("as the organisation's profile says")
            if copy.organisation_id in self.profiles
            else self.tr("the working group's default: the organisation has no profile")
            if self.brief is BriefKind.MEETING
            else self.tr("your own default without names: the organisation has no profile")
        )
        return self.tr("Content of this copy ({how}):\n{name}: {held}").format(
            how=how, name=name, held=describe(held) or self.tr("no case")
        )

    def _meeting_situation_text(self, row: int) -> str:
        """The meeting brief's lägesbild in this copy: with or without the sources, and why."""
        if self.situation_parts(row):
            return self.tr("Situation picture: with each entry's source.")
        changes = self.editor.copies[row].changes or {}
        if self._outside(row) and cp.SITUATION not in changes:
            return self.tr(
                "Situation picture: without the entries' sources, as in every copy outside "
                "your own unit: a source is often someone who told you in confidence. "
                "Add them under Change what this copy holds."
            )
        return self.tr("Situation picture: without the entries' sources.")

    def _situation_text(self, row: int) -> str:
        held = (
            self.tr("the whole situation picture, with each entry's source")
            if self.situation_parts(row)
            else self.tr("the whole situation picture, without the entries' sources")
        )
        named = self._named(row)
        if named is None:
            return self.tr("Content of this copy: {held}.").format(held=held)
        copy = self.editor.copies[row]
        how = (
            self.tr("changed for this copy")
            if copy.changes
            else self.tr(
                "the sources stay out of a copy outside your own unit: a source is often "
                "someone who told you in confidence"
            )
            if self._outside(row) and cp.situation_parts(self._options())
            else self.tr("a content profile names parts of a case, not of the picture")
        )
        return self.tr("Content of this copy ({how}):\n{name}: {held}").format(
            how=how, name=self.editor.choices[named].name, held=held
        )

    def _situation_title(self) -> str:
        return self.tr("Situation picture")

    def change(self) -> None:
        row = self.ui.copyList.currentRow()
        organisation_id = self._named(row)
        if organisation_id is None:
            return
        options = self._options()
        cases: list[tuple[int, Callable[[], str], tuple[str, ...]]] = []
        profile: dict[int, tuple[str, ...]] = {}
        held: dict[int, tuple[str, ...]] = {}
        if not self.situation:
            for case_id, title in self._cases():
                choice = options.content_for(case_id, self.kind)
                if choice is not None:
                    cases.append((case_id, partial(str, title), choice.chosen()))  # data
            ids = [case_id for case_id, _, _ in cases]
            own = self._profile(organisation_id)
            profile = {
                case_id: content.chosen()
                for case_id, content in cp.copy_contents(options, ids, self.kind, own).items()
            }
            held = {case_id: c.chosen() for case_id, c in (self.contents(row) or {}).items()}
        if self._with_situation():
            # The lägesbild's sources, ticked as this copy holds them; "as the profile says"
            # goes back to the default (a copy outside the own unit: without them), and only
            # what differs from that default is kept as the copy's change.
            available = cp.situation_parts(options)
            cases.append((cp.SITUATION, self._situation_title, available))
            held[cp.SITUATION] = self.situation_parts(row)
            profile[cp.SITUATION] = cp.situation_default(options, outside=self._outside(row))

        def texts() -> tuple[str, str]:
            title = self.tr("Content of copy {n}").format(n=row + 1)
            if self.situation:
                return title, self.tr(
                    "Every copy holds the whole situation picture. Tick what else this copy "
                    "holds. Each entry's source is left out of a copy outside your own unit "
                    "unless you tick it."
                )
            if self._with_situation():
                return title, self.tr(
                    "Tick what this copy holds of each case and of the situation picture. Only "
                    "the parts chosen for the brief can be ticked. Each entry's source is left "
                    "out of a copy outside your own unit unless you tick it."
                )
            return title, ""

        self.dialog = CopyContentDialog(texts, cases, held, profile, self.ui.copiesBox.window())
        self.dialog.profile_button.setVisible(not self.situation)  # no profile for it
        self.dialog.accepted.connect(lambda: self._chosen(row, profile))
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _chosen(self, row: int, profile: Mapping[int, tuple[str, ...]]) -> None:
        if self.dialog is None:
            return
        # Only what differs from the profile (or the sources' default) is a change: the copy
        # says "changed" only then, and the rest follows the profile as it is.
        changed = {
            key: parts
            for key, parts in self.dialog.chosen().items()
            if set(parts) != set(profile.get(key, ()))
        }
        self.editor.set_changes(row, changed or None)

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.refresh()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Change &what this copy holds…"))
        self.refresh()
