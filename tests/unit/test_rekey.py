"""The full re-key: a new random database key, so an old key file and its secret open nothing.

Real SQLCipher vaults throughout. Interruptions are made at every file operation of the switch
(once, so the re-key recovers in-process; and from then on, as if the process had died, so the
next open recovers), and for real with SIGKILL in a child process.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

import kopingplan
from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import recovery, search, vault_health
from kopingplan.services import rekey as rekey_service
from kopingplan.services.session import Session
from kopingplan.storage import audit, keyfile, migrations, rekey_recovery
from kopingplan.storage import rekey as storage_rekey
from kopingplan.storage.rekey_recovery import State
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity, snapshot

NOW = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
WORD = "fönsterbläck"  # in one note only: the search hit that must survive the re-key
LEFTOVERS = ("vault.db.rekey", "vault.key.rekey", "vault.db.old")


def _fill(session: Session, notes: int = 20) -> None:
    words = random.Random(7)
    with session.batch("test.fill") as batch:
        case = batch.add(m.Case("Ärende", m.Level.INDIVIDUAL, m.Orientation.ISLAMIST, NOW.date()))
        assert case.id is not None
        batch.add(m.Note(case.id, NOW, f"Samtal om {WORD} och annat"))
        for _ in range(notes):
            text = " ".join(f"ord{words.randint(0, 999)}" for _ in range(300))
            batch.add(m.Note(case.id, NOW, text))


@pytest.fixture
def filled(session: Session) -> Session:
    _fill(session)
    recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    return session


def _new_vault(folder: Path) -> Session:
    opened = Session.create(
        VaultPaths(folder),
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    )
    _fill(opened)
    recovery.create(opened, PASSPHRASE, kdf_params=FAST_KDF)
    return opened


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.name.startswith(LEFTOVERS) or ".rekey." in p.name
    )


def _assert_intact(paths: VaultPaths, counts: dict[str, int]) -> None:
    """Opens with the passphrase (the open runs both integrity checks), holds the same data."""
    with Session.open(paths, PASSPHRASE, record_unlock=False) as reopened:
        report = vault_health.check(reopened)
        assert report.ok, report
        assert vault_health.info(reopened).counts == counts
        assert len(search.search(reopened, WORD)) == 1
        assert reopened.vault.cipher_settings()["journal_mode"] == "wal"
    assert _leftovers(paths.folder) == []


def _old_key_file_opens(paths: VaultPaths, old_key_file: bytes) -> bool:
    """Puts the old key file back for a moment: does it (with the old passphrase) still open
    the database? The current key file is restored afterwards."""
    current = paths.keyfile.read_bytes()
    paths.keyfile.write_bytes(old_key_file)
    try:
        Vault.open(paths, PASSPHRASE).close()
        return True
    except (errors.NotAVault, errors.WrongPassphrase):
        return False
    finally:
        paths.keyfile.write_bytes(current)


# --- the re-key itself ----------------------------------------------------------------------


def test_after_a_rekey_the_vault_opens_with_the_passphrase_and_holds_the_same_data(
    filled: Session,
) -> None:
    paths = filled.vault.paths
    counts = vault_health.info(filled).counts
    vault_id = filled.vault.vault_id
    stages: list[tuple[int, int, str]] = []

    result = rekey_service.rekey(filled, PASSPHRASE, progress=lambda *s: stages.append(s))

    assert result.counts == counts
    assert result.database_bytes == paths.database.stat().st_size
    assert [s[0] for s in stages] == [1, 2, 3, 4] and {s[1] for s in stages} == {4}
    assert [s[2] for s in stages] == list(rekey_service.STAGES)
    assert _leftovers(paths.folder) == []
    # The session goes on working, on the new database.
    assert len(search.search(filled, WORD)) == 1
    case_id = search.search(filled, WORD)[0].case_id
    filled.save(m.Note(case_id, NOW, "Skrivet efter bytet av nyckel"))
    assert vault_health.check(filled).ok
    filled.close()

    keys = keyfile.read_keyfile(paths.keyfile)
    assert keys.vault_id == vault_id
    assert [slot.kind for slot in keys.slots] == ["passphrase"]
    with Session.open(paths, PASSPHRASE, record_unlock=False) as reopened:
        assert vault_health.check(reopened).ok
        assert vault_health.info(reopened).counts["notes"] == counts["notes"] + 1
        assert len(search.search(reopened, WORD)) == 1
        assert len(search.search(reopened, "bytet")) == 1
        assert reopened.vault.schema_version() == migrations.LATEST
        assert reopened.vault.cipher_settings()["journal_mode"] == "wal"


def test_the_rekey_is_in_the_audit_log_without_any_secret(filled: Session) -> None:
    paths = filled.vault.paths
    old_key = keyfile.read_keyfile(paths.keyfile).unlock(PASSPHRASE)
    rekey_service.rekey(filled, PASSPHRASE)
    new_key = keyfile.read_keyfile(paths.keyfile).unlock(PASSPHRASE)
    assert old_key != new_key
    conn = filled.vault.conn
    rows = audit.entries(conn, action="vault.rekey")
    assert len(rows) == 1
    assert rows[0].actor == OWNER
    assert rows[0].details == {"recovery_key_removed": True}
    assert audit.verify(conn) == []
    logged = json.dumps([r[0] for r in conn.execute("SELECT details FROM audit_log")])
    for secret in (PASSPHRASE, old_key.hex(), new_key.hex()):
        assert secret.lower() not in logged.lower()


def test_the_old_key_file_and_passphrase_no_longer_open_the_database(filled: Session) -> None:
    paths = filled.vault.paths
    old_key_file = paths.keyfile.read_bytes()
    old_raw_key = keyfile.KeyFile.from_bytes(old_key_file).unlock(PASSPHRASE)
    rekey_service.rekey(filled, PASSPHRASE)
    filled.close()

    # The old key file put back, as someone who kept a copy would: the key it holds is no
    # longer the database's.
    new_key_file = paths.keyfile.read_bytes()
    paths.keyfile.write_bytes(old_key_file)
    with pytest.raises((errors.NotAVault, errors.WrongPassphrase)):
        Vault.open(paths, PASSPHRASE)
    with pytest.raises((errors.NotAVault, errors.WrongPassphrase)):
        Session.open(paths, PASSPHRASE)
    # Nor by hand, with SQLCipher and the raw key the old file unwraps.
    conn = sqlcipher3.connect(str(paths.database), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{old_raw_key.hex()}'\"")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    # The new key file opens it.
    paths.keyfile.write_bytes(new_key_file)
    assert not _old_key_file_opens(paths, old_key_file)
    with Session.open(paths, PASSPHRASE, record_unlock=False) as reopened:
        assert vault_health.check(reopened).ok


def test_the_old_recovery_key_is_gone_and_the_coordinator_is_told(filled: Session) -> None:
    paths = filled.vault.paths
    filled.close()
    with Session.open(paths, PASSPHRASE, record_unlock=False) as reopened:
        sheet = recovery.create(reopened, PASSPHRASE, kdf_params=FAST_KDF)  # a known code
        old_key_file = paths.keyfile.read_bytes()
        result = rekey_service.rekey(reopened, PASSPHRASE)
    assert result.recovery_key_removed
    assert "recovery key" in rekey_service.RECOVERY_KEY_REMOVED
    assert not recovery.has_recovery_key(paths)
    with pytest.raises(recovery.NoRecoveryKey):
        recovery.open_with_recovery_key(paths, sheet.code)
    # The old key file with the old sheet, as a copy in a drawer would be: opens nothing.
    current = paths.keyfile.read_bytes()
    paths.keyfile.write_bytes(old_key_file)
    with pytest.raises((errors.NotAVault, errors.WrongPassphrase)):
        recovery.open_with_recovery_key(paths, sheet.code)
    paths.keyfile.write_bytes(current)


def test_a_new_recovery_key_after_a_rekey_opens_the_vault(filled: Session) -> None:
    paths = filled.vault.paths
    rekey_service.rekey(filled, PASSPHRASE)
    sheet = recovery.create(filled, PASSPHRASE, kdf_params=FAST_KDF)
    filled.close()
    with recovery.open_with_recovery_key(paths, sheet.code, record_unlock=False) as reopened:
        assert vault_health.check(reopened).ok


def test_a_vault_without_a_recovery_key_is_told_nothing_was_removed(session: Session) -> None:
    _fill(session)
    result = rekey_service.rekey(session, PASSPHRASE)
    assert not result.recovery_key_removed
    entry = audit.entries(session.vault.conn, action="vault.rekey")[0]
    assert entry.details == {"recovery_key_removed": False}


def test_two_rekeys_in_a_row_each_change_the_key(filled: Session) -> None:
    paths = filled.vault.paths
    counts = vault_health.info(filled).counts
    first = paths.keyfile.read_bytes()
    rekey_service.rekey(filled, PASSPHRASE)
    second = paths.keyfile.read_bytes()
    rekey_service.rekey(filled, PASSPHRASE)
    filled.close()
    assert not _old_key_file_opens(paths, first)
    assert not _old_key_file_opens(paths, second)
    _assert_intact(paths, counts)


# --- refusals that change nothing -------------------------------------------------------------


def test_a_wrong_passphrase_changes_nothing(filled: Session) -> None:
    paths = filled.vault.paths
    before = snapshot(paths.folder)
    with pytest.raises(errors.WrongPassphrase):
        rekey_service.rekey(filled, "fel lösenfras helt och hållet")
    assert snapshot(paths.folder) == before
    assert len(search.search(filled, WORD)) == 1  # still open and usable


def test_a_copy_that_fails_its_check_is_removed_and_nothing_changes(filled: Session) -> None:
    """A broken audit chain in the new database (a row with a wrong hash) stands for any
    check that fails: the copy goes, the vault stays as it was, open."""
    paths = filled.vault.paths
    counts = vault_health.info(filled).counts
    old_key_file = paths.keyfile.read_bytes()

    def forge(conn: Any) -> None:
        seq = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] + 1
        conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details,"
            " prev_hash, row_hash) VALUES (?, '2026', 'x', 'x', '', NULL, '{}', ?, ?)",
            (seq, "0" * 64, "f" * 64),
        )

    with pytest.raises(storage_rekey.RekeyVerificationFailed):
        storage_rekey.rekey_vault(filled.vault, PASSPHRASE, kdf_params=FAST_KDF, prepare_new=forge)
    assert _leftovers(paths.folder) == []
    assert paths.keyfile.read_bytes() == old_key_file
    assert len(search.search(filled, WORD)) == 1
    filled.close()
    _assert_intact(paths, counts)
    assert recovery.has_recovery_key(paths)


def test_too_little_free_space_is_said_before_anything_is_written(
    filled: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = filled.vault.paths
    before = snapshot(paths.folder)
    usage = shutil.disk_usage(paths.folder)
    monkeypatch.setattr(storage_rekey.shutil, "disk_usage", lambda _: usage._replace(free=4096))
    with pytest.raises(errors.DiskFull) as caught:
        rekey_service.rekey(filled, PASSPHRASE)
    assert isinstance(caught.value, storage_rekey.RekeyNoSpace)
    assert "MB" in caught.value.translated()
    assert snapshot(paths.folder) == before


# --- interrupted at every step ---------------------------------------------------------------


class InjectedFault(OSError):
    pass


@dataclass
class Faults:
    """Counts the file operations that change the folder (a rename, the deletion of a file
    that is there) and fails number ``at``: only that one, or (``dies``) every one from then
    on, as if the process had died there and nothing after it ran."""

    at: int
    dies: bool
    seen: int = 0

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def operation(path: Any, *rest: Any, **options: Any) -> Any:
            if not os.path.lexists(path):
                return real(path, *rest, **options)  # FileNotFoundError: changes nothing
            self.seen += 1
            if self.seen == self.at or (self.dies and self.seen > self.at):
                raise InjectedFault(5, "Input/output error (injected)")
            return real(path, *rest, **options)

        return operation


@contextlib.contextmanager
def _faulty_files(monkeypatch: pytest.MonkeyPatch, faults: Faults) -> Iterator[None]:
    # os.replace and os.unlink are what atomic_write, Path.unlink and the switch use.
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", faults.wrap(os.replace))
        patch.setattr(os, "unlink", faults.wrap(os.unlink))
        yield


# (exception raised by rekey(), state found at the next open, re-keyed in the end) per fault.
FAILS_ONCE = [
    ("RekeyWriteFailed", State.IDLE, False),  # writing vault.key.rekey: cleaned up at once
    ("RekeyWriteFailed", State.IDLE, False),  # vault.db -> .old: rolled back at once
    ("RekeyWriteFailed", State.IDLE, False),  # vault.db.rekey -> vault.db: rolled back
    (None, State.IDLE, True),  # vault.key.rekey -> vault.key: completed at once, success
    (None, State.IDLE, True),  # deleting vault.db.old: completed at once, success
]
DIES = [
    ("RekeyWriteFailed", State.PREPARED, False),
    ("RekeyInterrupted", State.PREPARED, False),
    ("RekeyInterrupted", State.MOVED_ASIDE, False),
    ("RekeyInterrupted", State.COMMITTED, True),
    ("RekeyInterrupted", State.KEY_SWITCHED, True),
]


@pytest.mark.parametrize(("dies", "expected"), [(False, FAILS_ONCE), (True, DIES)])
def test_interrupted_at_every_step_the_vault_opens_with_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dies: bool, expected: list[Any]
) -> None:
    outcomes = []
    for at in range(1, 20):
        session = _new_vault(tmp_path / f"vault{at}")
        paths = session.vault.paths
        counts = vault_health.info(session).counts
        old_key_file = paths.keyfile.read_bytes()
        faults = Faults(at, dies)
        raised: errors.KopingplanError | None = None
        with _faulty_files(monkeypatch, faults):
            try:
                rekey_service.rekey(session, PASSPHRASE)
            except errors.KopingplanError as error:
                raised = error
        if faults.seen < at:  # the fault was never reached: every step has been tried
            assert raised is None
            session.close()
            _assert_intact(paths, counts)
            assert not _old_key_file_opens(paths, old_key_file)
            break
        if session.vault.is_open:  # recovered in-process: the session goes on working
            assert len(search.search(session, WORD)) == 1
            assert vault_health.check(session).ok
            session.close()
        state = rekey_recovery.state_of(paths)
        _assert_intact(paths, counts)  # the open recovers; then both checks and the data
        switched = paths.keyfile.read_bytes() != old_key_file
        # Exactly one key file opens the database: the old one until the switch, else the new.
        assert _old_key_file_opens(paths, old_key_file) is not switched
        outcomes.append((type(raised).__name__ if raised else None, state, switched))
    assert outcomes == expected


def test_files_of_a_rekey_that_do_not_fit_together_are_left_alone(filled: Session) -> None:
    paths = filled.vault.paths
    filled.close()
    # Three databases at once: no order of the re-key's steps makes that, so guess nothing.
    shutil.copyfile(paths.database, paths.folder / "vault.db.old")
    shutil.copyfile(paths.database, paths.folder / "vault.db.rekey")
    before = snapshot(paths.folder)
    with pytest.raises(rekey_recovery.RekeyUnfinished):
        Session.open(paths, PASSPHRASE)
    assert snapshot(paths.folder) == before


def test_recovery_leaves_a_rekey_alone_while_a_program_has_the_vault_open(
    filled: Session,
) -> None:
    paths = filled.vault.paths
    staged = paths.folder / "vault.key.rekey"  # as if the program were in the middle of one
    staged.write_bytes(b"{}")
    with pytest.raises(errors.VaultInUse):
        Vault.open(paths, PASSPHRASE)
    assert staged.exists()
    filled.close()
    with Session.open(paths, PASSPHRASE, record_unlock=False):  # now it is rolled back
        assert not staged.exists()


def test_an_open_without_rekey_files_touches_nothing(tmp_path: Path, filled: Session) -> None:
    missing = VaultPaths(tmp_path / "nowhere")
    assert rekey_recovery.finish_interrupted(missing) is State.IDLE
    with pytest.raises(errors.VaultNotFound):
        Vault.open(missing, PASSPHRASE)
    assert not missing.folder.exists()
    paths = filled.vault.paths
    filled.close()
    before = snapshot(paths.folder)
    assert rekey_recovery.finish_interrupted(paths) is State.IDLE
    assert snapshot(paths.folder) == before


# --- killed for real --------------------------------------------------------------------------

KILL_RUNS = 15
# Re-keys in a loop, printing each stage as it begins and "done" after each re-key. Each file
# operation that changes the folder is printed once done ("op N", counted per re-key) and
# followed by a pause, so the parent can kill it for real in each state of the switch, which
# otherwise lasts a few milliseconds.
REKEYER = textwrap.dedent("""
    import os, sys, time
    from kopingplan.services import rekey
    from kopingplan.services.session import Session
    from kopingplan.storage.keyfile import KdfParams
    from kopingplan.storage.vault import VaultPaths

    ops = [0]

    def paused(real):
        def operation(path, *rest, **options):
            there = os.path.lexists(path)
            result = real(path, *rest, **options)
            if there:
                ops[0] += 1
                print("op", ops[0], flush=True)
                time.sleep(0.2)
            return result
        return operation

    def progress(step, steps, stage):
        if step == 1:
            ops[0] = 0
        print("stage", step, flush=True)

    os.replace, os.unlink = paused(os.replace), paused(os.unlink)
    passphrase = sys.stdin.readline().rstrip("\\n")
    fast = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    session = Session.open(
        VaultPaths(sys.argv[1]), passphrase, record_unlock=False, kdf_params=fast
    )
    print("ready", flush=True)
    while True:
        rekey.rekey(session, passphrase, progress=progress)
        print("done", flush=True)
""")
# Where each run is killed, and the state the next open must find (None: any). The operations
# are those of the switch: vault.key.rekey written, vault.db moved aside, vault.db.rekey put
# in its place, vault.key.rekey put in place, vault.db.old deleted.
MARKS: tuple[tuple[str, State | None], ...] = (
    ("op 2", State.MOVED_ASIDE),
    ("op 3", State.COMMITTED),
    ("op 4", State.KEY_SWITCHED),
    ("op 1", State.PREPARED),
    ("op 5", State.IDLE),
    ("stage 1", None),  # exporting, checking, sealing: PREPARED, or IDLE if not begun
    ("stage 2", None),
    ("stage 3", None),
    ("ready", None),
    ("done", None),  # the next re-key has begun
)


def _child_env() -> dict[str, str]:
    source = str(Path(kopingplan.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    return env


def _rekey_and_kill(paths: VaultPaths, mark: str, delay: float, log: Path) -> None:
    """Starts a child re-keying in a loop and kills it ``delay`` seconds after ``mark``."""
    with open(log, "ab") as errors_out:
        child = subprocess.Popen(
            [sys.executable, "-c", REKEYER, str(paths.folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors_out,
            text=True,
            env=_child_env(),
        )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        while True:
            line = child.stdout.readline()
            assert line, log.read_text(errors="replace")  # the child ended on its own
            if line.strip() == mark:
                break
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdin.close()
        child.stdout.close()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_while_rekeying_the_vault_opens_with_the_passphrase(session: Session) -> None:
    _fill(session, notes=200)
    paths = session.vault.paths
    counts = vault_health.info(session).counts
    first_key_file = paths.keyfile.read_bytes()
    session.close()
    chooser = random.Random(20261104)
    for run in range(KILL_RUNS):
        mark, expected = MARKS[run % len(MARKS)]
        before = paths.keyfile.read_bytes()
        # Within the pause after an operation; anywhere in the next stage after a stage mark.
        delay = chooser.uniform(0, 0.1 if mark.startswith("op") else 0.05)
        _rekey_and_kill(paths, mark, delay, paths.folder.parent / "child.log")
        state = rekey_recovery.state_of(paths)
        if expected is not None:
            assert state is expected, (run, mark, state)
        _assert_intact(paths, counts)  # recovered by the open, both checks, same data
        switched = paths.keyfile.read_bytes() != before
        assert _old_key_file_opens(paths, before) is not switched, (run, mark)
    # The key file the vault started with opens nothing now.
    assert not _old_key_file_opens(paths, first_key_file)
