"""The vault locks while "New disclosure" makes its package, and the package fails for a reason
of its own in the lock's wait (a full disk, its folder removed): the unlock window says that
the package could not be made and why, in the words the wizard shows for that failure, and
that what was prepared is kept as a draft. Before, it said the lock came first, and the
coordinator made the package again from the draft into the same full disk.

What the unlock window says stays free of the vault's content: a reason that names a recipient
(a certificate that expired meanwhile) is not shown there. When the worker still runs as the
wait runs out, its end is unknown: the window says, as before, that the lock came first (the
package is never made after that). Through the real controller and main window, as
test_export_during_lock drives them.
"""

from __future__ import annotations

import errno
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import test_export_wizard_draft as drafted
from test_export_during_lock import Making, making, vault
from test_export_wizard_draft import PURPOSE

from kopingplan import errors, files
from kopingplan.exchange import errors as ex
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.export_lock import sayable
from kopingplan.services import consents, exchange
from kopingplan.services.exchange import outgoing
from kopingplan.services.exchange.recipients import RecipientCertificateExpired
from kopingplan.services.identity import IdentityExpired

from gui_helpers import results_handled

pytestmark = pytest.mark.gui

__all__ = ["making", "vault"]

KEPT = "What you prepared is kept as a draft; make the package from it once the vault is open."
NOT_MADE = (
    "The package that was being made when the vault locked could not be made, and no "
    "disclosure was recorded. The reason: "
)
FULL = (
    "The disk is full, so this could not be done and nothing was changed. Everything saved "
    "before is intact. Free some space and try again."
)


def full_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """The drive the package goes to has no space left (its bytes cannot be synced); what
    frees the space again, before unlocking."""
    real = files.os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    return lambda: monkeypatch.setattr(files.os, "fsync", real)


def locked_in_the_wait(making: Making) -> str:
    """The worker, held before it signs, goes on (and fails) while the lock waits for it:
    the unlock window's words."""
    threading.Timer(0.2, making.release.set).start()
    making.controller.lock()
    dialog = making.controller.unlock_dialog
    assert dialog.message_is_error
    return str(dialog.message)


def nothing_made_and_draft_kept(making: Making) -> None:
    """After unlocking: no package, no disclosure, the input in a draft that is offered."""
    window = making.unlocked()
    assert not making.path.exists()
    assert not [p for p in making.path.parent.glob(".kopingplan-*")]
    assert exchange.disclosure_count(window.session) == 0
    draft = drafted.stored(window)
    assert draft is not None and draft["fields"]["terms"]["purpose"] == PURPOSE
    assert [bar.key for bar in window.notices() if bar.key == "drafts"] == ["drafts"]


def nothing_of_the_vault(said: str) -> None:
    assert PURPOSE not in said and "Åsa" not in said and "Bertil" not in said


def test_a_full_disk_in_the_locks_wait_is_said_with_the_draft_kept(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    making.create(making.slowed(exchange, "export_package"))
    space_freed = full_disk(monkeypatch)

    said = locked_in_the_wait(making)

    assert said == NOT_MADE + FULL + " " + KEPT
    assert "locked before" not in said  # the lock did not stop it: the full disk did
    nothing_of_the_vault(said)
    space_freed()
    nothing_made_and_draft_kept(making)


def test_a_folder_removed_in_the_locks_wait_is_said_by_its_path(
    making: Making, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The USB stick's folder went while the package was being made: its path is said (the
    place the coordinator chose, as the wizard says it), so they know where to look."""
    folder = tmp_path / "Till polisen"
    folder.mkdir()
    making.path = folder / making.path.name
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(making.path)])
    making.create(making.slowed(exchange, "export_package"))
    shutil.rmtree(folder)

    said = locked_in_the_wait(making)

    assert said == (
        NOT_MADE + f"The folder {files.shown(folder)} does not exist. Create it first or "
        "choose another "
        "place. " + KEPT
    )
    nothing_of_the_vault(said)
    folder.mkdir()  # to look in: nothing was written there either
    nothing_made_and_draft_kept(making)


def test_a_reason_that_names_a_recipient_is_not_shown_on_the_unlock_window(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The liaison's certificate expired between the preview and the package: the wizard
    names them; the unlock window, which anyone passing by sees, does not."""
    label = making.wizard.preview.recipients[0].label
    assert label

    def expired(row: Any, now: Any) -> Any:
        raise RecipientCertificateExpired(name=row.label, date="2026-12-05")

    monkeypatch.setattr(outgoing, "usable", expired)
    making.create(making.slowed(exchange, "export_package"))

    said = locked_in_the_wait(making)

    assert said == (
        "The package that was being made when the vault locked could not be made, and no "
        "disclosure was recorded. The reason is not shown here, as it may name a recipient or "
        "a case; New disclosure shows it when you make the package again. " + KEPT
    )
    assert label not in said
    nothing_of_the_vault(said)
    nothing_made_and_draft_kept(making)


def test_a_package_still_being_made_when_the_wait_ran_out_is_said_as_before(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker had not ended when the lock stopped waiting: whatever ends it later (here
    the full disk, or the closed gate), no package is made, and the lock came first."""
    making.create(making.slowed(exchange, "export_package"))
    making.wait_runs_out()
    space_freed = full_disk(monkeypatch)

    making.controller.lock()

    dialog = making.controller.unlock_dialog
    assert dialog.message == (
        "The vault locked before the package was made: no package was made and no "
        "disclosure was recorded. " + KEPT
    )
    assert dialog.message_is_error
    making.release.set()  # the worker ends (on the full disk) behind the locked vault
    results_handled(making.qtbot, making.controller.runner, 10_000)
    space_freed()
    nothing_made_and_draft_kept(making)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (errors.DiskFull(), True),
        (files.OutputFolderMissing("/media/usb/Till polisen"), True),
        (files.OutputNotWritable("/media/usb"), True),
        (ex.PreviewOutdated(), True),
        (IdentityExpired(date="2026-12-01"), True),
        (OSError(errno.EIO, "Input/output error", "/media/usb/x.p7m"), True),
        (ValueError("Åsa på fritidsgården"), True),  # said by its kind only
        (RecipientCertificateExpired(name="Polis Bertil Berg", date="2026-12-05"), False),
        (ex.RecipientNotVerified(name="Polis Bertil Berg"), False),
        (consents.ConsentMissing(case=12, recipient="Polis Bertil Berg"), False),
        (errors.NotFound(kind="case", id=12), False),
        (OSError("Åsa på fritidsgården"), False),  # no description of its own: its text
    ],
)
def test_only_reasons_that_hold_nothing_of_the_vault_are_said(
    error: BaseException, said: bool
) -> None:
    """The failures making a package can end in: those whose words carry a recipient's name or
    a case's number stay off the unlock window; the others are said as the wizard says them,
    which never holds a record's content."""
    assert sayable(error) is said
    if said:
        text = error_text(error)
        assert "Åsa" not in text and "Bertil" not in text
