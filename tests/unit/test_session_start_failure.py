"""A session that fails to start in a vault it has just opened or created leaves the vault
locked again: the next try opens it instead of being told another program has it open."""

from __future__ import annotations

from pathlib import Path

import pytest

from kopingplan.services import session as session_module
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity


class Broken(Exception):
    pass


def _fail_reading_the_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> str:
        raise Broken()

    monkeypatch.setattr(session_module.identities, "get_setting", broken)


def _create(paths: VaultPaths) -> Session:
    return Session.create(paths, PASSPHRASE, name=OWNER, organisation=ORGANISATION,
                          kdf_params=FAST_KDF, identity=shared_identity())  # fmt: skip


def test_a_failed_opening_leaves_the_vault_free_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = VaultPaths(tmp_path / "valv")
    _create(paths).close()
    with monkeypatch.context() as patched:
        _fail_reading_the_owner(patched)
        with pytest.raises(Broken):
            Session.open(paths, PASSPHRASE)
    with Session.open(paths, PASSPHRASE) as again:
        assert again.actor == OWNER


def test_a_failed_creation_leaves_the_new_vault_free_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = VaultPaths(tmp_path / "valv")
    with monkeypatch.context() as patched:
        _fail_reading_the_owner(patched)
        with pytest.raises(Broken):
            _create(paths)
    with Session.open(paths, PASSPHRASE) as again:
        assert again.actor == OWNER
