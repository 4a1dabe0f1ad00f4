"""Translations: our catalogue, Qt's own Swedish strings, plurals, switching, language choice."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from kopingplan import i18n

SV_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>TestCtx</name>
    <message>
        <source>Open the vault</source>
        <translation>Öppna valvet</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
</context>
</TS>
"""

EN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TestCtx</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def lrelease() -> str:
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    found = str(binary) if binary.is_file() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is needed for these tests"
    return found


def compile_ts(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.is_file()
    return qm


@pytest.fixture
def catalogues(tmp_path: Path) -> Path:
    """A folder with a compiled Swedish catalogue only (no English plural forms)."""
    (tmp_path / "kopingplan_sv.ts").write_text(SV_TS, encoding="utf-8")
    compile_ts(tmp_path / "kopingplan_sv.ts")
    return tmp_path


@pytest.fixture
def app(
    qapp: QCoreApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[QCoreApplication]:
    yield qapp
    # Leave no Swedish behind for other tests: English with an empty folder removes everything.
    i18n.install_translators(qapp, "en", directory=tmp_path_factory.mktemp("none"))


def test_swedish_catalogue_is_used(app: QCoreApplication, catalogues: Path) -> None:
    assert i18n.tr("TestCtx", "Open the vault") == "Open the vault"
    i18n.install_translators(app, "sv", directory=catalogues)
    assert i18n.tr("TestCtx", "Open the vault") == "Öppna valvet"


def test_swedish_plural_forms(app: QCoreApplication, catalogues: Path) -> None:
    i18n.install_translators(app, "sv", directory=catalogues)
    assert i18n.tr("TestCtx", "%n case(s)", 1) == "1 ärende"
    assert i18n.tr("TestCtx", "%n case(s)", 3) == "3 ärenden"


def test_qts_own_strings_become_swedish(app: QCoreApplication, catalogues: Path) -> None:
    # QPlatformTheme/Cancel is the text of the standard Cancel button (QDialogButtonBox).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    i18n.install_translators(app, "sv", directory=catalogues)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Nästa >"


def test_switching_back_to_english_removes_all_swedish(
    app: QCoreApplication, catalogues: Path
) -> None:
    i18n.install_translators(app, "sv", directory=catalogues)
    i18n.install_translators(app, "sv", directory=catalogues)  # twice must not stack
    i18n.install_translators(app, "en", directory=catalogues)
    assert i18n.tr("TestCtx", "Open the vault") == "Open the vault"
    assert i18n.tr("TestCtx", "%n case(s)", 2) == "2 case(s)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_plural_catalogue_is_loaded_when_present(
    app: QCoreApplication, catalogues: Path
) -> None:
    (catalogues / "kopingplan_en.ts").write_text(EN_TS, encoding="utf-8")
    compile_ts(catalogues / "kopingplan_en.ts")
    i18n.install_translators(app, "en", directory=catalogues)
    assert i18n.tr("TestCtx", "%n case(s)", 1) == "1 case"
    assert i18n.tr("TestCtx", "%n case(s)", 2) == "2 cases"
    assert i18n.tr("TestCtx", "Open the vault") == "Open the vault"


def test_missing_catalogue_warns_and_falls_back_to_english(
    app: QCoreApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kopingplan.i18n"):
        i18n.install_translators(app, "sv", directory=tmp_path)
    assert any("kopingplan_sv.qm" in record.getMessage() for record in caplog.records)
    assert i18n.tr("TestCtx", "Open the vault") == "Open the vault"
    # Qt's own catalogue is found independently of our folder.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_unsupported_language_is_refused(app: QCoreApplication) -> None:
    with pytest.raises(ValueError, match="de"):
        i18n.install_translators(app, "de")


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_default_language_is_swedish(settings: QSettings) -> None:
    assert i18n.chosen_language(settings=settings) == "sv"


def test_saved_language_is_used(settings: QSettings) -> None:
    i18n.save_language("en", settings=settings)
    assert settings.value(i18n.SETTINGS_KEY) == "en"
    assert i18n.chosen_language(settings=settings) == "en"


def test_environment_beats_saved_language(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.save_language("sv", settings=settings)
    monkeypatch.setenv(i18n.ENV_VAR, "en_GB")
    assert i18n.chosen_language(settings=settings) == "en"


def test_explicit_beats_environment(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.chosen_language("sv", settings=settings) == "sv"


def test_unsupported_choices_fall_through(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.save_language("en", settings=settings)
    monkeypatch.setenv(i18n.ENV_VAR, "fi")
    assert i18n.chosen_language("de", settings=settings) == "en"


def test_resources_dir_holds_the_swedish_sources() -> None:
    assert (i18n.resources_dir() / "i18n" / "kopingplan_sv.ts").is_file()


def test_project_catalogues_compile(tmp_path: Path) -> None:
    # A .ts that lrelease rejects would break every wheel build; catch it here first.
    for ts in sorted((i18n.resources_dir() / "i18n").glob("*.ts")):
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        compile_ts(copy)


def test_every_swedish_text_is_translated() -> None:
    """Swedish is the default language: an unfinished entry shows English to the coordinator."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(i18n.resources_dir() / "i18n" / "kopingplan_sv.ts")
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform") or [translation]
        unfinished = translation.get("type") == "unfinished"
        if unfinished or not all((form.text or "").strip() for form in forms):
            missing.append(message.findtext("source"))
    assert missing == []


def test_translation_calls_are_all_extractable() -> None:
    """Calls lupdate would skip (a context held in a variable, an f-string) leave texts that
    can never be translated; packaging/update_translations.py lists them."""
    import importlib.util

    script = Path(__file__).parents[2] / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.extraction_problems(module.sources()) == []


def test_a_catalogue_replaced_while_running_does_not_crash_the_program(tmp_path: Path) -> None:
    """Rebuilding or updating the .qm files under a running program truncated a file that Qt had
    mapped into memory: the next translation died with SIGBUS. Run in a child process, so a
    regression fails this test instead of killing the test run."""
    import sys

    catalogue = i18n.resources_dir() / "i18n" / "kopingplan_sv.qm"
    if not catalogue.is_file():
        pytest.skip("the catalogues are not compiled in this checkout")
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copyfile(catalogue, folder / "kopingplan_sv.qm")
    script = f"""
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kopingplan import i18n
app = QCoreApplication([])
folder = Path({str(folder)!r})
i18n.install_translators(app, "sv", folder)
before = QCoreApplication.translate("Cli", "change the passphrase")
(folder / "kopingplan_sv.qm").write_bytes(b"")  # truncated in place, as a rebuild does
print(before, "|", QCoreApplication.translate("Cli", "change the passphrase"))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "byt lösenfras | byt lösenfras"
