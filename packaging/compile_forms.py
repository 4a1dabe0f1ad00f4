"""Compiles the Qt Designer forms forms/*.ui into src/kopingplan/gui/forms/ui_<name>.py.

Run after editing a form:   python packaging/compile_forms.py   [--check]

The generated modules are build products (gitignored): the wheel build hook
(packaging/hatch_build.py) runs this for every standard or editable install, and in a source
checkout ``kopingplan.gui.forms`` recompiles a form whose module is missing or stale on import,
so an edited form is never silently ignored. Each generated module starts with a line holding
the SHA-256 of the .ui it came from; that, not the file times (which git does not keep), is how
"stale" is decided. ``--check`` only reports stale or missing modules (exit 1), for CI.

Standard library only: the build hook imports this file by path.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = ROOT / "src" / "kopingplan" / "gui" / "forms"
HASH_PREFIX = "# source-sha256: "


def find_uic() -> list[str]:
    """The command that runs Qt's uic with the Python generator, from this environment's PySide6.

    PySide6 ships uic itself (``Qt/libexec/uic``; ``uic.exe`` beside the package on Windows);
    ``pyside6-uic`` is only a wrapper that adds ``-g python``. Looked up next to the package
    first because an isolated build environment's scripts folder need not be on PATH.
    """
    windows = os.name == "nt"
    spec = importlib.util.find_spec("PySide6")  # locates the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            base = Path(location)
            binary = base / "uic.exe" if windows else base / "Qt" / "libexec" / "uic"
            if binary.is_file() and os.access(binary, os.X_OK):
                return [str(binary), "-g", "python"]
    script = "pyside6-uic.exe" if windows else "pyside6-uic"
    for candidate in (
        Path(sysconfig.get_path("scripts")) / script,
        Path(sys.executable).parent / script,
    ):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise RuntimeError(
        "Cannot compile the forms: Qt's uic was not found. Install PySide6-Essentials into this "
        "environment (it is the custom build hook's dependency in pyproject.toml)."
    )


def module_path(ui_file: Path, output_dir: Path = OUTPUT_DIR) -> Path:
    return output_dir / f"ui_{ui_file.stem}.py"


def source_hash(ui_file: Path) -> str:
    return hashlib.sha256(ui_file.read_bytes()).hexdigest()


def is_current(ui_file: Path, output_dir: Path = OUTPUT_DIR) -> bool:
    """True when the generated module exists and was made from this exact .ui."""
    target = module_path(ui_file, output_dir)
    try:
        with target.open(encoding="utf-8") as handle:
            first = handle.readline().strip()
    except OSError:
        return False
    return first == HASH_PREFIX + source_hash(ui_file)


def compile_form(ui_file: Path, output_dir: Path = OUTPUT_DIR) -> Path:
    """Compiles one form; the module is replaced atomically so a reader never sees half of it."""
    output_dir.mkdir(parents=True, exist_ok=True)
    target = module_path(ui_file, output_dir)
    with tempfile.TemporaryDirectory(dir=output_dir) as tmp:
        generated = Path(tmp) / target.name
        result = subprocess.run(
            [*find_uic(), str(ui_file), "-o", str(generated)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not generated.is_file():
            output = (result.stdout + result.stderr).strip()
            raise RuntimeError(f"uic failed on {ui_file} (exit {result.returncode}).\n{output}")
        body = generated.read_text(encoding="utf-8")
        staged = Path(tmp) / (target.name + ".new")
        staged.write_text(f"{HASH_PREFIX}{source_hash(ui_file)}\n{body}", encoding="utf-8")
        os.replace(staged, target)
    return target


def compile_all(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[Path]:
    """Compiles every form that is missing or stale; returns the modules written."""
    return [
        compile_form(ui, output_dir)
        for ui in sorted(forms_dir.glob("*.ui"))
        if not is_current(ui, output_dir)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms (exit 1)")
    parser.add_argument("--force", action="store_true", help="recompile every form")
    args = parser.parse_args(argv)
    forms = sorted(FORMS_DIR.glob("*.ui"))
    if args.check:
        stale = [ui for ui in forms if not is_current(ui)]
        for ui in stale:
            print(f"stale or missing: {module_path(ui).relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    try:
        written = [compile_form(ui) for ui in forms] if args.force else compile_all()
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    for path in written:
        print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
