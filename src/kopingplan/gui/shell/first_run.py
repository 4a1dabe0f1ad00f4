"""The first-run dialog: create a vault, open an existing one, or try the demo vault.

Emits :attr:`FirstRunDialog.sessionReady` with an open session (new or demo vault) or
:attr:`FirstRunDialog.openRequested` with a folder to unlock; the controller takes it from
there. The dialog never keeps a passphrase longer than the work that needs it: the fields are
cleared as soon as the work has started.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from kopingplan.gui.common import file_dialogs, strength
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form
from kopingplan.gui.shell import vaults
from kopingplan.storage.vault import VaultPaths, default_vault_folder

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_first_run import Ui_FirstRunDialog
    from kopingplan.services.session import Session

CHOOSE, CREATE, DEMO = 0, 1, 2


class FirstRunDialog(Retranslating, QDialog):
    sessionReady = Signal(object, object, str)  # session, vault folder, notice ("" or a text)
    openRequested = Signal(object)  # vault folder to unlock

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_FirstRunDialog = setup_form("first_run", self)
        self._runner = runner
        self._busy = False
        self._choose_message = MessageLabel(self.ui.chooseMessage)
        self._create_message = MessageLabel(self.ui.createMessage)
        self._demo_message = MessageLabel(self.ui.demoMessage)
        self.ui.createBusy.setVisible(False)
        self.ui.demoBusy.setVisible(False)
        self.ui.locationEdit.setText(str(default_vault_folder()))
        self.ui.demoPassphraseEdit.setText(vaults.DEMO_PASSPHRASE)

        self.ui.createButton.clicked.connect(lambda: self.show_page(CREATE))
        self.ui.openButton.clicked.connect(self._open_existing)
        self.ui.demoButton.clicked.connect(lambda: self.show_page(DEMO))
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.createBackButton.clicked.connect(lambda: self.show_page(CHOOSE))
        self.ui.demoBackButton.clicked.connect(lambda: self.show_page(CHOOSE))
        ui = self.ui
        self.new_passphrase = strength.NewPassphrase(
            ui.passphraseEdit,
            ui.repeatEdit,
            ui.strengthBar,
            ui.strengthLabel,
            ui.problemsLabel,
            self._owner_words,
        )
        ui.passphraseEdit.textChanged.connect(self._show_problems)
        ui.repeatEdit.textChanged.connect(self._show_problems)
        ui.nameEdit.textChanged.connect(self._update_strength)
        ui.organisationEdit.textChanged.connect(self._update_strength)
        ui.showPassphraseCheck.toggled.connect(self.new_passphrase.show_text)
        self.ui.browseButton.clicked.connect(self._browse_location)
        self.ui.createVaultButton.clicked.connect(self.create_vault)
        self.ui.openDemoButton.clicked.connect(self.open_demo)
        self._retranslate_dynamic()
        self.show_page(CHOOSE)

    # --- pages

    def show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        self._choose_message.clear()
        default: QPushButton | None = {
            CREATE: self.ui.createVaultButton,
            DEMO: self.ui.openDemoButton,
        }.get(page)
        for button in (self.ui.createVaultButton, self.ui.openDemoButton):
            button.setDefault(button is default)
        focus = {
            CHOOSE: self.ui.createButton,
            CREATE: self.ui.passphraseEdit,
            DEMO: self.ui.openDemoButton,
        }[page]
        focus.setFocus()
        self._update_heading()
        self._update_strength()

    def _update_heading(self) -> None:
        page = self.ui.pages.currentIndex()
        if page == CHOOSE:
            self.ui.headingLabel.setText(self.tr("Welcome to Köpingplan"))
        elif page == CREATE:
            self.ui.headingLabel.setText(self.tr("Create a new vault"))
        elif page == DEMO:
            self.ui.headingLabel.setText(self.tr("The demo vault"))

    def _retranslate_dynamic(self) -> None:
        self._update_heading()
        self.ui.demoLocationLabel.setText(
            self.tr("It is kept in {folder}.").format(folder=vaults.demo_folder())
        )
        self._update_strength()

    # --- create

    def _owner_words(self) -> tuple[str, str]:
        return (self.ui.nameEdit.text(), self.ui.organisationEdit.text())

    def _update_strength(self) -> None:
        self.new_passphrase.update()
        self._show_problems()

    def _show_problems(self) -> None:
        # This form has no room to spare: the reasons' line is there only when it says something.
        self.ui.problemsLabel.setVisible(bool(self.ui.problemsLabel.text()))

    def _browse_location(self) -> None:
        chosen = self.choose_folder(self.tr("Choose a folder for the new vault"))
        if chosen is not None:
            self.ui.locationEdit.setText(str(chosen))

    def _create_problem(self) -> str:
        """Why the vault cannot be created yet, or "" when it can."""
        passphrase = self.ui.passphraseEdit.text()
        if not self.new_passphrase.view().acceptable:
            return self.tr("Choose a stronger passphrase first (see above).")
        if passphrase != self.ui.repeatEdit.text():
            return self.tr("Type the same passphrase twice.")
        if not self.ui.nameEdit.text().strip():
            return self.tr("Fill in your name.")
        if not self.ui.organisationEdit.text().strip():
            return self.tr("Fill in your organisation.")
        location = self.ui.locationEdit.text().strip()
        if not location:
            return self.tr("Choose where the vault is kept.")
        if VaultPaths.from_user_path(location).exists():
            return self.tr(
                "There is already a vault in that folder. Open it instead, or choose another "
                "folder."
            )
        return ""

    def create_vault(self) -> None:
        if self._busy:
            return
        problem = self._create_problem()
        if problem:
            self._create_message.show(self._create_problem, error=True)
            return
        folder = VaultPaths.from_user_path(self.ui.locationEdit.text().strip()).folder
        passphrase = self.ui.passphraseEdit.text()
        name = self.ui.nameEdit.text().strip()
        organisation = self.ui.organisationEdit.text().strip()
        self._set_busy(True, self.ui.createPage)
        self._create_message.show(
            lambda: self.tr("Creating the vault and your signing key. This takes a few seconds…")
        )
        self._runner.run(
            lambda ctx: vaults.create_vault(
                folder, passphrase, name=name, organisation=organisation
            ),
            on_success=lambda session: self._done(session, folder, ""),
            on_failure=lambda error: self._failed(error, self._create_message),
            owner=self,
        )
        # Python strings cannot be wiped; the least we can do is not keep them in the widgets.
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()

    # --- open an existing vault

    def choose_folder(self, title: str) -> Path | None:
        """Asks for a folder (tests replace this; QFileDialog cannot be driven offscreen)."""
        return file_dialogs.folder_path(self, "vault", title)

    def _open_existing(self) -> None:
        folder = self.choose_folder(self.tr("Choose the vault folder (it holds vault.db)"))
        if folder is None:
            return
        paths = VaultPaths.from_user_path(folder)
        if not paths.exists():
            self._choose_message.show(
                lambda: self.tr(
                    "There is no Köpingplan vault in {folder}. Choose the folder that holds "
                    "vault.db and vault.key."
                ).format(folder=paths.folder),
                error=True,
            )
            return
        self.openRequested.emit(paths.folder)

    # --- demo

    def open_demo(self) -> None:
        if self._busy:
            return
        self._set_busy(True, self.ui.demoPage)
        self._demo_message.show(lambda: self.tr("Preparing the demo vault. This takes a moment…"))
        self._runner.run(
            lambda ctx: vaults.open_demo(),
            on_success=self._demo_opened,
            on_failure=lambda error: self._failed(error, self._demo_message),
            owner=self,
        )

    def _demo_opened(self, result: vaults.DemoResult) -> None:
        notice = (
            ""
            if result.filled
            else self.tr(
                "The demo vault is empty: this version of Köpingplan has no demo data generator."
            )
        )
        self._done(result.session, vaults.demo_folder(), notice)

    # --- shared

    def _set_busy(self, busy: bool, page: QWidget | None) -> None:
        self._busy = busy
        for child in page.findChildren(QWidget) if page is not None else []:
            if child not in (self.ui.createMessage, self.ui.demoMessage):
                child.setEnabled(not busy)
        self.ui.createBusy.setVisible(busy and page is self.ui.createPage)
        self.ui.demoBusy.setVisible(busy and page is self.ui.demoPage)
        self.ui.createBusy.setEnabled(True)
        self.ui.demoBusy.setEnabled(True)

    def _done(self, session: Session, folder: Path, notice: str) -> None:
        self._set_busy(False, self.ui.pages.currentWidget())
        self._create_message.clear()
        self._demo_message.clear()
        self.sessionReady.emit(session, folder, notice)

    def _failed(self, error: BaseException, message: MessageLabel) -> None:
        self._set_busy(False, self.ui.pages.currentWidget())
        message.show(lambda: error_text(error), error=True)
        if self.ui.pages.currentIndex() == CREATE:
            self.ui.passphraseEdit.setFocus()

    def reject(self) -> None:
        if not self._busy:  # closing mid-creation would leave a half-made vault
            super().reject()
