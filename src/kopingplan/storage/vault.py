"""The vault: one folder with an SQLCipher database and its key file.

::

    <folder>/vault.db     SQLCipher 4 database, keyed with a random 256-bit raw key
    <folder>/vault.key    the raw key, wrapped per secret (see keyfile.py)
    <folder>/vault.lock   held with an OS lock while a program has the vault open

Connection settings, and why (the README repeats them for the coordinator's IT department):

- ``cipher_log_level = NONE`` before keying: a wrong key must not print SQLCipher's errors.
- Raw key (``PRAGMA key = "x'…'"``): the passphrase goes through Argon2id in the key file, so
  SQLCipher's own PBKDF2 is skipped and opening takes ~1 ms after the KDF.
- ``journal_mode = WAL`` with ``synchronous = FULL``: a commit is durable once the call returns,
  even on power loss (WAL with NORMAL may lose the last commits), while readers never block the
  writer, so a backup can run while the vault stays usable. WAL pages are encrypted too.
- ``secure_delete = ON`` (forced by SQLCipher for keyed databases anyway), ``temp_store =
  MEMORY`` (no plaintext temp files), ``foreign_keys = ON``.
- ``cache_size`` 32 MiB: measured, the 2 MB default made the case list 3–4× slower after a
  detail view and a search had evicted it; 32 MB matched plain SQLite on full scans.
- ``cipher_memory_security`` stays OFF: measured here it cost 2× on case reads, 5× on a save and
  10× on search, while Python keeps decrypted strings in its own heap anyway, so wiping
  SQLCipher's freed pages would buy little. SQLCipher still wipes its key material on close.

One owner of the connection. The vault has one connection (``check_same_thread=False``), used
by the GUI thread (reads, saves) and by the task runner's worker (backup, export, re-key,
retention). SQLite serialises single calls but not transactions: a second thread's ``BEGIN``
while another holds one fails ("cannot start a transaction within a transaction"), and a
statement without one silently joins the other thread's transaction and is committed or rolled
back with it (a read sees its uncommitted rows). So every use goes through one re-entrant
lock in this class: :meth:`Vault.transaction` holds it from ``BEGIN`` to ``COMMIT``;
:meth:`Vault.read` holds it over several reads that must agree; :meth:`Vault.exclusive` over
long work that needs the vault to stand still; and :attr:`Vault.conn` (what the services and
repositories use) takes it for each statement and reads the rows before letting go, so no
half-read cursor is left open.

Why a lock and not one database worker that all work is queued to (Anki's ``taskman`` and
``CollectionOp``): measured at 2,000 cases (120 MB) on this 2-core machine, the lock costs
about 3 µs a statement (``SELECT 1``: 1.6 µs bare, 4.5 µs through ``conn``) and nothing that
shows on a save (5.5 ms with, 5.8 ms without, noise) or the case list's page fetch (count + 200
rows: 1.93 ms / 1.95 ms), while a worker would make every read of the GUI (the lazy table
models fetch pages while painting) a round trip through a queue, a rewrite of the whole GUI.
What the lock costs instead is waiting: a save on the GUI thread during long work waits for
the part of it that holds the vault. Measured the same way, saving a note every few
milliseconds meanwhile: behind an export's preview (reads, one statement at a time) at most
11 ms; behind the export itself (one short transaction) 8 ms; behind a backup 0.41 s (its copy
and read-back run inside its snapshot; at 1.2 GB the whole verified backup takes ~1.5 s); behind
a re-key its whole run, 10.5 s on a loaded machine, since a save after its snapshot would be
written into the database it replaces and lost (of that, ~1.6 s is ``sqlcipher_export`` and the
rest the new file's checks and Argon2id on connections of their own; at 1.2 GB, from the
figures above and in PITFALLS.md, about a minute: the export ~30 s, the full checks 20-36 s).
The backup and the re-key therefore hold :meth:`Vault.exclusive` for their whole snapshot:
waiting is correct, and their progress dialogs should keep the coordinator from starting a
save meanwhile.
``tests/benchmarks/owner_lock.py`` measures all of this again.

The raw key lives in a ``bytearray`` only between unwrapping and ``PRAGMA key`` and is zeroed
right after; the hex text of the PRAGMA is an immutable Python string we cannot wipe, so it is
dropped at once. After that only SQLCipher holds the key, and it wipes it when the connection
closes (lock). Operations that need the raw key again (a new recovery key) ask for a secret.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import attempts, audit, checkup, migrations
from kopingplan.storage import keyfile as kf
from kopingplan.storage.opening import CACHE_KIB as CACHE_KIB
from kopingplan.storage.opening import (  # re-exported: the CLI and services use them
    SQLITE_HEADER as SQLITE_HEADER,
)
from kopingplan.storage.opening import FolderLock as FolderLock
from kopingplan.storage.opening import (
    apply_session_pragmas,
    connect,
    page_one_finding,
    remove_new_side_files,
    side_files,
    unlock,
)
from kopingplan.storage.opening import check_database_file as check_database_file
from kopingplan.storage.opening import disk_is_full as disk_is_full
from kopingplan.storage.opening import translate_sqlite_error as translate_sqlite_error
from kopingplan.storage.paths import DATABASE_NAME as DATABASE_NAME
from kopingplan.storage.paths import FULL_CHECK_AT_OPEN_MAX_BYTES as FULL_CHECK_AT_OPEN_MAX_BYTES
from kopingplan.storage.paths import KEYFILE_NAME as KEYFILE_NAME
from kopingplan.storage.paths import LOCK_NAME as LOCK_NAME
from kopingplan.storage.paths import VaultPaths as VaultPaths
from kopingplan.storage.paths import default_vault_folder as default_vault_folder
from kopingplan.storage.rekey_recovery import finish_interrupted
from kopingplan.storage.serialised import SerialisedConnection as SerialisedConnection


def _opening_refused(error: sqlcipher3.DatabaseError, paths: VaultPaths) -> errors.KopingplanError:
    """What a database error while opening tells the coordinator: a cause they can act on (a
    full disk, the vault in use …) or, when SQLite names none, that the file is not a vault."""
    return translate_sqlite_error(error, paths) or errors.NotAVault(path=str(paths.database))


class Vault:
    """An open, unlocked vault. Use :meth:`open` or :meth:`create`; :meth:`close` locks it."""

    def __init__(self, paths: VaultPaths, conn: Any, lock: FolderLock, vault_id: str) -> None:
        self.paths = paths
        self._conn: Any = conn
        self._lock = lock
        # The one owner of the connection (see the module docstring): held by a transaction,
        # a read() block, exclusive() work, and by each statement run through ``conn``.
        self._owner = threading.RLock()
        self._depth = 0  # how deep the holding thread is nested (only it reads or writes this)
        self.vault_id = vault_id
        # Told after each commit what its audit rows were (action, entity, id): the session
        # turns them into "what changed" for open views (services/changes.py). Runs in the
        # committing thread, with the vault still held: it must only take note.
        self.on_commit: Callable[[list[tuple[str, str, int | None]]], None] | None = None
        # Wrong tries since the last unlock, and whether their record was lost meanwhile.
        self.unlock_report = attempts.Report(0, False)

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        paths: VaultPaths,
        secret: str,
        *,
        secret_kind: str = "passphrase",
        verify: bool | None = None,
        attempts_folder: Path | None = None,
    ) -> Vault:
        """Unlocks with a passphrase (or recovery key). Changes nothing on failure.
        ``attempts_folder``: whose record of wrong passphrases counts this try (a backup
        being restored counts in the vault's own; storage/attempts.py)."""
        # Rolls back or completes a re-key a crash interrupted (storage/rekey_recovery.py); no
        # secret needed.
        finish_interrupted(paths)
        key, vault_id, (lock, report) = unlock(paths, secret, secret_kind, attempts_folder)
        existed = side_files(paths)
        try:
            vault = cls._open_locked(paths, key, vault_id, lock, verify)
        except BaseException:
            lock.release()
            remove_new_side_files(paths, existed)
            raise
        vault.unlock_report = report
        return vault

    @staticmethod
    def check_folder(
        paths: VaultPaths, secret: str, *, secret_kind: str = "passphrase"
    ) -> tuple[checkup.Report, attempts.Report]:
        """``kopingplan check``: every kind of damage as a finding (storage/vault_check.py)."""
        from kopingplan.storage.vault_check import check_folder

        return check_folder(paths, secret, secret_kind=secret_kind)

    @classmethod
    def _open_locked(
        cls,
        paths: VaultPaths,
        key: bytearray,
        vault_id: str,
        lock: FolderLock,
        verify: bool | None,
    ) -> Vault:
        try:
            conn = connect(paths.database, key)
        except sqlcipher3.DatabaseError as error:
            raise _opening_refused(error, paths) from None
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as error:
                # The key file opened, so the key is right for *its* vault: this database
                # belongs to another key file, or its first page is damaged.
                mapped = translate_sqlite_error(error, paths)
                if isinstance(mapped, errors.DiskFull | errors.VaultInUse):
                    raise mapped from None
                raise page_one_finding(conn, paths) from None
            if not conn.execute("PRAGMA cipher_version").fetchone():
                raise errors.PlainDatabase(path=str(paths.database))
            version = migrations.schema_version(conn)
            if version == 0:
                raise errors.NotAVault(path=str(paths.database))
            if version > migrations.LATEST:
                raise errors.VaultTooNew(found=version, known=migrations.LATEST)
            vault = cls(paths, conn, lock, vault_id)
            if verify is None:
                verify = paths.database.stat().st_size <= FULL_CHECK_AT_OPEN_MAX_BYTES
            if verify:
                findings = vault.integrity_findings()
                if findings:
                    first = findings[0]
                    raise errors.VaultDamagedAt(
                        count=len(findings), first=first, detail=first.describe()
                    )
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if stored_id is None or stored_id[0] != vault_id:
                raise errors.NotAVault(path=str(paths.database))
            apply_session_pragmas(conn)
            from kopingplan.storage import vault_copy  # it uses Vault

            if version < migrations.LATEST:
                # A checked encrypted copy first: a failed or faulty upgrade must never cost
                # the coordinator their records. It stays beside the vault until removed
                # by hand (it still holds what retention may delete later; README says so).
                # A try that was interrupted left its copy: a retry uses it, or replaces it.
                vault_copy.copy_before_upgrade(vault, migrations.LATEST)
                migrations.migrate(conn)
            vault_copy.upgrade_finished(paths.folder)
            return vault
        except sqlcipher3.DatabaseError as error:
            conn.close()
            raise _opening_refused(error, paths) from None
        except BaseException:
            conn.close()
            raise

    @classmethod
    def create(
        cls, paths: VaultPaths, passphrase: str, *, kdf_params: kf.KdfParams | None = None
    ) -> Vault:
        """Makes a new, empty vault at the latest schema and returns it open."""
        if not paths.folder.parent.is_dir():
            raise errors.VaultDirectoryMissing(path=str(paths.folder.parent))
        if paths.exists():
            raise errors.VaultExists(path=str(paths.folder))
        if not os.access(paths.folder.parent, os.W_OK):
            raise errors.VaultReadOnly(path=str(paths.folder.parent))
        created_folder = not paths.folder.exists()
        paths.folder.mkdir(mode=0o700, exist_ok=True)
        lock = FolderLock(paths.lock)
        vault_id = str(uuid.uuid4())
        key = bytearray(os.urandom(kf.KEY_BYTES))
        try:
            params = kdf_params or kf.calibrate()
            keys = kf.KeyFile.create(vault_id, passphrase, key, params)
            kf.write_keyfile(paths.keyfile, keys)
            attempts.start(paths.folder)
            # Create the database file with owner-only rights before SQLite opens it.
            os.close(os.open(paths.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            conn = connect(paths.database, key)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                apply_session_pragmas(conn)
                migrations.migrate(conn)
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)",
                    (vault_id, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                conn.execute("COMMIT")
                kf.write_keyfile(paths.keyfile, keys)  # now naming the database (its salt)
            except BaseException:
                conn.close()
                raise
            return cls(paths, conn, lock, vault_id)
        except BaseException as error:
            kf.wipe(key)
            lock.release()
            failure: BaseException | None = error
            for leftover in (
                paths.database,
                paths.keyfile,
                paths.lock,
                paths.folder / attempts.NAME,
                paths.database.with_name(DATABASE_NAME + "-wal"),
                paths.database.with_name(DATABASE_NAME + "-shm"),
            ):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            if created_folder:
                with contextlib.suppress(OSError):
                    paths.folder.rmdir()
            # A full disk, also when a failed ROLLBACK has hidden it behind its own error.
            while failure is not None:
                if isinstance(failure, sqlcipher3.Error):
                    mapped = translate_sqlite_error(failure, paths)
                    if isinstance(mapped, errors.DiskFull):
                        raise mapped from error
                failure = failure.__context__
            raise

    # --- use -------------------------------------------------------------------------------

    @property
    def conn(self) -> SerialisedConnection:
        """The connection, one statement at a time: each call waits for whatever another
        thread holds (a transaction, a backup) and reads its rows before letting go. Several
        reads that must agree belong in :meth:`read`; writes in :meth:`transaction`."""
        with self._owner:  # waits out a re-key's switch instead of finding no connection
            return SerialisedConnection(self, self._live())

    def _live(self) -> Any:
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def is_free(self) -> bool:
        """Whether no other thread holds the connection now: tried, never waited for (the lock
        waits for a worker this way without blocking the GUI thread)."""
        if not self._owner.acquire(blocking=False):
            return False
        self._owner.release()
        return True

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """The connection for this thread alone until the block ends; other threads wait.
        Reentrant. Long work (a backup, a re-key) holds it from its snapshot to its end."""
        with self._owner:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        """Several reads that see one state of the vault: no write of another thread can
        come between them."""
        with self.exclusive():
            yield self._live()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction; SQLite errors a user can meet become typed errors. Other
        threads wait until it has committed or rolled back (see the module docstring)."""
        with self.exclusive():
            conn = self._live()
            yield from self._transaction(conn)

    def _transaction(self, conn: Any) -> Iterator[Any]:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as error:
            raise translate_sqlite_error(error, self.paths) or error from None
        listener = self.on_commit
        try:
            since = audit.head_seq(conn) if listener is not None else 0
            yield conn
            written = audit.written_after(conn, since) if listener is not None else []
            conn.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            if isinstance(error, sqlcipher3.Error):
                mapped = translate_sqlite_error(error, self.paths)
                if mapped is not None:
                    raise mapped from error
            raise
        if written and listener is not None:
            listener(written)

    def integrity_findings(self) -> list[checkup.Finding]:
        """Damaged pages and broken structure; empty when all is well. Never raises for
        damage (see :mod:`checkup`)."""
        with self.read() as conn:
            return checkup.integrity(conn)

    def integrity_problems(self) -> list[str]:
        """Damaged pages and broken structure, one English line each; empty when all is well.
        Never raises for damage (see :mod:`checkup`)."""
        return [f.describe() for f in self.integrity_findings()]

    def cipher_settings(self) -> dict[str, str]:
        conn = self.conn

        def value(pragma: str) -> str:
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
            return "" if row is None else str(row[0])

        return {
            "cipher_version": value("cipher_version"),
            "cipher_provider": value("cipher_provider"),
            "cipher_page_size": value("cipher_page_size"),
            "cipher_hmac_algorithm": value("cipher_hmac_algorithm"),
            "cipher_memory_security": value("cipher_memory_security"),
            "journal_mode": value("journal_mode"),
            "synchronous": value("synchronous"),
            "secure_delete": value("secure_delete"),
            "temp_store": value("temp_store"),
            "cache_size": value("cache_size"),
        }

    def schema_version(self) -> int:
        return migrations.schema_version(self.conn)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        """Locks the vault: SQLCipher wipes its key when the connection closes."""
        with self._owner:  # after the work another thread is doing in it
            if self._conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
