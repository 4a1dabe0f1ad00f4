"""Icons from resources/icons (SVG, drawn for this program; no icon theme is assumed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kopingplan.i18n import resources_dir


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon (never an error) if it is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
