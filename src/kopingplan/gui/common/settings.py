"""What the desktop app remembers between runs: paths and layout, never content.

The settings file lives outside the vault (settings.ini in the platformdirs config folder on
every system; see :func:`kopingplan.i18n.user_settings`), so nothing stored here may say
anything about a case: no titles, no search words, no filter texts. Remembered are the last
vault *folder*, the idle time, how long a copy stays on the clipboard, and the shape of
tables (column widths and order, sort column) as Qt's opaque header state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kopingplan import i18n

LAST_VAULT = "vault/last_path"
IDLE_MINUTES = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 5.0
IDLE_MINUTES_RANGE = (0, 240)  # 0: no idle lock (the screen lock still locks the vault)
CLIPBOARD_SECONDS = "security/clipboard_seconds"
# Case content copied to the clipboard is readable by every program (and by clipboard
# history) until something replaces it. KeePassXC clears passwords after 10 s; a text is
# pasted into a letter or a form elsewhere, which takes longer, so 30 s. There is no "never":
# a copy that stays on the clipboard is a copy outside the vault nobody remembers.
DEFAULT_CLIPBOARD_SECONDS = 30
CLIPBOARD_SECONDS_RANGE = (5, 600)
WINDOW_GEOMETRY = "window/main_geometry"


def settings() -> QSettings:
    """The user's settings file (the same one :mod:`kopingplan.i18n` reads the language from)."""
    return i18n.user_settings()


def last_vault() -> Path | None:
    value = settings().value(LAST_VAULT)
    return Path(value) if isinstance(value, str) and value else None


def remember_vault(folder: Path) -> None:
    _store(LAST_VAULT, str(folder))


def _number(key: str, default: float) -> float:
    try:
        # QSettings.value is typed object; what was stored is a number or its text.
        return float(settings().value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _store(key: str, value: object) -> None:
    store = settings()
    store.setValue(key, value)
    store.sync()


def idle_minutes() -> float:
    """Minutes without input before the app locks; 0 or less turns the idle lock off."""
    return _number(IDLE_MINUTES, DEFAULT_IDLE_MINUTES)


def set_idle_minutes(minutes: float) -> None:
    _store(IDLE_MINUTES, float(minutes))


def clipboard_seconds() -> int:
    """Seconds until a copy the app made is cleared from the clipboard (always on)."""
    seconds = int(_number(CLIPBOARD_SECONDS, DEFAULT_CLIPBOARD_SECONDS))
    low, high = CLIPBOARD_SECONDS_RANGE
    return seconds if low <= seconds <= high else DEFAULT_CLIPBOARD_SECONDS


def set_clipboard_seconds(seconds: int) -> None:
    _store(CLIPBOARD_SECONDS, int(seconds))


def header_state(table: str, columns: int) -> QByteArray | None:
    """The remembered layout of a table, if it was saved for the same ``columns``: restoring
    a layout saved with seven columns onto the eight of a newer version left the case list
    with one readable header and the others blank. A layout saved before the count was kept
    is not restored either."""
    store = settings()
    value = store.value(f"tables/{table}/header")
    saved_for = store.value(f"tables/{table}/columns")
    try:
        same = saved_for is not None and int(saved_for) == columns
    except (TypeError, ValueError):
        same = False
    if not same:
        return None
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_header_state(table: str, state: QByteArray, columns: int) -> None:
    store = settings()
    store.setValue(f"tables/{table}/header", state)
    store.setValue(f"tables/{table}/columns", int(columns))


def splitter_state(name: str) -> QByteArray | None:
    """Where the coordinator last put a splitter's handle (``QSplitter.saveState``)."""
    value = settings().value(f"splitters/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_splitter_state(name: str, state: QByteArray) -> None:
    settings().setValue(f"splitters/{name}", state)


def window_geometry() -> QByteArray | None:
    value = settings().value(WINDOW_GEOMETRY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window_geometry(state: QByteArray) -> None:
    settings().setValue(WINDOW_GEOMETRY, state)
