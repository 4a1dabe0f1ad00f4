"""A coordinator's day by keyboard alone (issue 13, EN 301 549 11.2.1.1).

From the unlock dialog of a real vault, without a single mouse event: create a case, add a note
and correct it, move the case to another level, make an exit plan through the wizard, save a
signed brief, make an export for a recipient, lock (Ctrl+L) and unlock.

Every key goes to the widget that has the focus, as a keyboard's would. The focus moves only by
Tab, shortcuts and the letters underlined in labels and buttons (Alt+letter), never by
``setFocus``. What the test knows of a window's insides it uses only to check what a user sees
and to know where Tab has got to.

Two things about the offscreen platform, found while writing this (they are not the program's):

* Shortcuts and mnemonics go through Qt's shortcut map, which fires only in the *active*
  window. The offscreen platform activates a window when it is shown, but when a window closes
  it activates nothing (a window manager activates the window under it). A mnemonic pressed
  then is silently dropped: that is why Alt+letter "did not fire at all" in an earlier test.
  :func:`back_to` does the window manager's part.
* A mnemonic on a button "animates" a click that lands ~100 ms after the key: wait for its
  effect, not for the key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
    QWizard,
)

from gui_helpers import PASSPHRASE, type_text

pytestmark = pytest.mark.gui

Key = Qt.Key
Mod = Qt.KeyboardModifier
Save = QDialogButtonBox.StandardButton.Save
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


# --- a keyboard ---------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def where() -> str:
    widget = QApplication.focusWidget()
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName()!r} in {widget.window().objectName()!r}"


def press(key: Key, modifiers: Mod = Mod.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def write(text: str) -> None:
    type_text(focused(), text)


def alt(control: QWidget) -> None:
    """Alt and the letter underlined in ``control``'s text, as read off the screen (the words
    may change; the underlined letter is what a user presses)."""
    match = _MNEMONIC.search(control.text())
    assert match, f"{control.objectName()} {control.text()!r} has no underlined letter"
    press(getattr(Key, f"Key_{match.group(1).upper()}"), Mod.AltModifier)


def tab_to(target: QWidget, limit: int = 40) -> None:
    """Tab until ``target`` has the focus; fails, naming the stops, if Tab never gets there."""
    stops = []
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        stops.append(where())
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.objectName()}: {stops}")


# --- windows ------------------------------------------------------------------------------------


def gone(window: QWidget) -> bool:
    return not shiboken6.isValid(window) or not window.isVisible()


def new_window(qtbot: Any, before: QWidget) -> QWidget:
    """The window that a key just opened (it is active, so it has the keyboard)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() not in (None, before))
    opened = QApplication.activeWindow()
    assert opened is not None
    return opened


def back_to(window: QWidget, closing: QWidget | None, qtbot: Any) -> None:
    """Waits for ``closing`` to close, then does a window manager's part: activates the window
    under it (offscreen, none is). The focus in ``window`` is where it was before."""
    if closing is not None:
        qtbot.waitUntil(lambda: gone(closing))
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def while_modal(qtbot: Any, start: Callable[[], None], drive: Callable[[Any], None]) -> None:
    """``start`` opens a window with exec() (its own event loop: start returns only when the
    window closes); ``drive`` runs on that window from inside its loop. A failure in ``drive``
    closes the window and is raised here, rather than leaving the test waiting."""
    failure: list[BaseException] = []
    before = QApplication.activeModalWidget()
    polls = [0]

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is before:
            polls[0] += 1
            if polls[0] < 250:  # five seconds; start() has returned long before if it never came
                QTimer.singleShot(20, run)
            return
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is modal)
            drive(modal)
        except BaseException as error:  # raised again below
            failure.append(error)
            for _ in range(5):  # a question the failure left open, then the window itself
                stuck = QApplication.activeModalWidget()
                if stuck is None or stuck is before:
                    break
                QDialog.done(stuck, 0)  # not reject(): a wizard asks before it closes
                QApplication.processEvents()

    QTimer.singleShot(0, run)
    start()
    if failure:
        raise failure[0]
    assert polls[0] < 250, "no window opened"


def next_page(wizard: QWizard, qtbot: Any) -> None:
    page = wizard.currentId()
    alt(wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() != page)


def label_of(field: QWidget) -> QLabel:
    """The caption whose underlined letter reaches ``field``."""
    (label,) = [w for w in field.window().findChildren(QLabel) if w.buddy() is field]
    return label


def no_clashes(window: QWidget) -> None:
    """Two controls with one underlined letter: Alt+letter reaches the first only."""
    from test_keyboard import clashes

    assert clashes(window) == [], window.objectName()


def answer_file_dialog(chosen: list[Path]) -> Callable[[QFileDialog], None]:
    """Accepts the name the file dialog suggests, with Enter (the name field has the focus)."""

    def drive(dialog: QFileDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert "fileNameEdit" in where(), where()
        chosen.extend(Path(name) for name in dialog.selectedFiles())
        press(Key.Key_Return)

    return drive


class MouseWatch(QObject):
    """Counts every mouse event the application sees (there must be none)."""

    KINDS = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        }
    )

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS:
            self.count += 1
        return False


# --- the day ------------------------------------------------------------------------------------


@pytest.fixture
def vault(session: Any, vault_paths: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A fresh vault with one verified recipient (registered and verified on an earlier day:
    verifying reads a fingerprint aloud on the telephone)."""
    from cryptography.hazmat.primitives import serialization
    from test_exchange_gui import fingerprint, police_certificate

    from kopingplan.gui.common import file_dialogs
    from kopingplan.services import exchange

    certificate = police_certificate()
    row = exchange.add_recipient(session, certificate.public_bytes(serialization.Encoding.PEM))
    exchange.verify_recipient(session, row.id, fingerprint(certificate))
    session.close()
    # Qt's own file dialog (a platform's cannot be driven offscreen), answered by this test.
    monkeypatch.setattr(file_dialogs, "OPTIONS", QFileDialog.Option.DontUseNativeDialog)
    monkeypatch.setattr(file_dialogs, "DRIVEN", True)
    yield vault_paths


@pytest.fixture
def mouse(gui: QApplication) -> Iterator[MouseWatch]:
    watch = MouseWatch()
    gui.installEventFilter(watch)
    yield watch
    gui.removeEventFilter(watch)


def unlock_by_keyboard(controller: Any, qtbot: Any) -> Any:
    dialog = controller.unlock_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.ui.passphraseEdit
    write(PASSPHRASE)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest, controller: Any) -> Iterator[str]:
    """Both languages: each has its own underlined letters."""
    controller.set_language(request.param)
    yield str(request.param)
    controller.set_language("en")


def test_a_coordinators_day_without_a_mouse(
    controller: Any, qtbot: Any, vault: Any, mouse: MouseWatch, language: str
) -> None:
    controller.start(vault.folder)
    window = unlock_by_keyboard(controller, qtbot)

    # A new case: Ctrl+N, the title, a level from the list, Save.
    press(Key.Key_N, Mod.ControlModifier)
    form = new_window(qtbot, window)
    no_clashes(form)
    assert QApplication.focusWidget() is form.ui.titleEdit
    write("Bertil i skolan")
    press(Key.Key_Tab)
    assert QApplication.focusWidget() is form.ui.levelCombo
    press(Key.Key_Down)
    level_chosen = form.ui.levelCombo.currentText()
    tab_to(form.ui.buttonBox.button(Save))
    press(Key.Key_Space)
    view = new_window(qtbot, form)  # the case opens once saved
    assert view.objectName() == "CaseView"
    assert view.ui.titleLabel.text() == "Bertil i skolan"
    assert view.ui.levelValue.text() == level_chosen
    no_clashes(view)

    # A note: Alt+N ("New note…"), the text, Save.
    alt(view.ui.noteButton)
    note_form = new_window(qtbot, view)
    no_clashes(note_form)
    tab_to(note_form.ui.textEdit)
    write("Bertil talade om ett mote pa fredag.")
    tab_to(note_form.ui.buttonBox.button(Save))
    press(Key.Key_Space)
    back_to(view, note_form, qtbot)

    # Corrected: the Timeline tab (Alt+T), Tab into its list, Enter opens the note, Alt+R
    # ("Correct…") the correction form.
    alt_tab = view.ui.tabs.tabText(view.ui.tabs.indexOf(view.ui.timelineTab))
    assert _MNEMONIC.search(alt_tab)
    press(getattr(Key, f"Key_{_MNEMONIC.search(alt_tab).group(1).upper()}"), Mod.AltModifier)
    assert view.ui.tabs.currentWidget() is view.ui.timelineTab
    tab_to(view.ui.timelineTree)
    assert view.ui.timelineTree.currentItem().text(2) == "Bertil talade om ett mote pa fredag."
    press(Key.Key_Return)
    record = new_window(qtbot, view)
    assert record.ui.textView.toPlainText() == "Bertil talade om ett mote pa fredag."
    no_clashes(record)
    alt(record.ui.correctButton)
    correction = new_window(qtbot, record)
    no_clashes(correction)  # "Why corrected" once shared W with "Written"
    assert QApplication.focusWidget() is correction.ui.textEdit
    press(Key.Key_A, Mod.ControlModifier)
    write("Bertil talade om ett mote pa lordag.")
    why = correction.findChild(QWidget, "whyLabel")
    alt(why)
    assert QApplication.focusWidget() is why.buddy()
    write("Fel dag")
    press(Key.Key_Return)  # the form's default button: Save
    back_to(record, correction, qtbot)
    assert record.ui.textView.toPlainText() == "Bertil talade om ett mote pa lordag."
    assert record.ui.versionsTree.topLevelItemCount() == 1  # the earlier text is kept
    press(Key.Key_Escape)
    back_to(view, record, qtbot)

    # Another level: Alt+L ("Move to level…"), the reason, Alt+M ("Move").
    alt(view.ui.levelButton)
    move = new_window(qtbot, view)
    no_clashes(move)
    new_level = move.ui.levelCombo.currentText()
    assert new_level != level_chosen
    tab_to(move.ui.reasonEdit)
    write("Vill ha mer stod")
    alt(move.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))  # "Move"
    back_to(view, move, qtbot)
    assert view.ui.levelValue.text() == new_level

    # An exit plan: the "Exit and relatives" tab, Tab to "Exit plan…", Space; the wizard.
    alt_tab = view.ui.tabs.tabText(view.ui.tabs.indexOf(view.ui.supportTab))
    press(getattr(Key, f"Key_{_MNEMONIC.search(alt_tab).group(1).upper()}"), Mod.AltModifier)
    tab_to(view.ui.exitPlanButton)
    no_plan_yet = view.ui.exitPlanLabel.text()
    while_modal(qtbot, lambda: press(Key.Key_Space), lambda w: make_exit_plan(w, qtbot))
    back_to(view, None, qtbot)
    assert view.ui.exitPlanLabel.text() != no_plan_yet
    assert view.ui.exitPlanLabel.text().split(",")[0].endswith(" 1")  # "Revision 1, made …"

    # A signed brief, saved: Alt+F ("Create brief…"), Alt+G ("Save as signed PDF…"), Enter
    # in the file dialog on the name it suggests.
    alt(view.ui.briefButton)
    brief = new_window(qtbot, view)
    no_clashes(brief)
    saved: list[Path] = []
    while_modal(
        qtbot,
        lambda: alt(brief.ui.saveButton) or qtbot.waitUntil(lambda: bool(saved)),
        answer_file_dialog(saved),
    )
    (pdf,) = saved
    assert pdf.suffix == ".pdf" and "Bertil" not in pdf.name  # no name in a file name
    qtbot.waitUntil(lambda: pdf.exists())
    assert pdf.read_bytes().startswith(b"%PDF") and b"/ByteRange" in pdf.read_bytes()
    back_to(brief, None, qtbot)
    assert brief.ui.messageLabel.text() and not brief.ui.messageLabel.styleSheet()  # no error
    press(Key.Key_Escape)
    back_to(view, brief, qtbot)

    # An export for the police: Alt+I ("Disclose…"), Next through the pages, the decision's
    # role and purpose, the preview, "Create package…" and the file dialog.
    alt(view.ui.discloseButton)
    export = new_window(qtbot, view)
    assert isinstance(export, QWizard)
    for _ in range(3):
        no_clashes(export)
        next_page(export, qtbot)
    page = export.currentPage()
    no_clashes(export)
    for field, text in ((page.role, "Samordnare"), (page.purpose, "Samverkan kring Bertil")):
        alt(label_of(field))
        assert QApplication.focusWidget() is field, where()
        write(text)
    next_page(export, qtbot)
    no_clashes(export)
    create = next(
        export.button(which)
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton)
        if export.button(which).isVisible()
    )
    packages: list[Path] = []
    while_modal(
        qtbot,
        lambda: alt(create) or qtbot.waitUntil(lambda: bool(packages)),
        answer_file_dialog(packages),
    )
    (package,) = packages
    qtbot.waitUntil(lambda: package.exists() and gone(export))
    back_to(view, None, qtbot)
    recorded = QCoreApplication.translate(
        "CaseView", "The package was saved and the disclosure recorded ({name})."
    )
    assert view.ui.messageLabel.text() == recorded.format(name=package.name)

    # Lock and unlock.
    press(Key.Key_L, Mod.ControlModifier)
    qtbot.waitUntil(lambda: controller.main_window is None)
    assert gone(view)
    window = unlock_by_keyboard(controller, qtbot)
    assert window.case_list.model.rowCount() == 1
    assert mouse.count == 0


def make_exit_plan(wizard: Any, qtbot: Any) -> None:
    """Every page of the exit-plan wizard by keyboard; the plan saved with Alt+S."""
    no_clashes(wizard)
    ui = wizard.currentPage().ui
    assert QApplication.focusWidget() is ui.situationEdit
    write("Bor hos mamma, har slutat skolan")
    tab_to(ui.motivationCombo)
    for _ in range(4):  # "Choose…", then 1 … 4
        press(Key.Key_Down)
    assert ui.motivationCombo.currentText().startswith("4")
    for text in ("Har sjalv tagit kontakt", "Nordisk grupp pa natet", "Socialtjansten"):
        press(Key.Key_Tab)
        write(text)
    next_page(wizard, qtbot)

    # The social dimension: "Add item" puts the focus in the new item; its description.
    no_clashes(wizard)
    ui = wizard.currentPage().ui
    alt(ui.addButton)
    qtbot.waitUntil(lambda: ui.descriptionEdit.isEnabled())
    alt(ui.descriptionLabel)
    assert QApplication.focusWidget() is ui.descriptionEdit
    write("Systern Asa")
    next_page(wizard, qtbot)
    no_clashes(wizard)
    next_page(wizard, qtbot)  # the practical dimension may stay "not known"

    # A measure, its responsible in words.
    no_clashes(wizard)
    ui = wizard.currentPage().ui
    alt(ui.addButton)
    qtbot.waitUntil(lambda: ui.descriptionEdit.isEnabled())
    alt(ui.descriptionLabel)
    write("Praktik via Arbetsformedlingen")
    alt(ui.actorTextLabel)
    assert QApplication.focusWidget() is ui.actorTextEdit
    write("Arbetsformedlingen")
    next_page(wizard, qtbot)

    # The boundary: Alt+C ticks the box, then what is shared with the police.
    no_clashes(wizard)
    ui = wizard.currentPage().ui
    alt(ui.boundaryCheck)
    qtbot.waitUntil(ui.boundaryCheck.isChecked)
    alt(ui.policeLabel)
    write("Ingenting delas")
    next_page(wizard, qtbot)

    no_clashes(wizard)
    assert "Bor hos mamma" in wizard.currentPage().ui.summaryBrowser.toPlainText()
    alt(wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: gone(wizard))
