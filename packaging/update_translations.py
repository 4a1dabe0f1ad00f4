"""Updates the translation sources resources/i18n/*.ts from the code and the .ui forms.

Run from anywhere:  python packaging/update_translations.py  [--no-compile] [--strict]

* kopingplan_sv.ts holds every user-visible string; translate it in Qt Linguist
  (pyside6-linguist) or by editing the XML. Existing translations are kept; strings that left
  the code are dropped (-no-obsolete; git keeps the history).
* kopingplan_en.ts holds only the plural ("%n") strings (-pluralonly): the English source text
  cannot say both "1 case" and "2 cases", so Qt's documented way is an English catalogue with
  just the plural forms. kopingplan.i18n loads it for English when it exists.
* No source locations are stored (-locations none), so moving code does not churn the files.
* Before updating, the Python sources are checked for translation calls that lupdate silently
  skips or files under the wrong context (f-strings, keyword arguments, i18n.tr with literals,
  non-literal plural counts in translate()); they are listed, and --strict makes them fatal.

Afterwards the .ts are compiled to .qm (gitignored) so a checkout or editable install shows the
new translations at once; the build hook does the same for wheels.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGUES = {
    "kopingplan_sv.ts": ["-target-language", "sv"],
    "kopingplan_en.ts": ["-target-language", "en", "-pluralonly"],
}


def find_tool(name: str) -> str:
    """PySide6's own ``lupdate``/``lrelease`` binary, else ``pyside6-<name>`` on the way."""
    suffix = ".exe" if os.name == "nt" else ""
    candidates: list[Path] = []
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(loc) / f"{name}{suffix}" for loc in spec.submodule_search_locations]
    script = f"pyside6-{name}{suffix}"
    candidates += [
        Path(sysconfig.get_path("scripts")) / script,
        Path(sys.executable).parent / script,
    ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this environment.")


def sources() -> list[Path]:
    python = sorted((ROOT / "src" / "kopingplan").rglob("*.py"))
    forms = sorted((ROOT / "forms").glob("*.ui"))
    return python + forms


TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_problem(call: ast.Call, name: str, in_fstring: bool) -> str | None:
    """Why lupdate 6.11 would skip or misfile this call (measured, see kopingplan/i18n.py)."""
    args = call.args
    if not any(_is_text(a) for a in args[:2]):
        return None  # variables: translated at run time, extracted where they are marked
    if in_fstring:
        return "lupdate does not look inside f-strings; translate first, then format"
    if call.keywords:
        return "lupdate skips calls with keyword arguments; pass them positionally"
    func = call.func
    bare = isinstance(func, ast.Name)
    helper = bare or (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "i18n"
    )
    if name == "tr" and helper and len(args) >= 2:
        return "lupdate reads tr(a, b) as tr(source, disambiguation); i18n.tr is for variables"
    if name == "tr" and bare:
        return "a bare tr('...') lands in the empty context; use translate(ctx, ...) or Ctx.tr(...)"
    if (
        name in ("translate", "QT_TRANSLATE_NOOP")
        and len(args) >= 2
        and _is_text(args[1])
        and not _is_text(args[0])
    ):
        return "lupdate needs the context as a literal string, not a name"
    if (
        name == "translate"
        and len(args) >= 3
        and not (_is_text(args[2]) or (isinstance(args[2], ast.Constant) and args[2].value is None))
    ):
        return "lupdate skips translate() whose disambiguation is not a literal or None"
    if name == "translate" and len(args) >= 4 and not isinstance(args[3], ast.Constant):
        return (
            "lupdate does not record translate(..., n) as a plural; use SomeClass.tr(text, '', n)"
        )
    return None


def extraction_problems(files: list[Path]) -> list[str]:
    """Calls with literal text that lupdate would silently skip or file under a wrong context."""
    problems: list[tuple[str, int, str]] = []
    for path in files:
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        in_fstrings = {
            id(node)
            for fstring in ast.walk(tree)
            if isinstance(fstring, ast.JoinedStr)
            for node in ast.walk(fstring)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in TRANSLATING:
                continue
            problem = _call_problem(node, name, id(node) in in_fstrings)
            if problem:
                problems.append((str(path.relative_to(ROOT)), node.lineno, problem))
    return [f"{path}:{line}: {problem}" for path, line, problem in sorted(problems)]


def update(files: list[Path]) -> None:
    lupdate = find_tool("lupdate")
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # A list file keeps the command line short however many sources there are.
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
        for name, options in CATALOGUES.items():
            command = [
                lupdate,
                *("-locations", "none", "-no-obsolete", "-source-language", "en"),
                *options,
                f"@{listing}",
                "-ts",
                str(I18N_DIR / name),
            ]
            subprocess.run(command, cwd=ROOT, check=True)


def compile_all() -> None:
    lrelease = find_tool("lrelease")
    for ts in sorted(I18N_DIR.glob("*.ts")):
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="do not build the .qm files")
    parser.add_argument("--strict", action="store_true", help="fail on extraction problems (CI)")
    args = parser.parse_args(argv)

    files = sources()
    problems = extraction_problems(files)
    if problems:
        print(
            "Strings lupdate will not extract as intended:", *problems, sep="\n  ", file=sys.stderr
        )
        if args.strict:
            return 1
    try:
        update(files)
        if not args.no_compile:
            compile_all()
    except subprocess.CalledProcessError as error:
        print(f"{error.cmd[0]} failed with exit code {error.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
