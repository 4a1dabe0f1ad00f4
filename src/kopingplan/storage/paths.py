"""Where a vault lives: its folder and the names of its files. Below everything else in storage/
(:mod:`kopingplan.storage.opening`, :mod:`~kopingplan.storage.vault`, the re-key and the copy
all name these files), so that none of them has to import the vault to find them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "vault.db"
KEYFILE_NAME = "vault.key"
LOCK_NAME = "vault.lock"
# Up to this size every open runs the full cipher_integrity_check and integrity_check (about
# 0.3 s at 64 MB). Measured at 1.2 GB they take 20-36 s, which no one can wait for at each
# unlock; a larger vault is checked in full by `kopingplan check`, before a schema upgrade and
# on restore (a backup proves its copy byte-identical to the vault instead: see
# storage/vault_copy.py). SQLCipher authenticates each page whenever it reads it in any case,
# so a damaged or altered page is refused when it is touched.
FULL_CHECK_AT_OPEN_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "folder", Path(self.folder))

    @classmethod
    def from_user_path(cls, path: str | os.PathLike[str]) -> VaultPaths:
        """Accepts the vault folder or, as people will type it, the database file inside it."""
        given = Path(path).expanduser()
        if given.name == DATABASE_NAME and not given.is_dir():
            return cls(given.parent.absolute())
        return cls(given.absolute())

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def keyfile(self) -> Path:
        return self.folder / KEYFILE_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    def exists(self) -> bool:
        return self.database.exists() or self.keyfile.exists()


def default_vault_folder() -> Path:
    import platformdirs

    return platformdirs.user_data_path("Kopingplan", appauthor=False) / "vault"
