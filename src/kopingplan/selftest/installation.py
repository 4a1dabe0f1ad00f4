"""Steps that prove the build carries what the program needs: Qt with its plugins, the
translations, the fonts, SQLCipher and OpenSSL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kopingplan.selftest.common import State, StepFailed


def step_qt(state: State) -> str:
    # Before any Qt import that could create the application: offscreen, no window, no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QApplication(["kopingplan", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise StepFailed("a non-GUI Qt application already exists in this process")
    platform = QGuiApplication.platformName()
    if platform != "offscreen":
        raise StepFailed(f"platform is {platform!r}, expected 'offscreen'")
    state.app = app
    return f"platform offscreen, Qt {qVersion()}, PySide6 {pyside_version}"


def _required_plugins() -> dict[str, list[str]]:
    """Plugin folder -> file stems that must be there on this operating system."""
    if sys.platform == "win32":
        return {
            "platforms": ["qwindows", "qoffscreen"],
            "styles": ["qmodernwindowsstyle"],
            "imageformats": ["qsvg", "qico", "qjpeg"],
            "iconengines": ["qsvgicon"],
            "printsupport": ["windowsprintersupport"],
        }
    if sys.platform == "darwin":
        return {
            "platforms": ["libqcocoa", "libqoffscreen"],
            "styles": ["libqmacstyle"],
            "imageformats": ["libqsvg", "libqjpeg"],
            "iconengines": ["libqsvgicon"],
            "printsupport": ["libcocoaprintersupport"],
        }
    return {
        "platforms": ["libqxcb", "libqoffscreen", "libqwayland"],
        "imageformats": ["libqsvg", "libqjpeg"],
        "iconengines": ["libqsvgicon"],
        "printsupport": ["libcupsprintersupport"],
        "xcbglintegrations": ["libqxcb-glx-integration"],
    }


def step_qt_plugins(state: State) -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QStyleFactory

    from kopingplan.i18n import resources_dir

    root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    missing = []
    for folder, stems in _required_plugins().items():
        present = {p.name.split(".")[0] for p in (root / folder).glob("*")}
        missing += [f"{folder}/{stem}" for stem in stems if stem not in present]
    if missing:
        raise StepFailed(f"missing in {root}: {', '.join(missing)}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise StepFailed(f"the SVG image plugin does not load (formats: {sorted(formats)})")
    icon = resources_dir() / "icons" / "kopingplan.svg"
    image = QImage(str(icon))
    if image.isNull():
        raise StepFailed(f"cannot render {icon}")
    styles = list(QStyleFactory.keys())
    if "Fusion" not in styles:
        raise StepFailed(f"no Fusion style (styles: {styles})")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # loads QtPrintSupport
    del printer
    return (
        f"platform, image, icon and print plugins in {root.name}/; "
        f"styles {', '.join(styles)}; SVG renders"
    )


def step_translations(state: State) -> str:
    """Loads both Swedish catalogues the way :mod:`kopingplan.i18n` finds them, without
    installing them: the app's language stays as it was (the self-test may run in-process)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from kopingplan import i18n

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    checks = (
        (i18n.resources_dir() / "i18n" / "kopingplan_sv.qm", "Cli", "Passphrase: "),
        (qt_dir / "qtbase_sv.qm", "QPlatformTheme", "Cancel"),
    )
    results = []
    for path, context, source in checks:
        if not path.is_file():
            raise StepFailed(f"missing {path}")
        translator = QTranslator()
        if not translator.load(str(path)):
            raise StepFailed(f"cannot load {path}")
        translated = translator.translate(context, source)
        if not translated or translated == source:
            raise StepFailed(f"{path.name} does not translate {source!r}")
        results.append(f"{path.name} ({source.strip()!r} -> {translated.strip()!r})")
    return ", ".join(results)


def step_fonts(state: State) -> str:
    from PySide6.QtGui import QFontDatabase
    from reportlab.pdfbase.ttfonts import TTFont

    from kopingplan.i18n import resources_dir

    folder = resources_dir() / "fonts"
    names = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    families = set()
    for name in names:
        path = folder / name
        if not path.is_file():
            raise StepFailed(f"missing {path}")
        TTFont(f"selftest-{name}", str(path))  # parses the file as the briefs will
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise StepFailed(f"Qt cannot load {path}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return f"{', '.join(names)} load in reportlab and Qt ({', '.join(sorted(families))})"


def step_sqlcipher(state: State) -> str:
    from cryptography.hazmat.backends.openssl import backend

    from kopingplan.storage.engine import engine

    found = engine()
    if not found.cipher_version.startswith("4."):
        raise StepFailed(f"cipher_version is {found.cipher_version!r}, expected 4.x")
    if not found.fts5:
        raise StepFailed("SQLCipher was built without FTS5")
    return (
        f"SQLCipher {found.cipher_version} (SQLite {found.sqlite_version}, "
        f"{found.provider} {found.provider_version}), "
        f"cryptography with {backend.openssl_version_text()}"
    )
