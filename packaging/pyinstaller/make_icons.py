"""Renders resources/icons/kopingplan.svg into the raster icons the platforms want.

    python packaging/pyinstaller/make_icons.py OUT_DIR

writes ``kopingplan.png`` (1024 px), ``kopingplan.ico`` (16–256 px, for the Windows program and
the Inno Setup installer) and ``kopingplan.icns`` (for the macOS .app). Needs PySide6 (QtSvg,
rendered offscreen) and Pillow, both in the bundle's build environment; the kopingplan.spec
runs it. The SVG stays the one source: nothing rendered is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "kopingplan.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render_png(svg: Path, png: Path, size: int = 1024) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"make_icons: cannot write {png}")
    del app


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    png = out / "kopingplan.png"
    render_png(SOURCE, png)
    from PIL import Image

    with Image.open(png) as image:
        rgba = image.convert("RGBA")
        rgba.save(out / "kopingplan.ico", sizes=ICO_SIZES)
        rgba.save(out / "kopingplan.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
