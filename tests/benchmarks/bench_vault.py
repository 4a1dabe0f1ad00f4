"""The benchmark's vaults: the cached synthetic vault, a working copy of it, and plain copies.

* **Cache** (``tests/benchmarks/.cache/``, git-ignored): a vault made with
  :meth:`Session.create` (Argon2id calibrated on this machine, as for a coordinator) and filled
  by :func:`kopingplan.services.demo.fill`. Its folder name is its key: size, seed, schema
  version and a hash of the demo generator's source and the schema's SQL, so a changed
  generator or schema builds a new vault and older entries of the same size and seed are removed.
  It is built under a temporary name and renamed when complete.
* **Working copy**: every run measures a byte copy of the cached folder in a temporary folder,
  so saves, audit rows, benchmark meetings and recipients never change the cache.
* **Plain copies**: the store's physical limit is measured on a decrypted copy made with
  ``sqlcipher_export`` inside a temporary folder that is deleted right after the store figures
  (fictional demo data only). It is opened through the same service layer (a :class:`Session`
  around an unkeyed connection), so the limit runs exactly the same SQL as the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan.services import demo, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import migrations, opening, vault
from kopingplan.storage.vault import DATABASE_NAME, KEYFILE_NAME, Vault, VaultPaths

PASSPHRASE = "prova benchmark med påhittade uppgifter"  # fictional demo data only
OWNER = "Bänk Benchmarksson"
ORGANISATION = "Köpings kommun (benchmark)"
CACHE_FORMAT = 1  # bump when this module changes what a cached vault holds

HERE = Path(__file__).resolve().parent
DEFAULT_CACHE = HERE / ".cache"


def _source_hash() -> str:
    """SHA-256 over the demo generator's and the schema's source files (names and bytes)."""
    digest = hashlib.sha256(f"format {CACHE_FORMAT}".encode())
    demo_dir = Path(demo.__file__).parent
    sql_dir = Path(migrations.__file__).parent / "sql"
    for folder, pattern in ((demo_dir, "*.py"), (sql_dir, "**/*.sql")):
        for path in sorted(folder.glob(pattern)):
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class CacheKey:
    cases: int
    notes: int
    seed: int

    @property
    def notes_per_case(self) -> int:
        return round(self.notes / self.cases) if self.cases else 0

    @property
    def prefix(self) -> str:
        return f"vault-c{self.cases}-n{self.notes}-s{self.seed}-"

    @property
    def name(self) -> str:
        return f"{self.prefix}v{migrations.LATEST}-{_source_hash()}"


@dataclass
class Built:
    folder: Path
    built: bool  # False: reused from the cache
    seconds: float  # building time (0 when reused)
    manifest: dict[str, Any]


def ensure_cached(key: CacheKey, cache_dir: Path, log: Callable[[str], None] = print) -> Built:
    """The cached vault for ``key``, built first if it is not there."""
    folder = cache_dir / key.name
    manifest_path = folder / "bench.json"
    if manifest_path.exists() and (folder / DATABASE_NAME).exists():
        return Built(folder, False, 0.0, json.loads(manifest_path.read_text()))
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(key.prefix + "*"):  # another generator or schema, same size
        log(f"removing stale cached vault {stale.name}")
        shutil.rmtree(stale, ignore_errors=True)
    partial = cache_dir / (key.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    started = time.perf_counter()
    log(
        f"building the benchmark vault: {key.cases:,} cases, ~{key.notes:,} notes "
        f"({key.notes_per_case} per case), seed {key.seed} (about 8 s per 1,000 cases)"
    )
    # kdf_params=None: Argon2id calibrated on this machine, exactly as for a new coordinator.
    with Session.create(
        VaultPaths(partial), PASSPHRASE, name=OWNER, organisation=ORGANISATION
    ) as session:
        last = [time.perf_counter()]

        def progress(done: int, total: int) -> None:
            if time.perf_counter() - last[0] > 15 or done == total:
                last[0] = time.perf_counter()
                log(f"  {done:,}/{total:,} cases, {last[0] - started:.0f} s")

        demo.fill(
            session,
            cases=key.cases,
            seed=key.seed,
            notes_per_case=key.notes_per_case,
            progress=progress,
        )
        counts = vault_health.info(session).counts
    seconds = time.perf_counter() - started
    manifest = {
        "cases": key.cases,
        "notes_requested": key.notes,
        "seed": key.seed,
        "schema_version": migrations.LATEST,
        "source_hash": _source_hash(),
        "counts": counts,
        "build_seconds": round(seconds, 1),
        "built_at": time.strftime("%Y-%m-%d %H:%M:%S"),
        "database_bytes": (partial / DATABASE_NAME).stat().st_size,
    }
    (partial / "bench.json").write_text(json.dumps(manifest, indent=2) + "\n")
    partial.rename(folder)
    return Built(folder, True, seconds, manifest)


@contextlib.contextmanager
def working_copy(cached: Path) -> Iterator[VaultPaths]:
    """A byte copy of the cached vault (still encrypted) in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="kopingplan-bench-work-") as tmp:
        folder = Path(tmp) / "vault"
        folder.mkdir(mode=0o700)
        for name in (DATABASE_NAME, KEYFILE_NAME):
            shutil.copyfile(cached / name, folder / name)
        yield VaultPaths(folder)


class _NoLock:
    def release(self) -> None:
        pass


def _plain_session(database: Path, connect: Callable[..., Any], vault_id: str) -> Session:
    """A Session on an unkeyed connection: the same services, the same SQL, no encryption."""
    conn = connect(str(database), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    opening.apply_session_pragmas(conn)  # the vault's own settings (cache, synchronous, …)
    return Session(Vault(VaultPaths(database.parent), conn, _NoLock(), vault_id))  # type: ignore[arg-type]


@dataclass
class PlainCopies:
    """Sessions on the decrypted copy: ``same_engine`` (sqlcipher3 without a key: the SQLite
    that SQLCipher bundles) and ``stdlib`` (Python's own sqlite3, often an older SQLite)."""

    same_engine: Session
    stdlib: Session
    export_seconds: float
    same_engine_version: str
    stdlib_version: str


@contextlib.contextmanager
def plain_copies(session: Session) -> Iterator[PlainCopies]:
    """Exports the open vault to a plaintext database in a temporary folder, deleted on exit."""
    with tempfile.TemporaryDirectory(prefix="kopingplan-bench-plain-") as tmp:
        database = Path(tmp) / "plain.db"
        conn = session.vault.conn
        started = time.perf_counter()
        conn.execute("ATTACH DATABASE ? AS bench_plain KEY ''", (str(database),))
        try:
            conn.execute("SELECT sqlcipher_export('bench_plain')")
            # sqlcipher_export does not carry the schema version over.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"PRAGMA bench_plain.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE bench_plain")
        seconds = time.perf_counter() - started
        with database.open("rb") as handle:  # really plain, or every ratio would be a lie
            if handle.read(16) != vault.SQLITE_HEADER:
                raise RuntimeError("sqlcipher_export did not write a plain database")
        same = _plain_session(database, sqlcipher3.connect, session.vault.vault_id)
        stdlib = _plain_session(database, sqlite3.connect, session.vault.vault_id)
        try:
            yield PlainCopies(
                same,
                stdlib,
                seconds,
                str(same.vault.conn.execute("SELECT sqlite_version()").fetchone()[0]),
                sqlite3.sqlite_version,
            )
        finally:
            stdlib.close()
            same.close()
