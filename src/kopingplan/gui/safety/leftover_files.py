"""After unlocking: the half-written files that interrupted saves left outside the vault are
removed on the worker (:mod:`kopingplan.services.pending_outputs`); one that cannot be reached
now (its folder or USB stick is not there) is named in a notice, once. The path is shown here
only, never written to a log."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from kopingplan import files
from kopingplan.errors import log_failure
from kopingplan.gui.common.tasks import app_runner
from kopingplan.gui.common.text_context import TextContext
from kopingplan.services import pending_outputs

if TYPE_CHECKING:
    from kopingplan.gui.shell.main_window import MainWindow

_log = logging.getLogger(__name__)


class LeftoverNotice(TextContext):
    """Holder of the notice's ``tr``: ``LeftoverNotice.tr("…")``."""


def sweep_after_unlock(window: MainWindow) -> None:
    """Runs the sweep on the application's worker once the unlocking's own reads are done."""
    window.read_after_unlock(
        lambda session: pending_outputs.sweep(session, told=False),
        lambda swept: show_unreachable(window, swept),
        "Leftover files not swept",
    )


def show_unreachable(window: MainWindow, swept: pending_outputs.Sweep) -> None:
    """A notice naming the half-written files that could not be removed yet, if any; they
    are marked told only now that they are on show. A result that comes after the vault was
    locked is not shown, and the next unlock names the files again."""
    session = window.session
    if not swept.unreachable or session is None:
        return
    paths = "; ".join(files.shown(path, None) for path in swept.unreachable)
    count = len(swept.unreachable)
    bar = window.add_notice(
        "leftover_files",
        lambda: LeftoverNotice.tr(
            "%n half-written file(s) from an interrupted save could not be removed (the folder "
            "or drive is not there now, or is read-only), and may hold unencrypted data: "
            "{paths}. The program tries again at the next unlock; you can also delete them "
            "yourself.",
            "",
            count,
        ).format(paths=paths),
    )
    bar.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
    bar.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.notice_area.show_notice(bar)  # unencrypted data outside the vault: shown first
    app_runner(window).run(
        lambda _context: pending_outputs.mark_told(session, swept.untold),
        on_failure=lambda error: log_failure(_log, "Leftover files not marked told", error),
        owner=window,
    )
