"""Saving a report as a signed PDF, and the window every report of Rapporter shares.

:func:`save_signed_report` asks where, makes and signs the report on the worker thread (the
access-log report checks the whole audit chain, which takes a moment on a large log), then
writes it where the coordinator chose, with its "brief.create" audit row, back in the GUI thread
(``briefs.write``): the steps of :func:`kopingplan.gui.reports.make_then_write.make_then_write`,
which say what happened in one line.

:class:`SignedReportDialog` is the window of one report (a
:class:`~kopingplan.gui.common.vault_dialog.VaultDialog` on the report's ``FORM``): a heading,
what the report holds, a summary line, "Save signed PDF…" and Close. A report says its words
(``HEADING`` and ``EXPLANATION``, or :meth:`~SignedReportDialog.heading` and
:meth:`~SignedReportDialog.explanation` where they depend on what it shows), its summary and
how it is made for what is chosen (:meth:`~SignedReportDialog.maker`, which refuses a bad
choice with the reason in the summary line). The dialogs are children of the main window:
locking tears them down (:meth:`~SignedReportDialog.teardown` forgets the session). A report for
a period that ends by today (a year, a half-year) is a :class:`PeriodReportDialog`: it sets up
its choices in :meth:`~PeriodReportDialog.setup` and reads ``self.today``
(which a test gives).

Copies (issue 16, "every copy has a recipient"): a report that may name people or hold what
secrecy protects calls :meth:`~SignedReportDialog.add_copies` and gets the brief window's copies
and their recipients (:class:`kopingplan.gui.briefs.brief_copies.CopyEditor`, the same rules
and messages): one signed PDF per copy with its recipient printed on every page, and every copy
for a recipient outside the own unit checked before it is signed (legal basis, who decided it,
their role, the purpose; cited consent must cover it) and recorded as its own disclosure with
its SHA-256 when it is written (``briefs.write``); a refusal shows its reason and writes nothing.
The lägesbild for a period has them, and the lägesbild's rule for the entries' sources
(``add_copies(situation=True)``: the brief window's "Change what this copy holds…" per copy,
:class:`kopingplan.gui.briefs.copy_contents.CopyContents`): a copy outside the own unit is
without them unless the coordinator ticks them for it; its maker then gives the report and one
brief per copy (:data:`Made`). The report to kommunstyrelsen and the yearly follow-up
do not: they hold counts only, with every count from 1 to 4 hidden, so handing them on
discloses nothing about anyone; the accountability reports go to the data protection officer
and the auditors of the coordinator's own organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopingplan.briefs.document import Brief, BriefKind, BriefOptions
from kopingplan.gui.briefs.brief_copies import CopyEditor
from kopingplan.gui.briefs.brief_dialog import choose_save_path
from kopingplan.gui.briefs.copy_contents import CopyContents
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.text_context import TextContext
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.reports.make_then_write import make_then_write
from kopingplan.services import brief_disclosures, briefs
from kopingplan.services.brief_disclosures import CopyRecipient

if TYPE_CHECKING:
    from kopingplan.services.session import Session

# What a report's maker gives: the report, or the report and one brief per copy (each copy
# signed from its own, e.g. the lägesbild's without the sources for a copy outside).
Made = Brief | tuple[Brief, Sequence[Brief]]


def save_signed_report(
    dialog: VaultDialog,
    session: Session | None,
    runner: TaskRunner,
    make: Callable[[], Made],
    show: Callable[[str], None],
    *,
    copies: int = 1,
    to: Sequence[CopyRecipient] = (),
) -> None:
    """Asks where, makes the report on the worker thread, checks its copies' recipients
    (``to``, one per copy; a refusal signs and writes nothing) and signs ``copies`` copies
    there, then writes them and their audit row (and a disclosure per copy outside the own
    unit) here; ``show`` gets what happened (or the error) as one line."""
    path = choose_save_path(dialog)
    if not path or session is None:
        return
    try:
        signer = briefs.signer_for(session)
    except Exception as error:
        show(error_text(error))
        return
    names = briefs.recipients_of(to)

    def work(ctx: TaskContext) -> tuple[Brief, list[Any]]:
        made_now = make()
        brief, own = made_now if isinstance(made_now, tuple) else (made_now, ())
        ctx.check_cancelled()
        # Refused before anything is signed: no legal basis, consent cited that does not cover
        # it (``briefs.write`` checks again before it writes).
        if to:
            brief_disclosures.check(session, brief, to, datetime.now(UTC))
        made = briefs.sign_copies(brief, signer, copies=copies, recipients=names, per_copy=own)
        # A Cancel pressed while signing counts: nothing is written, no disclosure recorded.
        ctx.check_cancelled()
        return brief, made

    def write(result: tuple[Brief, list[Any]]) -> str:
        brief, made = result
        # Several copies are "<name>-exemplar-k-av-n.pdf": the save dialog asked about the
        # name chosen only, so ask about those too before any is replaced.
        targets = [briefs.copy_path(Path(path), item.copy) for item in made]
        if not file_dialogs.may_replace(dialog, Path(path), targets):
            return QCoreApplication.translate(
                "BriefDialog",
                "Nothing was saved and no file was replaced. Save under another name.",
            )
        paths = briefs.write(session, brief, made, Path(path), overwrite=True, to=to)
        text = QCoreApplication.translate(
            "AccessLog", "Saved and signed: {name} (document id {id})."
        ).format(name=", ".join(p.name for p in paths), id=brief.document_id)
        disclosed = sum(copy.terms is not None for copy in to)
        if disclosed:
            text += " " + ReportCopies.tr("%n copy(ies) recorded as disclosures.", "", disclosed)
        return text

    make_then_write(
        dialog,
        runner,
        work,
        write,
        show,
        label=QCoreApplication.translate("AccessLog", "Making and signing the report…"),
    )


class ReportCopies(TextContext):
    """The context of the copies' texts in a report's window: ``ReportCopies.tr("…")``."""


class CopyWidgets:
    """The brief window's copies and their recipients (its form's widget names, so
    :class:`CopyEditor` drives them), in a group box of a report's window; ``messageLabel`` is
    the window's own."""

    def __init__(self, box: QGroupBox, message: QLabel) -> None:
        self.box = self.copiesBox = box
        self.messageLabel = message
        self.copyList = QListWidget(box)
        self.copyList.setMaximumHeight(110)
        self.addCopyButton, self.removeCopyButton = QPushButton(box), QPushButton(box)
        self.recipientCombo, self.basisCombo = QComboBox(box), QComboBox(box)
        self.decidedByEdit, self.roleEdit, self.purposeEdit = (QLineEdit(box) for _ in range(3))
        self.ownUnitLabel = QLabel(box)
        self.ownUnitLabel.setWordWrap(True)
        self.copiesLabel = QLabel(box)
        self.copiesLabel.setBuddy(self.copyList)
        fields = (
            self.recipientCombo, self.basisCombo, self.decidedByEdit, self.roleEdit,
            self.purposeEdit,
        )  # fmt: skip
        self.labels = [QLabel(box) for _ in fields]
        self.copyButtons = buttons = QHBoxLayout()
        buttons.addWidget(self.addCopyButton)
        buttons.addWidget(self.removeCopyButton)
        self.copyListLayout = listing = QVBoxLayout()
        for part in (self.copiesLabel, self.copyList):
            listing.addWidget(part)
        listing.addLayout(buttons)
        listing.addStretch(1)
        form = QFormLayout()
        for row, (label, field) in enumerate(zip(self.labels, fields, strict=True)):
            label.setBuddy(field)
            form.addRow(label, field)
            if row == 0:  # whether the chosen copy is a disclosure, under its recipient
                form.addRow(self.ownUnitLabel)
        fields_column = QVBoxLayout()
        fields_column.addLayout(form)
        fields_column.addStretch(1)  # room to spare below the fields, not inside them
        layout = QHBoxLayout(box)
        layout.addLayout(listing, 2)
        layout.addLayout(fields_column, 3)

    def retranslate(self) -> None:
        # The brief window's words, with Alt+letters of their own: a report's window has other
        # buttons (Från and Syfte would share F in Swedish).
        self.box.setTitle(ReportCopies.tr("Copies and their recipients"))
        self.copiesLabel.setText(ReportCopies.tr("Cop&ies:"))
        self.addCopyButton.setText(ReportCopies.tr("Add cop&y"))
        self.removeCopyButton.setText(ReportCopies.tr("Re&move copy"))
        texts = (
            ReportCopies.tr("R&ecipient:"),
            ReportCopies.tr("Legal &basis:"),
            ReportCopies.tr("&Decided by:"),
            ReportCopies.tr("R&ole:"),
            ReportCopies.tr("&Purpose:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


class SignedReportDialog(VaultDialog):
    """One report's window, built from its ``FORM`` with ``headingLabel``,
    ``explanationLabel``, ``summaryLabel``, ``messageLabel``, ``saveButton`` and
    ``closeButton``."""

    def __init__(self, session: Session, runner: TaskRunner | None, parent: QWidget | None) -> None:
        super().__init__(session, parent, runner=runner)
        self.copies: CopyWidgets | None = None
        self.copy_editor: CopyEditor | None = None
        self.copy_contents: CopyContents | None = None
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.close)

    # --- what a report says ------------------------------------------------------------------

    # The report's heading and what it holds, each marked
    # ``QT_TRANSLATE_NOOP("<the report's class>", "…")``: its own words, which :meth:`heading`
    # and :meth:`explanation` translate in its context (a report whose words depend on what
    # it shows overrides those instead).
    HEADING: ClassVar[str]
    EXPLANATION: ClassVar[str]

    def heading(self) -> str:
        return QCoreApplication.translate(type(self).__name__, self.HEADING)

    def explanation(self) -> str:
        return QCoreApplication.translate(type(self).__name__, self.EXPLANATION)

    def fill_choices(self) -> None:
        """(Re)fills the report's own choices (a period) in the current language."""

    def show_summary(self) -> None:
        """The summary line for what is chosen."""

    def maker(self) -> Callable[[], Brief] | None:
        """How the report is made for what is chosen; ``None`` (the reason shown) to refuse."""
        raise NotImplementedError

    def copies_maker(self) -> Callable[[], Made] | None:
        """What Save makes: :meth:`maker`'s report; a report whose copies differ (the
        lägesbild's sources, :meth:`add_copies` with ``situation``) gives each copy's too."""
        return self.maker()

    # --- shared behaviour --------------------------------------------------------------------

    def add_copies(self, *, situation: bool = False) -> None:
        """Gives the window the copies and their recipients, above its message line;
        ``situation``: and what each copy holds of the lägesbild (its entries' sources, per
        copy, as in the lägesbild brief's window: :attr:`copy_contents`)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # The window's own buttons come last in the Tab chain (Close, then Save, as they stand).
        buttons = (self.ui.saveButton, self.ui.closeButton)
        first_button: QWidget = self.ui.saveButton
        while (previous := first_button.previousInFocusChain()) in buttons and previous:
            first_button = previous
        before = first_button.previousInFocusChain() or first_button
        box = QGroupBox(self)
        box.setObjectName("copiesBox")
        layout.insertWidget(layout.indexOf(self.ui.messageLabel), box)
        self.copies = CopyWidgets(box, self.ui.messageLabel)
        self.copies.retranslate()
        self.copy_editor = CopyEditor(
            self.copies, self, unlocked(self.session), [self.ui.saveButton]
        )
        self.copy_editor.retranslate()
        if situation:
            self._add_situation_contents(self.copies, self.copy_editor)
        # Made after the buttons, the copies' fields would come after them in the Tab chain:
        # put them where they stand, between the choices above and the buttons.
        fields = [
            w
            for w in box.findChildren(QWidget)
            if w.window() is self and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if self.copy_contents is not None:  # made last, it stands under the list it acts on
            fields.remove(self.copy_contents.button)
            fields.insert(fields.index(self.copies.copyList) + 1, self.copy_contents.button)
        for widget in [*fields, first_button]:
            QWidget.setTabOrder(before, widget)
            before = widget

    def _add_situation_contents(self, copies: CopyWidgets, editor: CopyEditor) -> None:
        # The lägesbild brief's per-copy content: the whole picture, the sources per copy.
        contents = CopyContents(
            copies, editor, BriefOptions, lambda: [], None, {}, BriefKind.SITUATION
        )
        self.copy_contents = contents
        copies.copyList.currentRowChanged.connect(lambda _: contents.refresh())
        copies.recipientCombo.currentIndexChanged.connect(lambda _: contents.refresh())
        copies.addCopyButton.clicked.connect(lambda: contents.refresh())
        copies.removeCopyButton.clicked.connect(lambda: contents.refresh())

    def show_texts(self) -> None:
        """The texts set in code (the first time, and after a language switch)."""
        self.ui.headingLabel.setText(self.heading())
        self.ui.explanationLabel.setText(self.explanation())
        self.show_summary()

    def save(self) -> None:
        if self.session is None:
            return
        self.ui.messageLabel.clear()
        to: list[CopyRecipient] = []
        copies = 1
        if self.copy_editor is not None:
            if self.copy_editor.validate():
                return  # the button says why
            to = self.copy_editor.recipients()
            copies = len(to) or self.copy_editor.count()
        make = self.copies_maker()
        if make is None:
            return
        save_signed_report(
            self, self.session, self.runner, make, self.ui.messageLabel.setText,
            copies=copies, to=to,
        )  # fmt: skip

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_choices()
        self.show_texts()
        if self.copies is not None and self.copy_editor is not None:
            self.copies.retranslate()
            self.copy_editor.retranslate()
        if self.copy_contents is not None:
            self.copy_contents.retranslate()

    def teardown(self) -> None:
        """Locking: forgets the session and the summary."""
        super().teardown()
        self.ui.summaryLabel.clear()
        if self.copy_editor is not None:
            self.copy_editor.clear()
        if self.copy_contents is not None:
            self.copy_contents.refresh()  # no recipient's name left in the window
        self.close()


class PeriodReportDialog(SignedReportDialog):
    """A report whose choices start from today's date (the year before, the last half-year):
    its Designer ``FORM``, its own widgets and choices in :meth:`setup`. ``today``: the day
    the choices count from (a test gives one; the real today otherwise)."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(session, runner, parent)
        self.today = today or date.today()
        self.setup()
        self.show_texts()

    def setup(self) -> None:
        """Sets up the report's own choices (from ``self.today``); called once, before its
        texts are shown."""
