"""Wrong passphrases are slowed down the same way in every program, across processes: the count
lives beside the vault (vault.attempts), a lost record is not a fresh start, and the right
passphrase is never kept out for longer than the stated wait."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kopingplan import errors
from kopingplan.services.session import Session
from kopingplan.services.unlock_throttle import UnlockThrottle
from kopingplan.storage import attempts, audit
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity

WRONG = "fel lösenfras helt klart"


@pytest.fixture
def vault(tmp_path: Path) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    with Session.create(
        paths,
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ):
        pass
    return paths


def cli(paths: VaultPaths, secret: str, command: str = "info") -> subprocess.CompletedProcess[str]:
    """A separate program, as a script guessing passphrases would run it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOPINGPLAN_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "kopingplan", "--lang", "en", "--vault", str(paths.folder),
         "--passphrase-stdin", command],
        input=secret + "\n", capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


# A program already started, its imports done, that tries its passphrase once told to: how a
# script guessing in a loop meets the wait the try before it set. (Starting a new interpreter
# can take longer than the one-second wait on a loaded machine, which would then be over
# before the try it is to refuse.)
_READY = (
    "import sys\n"
    "from kopingplan import cli, hardening\n"
    "from kopingplan.services import session, unlock_throttle\n"
    "from kopingplan.storage import vault\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "sys.exit(cli.main(sys.argv[1:]))\n"
)


def cli_started(paths: VaultPaths, command: str = "info") -> subprocess.Popen[str]:
    """:func:`cli` started and waiting, imports done, until :func:`tried` tells it to go."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOPINGPLAN_LANG": "en"}
    started = subprocess.Popen(
        [sys.executable, "-c", _READY, "--lang", "en", "--vault", str(paths.folder),
         "--passphrase-stdin", command],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env,
    )  # fmt: skip
    assert started.stdout is not None and started.stdout.readline() == "ready\n"
    return started


def tried(started: subprocess.Popen[str], secret: str) -> subprocess.CompletedProcess[str]:
    out, err = started.communicate("go\n" + secret + "\n", timeout=120)
    return subprocess.CompletedProcess(started.args, started.returncode, out, err)


def record(paths: VaultPaths) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((paths.folder / attempts.NAME).read_bytes())
    return loaded


def test_a_script_in_new_processes_is_slowed_after_three_typos(vault: VaultPaths) -> None:
    for _ in range(3):  # typos are free
        result = cli(vault, WRONG)
        assert result.returncode == 2 and "Wrong passphrase" in result.stderr
    fifth = cli_started(vault)
    fourth = cli(vault, WRONG)
    assert "Wrong passphrase" in fourth.stderr
    refused = tried(fifth, PASSPHRASE)  # at once: even the right one waits its second
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "kopingplan: Too many wrong passphrases. Wait 1 seconds, then try again. Nothing in "
        "the vault was changed or deleted."
    ]
    assert record(vault)["failures"] == 4
    time.sleep(1.05)  # the stated wait, no more
    opened = cli(vault, PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert "Note: 4 wrong passphrases were tried since the vault was last opened." in (
        opened.stderr
    )
    assert record(vault)["failures"] == 0
    with Session.open(vault, PASSPHRASE) as session:
        unlocks = audit.entries(session.vault.conn, action="vault.unlock", limit=5)
    assert {"with": "passphrase", "wrong_tries": 4} in [e.details for e in unlocks]


def test_two_programs_guessing_at_once_share_one_count(vault: VaultPaths) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOPINGPLAN_LANG": "en"}
    command = [sys.executable, "-m", "kopingplan", "--lang", "en", "--vault",
               str(vault.folder), "--passphrase-stdin", "info"]  # fmt: skip
    wrong = 0
    for _ in range(2):
        both = [
            subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(2)
        ]
        for process in both:
            _, err = process.communicate(WRONG + "\n", timeout=120)
            assert "Traceback" not in err
            # Each either guessed (and was counted) or found the other in the vault.
            assert "Wrong passphrase" in err or "already open" in err, err
            wrong += "Wrong passphrase" in err
    assert wrong >= 2
    assert record(vault)["failures"] == wrong


def test_the_desktop_app_sees_the_wait_a_script_caused(vault: VaultPaths) -> None:
    for _ in range(5):
        time.sleep(attempts.read(vault.folder).seconds_to_wait(time.time()))
        cli(vault, WRONG)
    dialog_throttle = UnlockThrottle()  # the unlock dialog's, in this (another) process
    with pytest.raises(errors.UnlockThrottled):
        dialog_throttle.attempt(lambda: Vault.open(vault, PASSPHRASE))
    assert 0 < dialog_throttle.seconds_to_wait() <= 2  # its countdown shows the record's wait


@pytest.mark.parametrize("damage", ["delete", "empty", "garble", "zero"])
def test_a_lost_or_edited_record_is_no_fresh_start(vault: VaultPaths, damage: str) -> None:
    for _ in range(5):
        cli(vault, WRONG)
        time.sleep(attempts.read(vault.folder).seconds_to_wait(time.time()))
    path = vault.folder / attempts.NAME
    if damage == "delete":
        path.unlink()
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garble":
        path.write_bytes(b"{not json" + os.urandom(40))
    else:  # a careless edit to zero (not the fixed-size record this program writes)
        path.write_text('{"failures": 0}')
    first = cli(vault, WRONG)
    assert "Wrong passphrase" in first.stderr
    # No free tries after the loss: the very next one must wait.
    assert cli(vault, WRONG).stderr.startswith("kopingplan: Too many wrong passphrases.")
    time.sleep(attempts.read(vault.folder).seconds_to_wait(time.time()))
    opened = cli(vault, PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert "record of wrong passphrases (vault.attempts) was missing or damaged" in opened.stderr
    with Session.open(vault, PASSPHRASE) as session:
        unlocks = audit.entries(session.vault.conn, action="vault.unlock", limit=5)
    assert any(e.details.get("attempts_record") == "lost" for e in unlocks)


def test_a_clock_turned_back_never_waits_longer_than_stated(vault: VaultPaths) -> None:
    far = attempts.State(4, time.time() + 10**6, False)  # 4 failures: the wait is 1 s
    (vault.folder / attempts.NAME).write_bytes(far.encode())
    assert attempts.read(vault.folder).seconds_to_wait(time.time()) <= 1.0
    refused = cli(vault, PASSPHRASE)
    assert "Wait 1 seconds" in refused.stderr  # not eleven days
    time.sleep(1.05)
    assert cli(vault, PASSPHRASE).returncode == 0


def test_an_empty_passphrase_has_its_own_message_and_costs_no_try(vault: VaultPaths) -> None:
    before = (vault.folder / attempts.NAME).read_bytes()
    result = cli(vault, "")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "kopingplan: The passphrase is empty. Type the vault's passphrase; an empty one never "
        "opens it."
    ]
    assert (vault.folder / attempts.NAME).read_bytes() == before


def test_a_new_vault_starts_with_a_clear_record(vault: VaultPaths) -> None:
    assert record(vault)["failures"] == 0 and record(vault)["lost"] is False
    assert (vault.folder / attempts.NAME).stat().st_mode & 0o077 == 0
    opened = cli(vault, PASSPHRASE)
    assert opened.returncode == 0 and opened.stderr == ""


def test_guessing_a_backups_passphrase_through_restore_counts_too(
    vault: VaultPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOPINGPLAN_LANG": "en"}

    def kopingplan(*args: str, secret: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kopingplan", "--lang", "en", "--vault", str(vault.folder),
             "--passphrase-stdin", *args],
            input=secret + "\n", capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip

    assert kopingplan("backup", str(stick), secret=PASSPHRASE).returncode == 0
    (copy,) = [p for p in stick.iterdir() if p.is_dir()]
    for _ in range(4):
        result = kopingplan("restore", str(copy), "--yes", secret=WRONG)
        assert "Wrong passphrase" in result.stderr
    assert record(vault)["failures"] == 4  # the vault's own record
    refused = kopingplan("restore", str(copy), "--yes", secret=WRONG)
    assert "Too many wrong passphrases" in refused.stderr


def test_the_unlock_dialog_shows_a_scripts_wait_before_anyone_types(
    vault: VaultPaths, qtbot: object
) -> None:
    from kopingplan.gui.common.tasks import TaskRunner
    from kopingplan.gui.shell.unlock import UnlockDialog

    for _ in range(5):
        time.sleep(attempts.read(vault.folder).seconds_to_wait(time.time()))
        cli(vault, WRONG)
    dialog = UnlockDialog(vault.folder, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.ui.unlockButton.isEnabled()
    assert dialog.safety.wait_label.text() in ("Wait 1 s", "Wait 2 s")
    # Once the stated wait is over, the right passphrase opens the vault.
    time.sleep(attempts.read(vault.folder).seconds_to_wait(time.time()) + 0.05)
    dialog.safety.refresh()
    assert dialog.ui.unlockButton.isEnabled()
    opened: list[object] = []
    dialog.unlocked.connect(lambda session, folder: opened.append(session))
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.unlock()
    assert len(opened) == 1
    opened[0].close()  # type: ignore[attr-defined]


def test_a_link_planted_as_the_record_is_never_written_through(
    vault: VaultPaths, tmp_path: Path
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("the coordinator's own notes\n")
    record_path = vault.folder / attempts.NAME
    record_path.unlink()
    record_path.symlink_to(precious)
    with pytest.raises(errors.KopingplanError):
        Vault.open(vault, WRONG)
    assert precious.read_text() == "the coordinator's own notes\n"
