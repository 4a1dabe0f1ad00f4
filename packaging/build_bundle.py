#!/usr/bin/env python3
"""Builds the one-folder desktop bundle with PyInstaller and runs its self-test.

    python3 packaging/build_bundle.py [--venv DIR] [--dist DIR] [--work DIR] [--no-self-test]

The same command on Linux, Windows (``py -3.11 packaging\\build_bundle.py``) and macOS; run
it with the Python the bundle should contain (3.11 x64 from python.org on Windows and macOS).

1. A build environment of its own (default ``build/bundle-venv``), with the exact versions of
   ``packaging/pyinstaller/requirements.txt``; it is reused while that file is unchanged. The
   developer's ``.venv`` is never touched.
2. kopingplan installed into it as a wheel (``--no-build-isolation``: the build hook compiles
   the .qm translations and the forms with the environment's PySide6).
3. PyInstaller with ``packaging/pyinstaller/kopingplan.spec`` into ``--dist`` (default
   ``dist/``): ``dist/kopingplan/`` on Linux and Windows, ``dist/Kopingplan.app`` on macOS.
4. The bundle's ``--self-test`` in a clean environment (no Python variables, a temporary home
   folder), which must exit 0 and leave the home folder exactly as it was. The build fails
   otherwise.

Standard library only: it runs before anything is installed. Exit code 0 on success.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "kopingplan.spec"
REQUIREMENTS = ROOT / "packaging" / "pyinstaller" / "requirements.txt"
MARKER = ".kopingplan-requirements.sha256"
NAME = "kopingplan"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


def log(message: str) -> None:
    print(f"build_bundle: {message}", flush=True)


def run(command: list[str], **options: object) -> None:
    log("$ " + " ".join(str(part) for part in command))
    subprocess.run(command, check=True, **options)  # type: ignore[call-overload]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if WINDOWS else "bin/python")


def requirements_hash() -> str:
    data = REQUIREMENTS.read_bytes() + f"{sys.version_info[:3]} {sys.platform}".encode()
    return hashlib.sha256(data).hexdigest()


def prepare_environment(folder: Path) -> Path:
    """The build venv with the pinned requirements; reinstalled only when they change."""
    python = venv_python(folder)
    marker = folder / MARKER
    wanted = requirements_hash()
    if python.exists() and marker.is_file() and marker.read_text().strip() == wanted:
        log(f"reusing the build environment {folder}")
        return python
    if folder.exists():
        shutil.rmtree(folder)
    log(f"creating the build environment {folder}")
    venv.EnvBuilder(with_pip=True).create(folder)
    run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)])
    marker.write_text(wanted + "\n")
    return python


def install_project(python: Path) -> None:
    """kopingplan as a wheel, so the bundle holds exactly what a wheel holds."""
    run(
        [
            str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
            "--force-reinstall", str(ROOT),
        ]
    )  # fmt: skip


def build(python: Path, dist: Path, work: Path) -> Path:
    run(
        [
            str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(SPEC),
        ],
        cwd=ROOT,
    )  # fmt: skip
    return bundle_program(dist)


def bundle_program(dist: Path) -> Path:
    """The program that runs the self-test (on Windows the console twin)."""
    if MACOS:
        return dist / "Kopingplan.app" / "Contents" / "MacOS" / NAME
    if WINDOWS:
        return dist / NAME / f"{NAME}-cli.exe"
    return dist / NAME / NAME


def clean_environment(home: Path) -> dict[str, str]:
    """What a freshly logged-in user without Python would have: no PYTHON* variables, no
    virtual environment on PATH, the home folder (and the temporary folder) in ``home``."""
    tmp = home / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    if WINDOWS:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        appdata, local = home / "AppData" / "Roaming", home / "AppData" / "Local"
        appdata.mkdir(parents=True, exist_ok=True)
        local.mkdir(parents=True, exist_ok=True)
        return {
            "SYSTEMROOT": system_root,
            "WINDIR": system_root,
            "PATH": rf"{system_root}\System32;{system_root}",
            "USERPROFILE": str(home),
            "HOMEDRIVE": str(home.drive),
            "APPDATA": str(appdata),
            "LOCALAPPDATA": str(local),
            "TEMP": str(tmp),
            "TMP": str(tmp),
        }
    return {"HOME": str(home), "TMPDIR": str(tmp), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def listing(folder: Path) -> dict[str, int]:
    """Every file and folder below ``folder`` with its size (folders: -1)."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size if path.is_file() else -1)
        for path in sorted(folder.rglob("*"))
    }


def run_self_test(program: Path, home: Path, timeout: float = 300) -> tuple[int, str, list[str]]:
    """Runs ``program --self-test`` with ``home`` as its home folder.

    Returns the exit code, the combined output and the paths below ``home`` that the run
    created, changed or removed (there should be none: the self-test removes its temporary
    folder, and the program writes nowhere else).
    """
    env = clean_environment(home)
    before = listing(home)
    result = subprocess.run(
        [str(program), "--self-test"],
        env=env,
        cwd=home,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )
    after = listing(home)
    changed = sorted(
        path for path in set(before) | set(after) if before.get(path) != after.get(path)
    )
    return result.returncode, result.stdout + result.stderr, changed


def self_test(program: Path) -> bool:
    with tempfile.TemporaryDirectory(prefix="kopingplan-home-") as folder:
        home = Path(folder)
        started = time.perf_counter()
        code, output, changed = run_self_test(program, home)
        log(f"self-test of {program} (exit {code}, {time.perf_counter() - started:.1f} s):")
        print(output, end="" if output.endswith("\n") else "\n", flush=True)
    if changed:
        log("the self-test left files in its home folder: " + ", ".join(changed[:20]))
    return code == 0 and not changed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-self-test", action="store_true", help="build only")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 11):  # noqa: UP036  (run by whatever python3 is there)
        log("Python 3.11 or newer is needed")
        return 2

    started = time.perf_counter()
    python = prepare_environment(args.venv.absolute())
    install_project(python)
    program = build(python, args.dist.absolute(), args.work.absolute())
    seconds = time.perf_counter() - started
    bundle = program.parents[2] if MACOS else program.parent
    log(
        f"built {bundle} in {seconds:.0f} s, {folder_size(bundle) / 2**20:.0f} MiB "
        f"({sum(1 for _ in bundle.rglob('*'))} files)"
    )
    if args.no_self_test:
        return 0
    if not self_test(program):
        log("FAILED: the bundle's self-test did not pass")
        return 1
    log("the bundle's self-test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
