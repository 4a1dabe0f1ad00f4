"""The vault's key file: the database's random key, wrapped once per secret.

The SQLCipher database is keyed with a random 256-bit raw key, never with the passphrase. That
key is stored only wrapped, here, in one *slot* per secret: the passphrase and, optionally, a
recovery key. Each slot derives a wrapping key with Argon2id (memory-hard, so an attacker's GPUs
gain little over the laptop) and seals the raw key with AES-256-GCM. The slot's own parameters
and the vault id are the AEAD's associated data, so editing them makes the slot fail to open
rather than silently weakening it.

Why a separate file: changing the passphrase rewraps 32 bytes instead of re-encrypting the
database, and a recovery key can open the vault when the passphrase is forgotten.

The file is JSON, written atomically (see :mod:`atomic`) and validated on every read.

It also names its database: ``database_salt`` is the first 16 bytes of ``vault.db`` (SQLCipher's
random salt, fixed for the life of the file), so a wrong passphrase with another vault's key
file beside the database is told as that, not as "wrong passphrase". It is a hint only: it is not
authenticated and never stops a try, and older key files without it still open.
"""

from __future__ import annotations

import base64
import json
import os
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kopingplan.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase
from kopingplan.storage.atomic import atomic_write

FORMAT = "kopingplan-keyfile"
VERSION = 1
KEY_BYTES = 32
SLOT_KINDS = ("passphrase", "recovery")

# Bounds a key file's parameters must lie within, so a hostile file cannot make us allocate
# gigabytes or spin for minutes, and a tampered one cannot ask for a trivial KDF.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults are calibrated at creation to ~0.5 s on this machine."""

    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 4

    def check(self) -> bool:
        return (
            MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and 1 <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= 16
        )


def calibrate(target_seconds: float = 0.5, memory_kib: int = 256 * 1024) -> KdfParams:
    """Chooses the iteration count so that one derivation takes about ``target_seconds``.

    Memory stays fixed (memory hardness is what hurts GPUs); time is tuned with iterations,
    never below 2 passes.
    """
    probe = KdfParams(memory_kib=memory_kib, iterations=1)
    start = time.perf_counter()
    _derive(b"calibration", os.urandom(16), probe)
    one_pass = max(time.perf_counter() - start, 1e-3)
    iterations = max(2, min(MAX_ITERATIONS, round(target_seconds / one_pass)))
    return replace(probe, iterations=iterations)


def normalise_secret(secret: str) -> bytes:
    """NFC-normalises so an å typed as one code point or as a + ring opens the same vault."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    kind: str
    salt: bytes
    params: KdfParams
    nonce: bytes
    sealed_key: bytes  # AES-256-GCM ciphertext and tag of the raw database key

    def kdf_fields(self) -> dict[str, Any]:
        """How the slot's key is derived: stored in the key file and bound into the seal."""
        return {
            "kind": self.kind,
            "kdf": "argon2id",
            "salt": _b64(self.salt),
            "memory_kib": self.params.memory_kib,
            "iterations": self.params.iterations,
            "lanes": self.params.lanes,
        }

    def associated_data(self, vault_id: str) -> bytes:
        header = {"format": FORMAT, "version": VERSION, "vault_id": vault_id, **self.kdf_fields()}
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        return {
            **self.kdf_fields(),
            "nonce": _b64(self.nonce),
            "sealed_key": _b64(self.sealed_key),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        if not isinstance(data, dict) or data.get("kdf") != "argon2id":
            raise ValueError("unknown slot")
        kind = data.get("kind")
        if kind not in SLOT_KINDS:
            raise ValueError("unknown slot kind")
        numbers = [data.get(k) for k in ("memory_kib", "iterations", "lanes")]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise ValueError("bad KDF parameters")
        params = KdfParams(*numbers)  # type: ignore[arg-type]
        slot = cls(
            kind=kind,
            salt=_unb64(data.get("salt")),
            params=params,
            nonce=_unb64(data.get("nonce")),
            sealed_key=_unb64(data.get("sealed_key")),
        )
        if (
            not params.check()
            or len(slot.salt) < 16
            or len(slot.nonce) != 12
            or len(slot.sealed_key) != KEY_BYTES + 16
        ):
            raise ValueError("slot out of bounds")
        return slot


SALT_BYTES = 16


def database_salt(database: Path) -> bytes | None:
    """SQLCipher's salt: the first 16 bytes of an encrypted database; None if there is none."""
    try:
        with open(database, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == b"SQLite format 3\x00":
        return None
    return head


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[KeySlot, ...]
    database_salt: bytes | None = None  # whose database this opens (a hint; see above)

    def belongs_to(self, database: Path) -> bool:
        """False only when this key file names another database than ``database``."""
        return self.database_salt is None or self.database_salt == database_salt(database)

    @staticmethod
    def seal(
        vault_id: str, kind: str, secret: str, key: bytes | bytearray, params: KdfParams
    ) -> KeySlot:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        slot = KeySlot(kind=kind, salt=salt, params=params, nonce=nonce, sealed_key=b"")
        wrapping_key = _derive(normalise_secret(secret), salt, params)
        sealed = AESGCM(wrapping_key).encrypt(nonce, bytes(key), slot.associated_data(vault_id))
        return replace(slot, sealed_key=sealed)

    @classmethod
    def create(
        cls, vault_id: str, passphrase: str, key: bytes | bytearray, params: KdfParams
    ) -> KeyFile:
        return cls(vault_id, (cls.seal(vault_id, "passphrase", passphrase, key, params),))

    def with_slot(
        self, kind: str, secret: str, key: bytes | bytearray, params: KdfParams
    ) -> KeyFile:
        """A copy where the slot of ``kind`` is replaced (a new recovery key revokes the old)."""
        others = tuple(s for s in self.slots if s.kind != kind)
        sealed = self.seal(self.vault_id, kind, secret, key, params)
        return KeyFile(self.vault_id, (*others, sealed), self.database_salt)

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def unlock(self, secret: str, kind: str = "passphrase") -> bytearray:
        """The raw database key, in a bytearray the caller wipes. Raises WrongPassphrase."""
        slot = self.slot(kind)
        if slot is None:
            raise WrongPassphrase()
        wrapping_key = _derive(normalise_secret(secret), slot.salt, slot.params)
        try:
            key = AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.sealed_key, slot.associated_data(self.vault_id)
            )
        except InvalidTag:
            raise WrongPassphrase() from None
        return bytearray(key)

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.database_salt is not None:
            document["database_salt"] = _b64(self.database_salt)
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a key file")
        if document.get("version") != VERSION:
            raise ValueError("unknown key file version")
        vault_id = document.get("vault_id")
        raw_slots = document.get("slots")
        if not isinstance(vault_id, str) or not isinstance(raw_slots, list) or not raw_slots:
            raise ValueError("incomplete key file")
        slots = tuple(KeySlot.from_json(s) for s in raw_slots)
        if len({s.kind for s in slots}) != len(slots):
            raise ValueError("duplicate slot")
        salt = document.get("database_salt")
        salt_bytes = None if salt is None else _unb64(salt)
        if salt_bytes is not None and len(salt_bytes) != SALT_BYTES:
            raise ValueError("bad database salt")
        return cls(vault_id, slots, salt_bytes)


def read_keyfile(path: Path) -> KeyFile:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing(path=str(path)) from None
    except OSError:  # a folder, a device that fails, no permission: not a key file to use
        raise KeyFileDamaged(path=str(path)) from None
    if len(data) > MAX_FILE_BYTES:
        raise KeyFileDamaged(path=str(path))
    try:
        return KeyFile.from_bytes(data)
    except (ValueError, UnicodeDecodeError, TypeError, RecursionError):
        # RecursionError: deeply nested JSON, which a hostile or damaged file can be.
        raise KeyFileDamaged(path=str(path)) from None


def write_keyfile(path: Path, keyfile: KeyFile, *, database: Path | None = None) -> None:
    """Writes ``keyfile`` naming ``database`` (by default the vault.db beside a vault.key)."""
    if database is None and path.name == "vault.key":
        database = path.with_name("vault.db")
    salt = database_salt(database) if database is not None else None
    if salt is not None:
        keyfile = replace(keyfile, database_salt=salt)
    atomic_write(path, keyfile.to_bytes())


def wipe(buffer: bytearray) -> None:
    """Overwrites a key in place. Python may still hold copies it made; we drop ours."""
    for index in range(len(buffer)):
        buffer[index] = 0
