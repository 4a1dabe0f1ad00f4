"""Every Designer form compiles, sets up on its widget class, and has a current module."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from kopingplan.gui.forms import load_form

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _compiler():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "compile_forms", ROOT / "packaging" / "compile_forms.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_forms() -> None:
    assert {f.stem for f in FORMS} >= {
        "first_run",
        "unlock",
        "main_window",
        "case_list",
        "case_view",
        "empty_section",
    }


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda f: f.stem)
def test_form_loads_and_sets_up(ui_file: Path, qapp: QApplication) -> None:
    ui = load_form(ui_file.stem)()
    base = ui_file.read_text(encoding="utf-8")
    widget: QWidget
    if 'class="QMainWindow"' in base:
        widget = QMainWindow()
    elif 'class="QDialog"' in base:
        widget = QDialog()
    else:
        widget = QWidget()
    ui.setupUi(widget)
    ui.retranslateUi(widget)
    widget.deleteLater()
    assert _compiler().is_current(ui_file)  # load_form recompiled it if it was stale


def test_a_changed_form_is_seen_as_stale(tmp_path: Path) -> None:
    compiler = _compiler()
    source = tmp_path / "probe.ui"
    source.write_bytes(FORMS[0].read_bytes())
    compiler.compile_form(source, tmp_path)
    assert compiler.is_current(source, tmp_path)
    source.write_text(
        source.read_text(encoding="utf-8").replace("</ui>", "</ui>\n"), encoding="utf-8"
    )
    assert not compiler.is_current(source, tmp_path)
