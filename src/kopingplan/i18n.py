"""The one place translations are chosen and loaded, for the GUI and the command line alike.

Source strings in the code are English; Swedish is the default UI language. Qt is imported
inside the functions so that ``import kopingplan.i18n`` stays cheap for the CLI and the core.

How to mark strings so ``packaging/update_translations.py`` (``pyside6-lupdate``) finds them —
measured with pyside6-lupdate 6.11, which has its own Python parser:

* core (no Qt):   ``QT_TRANSLATE_NOOP("Errors", "text")`` from :mod:`kopingplan.errors`;
  translate later with ``tr(context, text)`` where both are variables.
* anywhere:       ``QCoreApplication.translate("Context", "text")``.
* QObject code:   ``self.tr("text")`` (context = the enclosing class), plurals
  ``self.tr("%n case(s)", "", n)``. ``Name.tr("text")`` is filed under context "Name" for any
  name, so a plain class ``Cli`` with a static ``tr(text, disambiguation=None, n=-1)`` that
  returns ``tr(CONTEXT, text, n)`` from here (CONTEXT = "Cli", a variable: a literal there
  would be misread, see below) works too, plurals included.
* ``.ui`` files in ``forms/`` (context = the form's class name).

Pitfalls, all silent: a bare ``tr("text")`` is filed under the empty context "", and
``tr("A", "B")`` / ``i18n.tr("A", "B")`` as source "A" with comment "B" — so never pass literals
to :func:`tr`. Calls inside f-strings, calls with keyword arguments, ``QT_TRANSLATE_NOOP3`` and
the ``*_N_NOOP`` macros are not extracted, and ``QCoreApplication.translate(c, s, None, n)`` is
a plural only when ``n`` is an integer literal (and skipped if ``n`` is an attribute or call).
At run time PySide6 6.11's ``self.tr(s, "", n)`` finds no translation when ``self`` is a
subclass of the class that holds the call; the singular ``self.tr(s)`` does.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from enum import StrEnum

    from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

    from kopingplan.domain.vocabulary_terms import Term

SUPPORTED_LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"

ENV_VAR = "KOPINGPLAN_LANG"
SETTINGS_ORGANISATION = "Kopingplan"
SETTINGS_APPLICATION = "Kopingplan"
SETTINGS_KEY = "ui/language"

_log = logging.getLogger(__name__)

# Translators we installed, so a later call can take them out again (switching language at run
# time) and so Python keeps them alive: a collected QTranslator would vanish from the app.
_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """The ``resources`` folder: installed package, else source checkout, else PyInstaller."""
    installed = resources.files("kopingplan") / "resources"
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    # Editable installs and tests import kopingplan from <repo>/src, where there is no
    # resources/ inside the package; the build hook compiles the .qm into <repo>/resources.
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        for candidate in (Path(bundle) / "kopingplan" / "resources", Path(bundle) / "resources"):
            if candidate.is_dir():
                return candidate
    # Nothing found: return the expected place so callers warn about a concrete path.
    return Path(str(installed))


def _normalise(language: str | None) -> str | None:
    """'SV', ' sv_SE ' and 'sv-SE' all mean 'sv'; anything unsupported is None."""
    if not language:
        return None
    code = language.strip().lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else None


def user_settings() -> QSettings:
    """The user's settings: an INI file in the platformdirs config folder on every system.

    Not Qt's native store, which on Windows is the registry and on macOS a plist: the program
    keeps everything it writes inside the platformdirs locations, and this file holds paths,
    layout and the language only, never content.
    """
    import platformdirs
    from PySide6.QtCore import QSettings

    folder = platformdirs.user_config_path("Kopingplan", appauthor=False)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


_settings = user_settings


def chosen_language(explicit: str | None = None, *, settings: QSettings | None = None) -> str:
    """The UI language: ``--lang``, else $KOPINGPLAN_LANG, else the saved choice, else 'sv'.

    ``settings`` lets tests pass their own QSettings instead of the user's.
    """
    for candidate in (explicit, os.environ.get(ENV_VAR)):
        language = _normalise(candidate)
        if language:
            return language
        if candidate:
            _log.warning("Ignoring unsupported UI language %r", candidate)
    stored = (settings if settings is not None else _settings()).value(SETTINGS_KEY)
    return _normalise(stored if isinstance(stored, str) else None) or DEFAULT_LANGUAGE


def save_language(language: str, *, settings: QSettings | None = None) -> None:
    """Remembers the UI language for the next start (what :func:`chosen_language` reads)."""
    code = _normalise(language)
    if code is None:
        raise ValueError(f"unsupported UI language: {language!r}")
    store = settings if settings is not None else _settings()
    store.setValue(SETTINGS_KEY, code)
    store.sync()


# The bytes of each installed catalogue. QTranslator.load(path) maps the file into memory, so
# replacing the .qm while the program runs (an update, a rebuild of the catalogues) killed the
# process with SIGBUS at its next translation; loading from bytes it keeps no file open. Qt
# does not copy the data, so the bytes must live as long as the translator.
_catalogue_bytes: list[bytes] = []


def _load(translator: QTranslator, path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if data and translator.load(data):
        _catalogue_bytes.append(data)
        return True
    _log.warning("Translation file not found or unreadable: %s", path)
    return False


def install_translators(
    app: QCoreApplication, language: str, directory: Path | None = None
) -> None:
    """Installs the translators for ``language``, replacing any this function installed before.

    'sv' loads kopingplan_sv.qm and Qt's own qtbase_sv.qm (so Qt's buttons and dialogs are
    Swedish too). 'en' needs no translation except English plural forms, which come from the
    optional plural-only kopingplan_en.qm. ``directory`` overrides ``resources_dir()/i18n``
    (tests). A missing file is logged, never raised: the UI then simply stays English.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    code = _normalise(language)
    if code is None:
        raise ValueError(f"unsupported UI language: {language!r}")

    while _installed:
        app.removeTranslator(_installed.pop())
    _catalogue_bytes.clear()

    i18n_dir = directory if directory is not None else resources_dir() / "i18n"
    files = [i18n_dir / f"kopingplan_{code}.qm"]
    if code == "sv":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(qt_dir / "qtbase_sv.qm")
    elif not files[0].is_file():
        return  # English plural forms are optional: without them the source text is shown.

    for path in files:
        translator = QTranslator()  # owned by _installed, not by app, so removal frees it
        if _load(translator, path) and app.installTranslator(translator):
            _installed.append(translator)


def tr(context: str, text: str, n: int = -1) -> str:
    """Translates ``text`` (English source) in ``context``; ``n`` picks a plural form.

    Meant for strings held in variables, e.g. ones marked with QT_TRANSLATE_NOOP; see the
    module docstring for why literals should not be passed here.
    """
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, None, n)


def say(term: Term) -> str:
    """A term of :mod:`kopingplan.domain.vocabulary` (a code value's or a field's name) in the
    UI language: the GUI's labels and the command line's lines both show the vocabulary so."""
    return tr(term.context, term.english)


def word(value: StrEnum) -> str:
    """The vocabulary's word for an enum value of ``vocabulary.TABLES``, in the UI language
    (KeyError for an enum outside the table)."""
    from kopingplan.domain import vocabulary  # here: importing i18n stays cheap

    return say(vocabulary.term(value))
