"""File ▸ Check a brief…: choose a signed PDF and see who signed it, the certificate's
fingerprint, when, and whether it is intact (``services.briefs.verify``).

The file is only read; the check runs on the worker thread against the certificates of this
vault's identities (their briefs stay verifiable after an identity is replaced).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.certificates import fingerprint_lines
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text
from kopingplan.services import briefs

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_brief_verify import Ui_BriefVerifyDialog
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session

GOOD = "color: #1b5e20; font-weight: bold;"
BAD = "color: #b71c1c; font-weight: bold;"


def choose_open_path(parent: QWidget) -> str:
    path = file_dialogs.open_path(
        parent,
        "brief",
        QCoreApplication.translate("BriefVerifyDialog", "Check a brief"),
        QCoreApplication.translate("BriefVerifyDialog", "PDF documents (*.pdf)"),
    )
    return str(path) if path else ""


class BriefVerifyDialog(VaultDialog):
    FORM = "brief_verify"
    ui: Ui_BriefVerifyDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.result: Any = None
        self.ui.chooseButton.clicked.connect(self.choose)
        self.ui.closeButton.clicked.connect(self.close)
        self._show()
        self.ui.chooseButton.setFocus()

    def choose(self) -> None:
        path = choose_open_path(self)
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        self.ui.fileEdit.setText(str(path))
        self.result = None
        try:
            from kopingplan.briefs.verify import read_brief_file

            data = read_brief_file(path)  # a regular file, its size checked before reading
            trusted = briefs.trusted_certificates(unlocked(self.session))
        except Exception as error:
            self._show(error_text(error))
            return
        self.runner.run(
            lambda ctx: briefs.verify(data, None, trusted),
            on_success=self._checked,
            on_failure=lambda error: self._show(error_text(error)),
            label=self.tr("Checking the signature…"),
            parent=self,
        )

    def _checked(self, result: Any) -> None:
        self.result = result
        self._show()

    def _show(self, problem: str = "") -> None:
        ui, result = self.ui, self.result
        for label in (ui.signerLabel, ui.fingerprintLabel, ui.timeLabel):
            label.clear()
        ui.verdictLabel.setStyleSheet("")
        if problem:
            ui.verdictLabel.setText(problem)
            ui.verdictLabel.setStyleSheet(BAD)
            return
        if result is None:
            ui.verdictLabel.setText(self.tr("Choose a signed PDF brief to check it."))
            return
        ui.signerLabel.setText(result.signer or self.tr("(no signature found)"))
        ui.fingerprintLabel.setText(fingerprint_lines(result.fingerprint))
        if result.signed_at is not None:
            ui.timeLabel.setText(f"{result.signed_at.astimezone():%Y-%m-%d %H:%M:%S}")
        if result.ok:
            ui.verdictLabel.setText(
                self.tr("Intact: nothing was changed since it was signed with your certificate.")
            )
            ui.verdictLabel.setStyleSheet(GOOD)
        elif result.intact and result.problem is None:
            ui.verdictLabel.setText(
                self.tr(
                    "Intact, but signed with a certificate this vault does not know. Compare "
                    "the fingerprint with the sender's before you rely on it."
                )
            )
        else:
            ui.verdictLabel.setText(
                self.tr(
                    "Changed or not validly signed: do not rely on this brief. Ask the sender "
                    "for a new copy."
                )
            )
            ui.verdictLabel.setStyleSheet(BAD)

    def retranslate(self) -> None:
        super().retranslate()
        self._show()

    def teardown(self) -> None:
        super().teardown()
        self.result = None
        self._show()
        self.ui.fileEdit.clear()


class BriefMenu(QObject):
    """File ▸ "The current situation picture (brief)…" and "Check a brief…", before "Lock"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.report = QAction(window)
        self.check = QAction(window)
        self.report.triggered.connect(self.open_report)
        self.check.triggered.connect(self.open_check)
        menu = window.ui.fileMenu
        menu.insertActions(window.ui.actionLock, [self.report, self.check])
        menu.insertSeparator(window.ui.actionLock)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.report.setText(self.tr("The current situation &picture (brief)…"))
        self.check.setText(self.tr("Check a &brief…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_report(self) -> QDialog | None:
        from kopingplan.gui.briefs.brief_dialog import BriefDialog

        if self.window.session is None:
            return None
        dialog = BriefDialog.for_situation(self.window.session, self.window)
        dialog.notice.connect(self.window.show_notice)
        dialog.show()
        return dialog

    def open_check(self) -> QDialog | None:
        if self.window.session is None:
            return None
        dialog = BriefVerifyDialog(self.window.session, self.window)
        dialog.show()
        return dialog
