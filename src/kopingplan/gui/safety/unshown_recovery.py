"""After unlocking: a recovery key that was made but never shown (services/recovery.py's
``unshown_since``). The vault locked, or the program was stopped, after the new key was
written and before its sheet was on screen: the sheet on paper may no longer open the vault
and nobody saw the new code. The notice says so and offers to make a new key; it comes back
at every unlock until a new key's sheet is on screen or the recovery key is removed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kopingplan.gui.common.text_context import TextContext
from kopingplan.gui.shell.notices import NoticeBar
from kopingplan.services import recovery

if TYPE_CHECKING:
    from kopingplan.gui.shell.main_window import MainWindow

NOTICE_KEY = "recovery_unshown"


class RecoveryNotice(TextContext):
    """Holder of the notice's ``tr``: ``RecoveryNotice.tr("…")``."""


def check_after_unlock(window: MainWindow, make_new_key: Callable[[], object]) -> None:
    """Reads the vault's mark on the application's worker once the unlocking's own reads are
    done; a notice when a key was never shown."""

    def tell(since: datetime | None) -> None:
        show_unshown(window, since, make_new_key)

    window.read_after_unlock(recovery.unshown_since, tell, "Unshown recovery key not checked")


def show_unshown(
    window: MainWindow, since: datetime | None, make_new_key: Callable[[], object]
) -> NoticeBar | None:
    if since is None or window.session is None:
        return None
    day = since.astimezone().date().isoformat()
    bar = window.add_notice(
        NOTICE_KEY,
        lambda: RecoveryNotice.tr(
            "The recovery key made on {day} was never shown: the vault locked, or the program "
            "stopped, before its sheet was on screen. The recovery sheet on paper may no "
            "longer open the vault, and nobody has seen the new key. Make a new recovery key "
            "now (Settings → Recovery key) and print its sheet."
        ).format(day=day),
    )
    bar.add_button(lambda: RecoveryNotice.tr("Make a new recovery key…"), make_new_key)
    window.notice_area.show_notice(bar)  # the vault may be lost: shown first
    return bar


def forget_notice(shown_in: QWidget) -> None:
    """A new key's sheet is on screen: the notice on the main window ``shown_in`` belongs to
    (a dialog's parents lead there) goes now, not only at the next unlock."""
    root = shown_in
    while (parent := root.parentWidget()) is not None:
        root = parent
    for bar in root.findChildren(NoticeBar, f"notice_{NOTICE_KEY}"):
        bar.dismiss()
