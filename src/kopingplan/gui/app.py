"""The desktop app's entry point: set up Qt, then hand over to the controller.

``kopingplan`` without a subcommand calls :func:`run` (see cli.py); ``--vault`` and ``--lang``
arrive as its arguments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kopingplan import i18n

APPLICATION_NAME = "Köpingplan"


def configure(app: QApplication, language: str) -> None:
    """Names, style and translations; separate from :func:`run` so tests use the same set-up."""
    app.setApplicationName(APPLICATION_NAME)
    # QSettings are always opened with these two names (kopingplan.i18n): ASCII, so the
    # registry key and the .ini file have the same name everywhere.
    app.setOrganizationName(i18n.SETTINGS_ORGANISATION)
    # Fusion looks the same on Windows and Linux, so screenshots and help texts match what
    # every coordinator sees; it keeps the platform's fonts and palette. The keyboard focus is
    # drawn on every control (gui/common/focus_style.py).
    from kopingplan.gui.common import focus_style

    app.setStyle(focus_style.make())
    from kopingplan.gui.common import typed_dates

    typed_dates.install(app)  # "2027-01-15" typed into a date field is that day
    from kopingplan.gui.common.icons import icon

    app.setWindowIcon(icon("kopingplan"))
    i18n.install_translators(app, language)


def run(vault: Path | None = None, language: str | None = None) -> int:
    from kopingplan.gui.shell.controller import AppController

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    code = i18n.chosen_language(language)
    configure(app, code)
    from kopingplan.gui.common import unexpected

    unexpected.install()  # an error nobody expected: logged without content, told in words
    controller = AppController(app, language=code)
    controller.start(vault)
    return app.exec()
