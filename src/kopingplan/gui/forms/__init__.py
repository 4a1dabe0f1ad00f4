"""Qt Designer forms, and the one way the program loads them.

**The one way.** Every form in ``forms/<name>.ui`` (repository root) is compiled by Qt's uic into
``kopingplan/gui/forms/ui_<name>.py`` and used by *composition*::

    from kopingplan.gui.forms import setup_form

    if TYPE_CHECKING:  # the generated class, so mypy checks every widget the code uses
        from kopingplan.gui.forms.ui_unlock import Ui_UnlockDialog

    class UnlockDialog(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.ui: Ui_UnlockDialog = setup_form("unlock", self)  # set up on this dialog

        def changeEvent(self, event):  # live language switch
            if event.type() == QEvent.Type.LanguageChange:
                self.ui.retranslateUi(self)

:func:`setup_form` is ``load_form(name)().setupUi(widget)`` plus the room capital Å Ä Ö need
in some fonts (:mod:`kopingplan.gui.common.text_room`). No ``QUiLoader`` at run time (slower,
untyped, and it hides typos in object names until the form is shown), no subclassing of ``Ui_``
classes. The form's class name (the top widget's
``objectName``) is the translation context, so texts set in Designer are extracted by
``packaging/update_translations.py`` and translated by ``retranslateUi``.

**Where the modules come from.** They are build products, gitignored: the wheel build hook
compiles them for every install (standard or editable), and ``python packaging/compile_forms.py``
does it by hand after editing a form. In a source checkout (``forms/`` beside ``src/``),
:func:`load_form` also recompiles a form whose module is missing or was made from a different
version of the ``.ui``, so a freshly edited form is what you see; an installed program never
compiles anything.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE_DIR.parents[3]  # <root>/src/kopingplan/gui/forms
_CHECKOUT_FORMS = _CHECKOUT_ROOT / "forms"
_COMPILER = _CHECKOUT_ROOT / "packaging" / "compile_forms.py"

# Forms already checked in this process: the check reads the .ui once, not on every dialog.
_checked: set[str] = set()


@functools.cache  # loaded once: 2 ms a form on each first showing of a section (issue 15)
def _compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kopingplan_compile_forms", _COMPILER)
    if spec is None or spec.loader is None:  # pragma: no cover - the file is right there
        raise ImportError(f"cannot load {_COMPILER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _refresh_in_checkout(name: str) -> None:
    """Recompiles ``forms/<name>.ui`` when running from a checkout and its module is stale."""
    ui_file = _CHECKOUT_FORMS / f"{name}.ui"
    in_checkout = (_CHECKOUT_ROOT / "pyproject.toml").is_file() and _COMPILER.is_file()
    if name in _checked or not (in_checkout and ui_file.is_file()):
        return
    compiler = _compiler()
    if not compiler.is_current(ui_file, _PACKAGE_DIR):
        compiler.compile_form(ui_file, _PACKAGE_DIR)
        module_name = f"{__name__}.ui_{name}"
        if module_name in sys.modules:  # pragma: no cover - a form edited while running
            importlib.reload(sys.modules[module_name])
        importlib.invalidate_caches()
    _checked.add(name)


def load_form(name: str) -> type[Any]:
    """The ``Ui_<Class>`` class generated from ``forms/<name>.ui``; instantiate it, then
    call ``setupUi(widget)`` on the widget it decorates."""
    _refresh_in_checkout(name)
    module = importlib.import_module(f"{__name__}.ui_{name}")
    classes = [value for key, value in vars(module).items() if key.startswith("Ui_")]
    if len(classes) != 1:
        raise ImportError(f"{module.__name__} should define exactly one Ui_ class")
    return classes[0]  # type: ignore[no-any-return]


def setup_form(name: str, widget: QWidget) -> Any:
    """Sets ``forms/<name>.ui`` up on ``widget`` and returns the ``Ui_`` object (``self.ui``)."""
    from kopingplan.gui.common.font_size import follow
    from kopingplan.gui.common.text_room import make_room
    from kopingplan.gui.common.text_wrap import wrap_long_text

    ui = load_form(name)()
    ui.setupUi(widget)
    follow(widget)  # a heading's fixed size grows with a larger system font
    make_room(widget)
    wrap_long_text(widget)
    return ui
