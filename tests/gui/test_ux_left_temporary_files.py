"""When temporary files cannot go to memory (Linux without a private runtime folder), the
coordinator is told in the security dialog (Arkiv → Säkerhet …) in one translated line; the log
says it too, without the folder's path. With a runtime folder of their own, nothing is said."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from test_security_dialog import dialog, window

from kopingplan import hardening

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        os.name != "posix" or os.uname().sysname != "Linux", reason="the runtime folder is Linux's"
    ),
]
__all__ = ["dialog", "window"]  # fixtures: the unlocked main window and its security dialog

ON_DISK = "Temporary files, such as a print job's pages, go to this computer's disk"


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A runtime folder, and TMPDIR as it was afterwards (the check points TMPDIR at it)."""
    folder = tmp_path / "run-user"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setenv("TMPDIR", os.environ.get("TMPDIR", tempfile.gettempdir()))
    monkeypatch.setattr(hardening, "_temporary_in_memory", None)
    yield folder
    tempfile.tempdir = None


def test_a_runtime_folder_of_others_means_the_disk_and_the_log_has_no_path(
    runtime: Path, caplog: pytest.LogCaptureFixture
) -> None:
    runtime.chmod(0o755)  # readable by others: not used
    with caplog.at_level(logging.WARNING, logger="kopingplan.hardening"):
        assert hardening.use_private_tmpdir() is None
    assert hardening.temporary_files_on_disk()
    assert caplog.messages == [
        "the runtime folder is not the user's alone: temporary files go to the disk"
    ]
    assert str(runtime) not in caplog.text


def test_no_runtime_folder_means_the_disk(
    runtime: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    with caplog.at_level(logging.WARNING, logger="kopingplan.hardening"):
        assert hardening.use_private_tmpdir() is None
    assert hardening.temporary_files_on_disk()
    assert caplog.messages == ["the session has no runtime folder: temporary files go to the disk"]


def test_a_runtime_folder_of_ones_own_is_memory(runtime: Path) -> None:
    assert hardening.use_private_tmpdir() == runtime / "kopingplan"
    assert not hardening.temporary_files_on_disk()


def test_the_security_dialog_says_so_in_both_languages(
    controller: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hardening, "_temporary_in_memory", False)
    window.safety.security_action.trigger()
    shown = window.safety.dialog
    line = shown.temporary_label
    assert line.isVisible() and line.text().startswith(ON_DISK)
    controller.set_language("sv")
    assert line.text().startswith("Tillfälliga filer")
    shown.grab().save("/tmp/ux_left_security_sv.png")
    controller.set_language("en")


def test_nothing_is_said_when_they_go_to_memory(dialog: Any) -> None:
    assert hardening._temporary_in_memory is not False  # as the tests run
    assert not dialog.temporary_label.isVisible()
