"""A dialog over the unlocked vault, made from its Designer form.

What every such dialog did in its first lines and at a lock: make its form (``FORM``) as
``self.ui``, keep the session, take the application's one worker as ``self.runner`` (or the
``runner`` given, a test's synchronous one), and forget the session when the vault locks.
A subclass names
its form, types ``ui`` with the form's class, and in :meth:`VaultDialog.teardown` forgets what
it shows before calling ``super().teardown()``::

    class LegalBasesDialog(VaultDialog):
        FORM = "legal_bases"
        ui: Ui_LegalBasesDialog
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class VaultDialog(Retranslating, QDialog):
    """The form ``FORM`` in a dialog that holds ``session`` until the vault locks, and runs
    its long work on ``runner``."""

    FORM: ClassVar[str]

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.ui: Any = setup_form(self.FORM, self)
        self.session: Session | None = session
        # The application's one worker: a runner of its own would be a second thread on the
        # vault that a lock neither cancels nor waits for.
        self.runner = runner or app_runner(self)

    def teardown(self) -> None:
        """Locking: the session goes (a subclass also forgets what it shows)."""
        self.session = None
