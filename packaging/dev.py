#!/usr/bin/env python3
"""Set-up for developers and CI, with nothing but python3 on the machine.

    python3 packaging/dev.py run  [kopingplan arguments]   install, then start the app
    python3 packaging/dev.py test [pytest arguments]       install, then run every test

``test`` without arguments runs the suite in one worker process per core (pytest-xdist's
``-n auto``; every test has its own temporary home, vault and Qt application, so they do not
meet), then the screen tests (marker ``screens``) twice more, each in a process whose offscreen
screen has a laptop's size: 1366×768 at 100 % and 1920×1080 at 150 % (1280×720 logical pixels).
The size is fixed when Qt starts, hence the separate runs. With arguments, pytest runs them as
given, in one process unless they say ``-n``.

It makes ``.venv`` beside the checkout, installs the project (editable, with the test extra),
and, on Debian or Ubuntu as root, the few system packages Qt and the tests need (the Qt
libraries' own dependencies, fonts, poppler's PDF tools, OpenSSL). Elsewhere it names what is
missing instead of installing it. Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"

# Debian package → how to tell it is there (a shared library name or a program).
SYSTEM_PACKAGES: dict[str, tuple[str, str]] = {
    "libegl1": ("lib", "EGL"),
    "libgl1": ("lib", "GL"),
    "libxkbcommon0": ("lib", "xkbcommon"),
    "libfontconfig1": ("lib", "fontconfig"),
    "libglib2.0-0": ("lib", "glib-2.0"),
    "libdbus-1-3": ("lib", "dbus-1"),
    # The xcb platform plugin's own dependencies, for `run` on an X11 desktop.
    "libxcb-cursor0": ("lib", "xcb-cursor"),
    "libxcb-icccm4": ("lib", "xcb-icccm"),
    "libxcb-keysyms1": ("lib", "xcb-keysyms"),
    "libxkbcommon-x11-0": ("lib", "xkbcommon-x11"),
    "fonts-dejavu-core": ("file", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "poppler-utils": ("program", "pdftoppm"),
    "openssl": ("program", "openssl"),
}


def missing_system_packages() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    missing = []
    for package, (kind, name) in SYSTEM_PACKAGES.items():
        present = {
            "lib": lambda n: ctypes.util.find_library(n) is not None,
            "program": lambda n: shutil.which(n) is not None,
            "file": lambda n: Path(n).exists(),
        }[kind](name)
        if not present:
            missing.append(package)
    return missing


def install_system_packages() -> None:
    missing = missing_system_packages()
    if not missing:
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        print(f"dev.py: installing system packages: {' '.join(missing)}", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
            check=True,
            env=env,
        )
    else:
        print(
            "dev.py: these system packages seem missing; install them with your package "
            f"manager if Qt or the tests fail: {' '.join(missing)}",
            file=sys.stderr,
        )


# The laptops municipalities buy, as the screen tests see them: (name, config file, scale).
SCREENS = (
    ("1366x768", "1366x768.json", ""),
    ("1920x1080@1.5", "1920x1080.json", "1.5"),
)


def run_screen_tests(python: str, screen: tuple[str, str, str], *args: str) -> int:
    """tests/gui/test_screens.py on an offscreen screen of one laptop's size."""
    name, config, scale = screen
    env = dict(
        os.environ,
        KOPINGPLAN_SCREEN=name,
        QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests' / 'gui' / 'screens' / config}",
    )
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    print(f"dev.py: screen tests at {name}", flush=True)
    command = [python, "-m", "pytest", "-m", "screens", *args]
    command.append(str(ROOT / "tests" / "gui" / "test_screens.py"))
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def install_project() -> None:
    if not venv_python().exists():
        print(f"dev.py: creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"], check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    install_system_packages()
    install_project()
    python = str(venv_python())
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        suite = rest or ["-n", "auto"]
        code = subprocess.run([python, "-m", "pytest", *suite], cwd=ROOT, env=env).returncode
        if not rest:
            for screen in SCREENS:
                code = run_screen_tests(python, screen) or code
        return code
    return subprocess.run([python, "-m", "kopingplan", *rest], cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
