"""How a certificate is shown, the same in the recipients registry, the coordinator's identity
and the brief check: its SHA-256 fingerprint in groups of four, eight to a line, large and
monospace (read aloud over the phone and followed with a finger), and the days it is valid."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase

FINGERPRINT_POINT_SIZE = 16
GROUPS_PER_LINE = 8


def monospace_font(point_size: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


def fingerprint_font() -> QFont:
    font = monospace_font(FINGERPRINT_POINT_SIZE)
    font.setBold(True)
    return font


def fingerprint_lines(fingerprint: str) -> str:
    """Groups of four, eight to a line: easy to read aloud and to follow with a finger."""
    groups = fingerprint.split()
    return "\n".join(
        " ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


def day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def validity_text(not_before: datetime, not_after: datetime) -> str:
    return QCoreApplication.translate("Certificates", "{start} to {end}").format(
        start=day(not_before), end=day(not_after)
    )
