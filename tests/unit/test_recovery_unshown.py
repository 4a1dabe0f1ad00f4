"""A recovery key that was written but never shown (the vault locked, or the program was
stopped, between the key file and the sheet): the vault remembers when it was made, the
next unlock says so, and a new key shown (or the key removed) ends it. Service and command
line; the GUI's notice is in tests/gui/test_recovery_unshown_gui.py."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_cli import kopingplan
from test_cli_exchange import make_vault, run

from kopingplan.services import recovery
from kopingplan.services.session import Session
from kopingplan.storage import identities, keyfile, reading
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, PASSPHRASE

NOTE = "Note: the recovery key made on"


def _reopened(session: Session) -> Session:
    """The next unlock: the mark must be in the vault, not in the closed session."""
    paths = session.vault.paths
    session.close()
    return Session.open(paths, PASSPHRASE, record_unlock=False)


def test_a_key_made_and_never_shown_is_remembered_with_its_time_only(session: Session) -> None:
    sheet = recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    stored = reading.run(session, identities.get_setting, recovery.UNSHOWN_SETTING)
    assert stored == sheet.created_at.isoformat()  # the time, nothing of the code
    assert sheet.qr_payload() not in stored
    with _reopened(session) as later:
        assert recovery.unshown_since(later) == sheet.created_at
        recovery.mark_shown(later)
        assert recovery.unshown_since(later) is None
        with _reopened(later) as again:
            assert recovery.unshown_since(again) is None


def test_the_mark_is_in_the_vault_before_the_key_file_changes(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[datetime | None] = []
    real_write = keyfile.write_keyfile

    def write(path: Path, keys: keyfile.KeyFile, **how: object) -> None:
        seen.append(
            reading.run(session, identities.get_setting, recovery.UNSHOWN_SETTING) or None  # type: ignore[arg-type]
        )
        real_write(path, keys)

    monkeypatch.setattr(recovery.kf, "write_keyfile", write)
    recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    assert len(seen) == 1 and seen[0]


def test_no_mark_when_the_key_file_is_not_changed(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock during the derivation (``committing`` raises) or a failed write: the earlier key
    and its sheet still work, so there is nothing to warn about."""

    class Locked(Exception):
        pass

    def locked() -> None:
        raise Locked()

    with pytest.raises(Locked):
        recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF, committing=locked)
    assert recovery.unshown_since(session) is None

    def full_disk(*_args: object, **_how: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery.kf, "write_keyfile", full_disk)
    with pytest.raises(OSError):
        recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    assert recovery.unshown_since(session) is None
    assert not recovery.has_recovery_key(session.vault.paths)


def test_removing_the_recovery_key_ends_the_warning(session: Session) -> None:
    recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    recovery.remove(session, PASSPHRASE)
    assert recovery.unshown_since(session) is None


def test_a_key_file_without_a_recovery_slot_ends_the_warning(session: Session) -> None:
    """A re-key removes the recovery slot (services/rekey.py): nothing left to warn about."""
    recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    paths: VaultPaths = session.vault.paths
    keys = keyfile.read_keyfile(paths.keyfile)
    others = tuple(slot for slot in keys.slots if slot.kind != recovery.SLOT)
    keyfile.write_keyfile(paths.keyfile, keyfile.KeyFile(keys.vault_id, others))
    assert recovery.unshown_since(session) is None


# --- the command line ---------------------------------------------------------------------------


def test_cli_a_key_not_shown_is_named_at_every_command_until_a_new_one_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun")
    shown = run(vault, "recovery-key", "new")
    assert shown.returncode == 0, shown.stderr
    assert NOTE not in run(vault, "info").stderr  # the normal path: printed, no note

    def interrupted(*_args: object) -> list[str]:  # Ctrl+C before the sheet reached the screen
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(recovery.RecoverySheet, "lines", interrupted)
        stopped = run(vault, "recovery-key", "new")
    assert stopped.returncode == 130
    assert not re.search(r"\d{6}-\d{6}", stopped.stdout)  # nobody saw the new key

    today = datetime.now(UTC).astimezone().date()
    for command in (("info",), ("retention", "list")):  # any command that unlocks
        note = run(vault, *command).stderr
        assert NOTE in note, note
        assert today.isoformat() in note or (today - timedelta(days=1)).isoformat() in note
        assert "'kopingplan recovery-key new'" in note
    swedish = kopingplan("--vault", str(vault), "--passphrase-stdin", "info",
                         stdin=PASSPHRASE, lang="sv")  # fmt: skip
    assert "Obs: återställningsnyckeln som gjordes" in swedish.stderr, swedish.stderr

    again = run(vault, "recovery-key", "new")
    assert again.returncode == 0 and re.search(r"\d{6}-\d{6}", again.stdout)
    assert NOTE not in run(vault, "info").stderr
