"""Hatchling build hook: compiles resources/i18n/*.ts into .qm files beside them, and the Qt
Designer forms forms/*.ui into src/kopingplan/gui/forms/ui_<name>.py (packaging/compile_forms.py).

The .qm files are build products (gitignored). Writing them into the source tree, rather than
into the wheel only, serves both kinds of build: a standard wheel picks them up through the
``resources`` -> ``kopingplan/resources`` force-include (hatchling walks that folder after this
hook has run), and an editable install loads them straight from the checkout, which is where
``kopingplan.i18n.resources_dir()`` looks when the package has no resources of its own.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _load_compile_forms() -> Any:
    """packaging/compile_forms.py, imported by path: packaging/ is not a package, and the
    developer script and this hook must compile forms the same way."""
    path = Path(__file__).resolve().parent / "compile_forms.py"
    spec = importlib.util.spec_from_file_location("kopingplan_compile_forms", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"Cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def find_lrelease() -> str:
    """The lrelease of the PySide6 in this (build) environment; PATH only as a last resort.

    hatch installs the hook's PySide6-Essentials into the isolated build environment, whose
    scripts directory need not be on PATH, so look next to the interpreter first.
    """
    windows = os.name == "nt"
    candidates: list[Path] = []
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        binary = "lrelease.exe" if windows else "lrelease"
        candidates += [Path(loc) / binary for loc in spec.submodule_search_locations]
    script = "pyside6-lrelease.exe" if windows else "pyside6-lrelease"
    candidates += [
        Path(sysconfig.get_path("scripts")) / script,
        Path(sys.executable).parent / script,
    ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    raise RuntimeError(
        "Cannot compile translations: pyside6-lrelease was not found. Install PySide6-Essentials "
        "into the build environment (it is the custom build hook's dependency in pyproject.toml)."
    )


def compile_translations(i18n_dir: Path) -> list[Path]:
    """Runs lrelease on every .ts in ``i18n_dir``; returns the .qm files written."""
    ts_files = sorted(i18n_dir.glob("*.ts"))
    if not ts_files:
        return []
    lrelease = find_lrelease()
    written = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        result = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        # lrelease exits 0 on success; check the file as well so a silent failure still fails.
        if result.returncode != 0 or not qm.is_file():
            output = (result.stdout + result.stderr).strip()
            raise RuntimeError(
                f"Compiling translations failed: {lrelease} on {ts} exited with "
                f"{result.returncode}.\n{output}"
            )
        written.append(qm)
    return written


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The sdist ships the .ts sources; the .qm are made when a wheel (standard or
        # editable) is built from it.
        if self.target_name != "wheel":
            return
        i18n_dir = Path(self.root) / "resources" / "i18n"
        try:
            written = compile_translations(i18n_dir)
        except RuntimeError as error:
            self.app.display_error(str(error))
            raise
        for qm in written:
            self.app.display_info(f"Compiled {qm.relative_to(self.root)} ({version} build)")

        # Forms: the generated modules live in the package (gitignored), so both a standard
        # wheel (which packs src/kopingplan after this hook) and an editable install find them.
        compile_forms = _load_compile_forms()
        root = Path(self.root)
        try:
            modules = compile_forms.compile_all(
                root / "forms", root / "src" / "kopingplan" / "gui" / "forms"
            )
        except RuntimeError as error:
            self.app.display_error(str(error))
            raise
        for module in modules:
            self.app.display_info(f"Compiled {module.relative_to(self.root)} ({version} build)")
        # Gitignored files are left out of a wheel unless named as artifacts.
        build_data.setdefault("artifacts", []).append("/src/kopingplan/gui/forms/ui_*.py")
