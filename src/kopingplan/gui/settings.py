"""What the desktop app remembers between runs: paths and layout, never content.

The settings file lives outside the vault (settings.ini in the platformdirs config folder on
every system; see :func:`kopingplan.i18n.user_settings`), so nothing stored here may say
anything about a case: no titles, no search words, no filter texts. Remembered are the last
vault *folder*, the idle time, and the shape of tables (column widths and order, sort column)
as Qt's opaque header state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kopingplan import i18n

LAST_VAULT = "vault/last_path"
IDLE_MINUTES = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 5.0
WINDOW_GEOMETRY = "window/main_geometry"


def settings() -> QSettings:
    """The user's settings file (the same one :mod:`kopingplan.i18n` reads the language from)."""
    return i18n.user_settings()


def last_vault() -> Path | None:
    value = settings().value(LAST_VAULT)
    return Path(value) if isinstance(value, str) and value else None


def remember_vault(folder: Path) -> None:
    store = settings()
    store.setValue(LAST_VAULT, str(folder))
    store.sync()


def idle_minutes() -> float:
    """Minutes without input before the app locks; 0 or less turns the idle lock off."""
    value = settings().value(IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def header_state(table: str) -> QByteArray | None:
    value = settings().value(f"tables/{table}/header")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_header_state(table: str, state: QByteArray) -> None:
    settings().setValue(f"tables/{table}/header", state)


def window_geometry() -> QByteArray | None:
    value = settings().value(WINDOW_GEOMETRY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window_geometry(state: QByteArray) -> None:
    settings().setValue(WINDOW_GEOMETRY, state)
