"""The desktop bundle (packaging/build_bundle.py, PyInstaller) and the self-test it runs.

The slow tests build the bundle for this system and run its ``--self-test`` the way a user
without Python would: a clean environment (no PYTHON* variables, no virtual environment on
PATH), a temporary home folder, and afterwards a look at that home folder, which must be
exactly as it was.

Building takes about 50 s on two cores (PyInstaller's analysis ~35 s, the build environment
~10 s when pip's cache is warm). The finished bundle is cached, keyed by a hash of everything
that goes into it (sources, resources, forms, the recipe, the pinned requirements, the Python
version), so a run whose sources did not change reuses it (~3 s). The cache lives in
``$KOPINGPLAN_BUNDLE_CACHE`` or ``~/.cache/kopingplan-bundle-test``; the two newest bundles
are kept.

The fast tests run the self-test from the source tree and check its own logic.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import kopingplan
from kopingplan import selftest

ROOT = Path(__file__).resolve().parents[2]
# Captured at import: the suite's autouse fixture points HOME at a temporary folder per test,
# and the build should use the real pip cache.
REAL_ENV = dict(os.environ)
KEEP_BUILDS = 2

# What a passing self-test prints, step by step.
STEP_NAMES = [name for name, _ in selftest.STEPS] + ["cleanup"]
# Strings that are only ever inside the self-test's vaults and package: none may be left
# anywhere in plain text.
DEMO_STRINGS = [selftest.OWNER, selftest.ORGANISATION, "skolan", "Sjalvtest av programmet"]


def _load_build_bundle() -> ModuleType:
    path = ROOT / "packaging" / "build_bundle.py"
    spec = importlib.util.spec_from_file_location("kopingplan_build_bundle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_bundle = _load_build_bundle()


# --- the bundle, built or from the cache ------------------------------------------------------


def _inputs() -> Iterator[Path]:
    """Every file whose content can change the bundle (generated files are left out: they
    follow from their sources)."""
    for folder in ("src", "resources", "forms", "packaging/pyinstaller", "packaging/licenses"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".qm"):
                continue
            if path.name.startswith("ui_") and path.parent.name == "forms":
                continue
            yield path
    for name in (
        "pyproject.toml",
        "LICENSE",
        "packaging/build_bundle.py",
        "packaging/hatch_build.py",
        "packaging/compile_forms.py",
    ):
        yield ROOT / name


def _key() -> str:
    digest = hashlib.sha256(f"{sys.version} {sys.platform}".encode())
    for path in _inputs():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def _cache_root() -> Path:
    configured = REAL_ENV.get("KOPINGPLAN_BUNDLE_CACHE")
    if configured:
        return Path(configured)
    base = REAL_ENV.get("XDG_CACHE_HOME") or str(Path(REAL_ENV.get("HOME", "/tmp")) / ".cache")
    return Path(base) / "kopingplan-bundle-test"


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One build at a time per cache (two test runs on one machine share it)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        yield
        return
    import fcntl

    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _prune(cache: Path, keep: Path) -> None:
    builds = sorted(
        (p for p in cache.glob("bundle-*") if p.is_dir() and p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in builds[KEEP_BUILDS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The program inside the built bundle (building it when the cache has none for these
    sources)."""
    cache = _cache_root()
    with _locked(cache):
        target = cache / f"bundle-{_key()}"
        program = build_bundle.bundle_program(target / "dist")
        if not (target / "complete").is_file():
            stage = cache / "stage"
            shutil.rmtree(stage, ignore_errors=True)
            shutil.rmtree(target, ignore_errors=True)
            env = {k: v for k, v in REAL_ENV.items() if not k.startswith("PYTHON")}
            started = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable, str(ROOT / "packaging" / "build_bundle.py"),
                    "--venv", str(cache / "venv"),
                    "--dist", str(stage / "dist"),
                    "--work", str(stage / "work"),
                    "--no-self-test",
                ],
                env=env, cwd=ROOT, capture_output=True, text=True, check=False,
            )  # fmt: skip
            seconds = time.perf_counter() - started
            assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
            target.mkdir(parents=True)
            shutil.move(str(stage / "dist"), str(target / "dist"))
            shutil.rmtree(stage, ignore_errors=True)
            (target / "complete").write_text(f"built in {seconds:.0f} s\n")
            _prune(cache, target)
        os.utime(target)  # the newest used is kept longest
    assert program.is_file(), program
    return program


def _bundle_folder(program: Path) -> Path:
    return program.parents[2] if sys.platform == "darwin" else program.parent


# --- slow: the built bundle ---------------------------------------------------------------------


@pytest.mark.slow
def test_self_test_of_the_bundle_passes_without_python_around(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    code, output, changed = build_bundle.run_self_test(bundle, home)

    assert code == 0, output
    lines = output.splitlines()
    for name in STEP_NAMES:
        found = [line for line in lines if line.startswith(("[ok] ", "[skipped] ", "[FAILED] "))]
        mine = [line for line in found if line.split("] ", 1)[1].startswith(f"{name}:")]
        assert len(mine) == 1, f"no single line for step {name!r}:\n{output}"
        allowed = mine[0].startswith(f"[ok] {name}:") or (
            name in selftest.OPTIONAL_MODULES
            and mine[0].startswith(f"[skipped] {name}: {selftest.NOT_IN_BUILD}")
        )
        assert allowed, mine[0]
    assert "Self-test passed" in output
    assert "Traceback" not in output

    # Nothing written to the home folder (where platformdirs and QSettings would write) or to
    # the temporary folder inside it: the self-test's vaults and package are gone again.
    assert changed == [], changed
    leftovers = [p for p in home.rglob("*") if p.is_file()]
    for path in leftovers:
        data = path.read_bytes()
        for text in DEMO_STRINGS:
            assert text.encode() not in data, f"{text!r} in plain text in {path}"


@pytest.mark.slow
def test_bundle_has_its_parts_and_the_licence_notices(bundle: Path) -> None:
    folder = _bundle_folder(bundle)
    if sys.platform == "darwin":
        internal = folder / "Contents" / "Frameworks"
        licences = folder / "Contents" / "Resources" / "licenses"
    else:
        internal = folder / "_internal"
        licences = folder / "licenses"
        assert (
            (folder / "LICENSE.txt")
            .read_text(encoding="utf-8")
            .lstrip()
            .startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
        )
    for name in (
        "NOTICE.md",
        "LGPL-3.0.txt",
        "GPL-3.0.txt",
        "Apache-2.0.txt",
        "SQLCipher.txt",
        "DejaVu-fonts.txt",
        "python-packages.txt",
    ):
        assert (licences / name).is_file(), name
    packages = (licences / "python-packages.txt").read_text(encoding="utf-8")
    for distribution in (
        "PySide6_Essentials",
        "sqlcipher3",
        "reportlab",
        "pyHanko",
        "cryptography",
    ):
        assert distribution.lower() in packages.lower(), distribution
    assert any(licences.glob("Python-3.*.txt"))

    resources = internal / "kopingplan" / "resources"
    assert (resources / "i18n" / "kopingplan_sv.qm").is_file()
    assert not list(resources.rglob("*.ts")), "translation sources are not shipped"
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "icons" / "kopingplan.svg").is_file()
    qt = internal / "PySide6" / "Qt"
    assert (qt / "translations" / "qtbase_sv.qm").is_file()
    assert not list((qt / "translations").glob("qtbase_de.qm")), "only sv and en are shipped"
    if sys.platform.startswith("linux"):
        assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
        assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
        assert not list(internal.glob("libreadline*")), "GNU readline (GPL) is not shipped"
        assert (licences / "system-libraries.txt").is_file()
        assert (licences / "ICU.txt").is_file()


@pytest.mark.slow
def test_version_comes_from_the_package(bundle: Path, tmp_path: Path) -> None:
    env = build_bundle.clean_environment(tmp_path)
    result = subprocess.run(
        [str(bundle), "--version"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kopingplan {kopingplan.__version__}"


# --- fast: the self-test itself ---------------------------------------------------------------


def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    """The same steps in a fresh interpreter (not in this one: the self-test adds fonts to Qt's
    font database, which other tests' layouts should not see)."""
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KOPINGPLAN_"))}
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), TEMP=str(home / "tmp"))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-m", "kopingplan.selftest"],
        env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("Self-test passed")
    assert list(home.rglob("*")) == [home / "tmp"]


def test_plain_text_scan_notices_demo_content(tmp_path: Path) -> None:
    state = selftest._State(workdir=tmp_path)
    (tmp_path / "vault.db").write_bytes(b"\0" * 64 + selftest.OWNER.encode("utf-16-le"))
    with pytest.raises(selftest.StepFailed, match="plain text"):
        selftest._step_plaintext(state)

    (tmp_path / "vault.db").write_bytes(b"SQLite format 3\x00" + b"\0" * 64)
    with pytest.raises(selftest.StepFailed, match="plain SQLite"):
        selftest._step_plaintext(state)

    (tmp_path / "vault.db").write_bytes(os.urandom(4096))
    assert "none in plain text" in selftest._step_plaintext(state)


def test_optional_step_is_skipped_only_while_its_module_is_absent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    state = selftest._State(workdir=tmp_path)
    state.session = object()  # the steps below need "a vault"; they never touch it
    monkeypatch.setattr(
        selftest, "OPTIONAL_MODULES", {"brief": "kopingplan.services.not_there_yet"}
    )
    skipped = selftest._run_step("brief", lambda s: selftest._optional("brief"), state)
    assert (skipped.status, skipped.detail) == (selftest.SKIPPED, selftest.NOT_IN_BUILD)

    # No longer optional: the same absence is a failure.
    monkeypatch.setattr(selftest, "OPTIONAL_MODULES", {})

    def mandatory(s: object) -> str:
        __import__("kopingplan.services.not_there_yet")
        return "unreachable"

    failed = selftest._run_step("brief", mandatory, state)
    assert failed.status == selftest.FAILED
    assert "ModuleNotFoundError" in failed.detail
