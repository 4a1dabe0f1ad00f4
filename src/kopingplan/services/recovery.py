"""The recovery key: a second secret that opens the vault, for the employer's safe.

Like BitLocker's recovery password: 48 digits in 8 groups of 6. Each group is a 16-bit number
times 11, so the code carries 128 random bits and every group checks itself: a mistyped digit
or two swapped neighbours make a group that is not a multiple of 11, and the coordinator is
told which group before any key derivation runs. Digits only: read aloud over the phone,
typed on any keyboard layout, no 0/O or 1/l confusion.

It is stored nowhere in plain: the key file gets one more slot (kind "recovery") that wraps
the database key under Argon2id of the code, exactly like the passphrase slot. The code is
returned once, for the printed sheet, and then only its holder has it. A new recovery key
replaces the slot, which revokes the old code for this key file; changing the passphrase
rewraps only the passphrase slot, so the recovery key keeps working.

Limit (see the README's threat model): the database key itself never changes. Someone who
kept a copy of an old key file (an old backup) and the old code can still unwrap the key.
Revoking in that sense needs a re-encryption of the database under a new key (``PRAGMA
rekey``), which this module does not do.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kopingplan import errors
from kopingplan.services import identity as identity_service
from kopingplan.services.session import OWNER_ORGANISATION, Session, require_strong
from kopingplan.storage import identities, reading
from kopingplan.storage import keyfile as kf
from kopingplan.storage.vault import VaultPaths

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

GROUPS = 8
GROUP_DIGITS = 6
CHECK_FACTOR = 11
GROUP_VALUES = 1 << 16  # 65,536 × 11 = 720,896 fits in six digits
SLOT = "recovery"
SEPARATOR = "-"

# Characters people put between groups when they type or paste the code.
_SEPARATORS = frozenset(" -_.\t\u00a0\u2009\u202f\u2010\u2011\u2012\u2013\u2014\u2212")

SHEET_CONTEXT = "Recovery"

# When a recovery key was made that no one has seen yet (ISO time, UTC; "" when none): set in
# the vault before the key file changes, cleared once the sheet is on screen or printed on the
# terminal. A lock or a kill in between leaves it set, and the next unlock says so: the paper
# sheet may no longer open the vault and nobody saw the new code. Only the time, never the code.
UNSHOWN_SETTING = "recovery_key_unshown_since"


class InvalidRecoveryKey(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a recovery key: it has 48 digits in 8 groups of 6. Check what you typed "
        "against the recovery sheet.",
    )


class RecoveryKeyTypo(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Group {group} of the recovery key is mistyped (the groups check themselves). Compare "
        "it with the recovery sheet and type it again.",
    )


class WrongRecoveryKey(errors.WrongPassphrase):
    """A subclass of WrongPassphrase, so the unlock throttle counts it like one."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "That recovery key does not open this vault. Nothing was changed; check that the "
        "sheet belongs to this vault (its vault number) and that the key is still the newest.",
    )


class NoRecoveryKey(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This vault has no recovery key. Only the passphrase opens it; if it is lost, restore "
        "a backup whose passphrase you know.",
    )


def generate() -> str:
    """A new recovery key in its display form: ``123453-…`` (8 groups of 6 digits)."""
    groups = (secrets.randbelow(GROUP_VALUES) * CHECK_FACTOR for _ in range(GROUPS))
    return SEPARATOR.join(f"{group:0{GROUP_DIGITS}d}" for group in groups)


def normalise(text: str) -> str:
    """The canonical form of a typed recovery key (48 digits, no separators), checked.

    Accepts spaces, dashes and other separators anywhere, and full-width or other Unicode
    digits. Raises :class:`InvalidRecoveryKey` for the wrong number of digits or a stray
    character, :class:`RecoveryKeyTypo` naming the first group that fails its check.
    """
    digits = []
    for char in unicodedata.normalize("NFKC", text).strip():
        if char in _SEPARATORS:
            continue
        if not char.isdecimal():
            raise InvalidRecoveryKey()
        digits.append(str(unicodedata.decimal(char)))
    if len(digits) != GROUPS * GROUP_DIGITS:
        raise InvalidRecoveryKey()
    code = "".join(digits)
    for index in range(GROUPS):
        value = int(code[index * GROUP_DIGITS : (index + 1) * GROUP_DIGITS])
        if value % CHECK_FACTOR or value >= GROUP_VALUES * CHECK_FACTOR:
            raise RecoveryKeyTypo(group=index + 1)
    return code


def display(code: str) -> str:
    """``123453123453…`` → ``123453-123453-…`` for the sheet and the input field."""
    canonical = normalise(code)
    return SEPARATOR.join(
        canonical[i : i + GROUP_DIGITS] for i in range(0, len(canonical), GROUP_DIGITS)
    )


# The printed sheet's texts, marked for translation in context "Recovery"; the GUI (or the
# CLI) translates them and lays them out, with the QR code of :meth:`RecoverySheet.qr_payload`.
SHEET_TITLE = QT_TRANSLATE_NOOP("Recovery", "Köpingplan recovery key")
SHEET_LINES = (
    QT_TRANSLATE_NOOP(
        "Recovery",
        "This key opens the Köpingplan vault below if the coordinator's passphrase is "
        "forgotten or the coordinator has left. Anyone who has it and a copy of the vault can "
        "read everything in it.",
    ),
    QT_TRANSLATE_NOOP(
        "Recovery",
        "Keep this sheet in the employer's safe. Do not photograph, scan or store it on a "
        "computer, and do not keep it with the laptop or the backups.",
    ),
    QT_TRANSLATE_NOOP(
        "Recovery",
        "To use it: start Köpingplan, choose “Use recovery key” at the unlock prompt, type "
        "the 48 digits (the dashes are optional), and set a new passphrase at once.",
    ),
    QT_TRANSLATE_NOOP(
        "Recovery",
        "A newer recovery key replaces this one. Backups made while this key was valid still "
        "open with it: destroy this sheet only when those backups are gone.",
    ),
)
SHEET_FIELDS = {
    "vault": QT_TRANSLATE_NOOP("Recovery", "Vault"),
    "created": QT_TRANSLATE_NOOP("Recovery", "Created"),
    "owner": QT_TRANSLATE_NOOP("Recovery", "Coordinator"),
    "key": QT_TRANSLATE_NOOP("Recovery", "Recovery key"),
}


@dataclass(frozen=True)
class RecoverySheet:
    """What the printed sheet shows. Lives in memory only: print it, then drop it."""

    code: str  # display form, 8 groups of 6 digits
    vault_id: str
    created_at: datetime
    owner: str
    organisation: str

    def qr_payload(self) -> str:
        """The text of the QR code: the 48 digits alone (QR's numeric mode, smallest code)."""
        return normalise(self.code)

    def qr_modules(self) -> tuple[tuple[bool, ...], ...]:
        """The QR code as rows of dark (True) and light modules, without the quiet zone.

        Plain data, so the GUI paints it with QPainter and a PDF with rectangles; made with
        reportlab's encoder (already a dependency, pure Python), error correction M.
        """
        from reportlab.graphics.barcode import qrencoder

        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(self.qr_payload())
        code.make()
        size = code.getModuleCount()
        return tuple(tuple(bool(code.isDark(r, c)) for c in range(size)) for r in range(size))

    def lines(self, translate: object = None) -> list[str]:
        """The sheet as lines of text; ``translate(context, text)`` is usually ``i18n.tr``."""

        def tr(text: str) -> str:
            return str(translate(SHEET_CONTEXT, text)) if callable(translate) else text

        when = self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return [
            tr(SHEET_TITLE),
            "",
            f"{tr(SHEET_FIELDS['key'])}: {self.code}",
            f"{tr(SHEET_FIELDS['vault'])}: {self.vault_id}",
            f"{tr(SHEET_FIELDS['owner'])}: {self.owner}, {self.organisation}",
            f"{tr(SHEET_FIELDS['created'])}: {when}",
            "",
            *(tr(line) for line in SHEET_LINES),
        ]


def has_recovery_key(paths: VaultPaths) -> bool:
    return kf.read_keyfile(paths.keyfile).slot(SLOT) is not None


def _params(kdf_params: kf.KdfParams | None) -> kf.KdfParams:
    return kdf_params or kf.calibrate()


def create(
    session: Session,
    passphrase: str,
    *,
    kdf_params: kf.KdfParams | None = None,
    committing: Callable[[], None] | None = None,
) -> RecoverySheet:
    """Makes a new recovery key (revoking any earlier one) and returns the sheet to print.

    The passphrase is asked again because only SQLCipher holds the database key while the
    vault is open: the new slot must wrap the key unwrapped from the passphrase slot.
    ``committing`` is called after the slow key derivations, just before the earlier key is
    replaced; it may raise to stop there (the GUI's task when the vault locks meanwhile: a key
    written then would never be shown, and the sheet on paper would no longer work).
    """
    paths = session.vault.paths
    keys = kf.read_keyfile(paths.keyfile)
    replaced = keys.slot(SLOT) is not None
    key = keys.unlock(passphrase, "passphrase")
    code = generate()
    try:
        updated = keys.with_slot(SLOT, normalise(code), key, _params(kdf_params))
    finally:
        kf.wipe(key)
    if committing is not None:
        committing()
    created_at = datetime.now(UTC)
    _set_unshown(session, created_at.isoformat())  # before the key file: a lock may come next
    try:
        kf.write_keyfile(paths.keyfile, updated)
    except Exception:  # a full disk, say: the earlier key (and its sheet) still works; an
        _set_unshown(session, "")  # interrupt may come after the write, so it keeps the mark
        raise
    # What happened, never the code.
    session.record("vault.recovery_key_created", details={"replaced": replaced})
    return RecoverySheet(
        code=code,
        vault_id=keys.vault_id,
        created_at=created_at,
        owner=session.actor,
        organisation=reading.run(session, identities.get_setting, OWNER_ORGANISATION),
    )


def remove(session: Session, passphrase: str) -> None:
    """Removes the recovery slot: afterwards only the passphrase opens the vault."""
    paths = session.vault.paths
    keys = kf.read_keyfile(paths.keyfile)
    if keys.slot(SLOT) is None:
        raise NoRecoveryKey()
    kf.wipe(keys.unlock(passphrase, "passphrase"))  # proves the right to remove it
    others = tuple(slot for slot in keys.slots if slot.kind != SLOT)
    kf.write_keyfile(paths.keyfile, kf.KeyFile(keys.vault_id, others))
    _set_unshown(session, "")  # no key left that anyone should have seen
    session.record("vault.recovery_key_removed")


def _set_unshown(session: Session, value: str) -> None:
    with session.vault.transaction() as conn:
        identities.set_setting(conn, UNSHOWN_SETTING, value)


def mark_shown(session: Session) -> None:
    """The new key's sheet is on screen (GUI) or printed on the terminal (CLI)."""
    _set_unshown(session, "")


def unshown_since(session: Session) -> datetime | None:
    """When the recovery key was made that nobody has seen (the vault locked or the program
    was stopped between writing it and showing its sheet), or None. None too once the vault
    has no recovery key any more (removed, or gone with a re-key)."""
    text = reading.run(session, identities.get_setting, UNSHOWN_SETTING)
    if not text or not has_recovery_key(session.vault.paths):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def open_with_recovery_key(
    paths: VaultPaths, typed: str, *, verify: bool | None = None, record_unlock: bool = True
) -> Session:
    """Opens the vault with a typed recovery key (checked group by group before the KDF)."""
    code = normalise(typed)
    if not has_recovery_key(paths):
        raise NoRecoveryKey()
    try:
        return Session.open(
            paths, code, secret_kind=SLOT, verify=verify, record_unlock=record_unlock
        )
    except errors.WrongPassphrase as error:
        wrong = WrongRecoveryKey()
        wrong.retry_after = error.retry_after  # the dialog's countdown (storage/attempts.py)
        raise wrong from None


def set_passphrase(
    session: Session,
    typed_recovery_key: str,
    new_passphrase: str,
    *,
    kdf_params: kf.KdfParams | None = None,
) -> None:
    """Sets a new passphrase with the recovery key (the passphrase was forgotten).

    The recovery key stays valid; it has been typed on this laptop, so the coordinator is
    advised (by the GUI) to make a new one and lock the old sheet away or destroy it.
    """
    require_strong(new_passphrase, identity_service.owner_words(session))
    paths: Path = session.vault.paths.keyfile
    keys = kf.read_keyfile(paths)
    if keys.slot(SLOT) is None:
        raise NoRecoveryKey()
    try:
        key = keys.unlock(normalise(typed_recovery_key), SLOT)
    except errors.WrongPassphrase:
        raise WrongRecoveryKey() from None
    try:
        updated = keys.with_slot("passphrase", new_passphrase, key, _params(kdf_params))
    finally:
        kf.wipe(key)
    kf.write_keyfile(paths, updated)
    session.record("vault.passphrase_changed", details={"with": SLOT})
