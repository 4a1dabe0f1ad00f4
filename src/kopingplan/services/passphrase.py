"""Changing the passphrase that opens the vault: the database key is wrapped again under the new
one; the recovery key's slot (services/recovery.py) is kept as it is."""

from __future__ import annotations

from collections.abc import Callable

from kopingplan.services import identity
from kopingplan.services.session import Session, require_strong
from kopingplan.storage import keyfile as kf


def change_passphrase(
    session: Session, current: str, new: str, *, committing: Callable[[], None] | None = None
) -> None:
    """Refuses a weak ``new`` (naming why) and a wrong ``current``, changing nothing; audited
    vault.passphrase_changed. ``committing`` is called after the slow key derivations, just
    before the key file is replaced, and may raise to stop there (the GUI's task when the
    vault locks meanwhile: the coordinator would not learn which passphrase now opens it)."""
    require_strong(new, identity.owner_words(session))
    keys = kf.read_keyfile(session.vault.paths.keyfile)
    key = keys.unlock(current)
    try:
        params = session.kdf_params or kf.calibrate()
        updated = keys.with_slot("passphrase", new, key, params)
    finally:
        kf.wipe(key)
    if committing is not None:
        committing()
    kf.write_keyfile(session.vault.paths.keyfile, updated)
    session.record("vault.passphrase_changed")
