"""The "Attachments…" entry of a meeting, an incident, a concern (issue 17) and a revision of
the action plan (issue 18: its adopted text as a PDF).

The meeting view, the incident form and the concern form each get one button that opens the
same attachments window as the case window (:class:`AttachmentsDialog`: add, show, save a copy,
remove, with the same limits and messages) for the record they show. A form's record must be
stored first: until then the button is disabled and its tooltip says so. One window per record,
a child of the window it was opened from (it closes, and locks, with it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.attachments.attachments_view import AttachmentsDialog
from kopingplan.gui.common.added_button import AddedButton, add_button_after
from kopingplan.gui.common.one_window import OneWindow, child_window
from kopingplan.gui.common.unlocked import unlocked

_TIPS = {
    AttachmentOwner.MEETING: QT_TRANSLATE_NOOP(
        "AttachmentsDialog", "Files kept with this meeting, encrypted in the vault"
    ),
    AttachmentOwner.INCIDENT: QT_TRANSLATE_NOOP(
        "AttachmentsDialog", "Files kept with this incident, encrypted in the vault"
    ),
    AttachmentOwner.CONCERN: QT_TRANSLATE_NOOP(
        "AttachmentsDialog", "Files kept with this concern, encrypted in the vault"
    ),
    AttachmentOwner.PLAN_REVISION: QT_TRANSLATE_NOOP(
        "AttachmentsDialog",
        "The revision's adopted text as a PDF, and other files kept with it, encrypted in "
        "the vault",
    ),
}


def open_record_attachments(
    window: Any, owner: AttachmentOwner, owner_id: int | None
) -> AttachmentsDialog | None:
    """The attachments window of the record ``owner_id`` shown in ``window`` (brought to the
    front when open); ``None`` while the record is not stored or the vault is locked."""
    if owner_id is None or window.session is None:
        return None
    slot: OneWindow[AttachmentsDialog] = child_window(
        window, f"_attachments_window_{owner.value}_{owner_id}"
    )
    return slot.open(lambda: AttachmentsDialog(unlocked(window.session), owner, owner_id, window))


def add_record_attachments_button(
    window: Any,
    owner: AttachmentOwner,
    owner_id: Callable[[], int | None],
    *,
    after: QWidget | None = None,
    box: QDialogButtonBox | None = None,
    mnemonic: bool = True,
) -> AddedButton:
    """An "Attachments…" button for the record ``owner_id()`` shown in ``window``: right after
    the button ``after``, or among the form's buttons in ``box``. Call
    :func:`enable_attachments_button` again when the record changes (stored, another shown).
    Without ``mnemonic`` where every letter of the word is taken (the meetings section)."""
    translate = QCoreApplication.translate
    tip = _TIPS[owner]

    def text() -> str:  # its own context: its mnemonic differs from the case window's
        if not mnemonic:
            return translate("RecordAttachments", "Attachments…")
        return translate("RecordAttachments", "Attach&ments…")

    def tooltip() -> str:
        if owner_id() is None:
            return translate("AttachmentsDialog", "Save it first; then files can be attached.")
        return translate("AttachmentsDialog", tip)

    def clicked() -> None:
        open_record_attachments(window, owner, owner_id())

    if after is not None:
        button = add_button_after(after, "attachmentsButton", text, tooltip, clicked, parent=window)
    elif box is not None:
        button = AddedButton(box, "attachmentsButton", text, tooltip)
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: clicked())
    else:
        raise ValueError("an attachments button goes after a button or into a button box")
    enable_attachments_button(button, owner_id())
    return button


def enable_attachments_button(button: AddedButton, owner_id: int | None) -> None:
    """Enabled for a stored record; the tooltip says which it is."""
    button.setEnabled(owner_id is not None)
    button.retranslate()
