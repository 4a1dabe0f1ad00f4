"""A working session in one unlocked vault: the vault, the coordinator working in it (the
actor of every audit row) and the audited transaction.

``Session`` creates, opens and closes a vault, records an act on its own (:meth:`Session.record`)
and stores any record the generic way (:meth:`~Session.save`, ``get``, ``delete``, ``batch``):
validated, written in one transaction and logged together. The use cases are module functions
taking the session, one module per kind in the domain's words (``cases.open_case(session, 7)``,
``drafts.save_draft``, ``identity.export_certificate``, ``search.search``, ``follow_ups.due``,
``vault_health.check``, ``passphrase.change_passphrase``). The GUI and the CLI never touch SQL
or the audit log themselves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kopingplan import errors
from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.domain import model, rules
from kopingplan.domain import passphrase as passphrase_rules
from kopingplan.services.batch import Batch as Batch  # re-exported: the demo generator
from kopingplan.services.changes import ChangeCollector
from kopingplan.storage import audit, drafts, identities, mapping, reading, repositories
from kopingplan.storage import keyfile as kf
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import versions
from kopingplan.storage.vault import Vault, VaultPaths

R = TypeVar("R")

# Row types of the lists, re-exported so the GUI need not import storage.
CaseRow = repositories.CaseRow
TimelineItem = repositories.TimelineItem
DueItem = repositories.DueItem

# Marks around the matched words in a search hit's snippet (for highlighting).
HIT_START = repositories.HIT_START
HIT_END = repositories.HIT_END

OWNER_NAME = "owner_name"
OWNER_ORGANISATION = "owner_organisation"


def require_strong(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuses a weak passphrase, naming what is wrong with it (translated by the caller).
    ``user_inputs``: the coordinator's name and organisation, which an attacker tries first."""
    strength = passphrase_rules.estimate(passphrase, user_inputs)
    if not strength.acceptable:
        raise errors.WeakPassphrase(problems=",".join(p.value for p in strength.problems))


@contextlib.contextmanager
def _locked_on_failure(vault: Vault) -> Iterator[Vault]:
    """The vault just created or opened, locked again (closed) if setting up the session in it
    fails: a start that failed must not keep the vault's folder lock, or the next try would
    be told the vault is in use by another program."""
    try:
        yield vault
    except BaseException:
        vault.close()
        raise


class Session:
    """An unlocked vault and the coordinator working in it."""

    def __init__(self, vault: Vault, *, kdf_params: kf.KdfParams | None = None) -> None:
        self.vault = vault
        with vault.read() as conn:
            self.actor = identities.get_setting(conn, OWNER_NAME) or "?"
        # What each committed write changed, until the GUI tells its open views.
        self.changes = ChangeCollector()
        vault.on_commit = self.changes.add
        # Tests pass cheap Argon2id parameters; real vaults calibrate to ~0.5 s.
        self._kdf_params = kdf_params

    # --- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        paths: VaultPaths,
        passphrase: str,
        *,
        name: str,
        organisation: str,
        kdf_params: kf.KdfParams | None = None,
        identity: Identity | None = None,
    ) -> Session:
        require_strong(passphrase, (name, organisation))
        for field, value in (("name", name), ("organisation", organisation)):
            if not value.strip():
                raise errors.InvalidInput(
                    field, errors.QT_TRANSLATE_NOOP("Errors", "must be filled in")
                )
        identity = identity or create_identity(name, organisation)
        vault = Vault.create(paths, passphrase, kdf_params=kdf_params)
        with _locked_on_failure(vault):
            with vault.transaction() as conn:
                identities.set_setting(conn, OWNER_NAME, name.strip())
                identities.set_setting(conn, OWNER_ORGANISATION, organisation.strip())
                identities.store(conn, identity, "self_signed")
                audit.append(conn, name.strip(), "vault.create")
            return cls(vault, kdf_params=kdf_params)

    @classmethod
    def open(
        cls,
        paths: VaultPaths,
        secret: str,
        *,
        secret_kind: str = "passphrase",
        verify: bool | None = None,
        record_unlock: bool = True,
        kdf_params: kf.KdfParams | None = None,
    ) -> Session:
        vault = Vault.open(paths, secret, secret_kind=secret_kind, verify=verify)
        with _locked_on_failure(vault):
            session = cls(vault, kdf_params=kdf_params)
            # Wrong tries since the last unlock (storage/attempts.py) are logged even when the
            # unlock itself is not (a command-line run), so the owner can see them later.
            tries = vault.unlock_report
            if record_unlock or tries.noteworthy:
                details: dict[str, Any] = {"with": secret_kind}
                if tries.failures:
                    details["wrong_tries"] = tries.failures
                if tries.lost:
                    details["attempts_record"] = "lost"
                session.record("vault.unlock", details=details)
            return session

    @property
    def kdf_params(self) -> kf.KdfParams | None:
        """Argon2id parameters for new key slots; None means calibrate on this machine."""
        return self._kdf_params

    @property
    def vault_folder(self) -> Path:
        return self.vault.paths.folder

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(
        self,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Writes one audit row on its own, for acts that change nothing else (a print)."""
        with self.vault.transaction() as conn:
            audit.append(conn, self.actor, action, entity, entity_id, details)

    # --- records -----------------------------------------------------------------------------

    def save(self, record: R) -> R:
        """Validates and stores a new or changed record, with its audit row, in one transaction.

        A case's level and status change only through :mod:`kopingplan.services.cases`
        (``move_case_level``, ``close_case``, ``reopen_case``), which record why.
        """
        with self.vault.transaction() as conn:
            return self.save_in(conn, record)

    def save_in(self, conn: Connection, record: R) -> R:
        """:meth:`save` within a transaction the caller holds, for a record stored together
        with more (all or nothing): ``with session.vault.transaction() as conn: …``."""
        rules.validate(record)
        table = repositories.table_for(type(record))
        record_id: int | None = getattr(record, "id", None)
        if record_id is None:
            record_id = mapping.insert(conn, table, record)
            record = replace(record, id=record_id)  # type: ignore[type-var]
            if isinstance(record, model.Case):
                repositories.record_level_change(
                    conn, record_id, None, record.level, record.opened_on, ""
                )
            audit.append(conn, self.actor, f"{table.name}.create", table.name, record_id)
            return record
        if isinstance(record, model.Case):
            stored = mapping.get(conn, repositories.CASES, record_id)
            if stored.level != record.level or stored.status != record.status:
                raise errors.InvalidInput("level", LEVEL_NEEDS_REASON)
        # A note or contact keeps its earlier text, whichever way it is changed.
        versioned = table.name in versions.VERSIONED
        before = mapping.get(conn, table, record_id) if versioned else None
        if changed := mapping.update(conn, table, record):
            if before is not None:
                versions.keep_version(conn, table, before, self.actor)
            details = {"fields": list(changed)}
            audit.append(conn, self.actor, f"{table.name}.update", table.name, record_id, details)
        return record

    def get(self, cls: type[R], record_id: int) -> R:
        return reading.run(self, mapping.get, repositories.table_for(cls), record_id)

    def delete(self, cls: type[Any], record_id: int) -> None:
        """Deletes one record for good (secure_delete overwrites it); the log keeps that it was."""
        table = repositories.table_for(cls)
        with self.vault.transaction() as conn:
            mapping.delete(conn, table, record_id)
            drafts.delete_orphans(conn)  # its forms' unsaved input, and its owned records'
            audit.append(conn, self.actor, f"{table.name}.delete", table.name, record_id)

    @contextlib.contextmanager
    def batch(self, reason: str, today: date | None = None) -> Iterator[Batch]:
        """Many inserts in one transaction with one audit row (demo data, imports)."""
        with self.vault.transaction() as conn:
            batch = Batch(conn, today)
            yield batch
            audit.append(conn, self.actor, reason, details={"created": batch.created})


LEVEL_NEEDS_REASON = errors.QT_TRANSLATE_NOOP(
    "Errors", "changes only with a reason (use “Move to level” or “Close case”)"
)


class Stored(Protocol):
    """A record that has an id once it is stored."""

    @property
    def id(self) -> int | None: ...


S = TypeVar("S", bound=Stored)


def add_or_change(
    add: Callable[[Session, S], S], change: Callable[[Session, S], S]
) -> Callable[[Session, S], S]:
    """A form's Save: ``add`` for a new record (no id yet), ``change`` to correct a stored one."""

    def save(session: Session, record: S) -> S:
        return add(session, record) if record.id is None else change(session, record)

    return save


# What a kind's own check of a record against the vault (a link to a stored record, a number
# not taken) gives the audit row: ids, codes and numbers, never content.
Check = Callable[[Connection, S], dict[str, Any]]


def add_checked(session: Session, table: mapping.Table[S], record: S, check: Check[S]) -> S:
    """Stores a new record with its "<table>.add" row in one transaction: the rules and then
    ``check`` refuse (``InvalidInput``, ``NotFound``) before anything is written; the row's
    details are what ``check`` returns."""
    if record.id is not None:
        raise ValueError(f"a stored {table.name} record is changed, not added")
    rules.validate(record)
    with session.vault.transaction() as conn:
        details = check(conn, record)
        new_id = mapping.insert(conn, table, record)
        audit.append(conn, session.actor, f"{table.name}.add", table.name, new_id, details)
    return replace(record, id=new_id)  # type: ignore[type-var]


def change_checked(session: Session, table: mapping.Table[S], record: S, check: Check[S]) -> S:
    """Corrects a stored record (``NotFound`` if there is none) as :func:`add_checked` adds one;
    its "<table>.change" row also lists the fields that changed. Nothing changed writes
    nothing."""
    record_id = record.id
    if record_id is None:
        raise ValueError(f"a new {table.name} record is added, not changed")
    rules.validate(record)
    with session.vault.transaction() as conn:
        mapping.get(conn, table, record_id)  # NotFound before anything is written
        details = check(conn, record)
        if changed := mapping.update(conn, table, record):
            details["fields"] = list(changed)
            action = f"{table.name}.change"
            audit.append(conn, session.actor, action, table.name, record_id, details)
    return record


def delete_checked(
    session: Session, table: mapping.Table[S], record_id: int, check: Check[S]
) -> None:
    """Deletes a record recorded by mistake (``NotFound`` if there is none) with its
    "<table>.delete" row, as :func:`add_checked` adds one: ``check`` sees the stored record and
    may refuse before anything is deleted; its answer is the row's details. The forms' unsaved
    input of the record goes with it."""
    with session.vault.transaction() as conn:
        details = check(conn, mapping.get(conn, table, record_id))
        mapping.delete(conn, table, record_id)
        drafts.delete_orphans(conn)  # its form's unsaved input goes with it
        audit.append(conn, session.actor, f"{table.name}.delete", table.name, record_id, details)
