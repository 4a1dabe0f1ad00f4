"""Shared fixtures. Every vault here is a real SQLCipher vault in a temporary folder.

Argon2id runs with small, still real, parameters (``FAST_KDF``) so the suite does not spend
half a second per unlock; production vaults calibrate to ~0.5 s.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not read or write the developer's real settings or vaults.
os.environ.setdefault("KOPINGPLAN_LANG", "en")

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kopingplan.storage import keyfile
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):  # type: ignore[no-untyped-def]
    """A process holds one Qt application object. The command line, run in-process by tests,
    would make a QCoreApplication that the GUI tests could not replace with a QApplication."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Points HOME and the XDG folders at a temporary tree: platformdirs and QSettings
    resolve there, so no test touches a real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    # The app moves TMPDIR into the session's runtime folder (kopingplan.hardening): give it
    # one inside the tree, and let monkeypatch put TMPDIR and tempfile's cache back after.
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("TMPDIR", os.environ.get("TMPDIR", tempfile.gettempdir()))
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)


@pytest.fixture(autouse=True)
def _fresh_unlock_throttle() -> Iterator[None]:
    """The growing delay after wrong passphrases is per process: each test starts without one."""
    from kopingplan.services.unlock_throttle import process_throttle

    process_throttle().succeeded()
    yield
    process_throttle().succeeded()


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A test that ran the command line in Swedish (in-process) left Swedish translators
    installed, and later tests that read English texts failed only when run after it.
    (English plural forms are optional, as in the app: a test alone shows "1 file(s)", one
    after this reset "1 file"; a test of a %n text accepts both. Installing them before
    every test instead sends a language change to windows earlier tests left open.)"""
    yield
    from kopingplan import i18n

    if i18n.tr("Errors", "Something went wrong.") != "Something went wrong.":
        i18n.install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Argon2id, cheap parameters, also for vaults the CLI creates inside the test."""
    monkeypatch.setattr(keyfile, "calibrate", lambda *a, **k: FAST_KDF)


@pytest.fixture
def vault_paths(tmp_path: Path) -> VaultPaths:
    return VaultPaths(tmp_path / "vault")


@pytest.fixture
def session(vault_paths: VaultPaths) -> Iterator[object]:
    from kopingplan.services.session import Session

    with Session.create(
        vault_paths,
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ) as opened:
        yield opened
