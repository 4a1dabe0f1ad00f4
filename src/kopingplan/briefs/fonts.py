"""The DejaVu Sans font the briefs embed (resources/fonts, with its licence).

PDF's built-in Helvetica has no typographic quotes in every viewer and is not embedded, so a
brief could look different on the recipient's Windows machine; DejaVu covers Swedish and far
more, and reportlab embeds only the glyphs a brief uses. Registering parses the TrueType files
(tens of milliseconds), so it happens once per process; fonts hold no secrets.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kopingplan.i18n import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The bundled font is not where the installation put it: a broken installation."""


def font_folder() -> Path:
    return resources_dir() / "fonts"


def register() -> None:
    """Makes ``DejaVuSans`` (with ``<b>`` as ``DejaVuSans-Bold``) known to reportlab."""
    global _registered
    with _lock:  # briefs are made on worker threads; registration must happen once
        if _registered:
            return
        folder = font_folder()
        for name, file_name in FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FontMissing(f"font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, face)
        _registered = True
