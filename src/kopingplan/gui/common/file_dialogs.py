"""Save, open and folder dialogs that start where people keep their files.

Every file dialog of the program goes through here, so they all behave alike:

* they open in the folder last used for that *kind* of file (a brief, an export package, a
  certificate …), else in the user's Documents folder — never in the program's working folder;
* a save dialog suggests a name (``Mötesunderlag 2026-12-07 Unggruppen.pdf``) made by the
  caller from dates, case numbers, group and organisation names, never a person's name;
* the extension is added when the person leaves it out, and a file that exists under the
  completed name is never replaced without asking (Qt's own question in its dialog, which sees
  the default suffix; our own question when a platform dialog returned the name without it).

Only folders are remembered (QSettings ``file_dialogs/<kind>``), never a file name: a file name
can say what a case is about, and the settings file lies outside the vault.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kopingplan.gui.common import settings
from kopingplan.gui.common.widgets import ask_yes_no

KEY_PREFIX = "file_dialogs/"

# Extra options for every dialog. Tests set QFileDialog.Option.DontUseNativeDialog: a
# platform dialog cannot be driven offscreen.
OPTIONS = QFileDialog.Option(0)

# Set by tests that answer the real dialog themselves (with timers) on the offscreen platform.
DRIVEN = False

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_NAME = 120


# --- where a dialog starts ----------------------------------------------------------------------


def documents_folder() -> Path:
    """The user's Documents folder (created by the system), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(kind: str) -> Path:
    """The folder last used for ``kind`` if it still exists, else Documents."""
    value = settings.settings().value(KEY_PREFIX + kind)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return documents_folder()


def remember(kind: str, chosen: Path) -> None:
    """Keeps the folder of ``chosen`` (or ``chosen`` itself, a folder) for the next dialog."""
    folder = chosen if chosen.is_dir() else chosen.parent
    store = settings.settings()
    store.setValue(KEY_PREFIX + kind, str(folder))
    store.sync()


# --- names ------------------------------------------------------------------------------------


def safe_name(text: str) -> str:
    """``text`` as a file name on every system: no path separators or reserved characters,
    no trailing dots or spaces (Windows drops them), not longer than :data:`MAX_NAME`."""
    name = " ".join(_FORBIDDEN.sub("-", text).split())
    return name[:MAX_NAME].rstrip(" .")


def suggested_name(parts: Iterable[str], extension: str) -> str:
    """``Mötesunderlag 2026-12-07 Unggruppen.pdf`` from the parts that are not empty."""
    stem = safe_name(" ".join(part.strip() for part in parts if part and part.strip()))
    return f"{stem or 'Köpingplan'}.{extension}"


def with_extension(path: Path, extension: str, accepted: Iterable[str] = ()) -> Path:
    """``path`` with ``.extension`` added unless it already ends in it (or an ``accepted``
    one), compared without regard to case."""
    endings = {f".{e.lower().lstrip('.')}" for e in (extension, *accepted)}
    if path.suffix.lower() in endings:
        return path
    return path.with_name(f"{path.name}.{extension}")


# --- the dialogs --------------------------------------------------------------------------------


def save_dialog(
    parent: QWidget | None, kind: str, title: str, name: str, extension: str, filter_text: str
) -> QFileDialog:
    """A save dialog in :func:`start_folder` with ``name`` suggested; not shown yet."""
    dialog = QFileDialog(parent, title, str(start_folder(kind)))
    dialog.setOptions(dialog.options() | OPTIONS)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([filter_text])
    # Qt adds the suffix to a name typed without one, and asks before replacing the file
    # under the completed name (its overwrite check runs on selectedFiles(), suffix included).
    dialog.setDefaultSuffix(extension)
    dialog.selectFile(name)
    return dialog


def open_dialog(
    parent: QWidget | None, kind: str, title: str, filter_text: str, *, folder: bool = False
) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder(kind)))
    dialog.setOptions(dialog.options() | OPTIONS)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(filter_text.split(";;"))
    return dialog


def run(dialog: QFileDialog) -> list[str]:
    """Shows ``dialog`` and waits; the chosen paths, or none. (Tests replace this.)"""
    if QGuiApplication.platformName() == "offscreen" and not DRIVEN:
        # Nobody can answer a dialog on the offscreen platform: waiting would hang the tests.
        dialog.deleteLater()
        raise RuntimeError(
            "a file dialog was opened offscreen; replace file_dialogs.run in the test, "
            "or set file_dialogs.DRIVEN when the test drives the dialog itself"
        )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return []
        return list(dialog.selectedFiles())
    finally:
        dialog.deleteLater()


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Asks before an existing file is replaced; No is the default."""
    return ask_yes_no(
        parent,
        QCoreApplication.translate("FileDialogs", "Replace the file?"),
        QCoreApplication.translate(
            "FileDialogs", "{name} already exists in {folder}. Do you want to replace it?"
        ).format(name=path.name, folder=str(path.parent)),
    )


def may_replace(parent: QWidget | None, chosen: Path, targets: Iterable[Path]) -> bool:
    """Whether files that will be written beside ``chosen`` (numbered copies of a brief) may
    replace files of those names: yes when none exists, else the person is asked."""
    existing = [t for t in targets if t != chosen and (t.exists() or t.is_symlink())]
    if not existing:
        return True
    return ask_yes_no(
        parent,
        QCoreApplication.translate("FileDialogs", "Replace the files?"),
        QCoreApplication.translate(
            "FileDialogs",
            "These files already exist in {folder}:\n{names}\nDo you want to replace them?",
        ).format(folder=str(chosen.parent), names="\n".join(t.name for t in existing)),
    )


def save_path(
    parent: QWidget | None,
    kind: str,
    title: str,
    name: str,
    extension: str,
    filter_text: str,
    *,
    accepted: Iterable[str] = (),
) -> Path | None:
    """Asks where to save a file of ``kind``; the path with its extension, or None.

    ``name`` is the suggestion (see :func:`suggested_name`); ``accepted`` lists other
    extensions that are kept as typed (``crt`` beside ``pem``)."""
    chosen = run(save_dialog(parent, kind, title, name, extension, filter_text))
    if not chosen or not chosen[0]:
        return None
    typed = Path(chosen[0])
    path = with_extension(typed, extension, accepted)
    # A platform dialog may hand back the name as typed: its question (if any) was about that
    # name, not the completed one, so ask here about the file that would really be replaced.
    if path != typed and path.exists() and not confirm_replace(parent, path):
        return None
    remember(kind, path)
    return path


def open_path(parent: QWidget | None, kind: str, title: str, filter_text: str) -> Path | None:
    """Asks for an existing file of ``kind``; its path, or None."""
    chosen = run(open_dialog(parent, kind, title, filter_text))
    if not chosen or not chosen[0]:
        return None
    path = Path(chosen[0])
    remember(kind, path)
    return path


def open_then(
    parent: QWidget | None,
    kind: str,
    title: str,
    filter_text: str,
    then: Callable[[Path], object],
) -> None:
    """Asks for an existing file of ``kind`` (:func:`open_path`) and hands its path to
    ``then``; nothing happens when the person cancels."""
    path = open_path(parent, kind, title, filter_text)
    if path is not None:
        then(path)


def folder_path(
    parent: QWidget | None, kind: str, title: str, current: str | Path | None = None
) -> Path | None:
    """Asks for a folder; starts in ``current`` when it exists, else as :func:`start_folder`."""
    dialog = open_dialog(parent, kind, title, "", folder=True)
    if current and Path(current).is_dir():
        dialog.setDirectory(str(current))
    chosen = run(dialog)
    if not chosen or not chosen[0]:
        return None
    path = Path(chosen[0])
    remember(kind, path)
    return path
