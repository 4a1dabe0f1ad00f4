"""Keys and unlocking: the recovery key, and the growing wait after wrong passphrases."""

from __future__ import annotations

import json

import pytest

from kopingplan import errors
from kopingplan.services import recovery
from kopingplan.services.passphrase import change_passphrase
from kopingplan.services.session import Session
from kopingplan.services.unlock_throttle import UnlockThrottle, UnlockThrottled
from kopingplan.storage import attempts, audit, keyfile
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, PASSPHRASE, all_bytes, snapshot

NEW_PASSPHRASE = "regnig tisdag med blå cykel"


@pytest.fixture
def sheet(session: Session) -> recovery.RecoverySheet:
    return recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)


def _closed(session: Session) -> VaultPaths:
    """Locks the session's vault (the folder lock allows one opening at a time)."""
    session.close()
    return session.vault.paths


def _opens(paths: VaultPaths, secret: str, kind: str) -> bool:
    try:
        if kind == "recovery":
            recovery.open_with_recovery_key(paths, secret, record_unlock=False).close()
        else:
            Vault.open(paths, secret).close()
        return True
    except errors.WrongPassphrase:
        return False


# --- the code -------------------------------------------------------------------------------------


def test_a_recovery_key_is_48_digits_in_self_checking_groups() -> None:
    codes = {recovery.generate() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 8 and all(len(g) == 6 and g.isdigit() for g in groups)
        assert all(int(g) % 11 == 0 and int(g) < 65536 * 11 for g in groups)


def test_typed_forms_of_the_code_are_accepted() -> None:
    code = recovery.generate()
    digits = code.replace("-", "")
    spaced = " ".join(code.split("-"))
    full_width = "".join(chr(0xFF10 + int(d)) for d in digits)
    for typed in (code, digits, spaced, f"  {code}\n", full_width, code.replace("-", "–")):
        assert recovery.normalise(typed) == digits
    assert recovery.display(digits) == code


def test_every_single_digit_typo_and_swap_names_its_group() -> None:
    code = recovery.normalise(recovery.generate())
    for position in range(48):
        for digit in "0123456789":
            if digit == code[position]:
                continue
            typo = code[:position] + digit + code[position + 1 :]
            with pytest.raises(recovery.RecoveryKeyTypo) as caught:
                recovery.normalise(typo)
            assert caught.value.params["group"] == position // 6 + 1
        if position % 6 < 5 and code[position] != code[position + 1]:
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
            with pytest.raises(recovery.RecoveryKeyTypo):
                recovery.normalise(swapped)


@pytest.mark.parametrize("typed", ["", "12345", "1" * 49, "123456-abcdef-" * 4, "ett två"])
def test_what_is_not_a_code_is_refused(typed: str) -> None:
    with pytest.raises(recovery.InvalidRecoveryKey):
        recovery.normalise(typed)


def test_a_typo_is_caught_before_any_key_derivation(
    session: Session, sheet: recovery.RecoverySheet, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_kdf(*args: object) -> bytes:
        raise AssertionError("the KDF ran for a mistyped code")

    monkeypatch.setattr(keyfile, "_derive", no_kdf)
    digits = recovery.normalise(sheet.code)
    typo = digits[:10] + str((int(digits[10]) + 1) % 10) + digits[11:]
    paths = _closed(session)
    with pytest.raises(recovery.RecoveryKeyTypo) as caught:
        recovery.open_with_recovery_key(paths, typo)
    assert caught.value.params["group"] == 2


# --- the slot -------------------------------------------------------------------------------------


def test_either_secret_opens_the_vault(session: Session, sheet: recovery.RecoverySheet) -> None:
    assert recovery.has_recovery_key(session.vault.paths)
    paths = _closed(session)
    assert _opens(paths, PASSPHRASE, "passphrase")
    assert _opens(paths, sheet.code, "recovery")
    assert _opens(paths, " ".join(sheet.code.split("-")), "recovery")


def test_the_code_is_stored_nowhere_in_plain(
    session: Session, sheet: recovery.RecoverySheet
) -> None:
    digits = recovery.normalise(sheet.code)
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = all_bytes(session.vault_folder)
    for form in (digits, sheet.code, digits[:12], sheet.code[:13]):
        assert form.encode() not in stored
    rows = audit.entries(session.vault.conn, action="vault.recovery_key_created")
    assert len(rows) == 1 and rows[0].details == {"replaced": False}
    every_row = json.dumps([r.details for r in audit.entries(session.vault.conn, limit=1000)])
    assert digits[:12] not in every_row


def test_changing_the_passphrase_keeps_the_recovery_key(
    session: Session, sheet: recovery.RecoverySheet
) -> None:
    change_passphrase(session, PASSPHRASE, NEW_PASSPHRASE)
    paths = _closed(session)
    assert _opens(paths, sheet.code, "recovery")
    assert not _opens(paths, PASSPHRASE, "passphrase")
    assert _opens(paths, NEW_PASSPHRASE, "passphrase")


def test_a_new_recovery_key_revokes_the_old_one(
    session: Session, sheet: recovery.RecoverySheet
) -> None:
    newer = recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    assert newer.code != sheet.code
    row = audit.entries(session.vault.conn, action="vault.recovery_key_created", limit=1)[0]
    assert row.details == {"replaced": True}
    paths = _closed(session)
    assert not _opens(paths, sheet.code, "recovery")
    assert _opens(paths, newer.code, "recovery")


def test_a_wrong_recovery_key_says_so(session: Session, sheet: recovery.RecoverySheet) -> None:
    paths = _closed(session)
    with pytest.raises(recovery.WrongRecoveryKey):
        recovery.open_with_recovery_key(paths, recovery.generate())


def test_making_a_recovery_key_needs_the_right_passphrase(session: Session) -> None:
    before = snapshot(session.vault_folder)["vault.key"]
    with pytest.raises(errors.WrongPassphrase):
        recovery.create(session, PASSPHRASE + "x", kdf_params=FAST_KDF)
    assert snapshot(session.vault_folder)["vault.key"] == before
    assert not recovery.has_recovery_key(session.vault.paths)


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(
    session: Session, sheet: recovery.RecoverySheet
) -> None:
    with pytest.raises(errors.WeakPassphrase):
        recovery.set_passphrase(session, sheet.code, "kort", kdf_params=FAST_KDF)
    recovery.set_passphrase(session, sheet.code, NEW_PASSPHRASE, kdf_params=FAST_KDF)
    row = audit.entries(session.vault.conn, action="vault.passphrase_changed", limit=1)[0]
    assert row.details == {"with": "recovery"}
    paths = _closed(session)
    assert _opens(paths, NEW_PASSPHRASE, "passphrase")
    assert not _opens(paths, PASSPHRASE, "passphrase")
    assert _opens(paths, sheet.code, "recovery")


def test_removing_the_recovery_key(session: Session, sheet: recovery.RecoverySheet) -> None:
    recovery.remove(session, PASSPHRASE)
    assert not recovery.has_recovery_key(session.vault.paths)
    paths = _closed(session)
    with pytest.raises(recovery.NoRecoveryKey):
        recovery.open_with_recovery_key(paths, sheet.code)
    Vault.open(paths, PASSPHRASE).close()


def test_the_sheet_carries_the_code_the_vault_and_a_qr_code(
    session: Session, sheet: recovery.RecoverySheet
) -> None:
    text = "\n".join(sheet.lines())
    assert sheet.code in text and session.vault.vault_id in text
    assert sheet.qr_payload() == recovery.normalise(sheet.code)
    modules = sheet.qr_modules()
    size = len(modules)
    assert size >= 21 and all(len(row) == size for row in modules)
    # The three finder patterns: a dark 7×7 ring with a dark 3×3 centre, in three corners.
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        ring = [modules[top][left + i] for i in range(7)] + [
            modules[top + 6][left + i] for i in range(7)
        ]
        assert all(ring) and modules[top + 1][left + 1] is False and modules[top + 3][left + 3]


# --- the unlock throttle -----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _wrong() -> None:
    raise errors.WrongPassphrase()


def test_three_typos_are_free_then_the_wait_doubles() -> None:
    clock = Clock()
    throttle = UnlockThrottle(clock)
    waits = []
    for _ in range(7):
        throttle.check()
        with pytest.raises(errors.WrongPassphrase):
            throttle.attempt(_wrong)
        waits.append(throttle.seconds_to_wait())
        clock.now += waits[-1]
    assert waits == [0, 0, 0, 1, 2, 4, 8]


def test_a_try_during_the_wait_is_refused_without_running() -> None:
    clock = Clock()
    throttle = UnlockThrottle(clock)
    for _ in range(5):
        clock.now += throttle.seconds_to_wait()
        with pytest.raises(errors.WrongPassphrase):
            throttle.attempt(_wrong)
    ran = []
    with pytest.raises(UnlockThrottled) as caught:
        throttle.attempt(lambda: ran.append(True))
    assert ran == [] and caught.value.params["seconds"] == 2
    clock.now += 2
    assert throttle.attempt(lambda: "open") == "open"
    assert throttle.failures == 0 and throttle.seconds_to_wait() == 0


def test_the_wait_is_capped_and_other_errors_do_not_count() -> None:
    clock = Clock()
    throttle = UnlockThrottle(clock)
    assert throttle.delay_after(200) == 300
    with pytest.raises(errors.VaultInUse):
        throttle.attempt(lambda: (_ for _ in ()).throw(errors.VaultInUse()))
    assert throttle.failures == 0


def test_many_wrong_passphrases_never_touch_the_vault(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _closed(session)
    before = snapshot(paths.folder)
    clock = Clock()
    throttle = UnlockThrottle(clock)
    monkeypatch.setattr(attempts, "clock", clock)  # the record beside the vault, same clock
    for _ in range(12):
        clock.now += throttle.seconds_to_wait()
        with pytest.raises(errors.WrongPassphrase):
            throttle.attempt(lambda: Vault.open(paths, "fel lösenfras helt klart"))
    assert snapshot(paths.folder) == before
    clock.now += throttle.seconds_to_wait()
    throttle.attempt(lambda: Vault.open(paths, PASSPHRASE)).close()
